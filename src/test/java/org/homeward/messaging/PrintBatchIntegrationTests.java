package org.homeward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.directory.TestAgencies;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * At a facility that prints its mail, messages wait in the print queue; the mailroom's
 * batch is one PDF in housing-unit and inmate order with a header per message; printing
 * marks them PRINTED; a reprint is audited.
 */
@PostgresIntegrationTest
class PrintBatchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDailyBatchPrintsInHousingUnitOrderAndMarksTheMessagesPrinted() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		UUID west = jdbc.sql("select id from directory.facility where agency_id = :a and code = 'WEST'")
			.param("a", agency.value())
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into contracts.facility_delivery (contract_id, facility_id, message_delivery)
				select id, :west, 'PRINTED' from contracts.contract where agency_id = :a""")
			.param("west", west)
			.param("a", agency.value())
			.update();
		UUID inB = inmate(agency, west, "B-WING", "Zed", "Adams");
		UUID inA = inmate(agency, west, "A-WING", "Amy", "Young");
		Families.Family toB = Families.register(mvc, "printb", inB);
		Families.Family toA = Families.register(mvc, "printa", inA);
		Families.buyStamps(mvc, toB, code, 10);
		Families.buyStamps(mvc, toA, code, 10);
		String forB = send(toB, inB, "A letter for the B wing.");
		String forA = send(toA, inA, "A letter for the A wing.");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/v1/messages/" + forA).header("Authorization", toA.bearer()))
				.andExpect(jsonPath("$.status").value("QUEUED_FOR_PRINT")));

		String mailroom = Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/v1/staff/print-batches").header("Authorization", mailroom))
				.andExpect(jsonPath("$.queued['%s']".formatted(west)).value(2)));
		String batch = JsonPath.read(mvc
			.perform(post("/api/v1/staff/print-batches").header("Authorization", mailroom)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"facilityId\":\"%s\"}".formatted(west)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.messages").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/staff/print-batches").header("Authorization", mailroom)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"facilityId\":\"%s\"}".formatted(west))).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/messages/" + forB).header("Authorization", toB.bearer()))
			.andExpect(jsonPath("$.status").value("PRINTED"))
			.andExpect(jsonPath("$.history[*].status", Matchers.contains("SCREENING", "QUEUED_FOR_PRINT", "PRINTED")));

		byte[] pdf = mvc
			.perform(get("/api/v1/staff/print-batches/%s.pdf".formatted(batch)).header("Authorization", mailroom))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(text).contains("Young, Amy", "A-WING", "A letter for the A wing.", "Message " + forA,
					"Adams, Zed");
			assertThat(text.indexOf("A-WING")).isLessThan(text.indexOf("B-WING"));
		}
		mvc.perform(get("/api/v1/staff/print-batches/%s.pdf".formatted(batch)).header("Authorization", mailroom))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'print-batch.reprinted' and subject = :id")
			.param("id", batch)
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/api/v1/staff/print-batches/%s.pdf".formatted(batch)).header("Authorization",
				"Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER)))
			.andExpect(status().isNotFound());
	}

	private UUID inmate(TenantId agency, UUID facility, String unit, String first, String last) {
		UUID housing = UUID.randomUUID();
		jdbc.sql(
				"insert into directory.housing_unit (id, facility_id, code) values (:id, :facility, :code) on conflict do nothing")
			.param("id", housing)
			.param("facility", facility)
			.param("code", unit)
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
						                              date_of_birth, facility_id, housing_unit_id, status, updated_at)
						values (:id, :agency, :number, :first, :last, :firstKey, :lastKey, null, :facility,
						        (select id from directory.housing_unit where facility_id = :facility and code = :unit), 'ACTIVE', :now)""")
			.param("id", id)
			.param("agency", agency.value())
			.param("number", "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase())
			.param("first", first)
			.param("last", last)
			.param("firstKey", first.toLowerCase())
			.param("lastKey", last.toLowerCase())
			.param("facility", facility)
			.param("unit", unit)
			.param("now", OffsetDateTime.now())
			.update();
		return id;
	}

	private String send(Families.Family family, UUID inmate, String body) throws Exception {
		return JsonPath.read(mvc
			.perform(post("/api/v1/messages").header("Authorization", family.bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"body\":\"%s\"}".formatted(inmate, body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

}
