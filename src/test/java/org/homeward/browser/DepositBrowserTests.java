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

}
