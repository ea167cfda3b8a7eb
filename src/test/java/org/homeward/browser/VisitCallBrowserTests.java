package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.JanusServer;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * A video visit through a real Janus between three real browsers with fake cameras: the
 * family's page and the kiosk each receive the other's video (frames decoded, from
 * getStats()), a visitation officer watches both without being seen by either, ends the
 * visit, and both pages say it ended.
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
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		String facility = VisitFixtures.facility(jdbc, 2, 5, false);
		String number = "VC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, doc, facility, number);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		Families.Family family = Families.register(mvc, "visit-call", inmate);
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		String visit = JsonPath.read(VisitFixtures
			.book(mvc, family.bearer(), VisitFixtures.booking(inmate, VisitFixtures.inDays(3, 9, 0), 15, card))
			.getContentAsString(), "$.id");
		// the visit's time has come: it started a minute ago
		jdbc.sql("""
				update visits.visit set starts_at = now() - interval '1 minute', ends_at = now() + interval '14 minutes'
				 where id = :id""").param("id", UUID.fromString(visit)).update();
		String officer = Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER");

		ChromeDriver kiosk = Browser.start();
		ChromeDriver monitor = Browser.start();
		ChromeDriver familyBrowser = browser;
		try {
			signIn(family.email(), Families.PASSWORD);
			browser.get(url("/visits/" + visit + "/call?lang=en"));
			waitFor(By.id("call-join")).click();

			browser = kiosk;
			signInAtTheKiosk(number);
			browser.get(url("/kiosk/visits/" + visit + "/call?lang=en"));
			until(d -> d.findElement(By.id("call-join")).isEnabled());
			browser.findElement(By.id("call-join")).click();

			connected(familyBrowser);
			connected(kiosk);
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
