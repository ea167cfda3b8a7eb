package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.homeward.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A family member's first visit, in a real browser: find the loved one, register (one
 * password refused on the way), land signed in on their account page, sign out, forget
 * the password, reset it from the e-mail, and sign in with the new one.
 */
class RegistrationBrowserTests extends BrowserTest {

	@Test
	void registerFromTheLandingPageThenResetThePassword() throws Exception {
		String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		browser.get(url("/"));
		new Select(browser.findElement(By.id("state"))).selectByVisibleText("Florida");
		browser.findElement(By.id("number")).sendKeys("A100001");
		browser.findElement(By.cssSelector("form.find-form button[type=submit]")).click();
		waitFor(By.linkText("Create an account to stay in touch with James")).click();

		assertThat(browser.findElement(By.cssSelector(".card .inmate-name")).getText()).isEqualTo("James Johnson");
		type("firstName", "Keisha");
		type("lastName", "Johnson");
		type("email", email);
		type("password", "password1");
		type("confirmPassword", "password1");
		type("phone", "305 555 0142");
		type("line1", "2100 NW 7th Ave");
		type("city", "Miami");
		type("region", "FL");
		type("postalCode", "33127");
		// the terms not ticked yet: the form comes back naming them with the password's
		// rules
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		assertThat(waitFor(By.cssSelector(".field-error")).getText()).isNotBlank();
		assertThat(browser.getPageSource()).contains("must contain an upper-case letter",
				"must contain one of ! @ # $ % ^ &amp; *", "you must read and agree to the terms of service");
		screenshot("registration-refused");
		type("password", "Welcome#2026");
		type("confirmPassword", "Welcome#2026");
		if (!browser.findElement(By.id("acceptTerms")).isSelected()) {
			browser.findElement(By.id("acceptTerms")).click();
		}
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		waitForUrl("/account");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Keisha");
		assertThat(browser.findElement(By.id("account-email")).getText()).isEqualTo(email);
		screenshot("registered");

		browser.findElement(By.cssSelector("header form button")).click();
		waitForUrl("signedOut");
		browser.get(url("/login"));
		browser.findElement(By.linkText("Forgot your password?")).click();
		type("email", email);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("If an account uses this address");

		String path = TestMail.path(TestMail.await(email, "Reset your Homeward password"), "/password-reset/");
		browser.get(url(path));
		type("newPassword", "Changed#2026");
		type("confirmPassword", "Changed#2026");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitForUrl("/login?reset");

		type("username", email);
		type("password", "Changed#2026");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/account");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Keisha");
	}

}
