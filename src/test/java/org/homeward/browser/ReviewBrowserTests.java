package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.homeward.shared.TenantId;
import org.homeward.stamps.Stamps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A family message containing "escape" is held; the DEMO-DOC reviewer rejects it with a
 * reason; the family sees REJECTED with the reason, and the stamps back.
 */
class ReviewBrowserTests extends BrowserTest {

	private static final UUID DEMO_FAMILY = UUID.fromString("0a0c0000-0000-4000-8000-0000000000f1");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Stamps stamps;

	@Test
	void aHeldMessageIsRejectedWithAReasonAndTheStampsComeBack() throws Exception {
		TenantId doc = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
		String james = jdbc.sql("select cast(id as varchar) from directory.inmate where inmate_number = 'A100001'")
			.query(String.class)
			.single();
		String words = "Cousin Ray says the escape is on for Friday " + UUID.randomUUID().toString().substring(0, 6);

		signIn("family@example.com", "Family#2026");
		long before = stamps.balance(DEMO_FAMILY, doc);
		browser.get(url("/messages/new?inmate=" + james));
		type("body", words);
		browser.findElement(By.cssSelector("#compose button[type=submit]")).click();
		waitFor(By.cssSelector("[role=status]"));
		String message = browser.getCurrentUrl().replaceAll(".*/messages/", "");
		until(d -> {
			d.navigate().refresh();
			return d.findElement(By.cssSelector(".status")).getText().equals("Held for review");
		});
		assertThat(stamps.balance(DEMO_FAMILY, doc)).isEqualTo(before - 1);

		browser.manage().deleteAllCookies();
		signIn("reviewer@demo-doc.test", "Staff#2026");
		browser.get(url("/staff/review"));
		WebElement held = until(d -> d.findElements(By.cssSelector(".held"))
			.stream()
			.filter(card -> card.getText().contains(words.substring(words.length() - 6)))
			.findFirst()
			.orElse(null));
		assertThat(held.findElement(By.cssSelector("mark")).getText()).isEqualTo("escape");
		assertThat(held.getText()).contains("ESCAPE: escape", "Maria Johnson", "A100001");
		new Select(held.findElement(By.cssSelector("select[name=reason]"))).selectByValue("ESCAPE");
		held.findElement(By.cssSelector("button[value=REJECT]")).click();
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).startsWith("Rejected");
		screenshot("review-rejected");

		browser.manage().deleteAllCookies();
		signIn("family@example.com", "Family#2026");
		browser.get(url("/messages/" + message));
		assertThat(waitFor(By.cssSelector(".status")).getText()).isEqualTo("Rejected");
		assertThat(browser.findElement(By.cssSelector("ol.history")).getText()).contains("Plans or helps an escape");
		assertThat(stamps.balance(DEMO_FAMILY, doc)).isEqualTo(before);
	}

}
