package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.homeward.ledger.Ledger;
import org.homeward.media.MediaFixtures;
import org.homeward.messaging.Correspondents;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inmate at the kiosk finds a song, sees its price and what the balance will be after,
 * buys it, and plays it (the audio element's time advances in a real browser); buys an
 * e-book and reads it chapter by chapter.
 */
class MediaBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Test
	void anInmateBuysASongAndPlaysItThenReadsABook() throws Exception {
		String number = "K" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		MediaFixtures.fund(ledger, inmate, 1000);
		signInAtTheKiosk(number);

		browser.findElement(By.linkText("Music and books")).click();
		type("q", "morning");
		browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		until(d -> d.findElements(By.cssSelector(".media-items .title"))
			.stream()
			.map(WebElement::getText)
			.toList()
			.equals(List.of("Morning Yard")));
		browser.findElement(By.linkText("Morning Yard")).click();
		assertThat(waitFor(By.cssSelector(".quote .total")).getText()).startsWith("$1.29");
		assertThat(browser.findElement(By.cssSelector(".facts .kind")).getText()).isEqualTo("Music");
		assertThat(browser.findElement(By.cssSelector(".quote .balance")).getText()).isEqualTo("$10.00");
		assertThat(browser.findElement(By.cssSelector(".quote .after")).getText()).isEqualTo("$8.71");
		screenshot("kiosk-media-item");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();

		waitForUrl("/kiosk/media/library");
		assertThat(waitFor(By.cssSelector(".bought")).getText()).isEqualTo("Done: \u201cMorning Yard\u201d is yours.");
		WebElement audio = browser
			.findElement(By.cssSelector("[data-item='" + MediaFixtures.MORNING_YARD + "'] audio"));
		browser.executeScript("arguments[0].play();", audio);
		until(d -> ((Number) browser.executeScript("return arguments[0].currentTime;", audio)).doubleValue() > 1.0);
		assertThat((Boolean) browser.executeScript("return arguments[0].error === null;", audio)).isTrue();
		screenshot("kiosk-media-library");

		browser.get(url("/kiosk/media/" + MediaFixtures.LETTERS_FROM_THE_SHORE));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/kiosk/media/library");
		browser.findElement(By.cssSelector("[data-item='" + MediaFixtures.LETTERS_FROM_THE_SHORE + "'] a.read"))
			.click();
		assertThat(waitFor(By.cssSelector("h1.book-title")).getText()).isEqualTo("Letters from the Shore");
		assertThat(browser.findElement(By.cssSelector(".chapter-of")).getText()).isEqualTo("Chapter 1 of 3");
		assertThat(browser.findElement(By.cssSelector(".reader h2")).getText()).isEqualTo("The Harbour");
		assertThat(browser.findElement(By.cssSelector(".reader p:not(.chapter-of)")).getText())
			.startsWith("Every morning the boats went out");
		browser.findElement(By.cssSelector("a.next")).click();
		until(d -> d.findElement(By.cssSelector(".reader h2")).getText().equals("The First Letter"));
		screenshot("kiosk-media-reader");
	}

}
