package org.homeward.accounts.internal;

import java.util.Comparator;
import java.util.List;

import org.homeward.shared.Caller;
import org.homeward.shared.WebAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * How callers sign in: API requests with bearer tokens (no cookies, so no CSRF), pages
 * with a cookie session and CSRF protection. Which paths are public and which kind of
 * caller (family, inmate, staff, operator) each path is for is said by the module that
 * serves it ({@link WebAccess.Rules} beans, collected here); anything else needs a
 * signed-in caller. What each caller may do beyond that — roles, and which agency's or
 * family's records — is decided by the module's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/**
	 * No observation of each security filter: wrapping every filter of every request in
	 * one costs more than it tells (request timings come from the servlet's observation).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<WebAccess.Rules> modules, ApiSessions sessions, InmatePins kiosks)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> authorize(requests, modules, WebAccess.Channel.API))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(sessions, kiosks), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.notSignedIn())
				.accessDeniedHandler(ProblemResponses.notAllowed()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
			// other sites' pages only as homeward.web.cors.allowed-origins names them
			.cors(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<WebAccess.Rules> modules,
			ObjectProvider<ClientRegistrationRepository> socialProviders, SocialSignIn social, WebSignIn webSignIn)
			throws Exception {
		if (socialProviders.getIfAvailable() != null) {
			// Google and Facebook, only when spring.security.oauth2.client.registration.*
			// configures them
			http.oauth2Login(login -> login.loginPage("/login")
				.successHandler(new SocialSignInSuccessHandler(social, webSignIn))
				.failureUrl("/login?social=failed"));
		}
		http.authorizeHttpRequests(requests -> authorize(requests, modules, WebAccess.Channel.PAGES))
			.formLogin(form -> form.loginPage("/login")
				.successHandler((request, response,
						authentication) -> response.sendRedirect(request.getContextPath()
								+ (authentication instanceof PendingSecondFactor ? "/login/second-factor" : "/home")))
				.failureHandler(new SignInFailureHandler()))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/kiosk"),
						PathPatternRequestMatcher.withDefaults().matcher("/kiosk/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			// an inmate signing out leaves the kiosk ready for the next person
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessHandler((request, response,
						authentication) -> response.sendRedirect(request.getContextPath()
								+ (authentication != null && authentication.getPrincipal() instanceof Caller caller
										&& caller.kind() == Caller.Kind.INMATE ? "/kiosk" : "/?signedOut"))))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Every module's rules of the channel, paths open to anyone first, then each
	 * audience's; anything else needs a signed-in caller.
	 */
	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<WebAccess.Rules> modules, WebAccess.Channel channel) {
		List<WebAccess> rules = modules.stream()
			.flatMap(module -> module.webAccess().stream())
			.filter(rule -> rule.channel() == channel)
			.sorted(Comparator.comparing(WebAccess::audience))
			.toList();
		for (WebAccess rule : rules) {
			String[] paths = rule.paths().toArray(String[]::new);
			var matched = rule.method() == null ? requests.requestMatchers(paths)
					: requests.requestMatchers(HttpMethod.valueOf(rule.method()), paths);
			switch (rule.audience()) {
				case ANYONE -> matched.permitAll();
				case SIGNING_IN -> matched.hasRole("PENDING_SECOND_FACTOR");
				case FAMILY -> matched.hasRole("FAMILY");
				case INMATE -> matched.hasRole("INMATE");
				case STAFF -> matched.hasRole("STAFF");
				case STAFF_OR_OPERATOR -> matched.hasAnyRole("STAFF", "OPERATOR");
				case OPERATOR -> matched.hasRole("OPERATOR");
				case SUPPORT -> matched.hasAnyRole("SUPPORT", "OPERATOR");
			}
		}
		requests.anyRequest().authenticated();
	}

}
