package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At DEMO-FED the inmate pays for messaging by the minute: the kiosk's messaging pages
 * show a counter of the minutes left (a warning near the end), and when they run out the
 * page leaves messaging for the page where minutes are bought, saying why.
 */
class TerminalTimeBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Test
	void theMinuteCounterRunsAndMessagingEndsCleanlyWhenTheMinutesRunOut() throws Exception {
		UUID inmate = jdbc.sql("select id from directory.inmate where inmate_number = 'F200003'")
			.query(UUID.class)
			.single();
		TenantId fed = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-FED'").query(UUID.class).single());
		Unit minutes = Unit.minutes(fed);
		long had = ledger.balance(new AccountKey(AccountKind.INMATE_MINUTES, minutes, inmate));
		// two minutes, as if bought (the purchase itself is
		// MessagePricingIntegrationTests')
		ledger.post(new PostEntry("test-minutes:" + UUID.randomUUID(), "terminal-minutes", "test minutes",
				List.of(new Line(new AccountKey(AccountKind.INMATE_MINUTES, minutes, inmate), 2 - had),
						new Line(new AccountKey(AccountKind.MINUTES_ISSUED, minutes, fed.value()), had - 2))));

		browser.manage().deleteAllCookies();
		signInAtTheKiosk("DEMO-FED", "F200003");
		// DEMO-FED has no media store and no video visits: the kiosk does not offer them
		assertThat(browser.findElement(By.cssSelector(".kiosk-nav")).getText()).contains("Inbox", "My money")
			.doesNotContain("Music and books")
			.doesNotContain("My visits");
		// opening the inbox started the first minute
		assertThat(waitFor(By.cssSelector(".terminal-meter .minutes-left")).getText())
			.isEqualTo("1 minute of terminal time left");
		assertThat(browser.findElement(By.cssSelector(".terminal-meter")).getAttribute("class"))
			.contains("usa-alert--warning");
		screenshot("kiosk-terminal-meter");

		// five minutes pass (the meter's paid time is moved back): the next reading runs
		// out
		jdbc.sql("""
				update messaging.terminal_session set charged_until = charged_until - interval '5 minutes'
				 where inmate_id = :inmate and ran_out_at is null""").param("inmate", inmate).update();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/kiosk/minutes"));
		assertThat(waitFor(By.cssSelector("[role=alert]")).getText()).contains("Your minutes ran out");
		assertThat(browser.findElement(By.cssSelector(".minutes")).getText())
			.isEqualTo("No minutes of terminal time left");
		assertThat(browser.findElements(By.cssSelector(".block-purchase button"))).hasSize(5);
		assertThat(browser.findElement(By.cssSelector(".block-purchase button")).getText())
			.isEqualTo("Buy 40 minutes for $2.00");
		screenshot("kiosk-terminal-ran-out");
		// the inbox sends them back here until minutes are bought
		browser.get(url("/kiosk/inbox"));
		waitForUrl("/kiosk/minutes");
	}

}
