package cn.ipfin.core.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Language selection: the {@code lang} parameter of the header switch sets a cookie; without the cookie the
 * request's {@code Accept-Language} decides, and Chinese is the default.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("IPFIN_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(Languages::fromAcceptLanguage);
        return resolver;
    }

    /**
     * Registers the upload size check before Spring Security's filters (order -100), so that an oversized
     * upload gets the size message (HTTP 413, or a redirect back to the form) instead of a failed CSRF check.
     */
    @Bean
    FilterRegistrationBean<UploadSizeLimitFilter> uploadSizeLimitFilter(MultipartConfigElement multipart,
            MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        FilterRegistrationBean<UploadSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new UploadSizeLimitFilter(multipart.getMaxFileSize(), messages, localeResolver, json));
        registration.setOrder(-101);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /**
     * Serves the application's own files under {@code /css/} and {@code /js/} and the WebJars under
     * {@code /webjars/} (version-less paths resolved by the WebJars locator). Spring Boot's default handler
     * for {@code /**} is switched off ({@code spring.web.resources.add-mappings=false}) because with it every
     * link a template builds, such as {@code /members}, was looked up as a static file on the whole classpath
     * on every render, since a lookup that finds nothing is not cached.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").resourceChain(true);
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
    }
}
