package org.homeward.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.homeward.SignedIn;
import org.homeward.TestClock;
import org.homeward.messaging.Correspondents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A token dies after the idle timeout, here shortened to two seconds, and lives on while
 * it is used, although its last-seen time is not written on every request. The test moves
 * Homeward's clock rather than waiting.
 */
@SpringBootTest(properties = "homeward.accounts.idle-timeout=2s")
@Import(TestClock.Configuration.class)
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class IdleTimeoutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Test
	void anApiTokenLivesWhileUsedAndDiesWhenIdle() throws Exception {
		String token = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER);
		livesWhileUsedThenDies(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "a").header("Authorization", token));
	}

	@Test
	void aKioskTokenLivesWhileUsedAndDiesWhenIdle() throws Exception {
		String token = Correspondents.kiosk(mvc, "DEMO-DOC", "A100004");
		livesWhileUsedThenDies(get("/api/v1/kiosk/account").header("Authorization", token));
	}

	/**
	 * Used every half second for twice the idle timeout, then left alone for longer than
	 * it.
	 */
	private void livesWhileUsedThenDies(RequestBuilder request) throws Exception {
		for (int i = 0; i < 8; i++) {
			mvc.perform(request).andExpect(status().isOk());
			clock.advance(Duration.ofMillis(500));
		}
		clock.advance(Duration.ofMillis(2_500));
		mvc.perform(request).andExpect(status().isUnauthorized());
	}

}
