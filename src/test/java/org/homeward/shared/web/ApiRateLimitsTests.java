package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Each caller has its own count a minute, told in every answer; over it, 429 with
 * Retry-After and the request never reaches Homeward; a new minute starts afresh.
 */
class ApiRateLimitsTests {

	final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));

	final ApiRateLimits limits = new ApiRateLimits(new ApiRateLimits.Settings(3, 2), clock);

	final AtomicInteger reached = new AtomicInteger();

	@Test
	void aTokenHasItsOwnCountAndTheFourthRequestOfTheMinuteIsRefused() throws Exception {
		for (int i = 1; i <= 3; i++) {
			MockHttpServletResponse answer = call("Bearer one", "10.0.0.1");
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getHeader("RateLimit-Limit")).isEqualTo("3");
			assertThat(answer.getHeader("RateLimit-Remaining")).isEqualTo(String.valueOf(3 - i));
			assertThat(answer.getHeader("RateLimit-Reset")).isEqualTo("60");
		}
		clock.advance(Duration.ofMillis(20_000));
		MockHttpServletResponse refused = call("Bearer one", "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("40");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("at most 3 a minute");
		assertThat(reached).hasValue(3);

		// another token, and the address itself, are counted apart
		assertThat(call("Bearer two", "10.0.0.1").getStatus()).isEqualTo(200);
		assertThat(call(null, "10.0.0.1").getHeader("RateLimit-Limit")).isEqualTo("2");

		clock.advance(Duration.ofMillis(40_000));
		assertThat(call("Bearer one", "10.0.0.1").getHeader("RateLimit-Remaining")).isEqualTo("2");
	}

	@Test
	void anonymousCallersAreCountedByAddress() throws Exception {
		call(null, "10.0.0.7");
		call(null, "10.0.0.7");
		assertThat(call(null, "10.0.0.7").getStatus()).isEqualTo(429);
		assertThat(call(null, "10.0.0.8").getStatus()).isEqualTo(200);
	}

	@Test
	void pagesAreNotCounted() throws Exception {
		for (int i = 0; i < 5; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/messages");
			MockHttpServletResponse response = new MockHttpServletResponse();
			limits.doFilter(request, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("RateLimit-Limit")).isNull();
		}
	}

	@Test
	void pastWindowsAreForgotten() throws Exception {
		call(null, "10.0.0.9");
		call(null, "10.0.0.9");
		clock.advance(Duration.ofMillis(61_000));
		limits.forgetPastWindows();
		assertThat(call(null, "10.0.0.9").getHeader("RateLimit-Remaining")).isEqualTo("1");
	}

	private MockHttpServletResponse call(String authorization, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/messages");
		request.setRemoteAddr(address);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		limits.doFilter(request, response, (req, res) -> reached.incrementAndGet());
		return response;
	}

}
