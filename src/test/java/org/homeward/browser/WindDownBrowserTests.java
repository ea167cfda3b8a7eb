package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.time.format.FormatStyle;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.homeward.contracts.Contracts;
import org.homeward.directory.TestAgencies;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.Caller;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * During a wind-down the demo family sees the banner on their pages, cannot write to that
 * agency, and downloads their messages; their other agency (DEMO-DOC) keeps working.
 */
class WindDownBrowserTests extends BrowserTest {

	private static final UUID DEMO_FAMILY = UUID.fromString("0a0c0000-0000-4000-8000-0000000000f1");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Contracts contracts;

	@Test
	void theFamilySeesTheBannerCannotSendAndDownloadsTheExport() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String number = "E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		jdbc.sql("""
				insert into contacts.contact (id, account_id, inmate_id, agency_id, status, created_at, updated_at)
				values (:id, :family, :inmate, :agency, 'ACTIVE', :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("family", DEMO_FAMILY)
			.param("inmate", inmate)
			.param("agency", agency.value())
			.param("now", OffsetDateTime.now())
			.update();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		contracts.scheduleWindDown(agency, today, today.plusDays(45),
				new Caller(UUID.randomUUID(), Caller.Kind.OPERATOR, "operator", null, null, Set.of()));
		String agencyName = "Test County " + TestAgencies.code(jdbc, agency);

		browser.get(url("/login"));
		type("username", "family@example.com");
		type("password", "Family#2026");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"));
		browser.get(url("/messages"));
		assertThat(waitFor(By.cssSelector(".banner")).getText()).contains(
				agencyName + " is ending its contract with Homeward", day(today), day(today.plusDays(45)),
				"Unspent stamps are refunded");
		screenshot("wind-down-banner");
		assertThat(browser.findElements(By.cssSelector("tr.contact a.write[href$='" + inmate + "']"))).isEmpty();

		browser.get(url("/messages/new?inmate=" + inmate));
		assertThat(waitFor(By.cssSelector("[role=alert]")).getText()).contains("the service ended on " + today);
		assertThat(browser.findElements(By.id("compose"))).isEmpty();

		Object download = browser.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch('/messages/export.zip', {credentials: 'same-origin'})
						  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))
						  .catch(e => done('failed ' + e));""");
		assertThat(String.valueOf(download)).startsWith("200 application/zip");
		assertThat(Long.parseLong(String.valueOf(download).split(" ")[2])).isPositive();

		String james = jdbc.sql("select cast(id as varchar) from directory.inmate where inmate_number = 'A100001'")
			.query(String.class)
			.single();
		browser.get(url("/messages/new?inmate=" + james));
		assertThat(waitFor(By.cssSelector("#compose button[type=submit]")).isEnabled()).isTrue();
	}

	/** A day as the pages write it in English: Dec 1, 2026. */
	private static String day(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US).format(day);
	}

}
