package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.deposits.internal.PaySlips;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.media.MediaFixtures;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page a family, an inmate at the kiosk and a member of staff reach, at a 390 px
 * phone and a 1280 px laptop, in English and in Spanish: axe-core (its published file,
 * {@code src/test/resources/axe}) finds no violation of the WCAG 2.1 A and AA rules, no
 * page scrolls sideways on the phone, and no page shows a message key for want of words.
 * Each page is photographed into {@code target/screenshots/pages} for a reviewer.
 */
class PageQualityBrowserTests extends BrowserTest {

	static final List<String> LANGUAGES = List.of("en", "es");

	static final int[] WIDTHS = { 390, 1280 };

	static String axe;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaySlips paySlips;

	@Autowired
	Ledger ledger;

	final List<String> problems = new ArrayList<>();

	@BeforeAll
	static void readAxe() throws IOException {
		try (InputStream in = PageQualityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void pagesForEveryoneAndForFamilies() {
		String james = id("select cast(id as varchar) from directory.inmate where inmate_number = 'A100001'");
		String deposit = id("""
				select cast(d.id as varchar) from deposits.deposit d join accounts.account a on a.id = d.account_id
				where a.email = 'family@example.com' order by d.created_at limit 1""");
		browser.manage().deleteAllCookies();
		check("landing", "/");
		check("find", "/find?state=FL&number=A100001");
		check("prices", "/prices");
		check("prices-agency", "/prices/DEMO-DOC");
		check("prices-trulincs", "/prices/DEMO-FED");
		check("sign-in", "/login");
		check("register", "/register?inmate=" + james);
		check("forgot-password", "/forgot-password");
		check("terms", "/terms");
		check("privacy", "/privacy");
		check("kiosk-sign-in", "/kiosk");
		check("certificate-check", "/certificates");
		check("certificate-unknown", "/certificates/NOPE1-NOPE2");
		check("kiosk-of-an-agency", "/kiosk?agency=DEMO-DOC");
		check("pay-slip-new", "/pay-slips/new?agency=DEMO-DOC&number=A100001");
		check("pay-slip-check", "/pay-slips/new?agency=DEMO-DOC&number=A100001&amount=20.00", () -> {
			browser.findElement(By.cssSelector("main form button[type=submit]")).click();
			waitFor(By.cssSelector(".quote"));
		});
		check("pay-slip", "/pay-slips/"
				+ paySlips.issue(null, UUID.fromString(james), Money.of("20.00", Money.USD)).slip().reference());
		signIn("family@example.com", "Family#2026");
		check("account", "/account");
		check("cards", "/account/cards");
		check("stamps", "/stamps");
		check("messages", "/messages");
		check("compose", "/messages/new?inmate=" + james);
		check("deposits", "/deposits");
		check("gifts", "/media/gifts?q=harbor");
		check("gift-check-and-give",
				"/media/gifts/confirm?inmateId=" + james + "&itemId=" + MediaFixtures.LETTERS_FROM_THE_SHORE);
		check("family-courses", "/courses");
		check("tablets", "/media/tablets");
		check("tablet-check-and-order",
				"/media/tablets/confirm?inmateId=" + james + "&modelId=0a0c0000-0000-4000-8000-0000000e0002");
		check("deposit-check-and-pay", "/deposits", () -> {
			type("amount", "20.00");
			browser.findElement(By.cssSelector("main form button[type=submit]")).click();
			waitFor(By.cssSelector(".quote"));
		});
		check("stamps-check-and-pay", "/stamps", () -> {
			browser.findElement(By.cssSelector("form[action$='/stamps/confirm'] button[type=submit]")).click();
			waitFor(By.cssSelector(".total"));
		});
		if (deposit != null) {
			check("deposit", "/deposits/" + deposit);
		}
		String card = id(
				"""
						select cast(m.id as varchar) from payments.payment_method m join accounts.account a on a.id = m.account_id
						where a.email = 'family@example.com' limit 1""");
		check("edit-card", "/account/cards/" + card + "/edit");
		String message = id("""
				select cast(m.id as varchar) from messaging.message m join accounts.account a on a.id = m.account_id
				where a.email = 'family@example.com' order by m.sent_at desc limit 1""");
		if (message != null) {
			check("message", "/messages/" + message);
		}
		check("visits", "/visits");
		check("visit-book", "/visits/book?inmateId=" + james);
		check("visit-check-and-pay", "/visits/book?inmateId=" + james, () -> {
			waitFor(By.cssSelector("label[for=slot-0]")).click();
			browser.findElement(By.cssSelector("form[action$='/visits/confirm'] button[type=submit]")).click();
			waitFor(By.cssSelector(".total"));
		});
		// a visit next week, and one about to start
		UUID later = demoVisit("SCHEDULED", Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS));
		UUID soon = demoVisit("SCHEDULED", Instant.now().plus(Duration.ofMinutes(3)));
		withVisits(List.of(later, soon), () -> {
			check("visit", "/visits/" + later);
			check("visit-change", "/visits/" + later + "/change");
			check("visit-call", "/visits/" + soon + "/call");
		});
		check("add-contact", "/contacts/add");
		check("close-account", "/account/close");
		assertThat(problems).as("what the pages got wrong").isEmpty();
	}

	@Test
	void pagesForAnInmateAtTheKiosk() {
		browser.manage().deleteAllCookies();
		signInAtTheKiosk("A100001");
		String family = id("select cast(id as varchar) from accounts.account where email = 'family@example.com'");
		check("kiosk-inbox", "/kiosk/inbox");
		check("kiosk-account", "/kiosk/account");
		check("kiosk-minutes-not-metered", "/kiosk/minutes");
		check("kiosk-write", "/kiosk/write?account=" + family);
		check("kiosk-media", "/kiosk/media");
		check("kiosk-media-search", "/kiosk/media?kind=MUSIC&q=harbor");
		check("kiosk-media-item", "/kiosk/media/" + MediaFixtures.LETTERS_FROM_THE_SHORE);
		check("kiosk-media-library", "/kiosk/media/library");
		String parenting = id("select cast(id as varchar) from courses.course where code = 'PARENT-101'");
		check("kiosk-courses", "/kiosk/courses");
		check("kiosk-course-enrol", "/kiosk/courses/" + parenting);
		browser.get(url("/kiosk/courses/" + parenting));
		// enrolled by an earlier run of this test on the same database, or now
		waitFor(By.cssSelector("main h1"));
		browser.findElements(By.cssSelector("form[action$='/enrol'] button")).forEach(button -> button.click());
		waitFor(By.cssSelector(".lessons"));
		check("kiosk-course", "/kiosk/courses/" + parenting);
		check("kiosk-lesson", "/kiosk/courses/" + parenting + "/lessons/staying-in-touch");
		check("kiosk-quiz", "/kiosk/courses/" + parenting + "/quizzes/what-helps");
		check("kiosk-tablets", "/kiosk/media/tablets");
		check("kiosk-tablet-order", "/kiosk/media/tablets/0a0c0000-0000-4000-8000-0000000e0002");
		UUID soon = demoVisit("SCHEDULED", Instant.now().plus(Duration.ofMinutes(3)));
		withVisits(List.of(soon), () -> {
			check("kiosk-visits", "/kiosk/visits");
			check("kiosk-visit-call", "/kiosk/visits/" + soon + "/call");
		});
		// where the inmate pays by the minute: the counter, and the page that sells
		// minutes
		browser.manage().deleteAllCookies();
		String kevin = id("select cast(id as varchar) from directory.inmate where inmate_number = 'F200004'");
		String fed = id("select cast(id as varchar) from directory.agency where code = 'DEMO-FED'");
		Unit minutes = Unit.minutes(new TenantId(UUID.fromString(fed)));
		ledger.post(new PostEntry("page-quality-minutes:" + UUID.randomUUID(), "terminal-minutes", "test minutes",
				List.of(new Line(new AccountKey(AccountKind.INMATE_MINUTES, minutes, UUID.fromString(kevin)), 600),
						new Line(new AccountKey(AccountKind.MINUTES_ISSUED, minutes, UUID.fromString(fed)), -600))));
		signInAtTheKiosk("DEMO-FED", "F200004");
		check("kiosk-inbox-metered", "/kiosk/inbox");
		check("kiosk-minutes", "/kiosk/minutes");
		assertThat(problems).as("what the pages got wrong").isEmpty();
	}

	@Test
	void pagesForStaff() {
		browser.manage().deleteAllCookies();
		signIn("admin@demo-doc.test", "Staff#2026");
		check("staff-home", "/staff");
		check("staff-inmates", "/staff/inmates?q=Johnson");
		check("staff-contacts", "/staff/contacts");
		check("staff-print", "/staff/print");
		check("staff-roster", "/staff/roster");
		check("staff-credits", "/staff/credits");
		check("staff-inmate", "/staff/inmates/"
				+ id("select cast(id as varchar) from directory.inmate where inmate_number = 'A100001'"));
		check("staff-fees", "/staff/contract/fees");
		check("staff-audit", "/staff/audit");
		check("staff-screening", "/staff/screening");
		check("staff-reports", "/staff/reports");
		// a free order of James's waiting, while the page is checked
		UUID order = UUID.randomUUID();
		jdbc.sql("""
				insert into media.tablet_order (id, agency_id, facility_id, inmate_id, model_id, buyer, payer_id,
				       price_minor, commission_minor, currency, status, idempotency_key, request_hash, created_at,
				       updated_at)
				select :id, i.agency_id, i.facility_id, i.id, '0a0c0000-0000-4000-8000-0000000e0001', 'INMATE', i.id,
				       0, 0, 'USD', 'ORDERED', :key, :hash, current_timestamp, current_timestamp
				  from directory.inmate i where i.inmate_number = 'A100001'""")
			.param("id", order)
			.param("key", order.toString())
			.param("hash", "0".repeat(64))
			.update();
		try {
			check("staff-tablet-orders", "/staff/media/tablet-orders");
		}
		finally {
			jdbc.sql("delete from media.tablet_order where id = :id").param("id", order).update();
		}
		browser.manage().deleteAllCookies();
		signIn("reviewer@demo-doc.test", "Staff#2026");
		check("staff-review", "/staff/review");
		browser.manage().deleteAllCookies();
		signIn("investigator@demo-doc.test", "Staff#2026");
		check("staff-investigations", "/staff/investigations");
		recordedVisitYesterday();
		check("staff-recordings", "/staff/investigations/visits");
		browser.manage().deleteAllCookies();
		signIn("visits@demo-doc.test", "Staff#2026");
		// a visit going on, watched alone and in the grid
		UUID live = demoVisit("LIVE", Instant.now().minus(Duration.ofMinutes(2)));
		withVisits(List.of(live), () -> {
			check("staff-visits", "/staff/visits");
			check("staff-visits-live", "/staff/visits/live");
			check("staff-visit-monitor", "/staff/visits/" + live + "/monitor");
		});
		browser.manage().deleteAllCookies();
		signIn("operator@homeward.test", "Operator#2026");
		check("operator-retail", "/operator/retail");
		check("operator-reports", "/operator/reports");
		browser.manage().deleteAllCookies();
		signIn("support@homeward.test", "Support#2026");
		String mother = "0a0c0000-0000-4000-8000-0000000000f1";
		check("support-search", "/support?q=family");
		check("support-family", "/support/families/" + mother);
		check("support-phone", "/support/families/" + mother + "/phone-deposit");
		String james = id("select cast(id as varchar) from directory.inmate where inmate_number = 'A100001'");
		check("support-phone-confirm", "/support/families/" + mother + "/phone-deposit", () -> {
			new Select(browser.findElement(By.id("inmateId"))).selectByValue(james);
			type("amount", "20.00");
			type("reason", "no internet");
			browser.findElement(By.cssSelector("main form button[type=submit]")).click();
			waitFor(By.cssSelector(".quote"));
		});
		String deposit = id("""
				select cast(d.id as varchar) from deposits.deposit d where d.account_id = '%s'
				order by d.created_at limit 1""".formatted(mother));
		if (deposit != null) {
			check("support-deposit", "/support/deposits/" + deposit);
		}
		assertThat(problems).as("what the pages got wrong").isEmpty();
	}

	/** One page at both widths in both languages. */
	private void check(String name, String path) {
		check(name, path, () -> {
		});
	}

	/**
	 * One page at both widths in both languages, reached from {@code path} by an action
	 * (a form sent, say).
	 */
	private void check(String name, String path, Runnable action) {
		for (String language : LANGUAGES) {
			for (int width : WIDTHS) {
				resize(width);
				browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
				String where = name + " (" + width + " px, " + language + ")";
				if (!browser.getCurrentUrl().contains(path.replaceAll("\\?.*", ""))) {
					problems.add(where + ": went to " + browser.getCurrentUrl());
					continue;
				}
				action.run();
				if (!browser.findElements(By.id("error-page")).isEmpty()) {
					problems.add(where + ": the error page");
					continue;
				}
				String text = browser.findElement(By.tagName("body")).getText();
				if (text.contains("??")) {
					problems.add(where + ": a message key without words: "
							+ text.replaceAll("(?s).*(\\?\\?[^?]+\\?\\?).*", "$1"));
				}
				long overflow = (Long) browser.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				if (overflow > 0) {
					problems.add(where + ": scrolls sideways by " + overflow + " px, widest: " + widest());
				}
				axe().forEach(violation -> problems.add(where + ": " + violation));
				try {
					screenshot("pages/" + name + "-" + width + "-" + language);
				}
				catch (Exception ex) {
					problems.add(where + ": no screenshot: " + ex);
				}
			}
		}
		resize(1280);
	}

	/** The violations axe finds of the WCAG 2.0 and 2.1 A and AA rules. */
	@SuppressWarnings("unchecked")
	private List<String> axe() {
		browser.executeScript(axe);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object found = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));""");
		return (List<String>) found;
	}

	private static String widest() {
		return String.valueOf(browser.executeScript(
				"""
						const limit = document.documentElement.clientWidth;
						const wide = [...document.querySelectorAll('body *')]
						  .filter(e => e.getBoundingClientRect().right > limit + 1)
						  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
						      ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : ''));
						return wide.slice(-3).join(', ');"""));
	}

	private static void resize(int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				width < 600 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/**
	 * A visit of the demo family that ended yesterday with its recording (a few bytes in
	 * the blob store: the page is checked for its layout, not for what it plays).
	 */
	private void recordedVisitYesterday() {
		UUID visit = demoVisit("COMPLETED", Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS));
		String key = "recordings/" + visit + "/family-1";
		try {
			Path file = Path.of("target", "test-blobs").resolve(key);
			Files.createDirectories(file.getParent());
			Files.write(file, "webm".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		jdbc.sql(
				"""
						insert into visits.recording (id, visit_id, agency_id, side, part, started_at, duration_ms, bytes, sha256,
						  blob_key, keep_until, created_at)
						select :id, v.id, v.agency_id, 'FAMILY', 1, v.starts_at, 900000, 4, :sha256, :key,
						  now() + interval '90 days', now()
						  from visits.visit v where v.id = :visit""")
			.param("id", UUID.randomUUID())
			.param("visit", visit)
			.param("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
			.param("key", key)
			.update();
	}

	/**
	 * A 15-minute visit of the demo family with James Johnson (A100001) from
	 * {@code start}, written as it is stored.
	 */
	private UUID demoVisit(String status, Instant start) {
		UUID visit = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into visits.visit (id, agency_id, facility_id, inmate_id, account_id, contact_id, legal, starts_at,
						  ends_at, length_minutes, price_minor, currency, status, idempotency_key, request_hash, payment_method_id,
						  created_at)
						select :id, c.agency_id, i.facility_id, c.inmate_id, c.account_id, c.id, false, :start, :end, 15, 0, 'USD',
						  :status, :idem, repeat('0', 64), :id, now()
						  from contacts.contact c join directory.inmate i on i.id = c.inmate_id
						 where c.id = '0c0c0000-0000-4000-8000-0000000000c1'""")
			.param("id", visit)
			.param("idem", "page-quality-" + visit)
			.param("status", status)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(start.plus(Duration.ofMinutes(15))))
			.update();
		return visit;
	}

	/**
	 * Checks the pages of visits that exist only while it runs (not to use the demo
	 * inmate's weekly allowance, which other tests book against).
	 */
	private void withVisits(List<UUID> visits, Runnable checks) {
		try {
			checks.run();
		}
		finally {
			for (UUID visit : visits) {
				jdbc.sql("delete from visits.visit where id = :id").param("id", visit).update();
			}
		}
	}

	private String id(String sql) {
		return jdbc.sql(sql).query(String.class).optional().orElse(null);
	}

}
