package org.homeward.accounts.internal;

import java.io.IOException;
import java.util.Optional;

import org.homeward.shared.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After Google or Facebook: replaces the provider's sign-in with the linked Homeward
 * family account, or sends the person back to the sign-in page when there is none.
 */
final class SocialSignInSuccessHandler implements AuthenticationSuccessHandler {

	private final SocialSignIn social;

	private final WebSignIn webSignIn;

	SocialSignInSuccessHandler(SocialSignIn social, WebSignIn webSignIn) {
		this.social = social;
		this.webSignIn = webSignIn;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		String provider = token.getAuthorizedClientRegistrationId();
		OAuth2User user = token.getPrincipal();
		String email;
		boolean verified;
		if (user instanceof OidcUser oidc) {
			email = oidc.getEmail();
			verified = Boolean.TRUE.equals(oidc.getEmailVerified());
		}
		else {
			// Facebook (plain OAuth 2) only ever returns an address its user has
			// confirmed
			email = user.getAttribute("email");
			verified = "facebook".equals(provider) && email != null;
		}
		Optional<Caller> caller = social.signIn(provider, user.getName(), email, verified);
		if (caller.isPresent()) {
			webSignIn.signIn(caller.get(), request, response);
			response.sendRedirect(request.getContextPath() + "/account");
		}
		else {
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			response.sendRedirect(request.getContextPath() + "/login?social=unknown");
		}
	}

}
