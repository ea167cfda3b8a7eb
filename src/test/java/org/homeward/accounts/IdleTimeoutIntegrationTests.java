package org.homeward.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homeward.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A token dies after the idle timeout; here shortened to two seconds. */
@SpringBootTest(properties = "homeward.accounts.idle-timeout=2s")
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class IdleTimeoutIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anIdleTokenDies() throws Exception {
		String token = SignedIn.token(mvc, SignedIn.DOC_REVIEWER);
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "a").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		Thread.sleep(2_500);
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "a").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

}
