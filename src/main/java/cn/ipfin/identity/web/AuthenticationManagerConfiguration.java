package cn.ipfin.identity.web;

import cn.ipfin.identity.UserAccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one authentication manager for the sign-in page and the token endpoint, so that both count failed
 * attempts towards the same lock.
 */
@Configuration(proxyBeanMethods = false)
class AuthenticationManagerConfiguration {

    @Bean
    AuthenticationManager authenticationManager(UserAccountService accounts, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
