package org.homeward.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.homeward.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives the machine's Chromium against Homeward on a random port
 * (PostgreSQL, demo data, mail to the test SMTP server), with the few helpers every such
 * test uses. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
abstract class BrowserTest {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		browser.quit();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in at the sign-in page and waits to be let in. */
	void signIn(String email, String password) {
		browser.get(url("/login?lang=en"));
		type("username", email);
		type("password", password);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Signs a demo DEMO-DOC inmate in at the kiosk (every demo PIN is 2468). */
	void signInAtTheKiosk(String inmateNumber) {
		signInAtTheKiosk("DEMO-DOC", inmateNumber);
	}

	/** Signs a demo inmate of that agency in at the kiosk. */
	void signInAtTheKiosk(String agencyCode, String inmateNumber) {
		browser.get(url("/kiosk?lang=en"));
		new Select(browser.findElement(By.id("agencyCode"))).selectByValue(agencyCode);
		type("inmateNumber", inmateNumber);
		type("pin", "2468");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/kiosk/inbox");
	}

	static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	static WebElement waitFor(By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Waits up to 10 s for the condition to give something other than null or false,
	 * trying again when the page changed under it (elements gone stale or not there yet).
	 */
	static <T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(condition);
	}

	static void waitForUrl(String part) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	static void screenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
	}

}
