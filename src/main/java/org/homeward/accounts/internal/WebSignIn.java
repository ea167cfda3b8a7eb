package org.homeward.accounts.internal;

import org.homeward.shared.Caller;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a caller in to the web pages, as the sign-in form would: a new session id, the
 * caller in it.
 */
@Component
public class WebSignIn {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	public void signIn(Caller caller, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(caller));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}

}
