package org.homeward.accounts.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The one place that says which paths are public and how callers sign in: API requests with bearer tokens (no
 * cookies, so no CSRF), pages with a cookie session and CSRF protection. Everything not listed as public needs a
 * signed-in caller of the kind the path is for (family, inmate, staff, operator); what each caller may do beyond
 * that — roles, and which agency's or family's records — is decided by the module that owns the path.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/find", "/login", "/error", "/css/**", "/webjars/**", "/favicon.ico",
			"/mailbox", "/mailbox/*", "/register", "/terms", "/privacy", "/kiosk", "/kiosk/sign-in", "/js/**", "/forgot-password", "/password-reset/*", "/email-confirm/*" };

	static final String[] PUBLIC_API_GETS = { "/api/v1/agencies", "/api/v1/inmates", "/api/v1/agencies/*/stamp-bundles" };

	static final String[] PUBLIC_API_POSTS = { "/api/v1/sessions", "/api/v1/kiosk/sessions", "/api/v1/accounts",
			"/api/v1/password-resets", "/api/v1/password-resets/*", "/api/v1/email-confirmations/*" };

	/** API paths for family accounts only, so that anyone else is refused (403) before their request is read. */
	static final String[] FAMILY_API = { "/api/v1/me", "/api/v1/me/**", "/api/v1/contacts", "/api/v1/contacts/**",
			"/api/v1/payment-methods", "/api/v1/payment-methods/**", "/api/v1/stamps", "/api/v1/stamp-purchases",
			"/api/v1/messages", "/api/v1/messages/**", "/api/v1/drafts", "/api/v1/drafts/**", "/api/v1/deposits",
			"/api/v1/deposits/**", "/api/v1/recurring-deposits", "/api/v1/recurring-deposits/**", "/api/v1/supervision-cases",
			"/api/v1/supervision-payments" };

	/** API paths for agency staff only: the mailroom's queues, screening lists, investigations. */
	static final String[] STAFF_API = { "/api/v1/staff/**", "/api/v1/review/**", "/api/v1/screening/**",
			"/api/v1/investigations/**" };

	static final String[] DOCS_AND_PROBES = { "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
			"/actuator/health/**", "/actuator/prometheus" };

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiSessions sessions, InmatePins kiosks) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_API_GETS)
				.permitAll()
				.requestMatchers(HttpMethod.POST, PUBLIC_API_POSTS)
				.permitAll()
				.requestMatchers(FAMILY_API)
				.hasRole("FAMILY")
				.requestMatchers("/api/v1/kiosk/**")
				.hasRole("INMATE")
				.requestMatchers(STAFF_API)
				.hasRole("STAFF")
				.requestMatchers("/api/v1/admin/**")
				.hasRole("OPERATOR")
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(sessions, kiosks), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.notSignedIn())
				.accessDeniedHandler(ProblemResponses.notAllowed()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> socialProviders,
			SocialSignIn social, WebSignIn webSignIn) throws Exception {
		if (socialProviders.getIfAvailable() != null) {
			// Google and Facebook, only when spring.security.oauth2.client.registration.* configures them
			http.oauth2Login(login -> login.loginPage("/login")
				.successHandler(new SocialSignInSuccessHandler(social, webSignIn))
				.failureUrl("/login?social=failed"));
		}
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(DOCS_AND_PROBES)
			.permitAll()
			.requestMatchers("/staff/**")
			.hasAnyRole("STAFF", "OPERATOR")
			.requestMatchers("/account/**", "/account", "/stamps", "/stamps/**", "/messages", "/messages/**", "/contacts/**",
					"/photos/**", "/deposits", "/deposits/**")
			.hasRole("FAMILY")
			.requestMatchers("/kiosk/**")
			.hasRole("INMATE")
			.requestMatchers("/operator/**")
			.hasRole("OPERATOR")
			.requestMatchers("/login/second-factor")
			.hasRole("PENDING_SECOND_FACTOR")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler((request, response, authentication) -> response.sendRedirect(request.getContextPath()
						+ (authentication instanceof PendingSecondFactor ? "/login/second-factor" : "/home")))
				.failureHandler(new SignInFailureHandler()))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
					new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/kiosk"),
					org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults().matcher("/kiosk/**"))
				.defaultAuthenticationEntryPointFor(
						new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
						org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
