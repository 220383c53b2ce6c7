package cn.ipfin.core;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Turns on Spring's cache abstraction, backed by Caffeine, for reference data such as the working-day calendar. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {
}
