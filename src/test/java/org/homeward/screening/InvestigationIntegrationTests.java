package org.homeward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.TestWords;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.directory.TestAgencies;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Investigators search their agency's archive by words, see who writes with whom, and
 * export evidence.
 */
@PostgresIntegrationTest
class InvestigationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInvestigatorFindsAMessageByAWordAndExportsItAsEvidence() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		String number = "I" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		Families.Family family = Families.register(mvc, "searched", inmate);
		Families.buyStamps(mvc, family, code, 10);
		String word = TestWords.unique("zebra", 6);
		String body = "The package with the " + word + " arrives on Tuesday.";
		String message = JsonPath.read(mvc
			.perform(post("/api/v1/messages").header("Authorization", family.bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"body\":\"%s\"}".formatted(inmate, body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/messages").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"Nothing to see.\"}".formatted(inmate)))
			.andExpect(status().isCreated());

		String investigator = Correspondents.staff(mvc, jdbc, agency, "INVESTIGATOR");
		String found = mvc
			.perform(get("/api/v1/investigations/messages?q=" + word.toUpperCase()).header("Authorization",
					investigator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(message))
			.andExpect(jsonPath("$[0].from").value("Rosa Diaz <" + family.email() + ">"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(get("/api/v1/investigations/messages?inmateId=" + inmate).header("Authorization", investigator))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/investigations/inmates/%s/correspondents".formatted(inmate)).header("Authorization",
				investigator))
			.andExpect(jsonPath("$[0].email").value(family.email()))
			.andExpect(jsonPath("$[0].messages").value(2));

		String elsewhere = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_INVESTIGATOR);
		mvc.perform(get("/api/v1/investigations/messages?q=" + word).header("Authorization", elsewhere))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/investigations/inmates/%s/correspondents".formatted(inmate)).header("Authorization",
				elsewhere))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/investigations/evidence").header("Authorization", elsewhere)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"messageIds\":[\"%s\"]}".formatted(message))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/investigations/messages?q=" + word).header("Authorization",
				Correspondents.staff(mvc, jdbc, agency, "VISITATION_OFFICER")))
			.andExpect(status().isForbidden());

		byte[] pdf = mvc
			.perform(post("/api/v1/investigations/evidence").header("Authorization", investigator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"messageIds\":[\"%s\"]}".formatted(message)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(body, "SHA-256 " + JsonPath.read(found, "$[0].sha256"), message);
		}
		assertThat(jdbc.sql(
				"select count(*) from audit.entry where action = 'investigation.evidence-exported' and detail like :id")
			.param("id", "%" + message + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(post("/api/v1/screening/watch-list").header("Authorization", investigator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ACCOUNT\",\"entry\":\"%s\",\"reason\":\"from an investigation\"}"
				.formatted(family.accountId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entry").value(family.accountId().toString()));
	}

}
