package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.homeward.messaging.TestImages;
import org.homeward.payments.Payments;
import org.homeward.shared.TenantId;
import org.homeward.stamps.Stamps;
import org.homeward.stamps.internal.StampPurchases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The messaging journey in a real browser: the demo family writes to A100001 with a photo
 * and a prepaid reply; the inmate reads it at the kiosk page and replies with the prepaid
 * stamp; the family sees the reply.
 */
class MessagingBrowserTests extends BrowserTest {

	private static final UUID DEMO_FAMILY = UUID.fromString("0a0c0000-0000-4000-8000-0000000000f1");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Stamps stamps;

	@Autowired
	StampPurchases purchases;

	@Autowired
	Payments payments;

	@Test
	void theFamilyWritesWithAPhotoTheInmateRepliesWithThePrepaidStamp() throws Exception {
		enoughStamps();
		String words = "Hello James, here is the new puppy. " + UUID.randomUUID().toString().substring(0, 8);
		Path photo = Files.createTempFile("puppy", ".png");
		Files.write(photo, TestImages.png(320, 240));

		signInAsFamily();
		browser.get(url("/messages"));
		String james = jdbc.sql("select cast(id as varchar) from directory.inmate where inmate_number = 'A100001'")
			.query(String.class)
			.single();
		browser.findElement(By.cssSelector("tr.contact a.write[href$='" + james + "']")).click();
		assertThat(waitFor(By.cssSelector(".recipient .number")).getText()).isEqualTo("A100001");
		type("body", words);
		assertThat(waitFor(By.id("count")).getText()).isEqualTo(String.valueOf(words.length()));
		browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		browser.findElement(By.id("prepaidReply")).click();
		until(d -> d.findElement(By.cssSelector("#quote .total")).getText().equals("This message costs 3 stamps."));
		assertThat(waitFor(By.id("saved")).getText()).isEqualTo("Draft saved");
		browser.findElement(By.cssSelector("#compose button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Sent. 3 stamps were spent.");
		assertThat(browser.findElement(By.cssSelector(".body")).getText()).isEqualTo(words);
		screenshot("message-sent");

		browser.manage().deleteAllCookies();
		browser.get(url("/kiosk/inbox"));
		waitForUrl("/kiosk");
		new Select(browser.findElement(By.id("agencyCode"))).selectByValue("DEMO-DOC");
		type("inmateNumber", "A100001");
		type("pin", "2468");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/kiosk/inbox");
		browser.findElement(By.linkText(words)).click();
		assertThat(waitFor(By.cssSelector(".body")).getText()).isEqualTo(words);
		assertThat(browser.findElement(By.cssSelector("img.thumb")).getAttribute("naturalWidth")).isEqualTo("320");
		assertThat(browser.findElement(By.cssSelector("#compose")).getText()).contains("prepaid reply stamp");
		type("body", "Thank you, Maria! He is beautiful.");
		browser.findElement(By.cssSelector("#compose button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Sent. 1 stamp was used.");
		screenshot("kiosk-replied");

		browser.manage().deleteAllCookies();
		signInAsFamily();
		browser.get(url("/messages"));
		until(d -> {
			d.navigate().refresh();
			return d.findElements(By.linkText("Thank you, Maria! He is beautiful.")).size() > 0;
		});
		browser.findElement(By.linkText("Thank you, Maria! He is beautiful.")).click();
		assertThat(waitFor(By.cssSelector(".body")).getText()).isEqualTo("Thank you, Maria! He is beautiful.");
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Read");
	}

	private void signInAsFamily() {
		browser.get(url("/login"));
		type("username", "family@example.com");
		type("password", "Family#2026");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * The demo family starts with 20 stamps; when earlier runs on the same database used
	 * them, buy more.
	 */
	private void enoughStamps() {
		TenantId doc = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
		if (stamps.balance(DEMO_FAMILY, doc) >= 3) {
			return;
		}
		UUID bundle = jdbc.sql("""
				select b.id from contracts.stamp_bundle b join contracts.contract c on c.id = b.contract_id
				 where c.agency_id = :agency and b.stamps = 10""")
			.param("agency", doc.value())
			.query(UUID.class)
			.single();
		purchases.purchase(DEMO_FAMILY, "family@example.com", UUID.randomUUID().toString(), "DEMO-DOC", bundle,
				payments.methods(DEMO_FAMILY).get(0).id(), Locale.ENGLISH);
	}

}
