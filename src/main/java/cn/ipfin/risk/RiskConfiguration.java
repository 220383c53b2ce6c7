package cn.ipfin.risk;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on Spring scheduling for the nightly monitoring sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RiskConfiguration {
}
