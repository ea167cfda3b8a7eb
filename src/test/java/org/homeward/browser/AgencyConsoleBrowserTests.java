package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.contracts.Contracts;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.FeeTier;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
import org.homeward.shared.Caller;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agency's administrator at work on the console: opens an inmate from the search and
 * lifts a restriction (confirming first), changes a fee by phone (checked, shown with
 * what families will pay, saved, audited, and on the public price page at once), and
 * downloads the month's commission statement.
 */
class AgencyConsoleBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Restrictions restrictions;

	@Autowired
	Contracts contracts;

	@Test
	void anAdministratorLiftsARestrictionChangesAFeeAndDownloadsTheStatement() throws Exception {
		UUID inmate = jdbc.sql("select id from directory.inmate where inmate_number = 'A100018'")
			.query(UUID.class)
			.single();
		TenantId doc = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
		restrictions.add(inmate, RestrictionKind.NO_VIDEO_VISITS, null, "Misuse of the visit room",
				Caller.system("console browser test"));
		List<FeeTier> phone = contracts.contractOf(doc)
			.orElseThrow()
			.priceBook()
			.depositFees()
			.stream()
			.filter(t -> t.channel() == FeeChannel.PHONE)
			.toList();
		browser.manage().deleteAllCookies();
		signIn("admin@demo-doc.test", "Staff#2026");
		try {
			browser.get(url("/staff/inmates"));
			type("q", "A100018");
			browser.findElement(By.cssSelector("main form button[type=submit]")).click();
			until(d -> d.findElement(By.cssSelector("#results a[href$='" + inmate + "']"))).click();
			waitForUrl("/staff/inmates/" + inmate);
			WebElement row = until(d -> d.findElements(By.cssSelector("tr"))
				.stream()
				.filter(r -> r.getText().contains("Misuse of the visit room"))
				.findFirst()
				.orElse(null));
			row.findElement(By.cssSelector("input[name=reason]")).sendKeys("Hearing found no fault");
			row.findElement(By.cssSelector("form.row-action button[type=submit]")).click();
			assertThat(waitFor(By.id("confirm-modal-text")).getText()).contains("Lift this restriction now?");
			browser.findElement(By.id("confirm-yes")).click();
			assertThat(waitFor(By.cssSelector(".done")).getText()).isEqualTo("The restriction is lifted.");
			assertThat(restrictions.isRestricted(inmate, RestrictionKind.NO_VIDEO_VISITS, LocalDate.now())).isFalse();
			screenshot("staff-inmate");

			browser.get(url("/staff"));
			until(d -> d.findElement(By.linkText("Deposit fees"))).click();
			browser.get(url("/staff/contract/fees?channel=PHONE"));
			type("tiers-0-fee", "5.45");
			browser.findElement(By.cssSelector("form.fee-form button[type=submit]")).click();
			assertThat(waitFor(By.cssSelector(".examples")).getText())
				.contains("A deposit of $20.00: fee $5.95 now, $5.45 from now on");
			browser.findElement(By.cssSelector("button.save-fees")).click();
			assertThat(waitFor(By.cssSelector(".saved")).getText()).contains("The new fees are saved");
			assertThat(jdbc.sql("""
					select count(*) from audit.entry where agency_id = :a and action = 'contract.deposit-fees-changed'
					   and detail like 'up to 20.00: 5.45%'""").param("a", doc.value()).query(Integer.class).single())
				.isGreaterThan(0);
			browser.findElement(By.linkText("See the public price page")).click();
			WebElement phoneTier = until(d -> d.findElements(By.cssSelector("tr"))
				.stream()
				.filter(r -> r.getText().startsWith("By phone, up to $20.00"))
				.findFirst()
				.orElse(null));
			assertThat(phoneTier.getText()).contains("$5.45");

			browser.get(url("/staff/reports"));
			String statement = waitFor(By.cssSelector("a.statement-pdf")).getAttribute("href");
			screenshot("staff-reports");
			HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(statement))
					.header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue())
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
		finally {
			contracts.setDepositFees(doc, FeeChannel.PHONE, phone, Caller.system("console browser test"));
		}
	}

}
