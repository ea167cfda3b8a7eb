package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.homeward.messaging.Correspondents;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inmate at the kiosk takes the demo's financial literacy course: enrols, reads both
 * lessons, fails the quiz once and passes it, and downloads the certificate; in a
 * signed-out browser, the certificate's code shows it genuine.
 */
class CourseBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInmateCompletesACourseAndAnyoneCanCheckTheCertificate() throws Exception {
		String number = "L" + System.nanoTime() % 1_000_000;
		Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		signInAtTheKiosk(number);

		browser.findElement(By.linkText("Courses")).click();
		assertThat(waitFor(By.cssSelector(".courses")).getText()).contains("Financial literacy",
				"Parenting from inside");
		browser.findElement(By.xpath("//li[.//h2[normalize-space()='Financial literacy']]//a[contains(@class,'open')]"))
			.click();
		assertThat(waitFor(By.cssSelector("main")).getText()).contains("2 hours: 2 lessons and one quiz. Free.");
		browser.findElement(By.cssSelector("form[action$='/enrol'] button")).click();

		for (String lesson : List.of("Making a budget", "Credit and debt")) {
			waitFor(By.linkText(lesson)).click();
			assertThat(waitFor(By.cssSelector(".lesson h1")).getText()).isEqualTo(lesson);
			screenshot("kiosk-lesson");
			browser.findElement(By.cssSelector("button.finish")).click();
			until(d -> d.findElement(By.cssSelector(".usa-alert__text")).getText().equals("Done: " + lesson + "."));
		}
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("66% done");

		answer(2, "100", 0);
		assertThat(waitFor(By.cssSelector(".attempt")).getText())
			.isEqualTo("Not passed yet: 0% on \u201cCheck your understanding\u201d. 2 attempts left: read the lessons "
					+ "again first.");
		answer(0, "250", 1);
		assertThat(waitFor(By.cssSelector(".attempt")).getText())
			.isEqualTo("You passed \u201cCheck your understanding\u201d with 100%.");
		assertThat(browser.findElement(By.cssSelector(".completed")).getText())
			.contains("Completed: your certificate is ready.");
		screenshot("kiosk-course-completed");

		browser.findElement(By.linkText("Your certificates")).click();
		String code = waitFor(By.cssSelector(".certificates .code")).getText();
		String link = browser.findElement(By.cssSelector("a.certificate-pdf")).getAttribute("href");
		// the download, as the browser would save it
		String start = (String) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(
				    String.fromCharCode(...new Uint8Array(b.slice(0, 5))))).catch(e => done('failed: ' + e));""", link);
		assertThat(start).isEqualTo("%PDF-");

		browser.manage().deleteAllCookies();
		browser.get(url("/certificates?lang=en"));
		type("code", code.toLowerCase());
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		WebElement valid = waitFor(By.cssSelector(".valid"));
		assertThat(valid.getText()).contains("This certificate is genuine", "Luis Ortega", "Financial literacy",
				"2 hours of study", "Demo State Department of Corrections");
		screenshot("certificate-verified");
	}

	private void answer(int first, String second, int third) {
		waitFor(By.linkText("Check your understanding")).click();
		waitFor(By.cssSelector("label[for='q0-" + first + "']")).click();
		type("q1", second);
		browser.findElement(By.cssSelector("label[for='q2-" + third + "']")).click();
		browser.findElement(By.cssSelector("form.quiz button[type=submit]")).click();
	}

}
