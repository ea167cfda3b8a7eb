package org.homeward.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.directory.TestAgencies;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a completed course earns: DEMO-DOC's 5 days, in the month's report (JSON and CSV)
 * that its administrator approves once, credit by credit audited; another agency's
 * monthly cap; nobody else's report. And what the family sees once their loved one shares
 * it.
 */
@PostgresIntegrationTest
class EarnedTimeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String operator;

	String admin;

	String month;

	@BeforeEach
	void signedIn() throws Exception {
		operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		admin = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN);
		month = YearMonth.now(ZoneOffset.UTC).toString();
	}

	@Test
	void aCompletedCourseEarnsFiveDaysApprovedOnceAndTheFamilySeesItWhenShared() throws Exception {
		String course = CoursePackages.imported(mvc, operator, "ET-" + suffix());
		mvc.perform(put("/api/v1/agencies/DEMO-DOC/courses/{id}", course).header("Authorization", admin));
		String number = "E" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		Families.Family mother = Families.register(mvc, "earned", inmate);
		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);

		mvc.perform(get("/api/v1/courses/loved-ones/{id}", inmate).header("Authorization", mother.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shared").value(false))
			.andExpect(jsonPath("$.courses.length()").value(0));
		complete(kiosk, course);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("select days from courses.credit where inmate_id = :inmate")
				.param("inmate", inmate)
				.query(Integer.class)
				.list()).containsExactly(5));
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/credits").param("month", month).header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.inmateNumber == '" + number + "')].days").value(5))
			.andExpect(jsonPath("$[?(@.inmateNumber == '" + number + "')].status").value("PENDING"));
		String csv = mvc
			.perform(get("/api/v1/agencies/DEMO-DOC/credits.csv").param("month", month).header("Authorization", admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("inmate_number,name,facility,month,courses,days,status")
			.contains(number + ",\"Ortega, Luis\",North Unit," + month + ",Reading a pay stub ET-");

		approve(admin).andExpect(status().isOk())
			.andExpect(jsonPath("$.approved").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		approve(admin).andExpect(jsonPath("$.approved").value(0));
		assertThat(jdbc
			.sql("select count(*) from audit.entry where action = 'course.credit.approved'" + " and detail like :who")
			.param("who", "%" + inmate + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/credits").param("month", month).header("Authorization", admin))
			.andExpect(jsonPath("$[?(@.inmateNumber == '" + number + "')].status").value("APPROVED"));

		// nobody else's records
		approve("Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/credits").param("month", month)
			.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.FED_REVIEWER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/credits").param("month", "December").header("Authorization", admin))
			.andExpect(status().isBadRequest());

		// the family sees it once it is shared with them
		mvc.perform(put("/api/v1/kiosk/courses/sharing").header("Authorization", kiosk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"shared\":true}")).andExpect(jsonPath("$.shared").value(true));
		mvc.perform(get("/api/v1/courses/loved-ones/{id}", inmate).header("Authorization", mother.bearer()))
			.andExpect(jsonPath("$.shared").value(true))
			.andExpect(jsonPath("$.courses[0].status").value("COMPLETED"))
			.andExpect(jsonPath("$.certificates[0].verificationCode").isString());
		Families.Family stranger = Families.register(mvc, "stranger", null);
		mvc.perform(get("/api/v1/courses/loved-ones/{id}", inmate).header("Authorization", stranger.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMonthsCapLimitsWhatASecondCourseEarns() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		String agencyAdmin = Correspondents.staff(mvc, jdbc, agency, "AGENCY_ADMIN");
		mvc.perform(put("/api/v1/agencies/{code}/credit-rule", code).header("Authorization", agencyAdmin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"daysPerCourse\":5,\"maxDaysPerMonth\":8,\"courseCodes\":[]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.maxDaysPerMonth").value(8));
		String number = "K" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		String kiosk = Correspondents.kiosk(mvc, code, number);
		for (String course : new String[] { CoursePackages.imported(mvc, operator, "CAP-A-" + suffix()),
				CoursePackages.imported(mvc, operator, "CAP-B-" + suffix()) }) {
			mvc.perform(put("/api/v1/agencies/{code}/courses/{id}", code, course).header("Authorization", agencyAdmin))
				.andExpect(status().isOk());
			complete(kiosk, course);
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select days from courses.credit where inmate_id = :inmate order by earned_at, days desc")
						.param("inmate", inmate)
						.query(Integer.class)
						.list())
				.containsExactly(5, 3));
		mvc.perform(
				get("/api/v1/agencies/{code}/credits", code).param("month", month).header("Authorization", agencyAdmin))
			.andExpect(jsonPath("$[0].days").value(8));
		mvc.perform(get("/api/v1/agencies/{code}/credits", code).param("month", month).header("Authorization", admin))
			.andExpect(status().isNotFound());
	}

	private void complete(String kiosk, String course) throws Exception {
		mvc.perform(post("/api/v1/kiosk/courses/{id}/enrolment", course).header("Authorization", kiosk))
			.andExpect(status().isCreated());
		for (String lesson : new String[] { "gross-and-net", "deductions" }) {
			mvc.perform(post("/api/v1/kiosk/courses/{id}/lessons/{lesson}/completion", course, lesson)
				.header("Authorization", kiosk)).andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/kiosk/courses/{id}/quizzes/quiz/attempts", course).header("Authorization", kiosk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\":[0, 380]}")).andExpect(jsonPath("$.courseCompleted").value(true));
	}

	private org.springframework.test.web.servlet.ResultActions approve(String who) throws Exception {
		return mvc.perform(post("/api/v1/agencies/DEMO-DOC/credits/approval").header("Authorization", who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\":\"" + month + "\"}"));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

}
