package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.homeward.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A family member in a real browser: saves a card, buys a bundle after seeing the total,
 * gets the receipt; a declined card buys nothing; sending the same confirmation twice
 * buys once.
 */
class StampsBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void addACardBuyStampsAndBeRefusedOnADeclinedCard() throws Exception {
		String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		register(email);

		browser.get(url("/account/cards"));
		addCard("5555 5555 5555 4444");
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Your card was saved.");
		assertThat(browser.findElement(By.cssSelector(".saved-card")).getText()).isEqualTo("Mastercard •••• 4444");

		// a new expiry date and billing address, without the card number again
		browser.findElement(By.cssSelector("a.edit-card")).click();
		type("expiryYear", "2031");
		type("city", "Miami Beach");
		browser.findElement(By.cssSelector("#edit-card button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Your card was updated.");
		assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains("12/2031");

		browser.get(url("/stamps"));
		new Select(browser.findElement(By.id("offer")))
			.selectByVisibleText("10 stamps for Demo State Department of Corrections — $4.00");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".total")).getText()).isEqualTo(
				"You will buy 10 stamps for Demo State Department of Corrections and pay $4.00 with Mastercard •••• 4444.");
		String confirmation = (String) browser.executeScript("return document.querySelector('main form').outerHTML;");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=status]")).getText())
			.startsWith("Done: 10 stamps bought for $4.00. You now have 10 stamps there.");
		screenshot("stamps-bought");
		assertThat(TestMail.await(email, "Your Homeward stamps receipt")).contains("10 stamps", "$4.00");

		// the same confirmation sent again (a second press of "Pay"): same key, nothing
		// more is bought
		browser.executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0]);"
				+ "document.body.lastElementChild.submit();", confirmation);
		waitForUrl("/stamps");
		assertThat(waitFor(By.cssSelector(".balance")).getText()).isEqualTo("10");
		assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSize(1);

		browser.get(url("/account/cards"));
		addCard("4000 0000 0000 0002");
		// wait for the saved card to be listed before leaving the page, or the navigation
		// would cut the form post off
		until(d -> d.findElements(By.cssSelector(".saved-card"))
			.stream()
			.anyMatch(card -> card.getText().equals("Visa •••• 0002")));
		browser.get(url("/stamps"));
		new Select(browser.findElement(By.id("card"))).selectByVisibleText("Visa •••• 0002");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.cssSelector(".total"));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=alert]")).getText()).contains("Your card was declined",
				"Nothing was charged");
		assertThat(browser.findElement(By.cssSelector(".balance")).getText()).isEqualTo("10");
	}

	private void register(String email) {
		String inmate = jdbc.sql("select id from directory.inmate where inmate_number = 'A100003'")
			.query(UUID.class)
			.single()
			.toString();
		browser.manage().deleteAllCookies();
		browser.get(url("/register?inmate=" + inmate));
		type("firstName", "Lena");
		type("lastName", "Moore");
		type("email", email);
		type("password", "Stamps#2026");
		type("confirmPassword", "Stamps#2026");
		type("phone", "305 555 0177");
		type("line1", "9 Ocean Dr");
		type("city", "Miami");
		type("region", "FL");
		type("postalCode", "33139");
		browser.findElement(By.id("acceptTerms")).click();
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/account");
	}

	private void addCard(String number) {
		type("cardNumber", number);
		type("expiryMonth", "12");
		type("expiryYear", "2030");
		type("cvc", "123");
		type("cardholderName", "Lena Moore");
		type("line1", "9 Ocean Dr");
		type("city", "Miami");
		type("region", "FL");
		type("postalCode", "33139");
		browser.findElement(By.cssSelector("#add-card button[type=submit]")).click();
	}

}
