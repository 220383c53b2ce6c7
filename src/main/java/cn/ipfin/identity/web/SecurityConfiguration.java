package cn.ipfin.identity.web;

import cn.ipfin.identity.ApiTokenService;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the JSON API under {@code /api/**} (bearer tokens or the browser session, problem-detail
 * errors) and the pages (form sign-in, CSRF on every form).
 *
 * <p>CSRF protection guards cookie sessions, so API requests that carry a bearer token or no session cookie at
 * all skip it: a forged cross-site request always brings the victim's session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Cookie names of the servlet container's session and of Spring Session. */
    /**
     * Read-only pages anyone may open. A page under one of these prefixes that needs a signed-in user (a form to
     * create a listing, say) declares its roles with {@code @PreAuthorize}, and an anonymous visitor is sent to
     * sign in.
     */
    static final String[] PUBLIC_PAGE_PREFIXES = { "/articles", "/articles/**", "/market", "/market/**",
            "/auctions", "/auctions/**", "/roadshow", "/roadshow/**", "/financing-cases", "/financing-cases/**",
            "/financing-models/**", "/training", "/training/**", "/statistics", "/statistics/**" };

    static final String[] PUBLIC_API_PREFIXES = { "/api/v1/articles", "/api/v1/articles/**", "/api/v1/market/**",
            "/api/v1/auctions", "/api/v1/auctions/**", "/api/v1/roadshow/**", "/api/v1/financing-cases",
            "/api/v1/financing-cases/**", "/api/v1/training/**", "/api/v1/statistics/**" };

    private static final java.util.Set<String> SESSION_COOKIES = java.util.Set.of("JSESSIONID", "SESSION");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ProblemResponses problemResponses(MessageSource messages, JsonMapper json) {
        return new ProblemResponses(messages, json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problems.write(request, response,
                HttpStatus.UNAUTHORIZED, "authentication.required", "error.unauthenticated");
        AccessDeniedHandler denied = (request, response, e) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, "access.denied", "error.accessDenied");
        RequestMatcher bearerRequest = request -> request.getHeader("Authorization") != null;
        RequestMatcher withoutSessionCookie = request -> request.getCookies() == null
                || java.util.Arrays.stream(request.getCookies()).noneMatch(cookie -> SESSION_COOKIES.contains(cookie.getName()));

        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/organizations/registrations").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/products/mine").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/organizations", "/api/v1/organizations/*",
                                "/api/v1/reference/**", "/api/v1/ip-assets", "/api/v1/ip-assets/*",
                                "/api/v1/products", "/api/v1/products/*", "/api/v1/financing-models",
                                "/api/v1/financing-models/*", "/api/v1/loan-prime-rates", "/api/v1/subsidy-policies",
                                "/api/v1/subsidy-policies/*").permitAll()
                        // Public reading of market, content, roadshow and statistics; any signed-in-only GET
                        // under these prefixes carries @PreAuthorize on its handler.
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_PREFIXES).permitAll()
                        .requestMatchers("/api/v1/operator/**").hasAnyRole("OPERATOR", "ADMIN")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearerRequest, withoutSessionCookie)
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
                                "/api/v1/auth/token"), PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
                                "/api/v1/organizations/registrations")))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthenticated), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/products/new", "/products/mine", "/products/recommendations",
                                "/products/*/edit", "/products/*/publish", "/products/*/withdraw").authenticated()
                        .requestMatchers("/products", "/products/*", "/financing-models").permitAll()
                        .requestMatchers(HttpMethod.GET, "/subsidies", "/subsidies/*").permitAll()
                        .requestMatchers("/", "/login", "/register", "/register/**", "/members", "/members/**",
                                "/ip-assets", "/ip-assets/*", "/valuation-reports/verify", "/css/**", "/js/**", "/img/**", "/fonts/**",
                                "/webjars/**", "/favicon.ico", "/sitemap.xml", "/error", "/actuator/health", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGE_PREFIXES).permitAll()
                        .requestMatchers("/operator/**").hasAnyRole("OPERATOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailureHandler())
                        .defaultSuccessUrl("/workbench", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
