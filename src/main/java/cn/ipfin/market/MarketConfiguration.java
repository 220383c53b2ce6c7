package cn.ipfin.market;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring scheduling for the auction closing job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MarketConfiguration {
}
