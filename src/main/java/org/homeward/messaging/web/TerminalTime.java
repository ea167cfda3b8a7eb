package org.homeward.messaging.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.messaging.internal.TerminalMeter;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.Hashes;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Meters an inmate's messaging where the inmate pays by the minute: every request that
 * reads or writes messages at the kiosk or on a tablet charges the session the minutes it
 * has entered. When they run out, messaging stops there (the pages go to the terminal
 * time page to buy more; the API answers 422 {@code minutes-used-up}), except drafts,
 * which are saved and read back whatever is left: what was typed is kept.
 */
@Configuration
class TerminalTime implements WebMvcConfigurer, HandlerInterceptor {

	/** The pages that read or write messages. */
	static final List<String> PAGES = List.of("/kiosk/inbox", "/kiosk/messages/**", "/kiosk/write", "/kiosk/drafts");

	/** The API calls that read or write messages. */
	static final List<String> API = List.of("/api/v1/kiosk/messages", "/api/v1/kiosk/messages/**",
			"/api/v1/kiosk/drafts", "/api/v1/kiosk/drafts/**");

	private final TerminalMeter meter;

	TerminalTime(TerminalMeter meter) {
		this.meter = meter;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(PAGES).addPathPatterns(API);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Optional<TerminalMeter.Reading> reading = charge(request);
		// the pages show the counter from it
		reading.ifPresent(r -> request.setAttribute("terminalMeter", r));
		if (reading.isEmpty() || !reading.get().ranOut() || savesDraft(request)) {
			return true;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw usedUp();
		}
		response.sendRedirect(request.getContextPath() + "/kiosk/minutes?out=true");
		return false;
	}

	/**
	 * Charges the signed-in inmate's session.
	 * @return empty for anyone else, or where the inmate does not pay by the minute
	 */
	Optional<TerminalMeter.Reading> charge(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)
				|| caller.kind() != Caller.Kind.INMATE) {
			return Optional.empty();
		}
		return meter.charge(caller.accountId(), meterKey(request));
	}

	static BusinessRuleException usedUp() {
		return new BusinessRuleException("minutes-used-up",
				"Your terminal minutes are used up: buy more from your balance to go on. Your drafts are kept.",
				List.of(), Map.of("buyMinutes", "/api/v1/kiosk/minute-purchases"));
	}

	/**
	 * The session being metered: the page session, or the API token (never stored as is).
	 */
	private static String meterKey(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null) {
			return "token:" + Hashes.sha256Hex(authorization);
		}
		// a page caller is signed in, so has a session already
		return "session:" + Hashes.sha256Hex(request.getSession().getId());
	}

	/** Drafts are kept, and read back, whether or not minutes are left. */
	private static boolean savesDraft(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/kiosk/drafts") || path.equals("/api/v1/kiosk/drafts")
				|| path.startsWith("/api/v1/kiosk/drafts/");
	}

}
