package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A family member on the landing page, in a real browser: chooses Florida, types the
 * inmate number, and sees their loved one with the facility. Then a staff member signs in
 * and searches by name.
 */
class FindInmateBrowserTests extends BrowserTest {

	@Test
	void aFamilyFindsTheirLovedOneFromTheLandingPage() throws Exception {
		browser.get("http://localhost:" + port + "/");
		new Select(browser.findElement(By.id("state"))).selectByVisibleText("Florida");
		browser.findElement(By.id("number")).sendKeys("A100001");
		browser.findElement(By.cssSelector("form.find-form button[type=submit]")).click();

		WebElement result = waitFor(By.cssSelector("#results .inmate"));
		assertThat(result.findElement(By.className("inmate-name")).getText()).isEqualTo("James Johnson");
		assertThat(result.getText()).contains("North Unit", "Demo State Department of Corrections");
		assertThat(browser.getCurrentUrl()).contains("/find?state=FL&number=A100001");
		screenshot("find-inmate");
	}

	@Test
	void aNumberThatIsNotThereIsExplained() {
		browser.get("http://localhost:" + port + "/");
		new Select(browser.findElement(By.id("state"))).selectByVisibleText("Florida");
		browser.findElement(By.id("number")).sendKeys("Q000000");
		browser.findElement(By.cssSelector("form.find-form button[type=submit]")).click();
		WebElement notice = waitFor(By.cssSelector("#results .notice"));
		assertThat(notice.getText()).contains("No one with inmate number Q000000 was found in Florida");
	}

	@Test
	void staffSignInAndSearchByNameAsTheyType() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/staff/inmates");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys("reviewer@demo-doc.test");
		browser.findElement(By.id("password")).sendKeys("Staff#2026");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitForUrl("/staff");

		browser.get("http://localhost:" + port + "/staff/inmates");
		browser.findElement(By.id("q")).sendKeys("jose");
		WebElement table = waitFor(By.cssSelector("#results table"));
		assertThat(table.getText()).contains("A100004", "Pérez, José");
		screenshot("staff-search");
	}

}
