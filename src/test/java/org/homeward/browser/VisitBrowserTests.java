package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Map;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.TestMail;
import org.homeward.messaging.Correspondents;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A family member books a video visit in a real browser on a phone: chooses a day and a
 * time (in the facility's zone), sees the price before paying, pays, gets the
 * confirmation; then cancels it, confirming first, and sees the refund.
 */
class VisitBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Test
	void bookAVisitSeeThePriceFirstMoveItAndCancelIt() throws Exception {
		String facility = VisitFixtures.facility(jdbc, 2, 2, false);
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), facility,
				"VB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		Families.Family family = Families.register(mvc, "visit-browser", inmate);
		Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		browser.manage().deleteAllCookies();
		signIn(family.email(), Families.PASSWORD);
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			browser.get(url("/visits"));
			waitFor(By.linkText("Book a visit with Luis Ortega at Visit Unit " + facility)).click();
			assertThat(waitFor(By.cssSelector("main")).getText()).contains("local time (ET)");
			// the second day with free times, then its first time
			browser.findElements(By.cssSelector(".visit-days a")).get(1).click();
			WebElement first = waitFor(By.cssSelector("label[for=slot-0]"));
			assertThat(first.getText()).isEqualTo("8:00 AM, 15 minutes, $2.95");
			first.click();
			browser.findElement(By.cssSelector("form[action$='/visits/confirm'] button[type=submit]")).click();
			assertThat(waitFor(By.cssSelector(".total")).getText()).isEqualTo("$2.95");
			assertThat(browser.findElement(By.cssSelector(".when")).getText()).contains("8:00 AM ET");
			screenshot("visit-check-and-pay");
			browser.findElement(By.cssSelector("form[action$='/visits'] button[type=submit]")).click();
			assertThat(waitFor(By.cssSelector("[role=status]")).getText()).startsWith("Booked.");
			assertThat(browser.findElement(By.cssSelector(".visit-status")).getText()).isEqualToIgnoringCase("Booked");
			assertThat(TestMail.await(family.email(), "video visit is booked")).contains("15-minute", "Luis Ortega");

			// moved to the first time of the third day with free times: nothing more to
			// pay
			waitFor(By.linkText("Change the time")).click();
			assertThat(waitFor(By.cssSelector("main")).getText())
				.contains("Same length and price: nothing more to pay, nothing refunded.");
			browser.findElements(By.cssSelector(".visit-days a")).get(2).click();
			WebElement other = waitFor(By.cssSelector("label[for=slot-0]"));
			assertThat(other.getText()).isEqualTo("8:00 AM, 15 minutes, $2.95");
			other.click();
			browser.findElement(By.cssSelector("form[action$='/change'] button[type=submit]")).click();
			assertThat(waitFor(By.cssSelector("[role=status]")).getText()).startsWith("Your visit is moved.");
			assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Moved from");
			assertThat(TestMail.await(family.email(), "video visit is moved")).contains("Luis Ortega");

			browser.findElement(By.cssSelector("form[action$='/cancel'] button")).click();
			assertThat(waitFor(By.id("confirm-modal-text")).getText())
				.isEqualTo("Cancel this visit? $2.95 goes back to your card.");
			waitFor(By.id("confirm-yes")).click();
			// the page of the moved visit says so until the cancelled one replaces it
			until(d -> d.findElement(By.cssSelector("[role=status]")).getText().startsWith("Cancelled"));
			assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
				.isEqualTo("Cancelled. $2.95 is going back to your card.");
			assertThat(browser.findElement(By.cssSelector(".visit-status")).getText())
				.isEqualToIgnoringCase("Cancelled");
			long overflow = (Long) browser
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).isZero();
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

}
