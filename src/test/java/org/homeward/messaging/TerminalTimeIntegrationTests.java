package org.homeward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.TestClock;
import org.homeward.directory.TestAgencies;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The terminal's meter where the inmate pays by the minute: a minute started is a minute
 * used, reading and writing messages take minutes as time passes, and when they run out
 * messaging stops with a named refusal while drafts are still kept; minutes bought later
 * let the session go on.
 */
@PostgresIntegrationTest
@Import(TestClock.Configuration.class)
class TerminalTimeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aSessionThatOutlivesItsMinutesStopsAndKeepsItsDrafts() throws Exception {
		TenantId agency = MessagePricingIntegrationTests.agency(jdbc, "INMATE_TIME");
		jdbc.sql("""
				insert into contracts.minute_block (contract_id, minutes)
				select id, 3 from contracts.contract where agency_id = :a""").param("a", agency.value()).update();
		String code = TestAgencies.code(jdbc, agency);
		String number = "M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		Families.Family family = Families.register(mvc, "metered", inmate);
		MessagePricingIntegrationTests.deposit(mvc, family, inmate, "20.00");
		String kiosk = Correspondents.kiosk(mvc, code, number);
		buy(kiosk, 3).andExpect(status().isCreated()).andExpect(jsonPath("$.charged.amount").value("0.15"));

		// the first minute starts with the first message read
		inbox(kiosk).andExpect(status().isOk());
		minutes(kiosk, 2);
		clock.advance(Duration.ofSeconds(30));
		inbox(kiosk).andExpect(status().isOk());
		minutes(kiosk, 2);
		clock.advance(Duration.ofMinutes(1));
		inbox(kiosk).andExpect(status().isOk());
		minutes(kiosk, 1);
		clock.advance(Duration.ofMinutes(2).plusSeconds(30));
		inbox(kiosk).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("minutes-used-up"));
		minutes(kiosk, 0);

		// what is being written is kept; sending waits for minutes
		UUID draft = UUID.randomUUID();
		mvc.perform(put("/api/v1/kiosk/drafts/" + draft).header("Authorization", kiosk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\",\"body\":\"Half a letter\"}".formatted(family.accountId())))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/kiosk/messages").header("Authorization", kiosk)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\",\"body\":\"Half a letter\"}".formatted(family.accountId())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("minutes-used-up"));
		mvc.perform(get("/api/v1/kiosk/drafts").header("Authorization", kiosk))
			.andExpect(jsonPath("$[?(@.id == '%s')].body".formatted(draft)).value("Half a letter"));

		buy(kiosk, 40).andExpect(status().isCreated());
		inbox(kiosk).andExpect(status().isOk());
		// the minutes since it stopped are paid first
		minutes(kiosk, 38);
		assertThat(jdbc
			.sql("""
					select minutes || ' ' || (ran_out_at is not null) from messaging.terminal_session where inmate_id = :i""")
			.param("i", inmate)
			.query(String.class)
			.single()).isEqualTo("5 true");
	}

	private ResultActions inbox(String kiosk) throws Exception {
		return mvc.perform(get("/api/v1/kiosk/messages").header("Authorization", kiosk));
	}

	private void minutes(String kiosk, int left) throws Exception {
		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.minutes").value(left));
	}

	private ResultActions buy(String kiosk, int minutes) throws Exception {
		return mvc.perform(post("/api/v1/kiosk/minute-purchases").header("Authorization", kiosk)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\":%d}".formatted(minutes)));
	}

}
