package dev.tandem.identity.internal;

import dev.tandem.identity.Credential;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.SignInOptions;
import dev.tandem.shared.Text;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Three filter chains: the token endpoint (HTTP Basic, or a token except to create one), the token-only API and
 * actuator, and the browser pages with a database-backed session and CSRF protection. The pages take a password
 * form, OpenID Connect sign-in (when configured, see {@link SingleSignOnConfiguration}), or both.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final String BROWSER_ZONE_COOKIE = "tz";
    static final String BEARER_CHALLENGE = "Bearer realm=\"Tandem\"";
    static final String BASIC_CHALLENGE = "Basic realm=\"Tandem\"";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static {
        // resolved from the security context like Actor, never sent by a client
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Credential.class);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * The one way to sign in with a password, the form's and HTTP Basic's, so both share the throttle: the
     * directory's bind first when LDAP is configured, then Tandem's own passwords unless they are switched off.
     */
    @Bean
    AuthenticationProvider passwordSignIn(IdentityManagement identity, PasswordEncoder passwordEncoder,
                                          @Value("${tandem.local-passwords:true}") boolean localPasswords,
                                          ObjectProvider<DirectoryConfiguration.DirectoryPasswords> directory) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        directory.ifAvailable(d -> providers.add(d.provider()));
        if (localPasswords) {
            var passwords = new DaoAuthenticationProvider(new TandemUserDetailsService(identity));
            passwords.setPasswordEncoder(passwordEncoder);
            providers.add(passwords);
        }
        if (providers.size() == 1) {
            return new ThrottledSignIn(identity, providers.getFirst());
        }
        var either = new ProviderManager(providers.isEmpty() ? List.of(new NoPasswords()) : providers);
        either.setEraseCredentialsAfterAuthentication(false);
        return new ThrottledSignIn(identity, new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return either.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        });
    }

    /** With neither the directory nor local passwords, no password is right. */
    private static final class NoPasswords implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) {
            throw new BadCredentialsException("Password sign-in is off");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, IdentityManagement identity, ProblemWriter problems,
                                     SignInOptions options) {
        apiDefaults(http, identity, problems);
        AuthenticationEntryPoint basicOrToken = (request, response, e) -> problems.unauthorized(request, response,
                Text.of("problem.title.signIn"), e instanceof LockedException
                        ? Text.of("problem.identity.lockedOut") : Text.of("problem.identity.basicOrToken"),
                BASIC_CHALLENGE, BEARER_CHALLENGE);
        http.securityMatcher("/api/v1/me/tokens", "/api/v1/me/tokens/**");
        if (options.passwords()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(basicOrToken));
        }
        http.exceptionHandling(e -> e.authenticationEntryPoint(basicOrToken))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, IdentityManagement identity, ProblemWriter problems) {
        apiDefaults(http, identity, problems);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        // a token is checked when a stream opens; the dispatch that ends it carries no token
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        // code hosts post here with a signature instead of a token (delivery.WebhookIntake)
                        .requestMatchers(HttpMethod.POST, "/api/v1/hooks/*").permitAll()
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated());
        return http.build();
    }

    private static void apiDefaults(HttpSecurity http, IdentityManagement identity, ProblemWriter problems) {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(identity, problems), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.unauthorized(request, response,
                                Text.of("problem.title.signIn"), Text.of("problem.api.bearer"), BEARER_CHALLENGE))
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response, 403,
                                Text.of("problem.title.notAllowed"), Text.of("problem.identity.roleForbids"))));
    }

    @Bean
    SignInOptions signInOptions(@Value("${tandem.local-passwords:true}") boolean localPasswords,
                                ObjectProvider<SingleSignOn> sso,
                                ObjectProvider<DirectoryConfiguration.DirectoryPasswords> directory) {
        SingleSignOn oidc = sso.getIfAvailable();
        boolean ldap = directory.getIfAvailable() != null;
        if (!localPasswords && oidc == null && !ldap) {
            throw new IllegalStateException(
                    "TANDEM_LOCAL_PASSWORDS=false needs single sign-on (TANDEM_OIDC_ISSUER_URI) or LDAP (TANDEM_LDAP_URL)");
        }
        return new SignInOptions(oidc == null ? null : oidc.providerName(), localPasswords || ldap);
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, IdentityManagement identity, SignInOptions options,
                              ObjectProvider<SingleSignOn> singleSignOn) {
        SingleSignOn sso = singleSignOn.getIfAvailable();
        String csp = sso == null ? CSP : sso.endSessionOrigin()
                .map(origin -> CSP.replace("form-action 'self'", "form-action 'self' " + origin)).orElse(CSP);
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(auth -> {
                    if (!options.passwords()) {
                        auth.requestMatchers(HttpMethod.POST, "/signin").denyAll();
                    }
                    // the favicon, like the stylesheets and scripts, is served under a name with its content's hash
                    auth.requestMatchers("/signin", "/locale", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                    "/favicon*.svg", "/error").permitAll()
                            // calendar apps cannot sign in: the secret in a feed's address is its key (interchange)
                            .requestMatchers(HttpMethod.GET, "/feeds/*").permitAll()
                            // an e-mail's unsubscribe link carries its own signed token
                            .requestMatchers("/notifications/unsubscribe").permitAll()
                            .requestMatchers(HttpMethod.GET, "/").authenticated()
                            .anyRequest().authenticated();
                })
                .addFilterBefore(new CurrentPersonFilter(identity), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessHandler(signedOut(sso)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(csp))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (options.passwords()) {
            http.formLogin(form -> form.loginPage("/signin").permitAll()
                    .successHandler((request, response, authentication) -> {
                        if (authentication.getPrincipal() instanceof TandemPrincipal principal) {
                            rememberPreferences(identity, request, principal.getUsername());
                        }
                        success.onAuthenticationSuccess(request, response, authentication);
                    })
                    .failureHandler((request, response, e) -> response.sendRedirect(
                            e instanceof LockedException ? "/signin?locked" : "/signin?error")));
        }
        if (sso != null) {
            var sessions = new HttpSessionSecurityContextRepository();
            http.oauth2Login(oidc -> oidc.loginPage("/signin")
                    .userInfoEndpoint(u -> u.oidcUserService(sso::loadUser))
                    .successHandler((request, response, authentication) -> {
                        // from here on the session holds the person, like a password sign-in's
                        var user = (TandemOidcUser) authentication.getPrincipal();
                        Authentication signedIn = new TandemPrincipal(user.actor(), null, null,
                                user.getIdToken().getTokenValue()).authenticated();
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(signedIn);
                        SecurityContextHolder.setContext(context);
                        sessions.saveContext(context, request, response);
                        identity.recordSignIn(user.actor().username(), request.getRemoteAddr());
                        rememberPreferences(identity, request, user.actor().username());
                        success.onAuthenticationSuccess(request, response, signedIn);
                    })
                    .failureHandler((request, response, e) -> response.sendRedirect(
                            e instanceof OAuth2AuthenticationException o && SingleSignOn.REFUSED.equals(o.getError().getErrorCode())
                                    ? "/signin?refused" : "/signin?ssoerror")));
        }
        return http.build();
    }

    /** After signing out here, out of the provider too when it offers that, then back to the sign-in page. */
    private static LogoutSuccessHandler signedOut(SingleSignOn sso) {
        return (request, response, authentication) -> {
            String target = "/signin?signedout";
            if (sso != null && authentication != null && authentication.getPrincipal() instanceof TandemPrincipal p) {
                String back = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                        .replacePath(request.getContextPath() + "/signin").replaceQuery("signedout").build().toUriString();
                target = sso.endSessionUri(p.idToken(), back).orElse(target);
            }
            response.sendRedirect(target);
        };
    }

    private static void rememberPreferences(IdentityManagement identity, HttpServletRequest request, String username) {
        identity.signInAccount(username).ifPresent(account -> {
            WebUtils.setSessionAttribute(request, SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                    Locale.forLanguageTag(account.locale()));
            if (account.timeZone() != null) {
                WebUtils.setSessionAttribute(request, SessionLocaleResolver.TIME_ZONE_SESSION_ATTRIBUTE_NAME,
                        TimeZone.getTimeZone(account.timeZone()));
            }
        });
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(SecurityConfiguration::fromAcceptLanguage);
        resolver.setDefaultTimeZoneFunction(SecurityConfiguration::fromBrowserCookie);
        return resolver;
    }

    /**
     * Without a chosen zone, times follow the zone the browser reports: app.js keeps it in the {@code tz} cookie.
     * An unknown or missing zone means UTC.
     */
    private static TimeZone fromBrowserCookie(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, BROWSER_ZONE_COOKIE);
        if (cookie != null && cookie.getValue().length() <= 64 && ZoneId.getAvailableZoneIds().contains(cookie.getValue())) {
            return TimeZone.getTimeZone(ZoneId.of(cookie.getValue()));
        }
        return TimeZone.getTimeZone(ZoneOffset.UTC);
    }

    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : Locale.ENGLISH;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
