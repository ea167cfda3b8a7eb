package org.homeward.accounts.internal;

import java.io.IOException;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs in API requests that carry {@code Authorization: Bearer <token>} of a live
 * session or kiosk session.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiSessions sessions;

	private final InmatePins kiosks;

	BearerTokenFilter(ApiSessions sessions, InmatePins kiosks) {
		this.sessions = sessions;
		this.kiosks = kiosks;
	}

	public static String token(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).trim();
		return token.isEmpty() || token.length() > 100 ? null : token;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = token(request);
		if (token != null) {
			sessions.resume(token).or(() -> kiosks.resume(token)).ifPresent(caller -> {
				// a context of this request's own: the one in the holder may be shared
				// (and is, in MockMvc tests)
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new CallerAuthentication(caller));
				SecurityContextHolder.setContext(context);
			});
		}
		chain.doFilter(request, response);
	}

}
