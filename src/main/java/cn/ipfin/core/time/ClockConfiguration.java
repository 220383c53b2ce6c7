package cn.ipfin.core.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the business clock; every business date and timestamp is taken from it, never from the system. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** China Standard Time, the zone of every business date on the platform. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
