package org.homeward.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.shared.Hashes;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How many API requests one caller may make a minute: a signed-in caller counted by their
 * token, anyone else by their address. Every answer says where the caller stands
 * ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} in
 * seconds, as the IETF draft names them); a caller over the limit is answered 429 with
 * {@code Retry-After} and nothing is done. Counted per node, in memory: behind a load
 * balancer each node allows its share again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ApiRateLimits extends OncePerRequestFilter {

	static final String LIMIT = "RateLimit-Limit";

	static final String REMAINING = "RateLimit-Remaining";

	static final String RESET = "RateLimit-Reset";

	static final Duration WINDOW = Duration.ofMinutes(1);

	/**
	 * @param signedInPerMinute requests a minute of one token
	 * @param anonymousPerMinute requests a minute of one address without a token
	 */
	@ConfigurationProperties("homeward.web.rate-limit")
	record Settings(@DefaultValue("600") int signedInPerMinute, @DefaultValue("120") int anonymousPerMinute) {
	}

	/** One caller's count in the window that started at {@code start} (epoch millis). */
	private record Window(long start, AtomicInteger count) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Settings settings;

	private final Clock clock;

	ApiRateLimits(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader("Authorization");
		boolean signedIn = authorization != null && !authorization.isBlank();
		String caller = signedIn ? "t:" + Hashes.sha256Hex(authorization) : "a:" + request.getRemoteAddr();
		int limit = signedIn ? settings.signedInPerMinute() : settings.anonymousPerMinute();
		long now = clock.millis();
		Window window = windows.compute(caller,
				(key, current) -> current == null || now - current.start() >= WINDOW.toMillis()
						? new Window(now, new AtomicInteger()) : current);
		int count = window.count().incrementAndGet();
		long reset = Math.max(1, (window.start() + WINDOW.toMillis() - now + 999) / 1000);
		response.setHeader(LIMIT, String.valueOf(limit));
		response.setHeader(REMAINING, String.valueOf(Math.max(0, limit - count)));
		response.setHeader(RESET, String.valueOf(reset));
		if (count > limit) {
			response.setHeader("Retry-After", String.valueOf(reset));
			ProblemDetail problem = ErrorAnswers.problemFor(429);
			problem.setDetail("Too many requests: at most " + limit + " a minute. Try again in " + reset + " s.");
			Problems.answerNow(request, response, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Forgets the callers whose window has passed. */
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void forgetPastWindows() {
		long now = clock.millis();
		windows.values().removeIf(window -> now - window.start() >= WINDOW.toMillis());
	}

}
