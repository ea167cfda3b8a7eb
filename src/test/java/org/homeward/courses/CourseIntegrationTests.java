package org.homeward.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestClock;
import org.homeward.messaging.Correspondents;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * A course from its package to its certificate: imported (or refused with every problem
 * named by file and line), offered by DEMO-DOC, enrolled in by an inmate, its lessons
 * read (time on task counted from opening), its quiz failed then passed, completed with a
 * certificate whose PDF says so and whose code anyone can check; refused where it is not
 * offered, before its prerequisite, and after the last attempt.
 */
@PostgresIntegrationTest
@Import(TestClock.Configuration.class)
class CourseIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	String operator;

	String admin;

	String code;

	@BeforeEach
	void signedIn() throws Exception {
		operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		admin = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN);
		code = "PAY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	@Test
	void anInmateStudiesPassesOnTheSecondTryAndEveryoneCanCheckTheCertificate() throws Exception {
		String course = imported(CoursePackages.course(code));
		String number = "C" + System.nanoTime() % 1_000_000;
		Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);

		mvc.perform(post("/api/v1/kiosk/courses/{id}/enrolment", course).header("Authorization", kiosk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("course-not-offered"));
		mvc.perform(put("/api/v1/agencies/DEMO-DOC/courses/{id}", course).header("Authorization", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offered").value(true));
		mvc.perform(get("/api/v1/kiosk/courses").header("Authorization", kiosk))
			.andExpect(jsonPath("$[?(@.id == '" + course + "')].enrolled").value(false));

		mvc.perform(post("/api/v1/kiosk/courses/{id}/enrolment", course).header("Authorization", kiosk))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ENROLLED"))
			.andExpect(jsonPath("$.lessons[0].completed").value(false))
			.andExpect(jsonPath("$.quizzes[0].questions[0].choices[1]").value("Net pay"))
			.andExpect(jsonPath("$.quizzes[0].questions[0].answer").doesNotExist());
		mvc.perform(post("/api/v1/kiosk/courses/{id}/enrolment", course).header("Authorization", kiosk))
			.andExpect(status().isCreated());

		// time on task: from opening to completion, at most three times the lesson's
		// length
		mvc.perform(get("/api/v1/kiosk/courses/{id}/lessons/gross-and-net", course).header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paragraphs[0]").value("# Gross and net"))
			.andExpect(jsonPath("$.paragraphs[2]").value("Net pay is what you get."));
		clock.advance(Duration.ofMinutes(12));
		// the kiosk's session ended while they read: they sign in again and finish
		kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		complete(kiosk, course, "gross-and-net").andExpect(jsonPath("$.progress").value(33));
		mvc.perform(get("/api/v1/kiosk/courses/{id}/lessons/deductions", course).header("Authorization", kiosk));
		clock.advance(Duration.ofHours(5));
		kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		complete(kiosk, course, "deductions").andExpect(jsonPath("$.lessons[1].completed").value(true));
		assertThat(jdbc.sql("""
				select p.seconds from courses.lesson_progress p join courses.enrolment e on e.id = p.enrolment_id
				 where e.course_id = :course order by p.lesson_id desc""")
			.param("course", UUID.fromString(course))
			.query(Integer.class)
			.list()).containsExactly(720, 3600);

		attempt(kiosk, course, "[1, 380]").andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(50))
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.attemptsLeft").value(1));
		attempt(kiosk, course, "[0]").andExpect(status().isBadRequest());
		attempt(kiosk, course, "[0, \"380.00\"]").andExpect(status().isCreated())
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.courseCompleted").value(true));
		attempt(kiosk, course, "[0, 380]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("quiz-passed"));
		assertThat(jdbc.sql("""
				select a.answers from courses.attempt a join courses.enrolment e on e.id = a.enrolment_id
				 where e.course_id = :course order by a.number""")
			.param("course", UUID.fromString(course))
			.query(String.class)
			.list()).containsExactly("[1,380]", "[0,\"380.00\"]");

		String certificates = mvc.perform(get("/api/v1/kiosk/certificates").header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String verification = JsonPath.read(certificates, "$[0].verificationCode");
		String id = JsonPath.read(certificates, "$[0].id");
		byte[] pdf = mvc.perform(get("/api/v1/kiosk/certificates/{id}.pdf", id).header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Certificate of completion", "Luis Ortega", "Reading a pay stub " + code,
					"1.5 hours", verification, "/certificates/" + verification);
		}

		// anyone, signed in or not, with the code as typed
		mvc.perform(get("/api/v1/certificates/{code}", verification.toLowerCase().replace("-", " ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.courseTitle").value("Reading a pay stub " + code))
			.andExpect(jsonPath("$.hours").value(1.5))
			.andExpect(jsonPath("$.agency").value("Demo State Department of Corrections"))
			.andExpect(jsonPath("$.inmateId").doesNotExist());
		String changed = (verification.charAt(0) == 'A' ? 'B' : 'A') + verification.substring(1);
		mvc.perform(get("/api/v1/certificates/{code}", changed)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/certificates/{code}", "nothing")).andExpect(status().isNotFound());
	}

	@Test
	void refusalsNameTheirRule() throws Exception {
		String first = imported(CoursePackages.course(code));
		Map<String, String> next = CoursePackages.course(code + "-2");
		next.put("course.json", next.get("course.json")
			.replace("\"hours\": 1.5,", "\"hours\": 1.5,\n\"prerequisites\": [\"" + code + "\"],"));
		String second = imported(next);
		mvc.perform(put("/api/v1/agencies/DEMO-DOC/courses/{id}", first).header("Authorization", admin));
		mvc.perform(put("/api/v1/agencies/DEMO-DOC/courses/{id}", second).header("Authorization", admin));
		String number = "R" + System.nanoTime() % 1_000_000;
		Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		mvc.perform(post("/api/v1/kiosk/courses/{id}/enrolment", second).header("Authorization", kiosk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("prerequisite-missing"));

		mvc.perform(post("/api/v1/kiosk/courses/{id}/enrolment", first).header("Authorization", kiosk))
			.andExpect(status().isCreated());
		attempt(kiosk, first, "[1, 1]").andExpect(jsonPath("$.attemptsLeft").value(1));
		attempt(kiosk, first, "[1, 1]").andExpect(jsonPath("$.attemptsLeft").value(0));
		attempt(kiosk, first, "[0, 380]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("attempts-used-up"));

		// another agency's people and staff
		String fed = "Bearer " + SignedIn.token(mvc, SignedIn.FED_REVIEWER);
		mvc.perform(put("/api/v1/agencies/DEMO-DOC/courses/{id}", first).header("Authorization", fed))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/agencies/DEMO-DOC/courses/{id}", first).header("Authorization",
				"Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER)))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/agencies/DEMO-DOC/courses/{id}", second).header("Authorization", admin))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/kiosk/courses").header("Authorization", kiosk))
			.andExpect(jsonPath("$[?(@.id == '" + second + "')]").isEmpty());
		assertThat(jdbc
			.sql("select count(*) from audit.entry where action in ('course.offered', 'course.withdrawn')"
					+ " and subject = :id")
			.param("id", second)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aPackageWithProblemsIsRefusedWithEachNamedByFileAndLine() throws Exception {
		importing("not-a-zip".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("not a ZIP")));

		Map<String, String> broken = CoursePackages.course(code);
		broken.put("course.json", broken.get("course.json").replace("\"language\": \"en\",", "\"language\": \"en\""));
		String answer = importing(CoursePackages.zip(broken)).andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(answer, "$.errors[*].message")).singleElement()
			.asString()
			.startsWith("course.json:7: is not valid JSON");

		Map<String, String> wrong = CoursePackages.course("bad code");
		wrong.put("course.json",
				wrong.get("course.json")
					.replace("\"file\": \"lessons/deductions.txt\"", "\"file\": \"lessons/missing.txt\"")
					.replace("\"id\": \"deductions\"", "\"id\": \"gross-and-net\"")
					.replace("\"answer\": 0", "\"answer\": 5")
					.replace("\"hours\": 1.5,", "\"hours\": 1.5,\n  \"prerequisites\": [\"NO-SUCH-COURSE\"],"));
		wrong.put("lessons/gross.md", "caf\u00e9");
		String problems = importing(CoursePackages.zip(wrong)).andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(problems, "$.errors[*].message")).containsExactlyInAnyOrder(
				"course.json:3: \"code\" must be 2 to 40 capital letters, digits and dashes, e.g. FIN-LIT-101",
				"course.json:8: \"prerequisites[0]\" no course NO-SUCH-COURSE was imported: import it first",
				"course.json:11: \"id\" \"gross-and-net\" is used twice",
				"course.json:11: \"file\" there is no file lessons/missing.txt in the package",
				"course.json:20: \"answer\" must be a whole number from 0 to 1");
		assertThat(jdbc.sql("select count(*) from courses.course where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single()).isZero();

		imported(CoursePackages.course(code));
		importing(CoursePackages.zip(CoursePackages.course(code))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("imported already")));
		mvc.perform(multipart("/api/v1/admin/courses")
			.file(new MockMultipartFile("package", "c.zip", "application/zip",
					CoursePackages.zip(CoursePackages.course(code + "X"))))
			.header("Authorization", admin)).andExpect(status().isForbidden());
	}

	private String imported(Map<String, String> files) throws Exception {
		return JsonPath.read(importing(CoursePackages.zip(files)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private ResultActions importing(byte[] zip) throws Exception {
		return mvc.perform(multipart("/api/v1/admin/courses")
			.file(new MockMultipartFile("package", "course.zip", "application/zip", zip))
			.header("Authorization", operator));
	}

	private ResultActions complete(String kiosk, String course, String lesson) throws Exception {
		return mvc
			.perform(post("/api/v1/kiosk/courses/{id}/lessons/{lesson}/completion", course, lesson)
				.header("Authorization", kiosk))
			.andExpect(status().isOk());
	}

	private ResultActions attempt(String kiosk, String course, String answers) throws Exception {
		return mvc
			.perform(post("/api/v1/kiosk/courses/{id}/quizzes/quiz/attempts", course).header("Authorization", kiosk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":" + answers + "}"));
	}

}
