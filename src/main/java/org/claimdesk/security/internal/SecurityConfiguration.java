package org.claimdesk.security.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.claimdesk.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: the REST API (personal access tokens), the actuator (health open, metrics for ADMIN over HTTP Basic or for anyone on a
 * separate management port) and the Vaadin app (form sign-in, deny by default, security headers).
 * Views carry {@code @RolesAllowed}; services carry {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({SignInProperties.class, FirstAdminProperties.class, PublicUrlProperties.class,
        AccountLinkProperties.class})
class SecurityConfiguration {

    /** Strict enough to stop injected scripts from elsewhere; Flow itself needs inline and eval. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix lets stored hashes move to a stronger encoder on next sign-in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Every signed-in session of the app, so that deactivating or changing an account can end its sessions. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container ends a session or changes its id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The REST API: stateless, authenticated per request by personal access token (no cookies, so no
     * CSRF to guard), refusals as RFC 9457 problem details. Its OpenAPI document and docs page are open.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokens tokens, ApiRateLimiter limiter,
            ApiProblems problems) throws Exception {
        return http
                .securityMatcher("/api/**", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs",
                                "/api/v1/docs/**", "/api/v1/swagger-ui/**", "/swagger-ui/**").permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new AccessTokenFilter(tokens, limiter, problems),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) ->
                                problems.write(request, response, org.springframework.http.HttpStatus.UNAUTHORIZED,
                                        "api.token.missing"))
                        .accessDeniedHandler((request, response, refused) ->
                                problems.write(request, response, org.springframework.http.HttpStatus.FORBIDDEN,
                                        "api.forbidden")))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher onManagementPort = onManagementPort(environment);
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(onManagementPort).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // read-only GET endpoints, authenticated per request, no session cookie to ride on
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationSecurity(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/assets/**", "/webjars/**").permitAll()
                // published fact-checks, the feed, methodology and corrections: public by design
                .requestMatchers("/public/**").permitAll()
                // error pages of refused requests (e.g. a 401 for a metrics scraper) stay what they are
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin()));
        // Any number of sessions per person, each registered. An expired one (its account was deactivated or
        // changed) is signed out and the request goes on as anonymous: a page asks for sign-in, and a
        // Vaadin request learns that its session is gone and reloads, which again asks for sign-in.
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(expired -> expired.getFilterChain()
                        .doFilter(expired.getRequest(), expired.getResponse()))));
        // Unknown paths need a signed-in user and then reach Vaadin's friendly not-found view; every view
        // itself is denied unless it says who may see it.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    private static RequestMatcher onManagementPort(Environment environment) {
        Integer managementPort = environment.getProperty("management.server.port", Integer.class);
        Integer serverPort = environment.getProperty("server.port", Integer.class, 8080);
        if (managementPort == null || managementPort <= 0 || managementPort.equals(serverPort)) {
            return request -> false;
        }
        return request -> request.getLocalPort() == managementPort;
    }
}
