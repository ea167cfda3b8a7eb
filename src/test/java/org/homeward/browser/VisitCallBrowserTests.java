package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.JanusServer;
import org.homeward.SignedIn;
import org.homeward.audit.AuditLog;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * A video visit through a real Janus between three real browsers with fake cameras: the
 * family's page and the kiosk each receive the other's video (frames decoded, from
 * getStats()), a visitation officer watches both without being seen by either, ends the
 * visit, and both pages say it ended; each side's recording is then a playable WebM of
 * about the visit's length, stored with its SHA-256, which an investigator plays in the
 * page and exports. A legal visit leaves no recording.
 */
@ExtendWith(JanusServer.class)
class VisitCallBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	AuditLog audit;

	@Test
	void bothSidesSeeEachOtherTheOfficerWatchesUnseenAndEndsIt() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		VisitFixtures.Booked booked = VisitFixtures.booked(jdbc, mvc, "VC", 3);
		TenantId doc = booked.agency();
		String number = booked.inmateNumber();
		Families.Family family = booked.family();
		String visit = booked.visit().toString();
		// the visit's time has come: it started a minute ago
		jdbc.sql("""
				update visits.visit set starts_at = now() - interval '1 minute', ends_at = now() + interval '14 minutes'
				 where id = :id""").param("id", UUID.fromString(visit)).update();
		String officer = Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER");

		ChromeDriver kiosk = Browser.start();
		ChromeDriver monitor = Browser.start();
		ChromeDriver familyBrowser = browser;
		try {
			bothJoin(familyBrowser, family.email(), kiosk, number, visit);
			assertThat(framesReceived(familyBrowser)).as("the family sees the inmate").isPositive();
			assertThat(framesReceived(kiosk)).as("the inmate sees the family").isPositive();

			browser = monitor;
			signIn(officer, "Staff#2026");
			browser.get(url("/staff/visits/" + visit + "/monitor?lang=en"));
			connected(monitor);
			new WebDriverWait(monitor, Duration.ofSeconds(15))
				.until(d -> d.findElements(By.cssSelector("#call-remotes video")).size() == 2);
			assertThat(framesReceived(monitor)).as("the officer sees both sides").isPositive();
			assertThat(familyBrowser.findElements(By.cssSelector("#call-remotes video")))
				.as("the family sees one other side, not the officer")
				.hasSize(1);
			screenshot("visit-monitor");

			// the facility's grid of visits going on: this one in a tile, both sides, no
			// sound, and still unseen; then back to the visit itself
			UUID facility = jdbc.sql("select facility_id from visits.visit where id = :id")
				.param("id", UUID.fromString(visit))
				.query(UUID.class)
				.single();
			browser.get(url("/staff/visits/live?lang=en&facilityId=" + facility));
			connected(monitor);
			new WebDriverWait(monitor, Duration.ofSeconds(15))
				.until(d -> d.findElements(By.cssSelector(".call-tile[data-visit='" + visit + "'] video")).size() == 2);
			assertThat(framesReceived(monitor)).as("the grid's tile shows both sides").isPositive();
			assertThat(monitor.findElements(By.cssSelector(".call-tile audio")))
				.allMatch(audio -> "true".equals(audio.getDomProperty("muted")));
			assertThat(familyBrowser.findElements(By.cssSelector("#call-remotes video"))).hasSize(1);
			screenshot("visit-live-grid");
			browser.get(url("/staff/visits/" + visit + "/monitor?lang=en"));
			connected(monitor);

			// a warning to both sides, shown on both pages within seconds; the officer
			// watches on
			new Select(monitor.findElement(By.id("warning"))).selectByValue("THIRD_PERSON");
			monitor.findElement(By.cssSelector("form[action$='/warning'] button[type=submit]")).click();
			assertThat(waitFor(By.cssSelector(".usa-alert--success")).getText())
				.isEqualTo("The warning is shown to both sides.");
			for (ChromeDriver side : List.of(familyBrowser, kiosk)) {
				new WebDriverWait(side, Duration.ofSeconds(10))
					.until(d -> d.findElement(By.id("call-warning")).isDisplayed());
				assertThat(side.findElement(By.id("call-warning-text")).getText())
					.startsWith("Only the approved visitor may take part in this visit.");
			}
			connected(monitor);

			new Select(monitor.findElement(By.id("reason"))).selectByValue("MISCONDUCT");
			monitor.findElement(By.cssSelector("form[action$='/end'] button[type=submit]")).click();
			waitFor(By.id("confirm-yes")).click();
			waitForUrl("/staff/visits");
			ended(familyBrowser);
			ended(kiosk);
		}
		finally {
			browser = familyBrowser;
			kiosk.quit();
			monitor.quit();
		}
		assertThat(jdbc.sql("select status from visits.visit where id = :id")
			.param("id", UUID.fromString(visit))
			.query(String.class)
			.single()).isEqualTo("TERMINATED");
		assertThat(audit.newestOf(doc, 20)).anyMatch(r -> r.entry().action().equals("visit.terminated")
				&& visit.equals(r.entry().subject()) && r.entry().detail().startsWith("MISCONDUCT"));
		assertThat(audit.newestOf(doc, 20)).as("each time the officer watched")
			.filteredOn(r -> r.entry().action().equals("visit.watched") && visit.equals(r.entry().subject()))
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(audit.newestOf(doc, 20)).anyMatch(r -> r.entry().action().equals("visit.warned")
				&& visit.equals(r.entry().subject()) && r.entry().detail().equals("THIRD_PERSON"));
		recordingsArePlayableAndExported(mvc, doc, visit, number);
	}

	@Test
	void aLegalVisitLeavesNoRecording() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		VisitFixtures.Booked booked = VisitFixtures.booked(jdbc, mvc, "VL", 3);
		TenantId doc = booked.agency();
		String number = booked.inmateNumber();
		Families.Family lawyer = booked.family();
		String visit = booked.visit().toString();
		// an attorney's visit (a verified legal contact), due now
		jdbc.sql("""
				update visits.visit set legal = true, starts_at = now() - interval '1 minute',
				  ends_at = now() + interval '14 minutes' where id = :id""")
			.param("id", UUID.fromString(visit))
			.update();

		ChromeDriver kiosk = Browser.start();
		ChromeDriver lawyerBrowser = browser;
		try {
			bothJoin(lawyerBrowser, lawyer.email(), kiosk, number, visit);
			assertThat(framesReceived(kiosk)).as("the inmate sees the attorney").isPositive();
			// both pages report their call connected; the visit's time is then up
			// (Homeward ends
			// it within a second), both having been connected for two thirds of it
			long both = awaitBothConnected(visit, 4000);
			jdbc.sql("update visits.visit set starts_at = :start, ends_at = now() where id = :id")
				.param("start", Timestamp.from(Instant.now().minusMillis(both * 3 / 2)))
				.param("id", UUID.fromString(visit))
				.update();
			ended(lawyerBrowser);
			ended(kiosk);
		}
		finally {
			browser = lawyerBrowser;
			kiosk.quit();
		}
		assertThat(jdbc.sql("select status from visits.visit where id = :id")
			.param("id", UUID.fromString(visit))
			.query(String.class)
			.single()).as("earned: the call held both sides").isEqualTo("COMPLETED");
		Map<String, Object> room = jdbc.sql("select recorded, rec_dir from visits.call_room where visit_id = :id")
			.param("id", UUID.fromString(visit))
			.query()
			.singleRow();
		assertThat(room.get("recorded")).isEqualTo(false);
		assertThat(room.get("rec_dir")).isNull();
		assertThat(Path.of("target", "test-recordings", visit)).doesNotExist();
		// two rounds of the collector later, still nothing
		Thread.sleep(2500);
		assertThat(recordings(visit)).isEmpty();
		assertThat(audit.newestOf(doc, 50)).noneMatch(r -> visit.equals(r.entry().subject())
				|| r.entry().detail() != null && r.entry().detail().contains(visit));
	}

	/**
	 * Each side's recording: stored under its SHA-256, a WebM with VP8 video and Opus
	 * sound of about the time the visit was on; the raw files gone; found by the
	 * investigator's search, played in ranges (206), exported with its hash (audited),
	 * and played by a browser in the investigator's page.
	 */
	private void recordingsArePlayableAndExported(MockMvc mvc, TenantId doc, String visit, String number)
			throws Exception {
		Map<String, Object> times = jdbc
			.sql("select family_joined_at, inmate_joined_at, now() as now from visits.visit where id = :id")
			.param("id", UUID.fromString(visit))
			.query()
			.singleRow();
		long onAtMost = Duration
			.between(((Timestamp) times.get("family_joined_at")).toInstant(),
					((Timestamp) times.get("now")).toInstant())
			.toSeconds();
		List<Map<String, Object>> rows = awaitRecordings(visit, 2);
		assertThat(rows).extracting(r -> r.get("side")).containsExactlyInAnyOrder("FAMILY", "INMATE");
		for (Map<String, Object> row : rows) {
			Path file = Path.of("target", "test-blobs").resolve((String) row.get("blob_key"));
			byte[] bytes = Files.readAllBytes(file);
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
				.isEqualTo(row.get("sha256"));
			assertThat((long) row.get("bytes")).isEqualTo(bytes.length);
			String probe = run("ffprobe", "-v", "error", "-show_entries", "stream=codec_name:format=duration", "-of",
					"default=noprint_wrappers=1", file.toString());
			assertThat(probe).contains("codec_name=vp8").contains("codec_name=opus");
			double seconds = Double.parseDouble(probe.replaceAll("(?s).*duration=([0-9.]+).*", "$1"));
			assertThat(seconds).as("the recording lasts about as long as the visit was on")
				.isGreaterThan(3)
				.isLessThanOrEqualTo(onAtMost + 2);
			assertThat((long) row.get("duration_ms")).isCloseTo((long) (seconds * 1000), within(50L));
		}
		assertThat(Path.of("target", "test-recordings", visit)).as("the raw streams are removed").doesNotExist();

		String investigator = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_INVESTIGATOR);
		String found = mvc
			.perform(get("/api/v1/investigations/visits").param("inmateNumber", number)
				.header("Authorization", investigator))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(found, "$[*].visit.id")).containsExactly(visit);
		assertThat(JsonPath.<List<String>>read(found, "$[0].recordings[*].side")).containsExactlyInAnyOrder("FAMILY",
				"INMATE");
		String recording = JsonPath.read(found, "$[0].recordings[0].id");
		String sha256 = JsonPath.read(found, "$[0].recordings[0].sha256");
		MockHttpServletResponse part = mvc
			.perform(get("/api/v1/investigations/recordings/" + recording).header("Authorization", investigator)
				.header("Range", "bytes=0-99"))
			.andReturn()
			.getResponse();
		assertThat(part.getStatus()).isEqualTo(206);
		assertThat(part.getContentAsByteArray()).hasSize(100);
		assertThat(part.getContentType()).isEqualTo("video/webm");
		MockHttpServletResponse export = mvc
			.perform(get("/api/v1/investigations/recordings/" + recording + "/export").header("Authorization",
					investigator))
			.andReturn()
			.getResponse();
		assertThat(export.getStatus()).isEqualTo(200);
		assertThat(export.getHeader("X-Content-SHA256")).isEqualTo(sha256);
		assertThat(export.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(
				HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export.getContentAsByteArray())))
			.isEqualTo(sha256);
		assertThat(audit.newestOf(doc, 20))
			.anyMatch(r -> r.entry().action().equals("recording.exported") && recording.equals(r.entry().subject()));

		browser.manage().deleteAllCookies();
		signIn(SignedIn.DOC_INVESTIGATOR, "Staff#2026");
		browser.get(url("/staff/investigations/visits?lang=en&inmateNumber=" + number));
		assertThat(browser.findElements(By.cssSelector("video"))).hasSize(2);
		Object duration = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const video = document.querySelector('video');
				video.addEventListener('loadedmetadata', () => done(video.duration));
				video.addEventListener('error', () => done('error ' + (video.error && video.error.code)));
				video.preload = 'metadata';
				video.load();""");
		assertThat(duration).as("the browser plays the recording").isInstanceOf(Number.class);
		assertThat(((Number) duration).doubleValue()).isGreaterThan(3);
		screenshot("visit-recordings");
	}

	/**
	 * The family joins from their browser, then the inmate from the kiosk, until both are
	 * connected; {@code browser} is the kiosk's afterwards.
	 */
	private void bothJoin(ChromeDriver familyBrowser, String email, ChromeDriver kiosk, String number, String visit) {
		browser = familyBrowser;
		signIn(email, Families.PASSWORD);
		browser.get(url("/visits/" + visit + "/call?lang=en"));
		waitFor(By.id("call-join")).click();
		browser = kiosk;
		signInAtTheKiosk(number);
		browser.get(url("/kiosk/visits/" + visit + "/call?lang=en"));
		until(d -> d.findElement(By.id("call-join")).isEnabled());
		browser.findElement(By.id("call-join")).click();
		connected(familyBrowser);
		connected(kiosk);
	}

	/**
	 * Waits until both pages' reports add up to at least this long connected together.
	 */
	private long awaitBothConnected(String visit, long millis) throws InterruptedException {
		long both = 0;
		for (int i = 0; i < 60 && both < millis; i++) {
			Thread.sleep(500);
			both = jdbc.sql("select both_connected_ms from visits.call_room where visit_id = :id")
				.param("id", UUID.fromString(visit))
				.query(Long.class)
				.single();
		}
		assertThat(both).as("time both pages reported connected").isGreaterThanOrEqualTo(millis);
		return both;
	}

	private List<Map<String, Object>> awaitRecordings(String visit, int count) throws InterruptedException {
		for (int i = 0; i < 60; i++) {
			List<Map<String, Object>> rows = recordings(visit);
			if (rows.size() >= count) {
				return rows;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the recordings of visit " + visit + " were not collected: " + recordings(visit));
	}

	private List<Map<String, Object>> recordings(String visit) {
		return jdbc.sql("select * from visits.recording where visit_id = :id")
			.param("id", UUID.fromString(visit))
			.query()
			.listOfRows();
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	private static void connected(WebDriver driver) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "connected".equals(((JavascriptExecutor) d)
				.executeScript("return window.homewardCall && window.homewardCall.state();")));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("not connected at " + driver.getCurrentUrl() + ": "
					+ driver.findElement(By.id("call-status")).getText(), ex);
		}
	}

	private static void ended(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(d -> "ended".equals(((JavascriptExecutor) d).executeScript("return window.homewardCall.state();")));
		assertThat(driver.findElement(By.id("call-status")).getText()).isEqualTo("The visit has ended.");
	}

	/** Video frames the page has decoded, once it has decoded some (or 0 after 15 s). */
	@SuppressWarnings("unchecked")
	private static long framesReceived(ChromeDriver driver) throws InterruptedException {
		for (int i = 0; i < 30; i++) {
			Map<String, Object> found = (Map<String, Object>) driver
				.executeAsyncScript("window.homewardCall.received().then(arguments[arguments.length - 1]);");
			long frames = ((Number) found.get("frames")).longValue();
			if (frames > 10) {
				return frames;
			}
			Thread.sleep(500);
		}
		return 0;
	}

}
