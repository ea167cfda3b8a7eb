package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.homeward.deposits.internal.Settlements;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo family sends $20.00 to A100001: the fee and total are shown before paying and
 * on the receipt; the inmate sees the money at the kiosk; $300.01 is refused naming the
 * limit (in Spanish on the Spanish page); the agency's settlement file lists the deposit.
 */
class DepositBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	Settlements settlements;

	@Test
	void twentyDollarsToJamesJohnson() throws Exception {
		UUID james = jdbc.sql("select id from directory.inmate where inmate_number = 'A100001'")
			.query(UUID.class)
			.single();
		long before = ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, james));

		browser.get(url("/login"));
		type("username", "family@example.com");
		type("password", "Family#2026");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"));

		browser.get(url("/deposits"));
		new Select(browser.findElement(By.id("inmateId"))).selectByValue(james.toString());
		type("amount", "300.01");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("The most one deposit can be is 300.00 USD.");
		// the same refusal on the Spanish page is in Spanish
		browser.get(url("/deposits?lang=es"));
		new Select(browser.findElement(By.id("inmateId"))).selectByValue(james.toString());
		type("amount", "300.01");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("Un depósito puede ser de 300.00 USD como máximo.");
		browser.get(url("/deposits?lang=en"));

		new Select(browser.findElement(By.id("inmateId"))).selectByValue(james.toString());
		type("amount", "20.00");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".quote .fee")).getText()).isEqualTo("$4.95");
		assertThat(browser.findElement(By.cssSelector(".quote .total")).getText()).isEqualTo("$24.95");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".receipt .status")).getText()).isEqualTo("Completed");
		assertThat(browser.findElement(By.cssSelector(".receipt .total")).getText()).isEqualTo("$24.95");
		String deposit = browser.getCurrentUrl().replaceAll(".*/deposits/", "");
		screenshot("deposit-receipt");

		browser.manage().deleteAllCookies();
		signInAtTheKiosk("A100001");
		browser.get(url("/kiosk/account"));
		assertThat(waitFor(By.cssSelector(".balance")).getText())
			.isEqualTo("$" + BigDecimal.valueOf(before + 2000, 2).toPlainString());

		TenantId doc = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
		assertThat(settlements.csv(doc, LocalDate.now(ZoneOffset.UTC)))
			.contains(deposit + ",DEPOSIT,A100001,20.00,4.95,2.50,");
	}

	/**
	 * A family makes a pay slip from the money page, sees the walk-in fee before it is
	 * made, prints it; the store's network confirms the cash over the API (signed, as the
	 * README's curl does) and the slip says it is paid.
	 */
	@Test
	void aFamilyPrintsAPaySlipAndAStorePaysIt() throws Exception {
		UUID james = jdbc.sql("select id from directory.inmate where inmate_number = 'A100001'")
			.query(UUID.class)
			.single();
		long before = ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, james));
		signIn("family@example.com", "Family#2026");
		browser.get(url("/deposits"));
		new Select(browser.findElement(By.id("inmateId"))).selectByValue(james.toString());
		browser.get(url("/deposits?inmate=" + james));
		browser.findElement(By.cssSelector(".cash a.usa-button")).click();
		waitForUrl("/pay-slips/new");
		assertThat(new Select(browser.findElement(By.id("agency"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("DEMO-DOC");
		assertThat(browser.findElement(By.id("number")).getAttribute("value")).isEqualTo("A100001");
		type("amount", "25.00");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".quote .fee")).getText()).isEqualTo("$6.95");
		assertThat(browser.findElement(By.cssSelector(".quote .total")).getText()).isEqualTo("$31.95");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".receive-code")).getText()).isEqualTo("7310");
		String reference = browser.findElement(By.cssSelector(".reference")).getText().replace(" ", "");
		assertThat(reference).matches("\\d{12}");
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Not paid yet");
		assertThat((Long) browser.executeScript("return document.querySelector('img.barcode').naturalWidth;"))
			.as("the barcode image loaded")
			.isGreaterThan(0L);
		screenshot("pay-slip");

		String body = "{\"transactionId\":\"STORE-%s\",\"reference\":\"%s\",\"amount\":{\"amount\":\"25.00\",\"currency\":\"USD\"}}"
			.formatted(UUID.randomUUID(), reference);
		String timestamp = String.valueOf(java.time.Instant.now().getEpochSecond());
		var answer = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/partners/retail/payments")))
				.header("Content-Type", "application/json")
				.header("X-Homeward-Partner", "DEMO-RETAIL")
				.header("X-Homeward-Timestamp", timestamp)
				.header("X-Homeward-Signature",
						org.homeward.deposits.internal.RetailPartners.signature("demo-retail-secret", timestamp,
								body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		assertThat(ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, james)) - before)
			.isEqualTo(2500);
		browser.navigate().refresh();
		assertThat(waitFor(By.cssSelector(".status")).getText()).isEqualTo("Paid");
		browser.get(url("/deposits"));
		assertThat(browser.findElement(By.cssSelector(".cash")).getText()).contains("Paid");
	}

	/**
	 * The demo mother calls support: the agent finds her, reads out the fee by phone
	 * (higher than online, shown before confirming), takes the card and sends the money.
	 */
	@Test
	void aSupportAgentMakesAPhoneDeposit() throws Exception {
		UUID james = jdbc.sql("select id from directory.inmate where inmate_number = 'A100001'")
			.query(UUID.class)
			.single();
		long before = ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, james));
		browser.manage().deleteAllCookies();
		signIn("support@homeward.test", "Support#2026");
		waitForUrl("/support");
		type("q", "family@example.com");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.linkText("Maria Johnson")).click();
		waitFor(By.linkText("Make a deposit by phone")).click();
		new Select(waitFor(By.id("inmateId"))).selectByValue(james.toString());
		type("amount", "20.00");
		type("reason", "calling from a landline");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".quote .fee")).getText()).isEqualTo("$5.95");
		assertThat(browser.findElement(By.cssSelector(".quote .total")).getText()).isEqualTo("$25.95");
		assertThat(browser.findElement(By.cssSelector(".online-fee")).getText()).contains("$4.95", "$1.00");
		type("cardNumber", "5555 5555 5555 4444");
		type("expiryMonth", "11");
		type("expiryYear", "2031");
		type("cvc", "321");
		type("cardholderName", "Maria Johnson");
		type("line1", "12 Ocean Dr");
		type("city", "Miami");
		type("region", "FL");
		type("postalCode", "33139");
		screenshot("support-phone-confirm");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".receipt .channel")).getText()).isEqualTo("By phone");
		assertThat(browser.findElement(By.cssSelector(".receipt .status")).getText()).isEqualTo("Completed");
		assertThat(ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, james)) - before)
			.isEqualTo(2000);
	}

}
