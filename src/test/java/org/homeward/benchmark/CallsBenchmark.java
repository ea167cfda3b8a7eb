package org.homeward.benchmark;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.JanusServer;
import org.homeward.browser.Browser;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * Video visits through a real Janus under load: {@code -Dvisits=} visits (2 by default)
 * at one facility, each between a family's headless Chromium and a kiosk's (fake camera
 * and microphone), all watched at once by a visitation officer's grid of live visits (one
 * more Chromium), for {@code -Dseconds=} (60 by default) after the calls settle. Prints,
 * per participant and for the monitor, the video frames sent and received over that time,
 * and the CPU Janus used per forwarded video stream. Target: every receiver gets at least
 * 95% of the frames sent. Run with {@code scripts/benchmark calls}; Janus is started as
 * the tests start it (scripts/janus) unless one answers already.
 */
public final class CallsBenchmark {

	static final int VISITS = Integer.getInteger("visits", 2);

	static final int SECONDS = Integer.getInteger("seconds", 60);

	/**
	 * Each visit forwards four video streams: each side to the other and to the monitor.
	 */
	static final int STREAMS_PER_VISIT = 4;

	private record Call(String visit, String number, Families.Family family) {
	}

	/**
	 * One call on a page: frames its camera sent, frames that arrived from Janus, and
	 * those of them it decoded.
	 */
	private record Frames(String visit, long sent, long received, long decoded) {

		Frames minus(Frames earlier) {
			return new Frames(visit, sent - earlier.sent, received - earlier.received, decoded - earlier.decoded);
		}

	}

	public static void main(String[] args) throws Exception {
		JanusServer.start();
		String database = Benchmarks.freshDatabase("homeward_bench_calls");
		List<ChromeDriver> browsers = new ArrayList<>();
		try (ConfigurableApplicationContext app = Benchmarks.start(database, "demo")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
				.apply(springSecurity())
				.build();
			String base = Benchmarks.baseUrl(app);
			TenantId doc = VisitFixtures.demoDoc(jdbc);
			String facilityCode = VisitFixtures.facility(jdbc, VISITS, 5, false);
			UUID facility = VisitFixtures.facilityId(jdbc, facilityCode);
			List<Call> calls = new ArrayList<>();
			for (int i = 0; i < VISITS; i++) {
				String number = "CB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
				UUID inmate = Correspondents.inmate(jdbc, doc, facilityCode, number);
				Families.Family family = Families.register(mvc, "bench-call-" + i, inmate);
				UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
				String visit = JsonPath.read(VisitFixtures
					.book(mvc, family.bearer(), VisitFixtures.booking(inmate, VisitFixtures.inDays(3, 9, 0), 15, card))
					.getContentAsString(), "$.id");
				calls.add(new Call(visit, number, family));
			}
			// their time has come, and lasts past the measured minute
			jdbc.sql("""
					update visits.visit set starts_at = now() - interval '1 minute',
					  ends_at = now() + make_interval(secs => :seconds) where facility_id = :facility""")
				.param("seconds", SECONDS + 1800)
				.param("facility", facility)
				.update();

			List<ChromeDriver> pages = new ArrayList<>();
			for (Call call : calls) {
				ChromeDriver family = started(browsers);
				signIn(family, base, call.family().email(), Families.PASSWORD);
				family.get(base + "/visits/" + call.visit() + "/call?lang=en");
				clickJoin(family);
				ChromeDriver kiosk = started(browsers);
				kioskSignIn(kiosk, base, call.number());
				kiosk.get(base + "/kiosk/visits/" + call.visit() + "/call?lang=en");
				clickJoin(kiosk);
				pages.add(family);
				pages.add(kiosk);
			}
			for (ChromeDriver page : pages) {
				connected(page);
			}
			ChromeDriver monitor = started(browsers);
			signIn(monitor, base, Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER"), "Staff#2026");
			monitor.get(base + "/staff/visits/live?lang=en&facilityId=" + facility);
			new WebDriverWait(monitor, Duration.ofSeconds(60))
				.withMessage(() -> "the monitor's grid to show both sides of every visit, at " + monitor.getCurrentUrl()
						+ " (" + monitor.findElement(By.tagName("h1")).getText() + "): "
						+ monitor.findElements(By.cssSelector(".call-tile video")).size() + " videos, "
						+ monitor.findElements(By.cssSelector(".call-tile .call-status"))
							.stream()
							.map(e -> e.getText())
							.toList())
				.until(d -> d.findElements(By.cssSelector(".call-tile video")).size() == 2 * VISITS);
			System.out.println("all " + VISITS + " visits connected and watched; measuring for " + SECONDS + " s");
			Thread.sleep(10_000);

			List<List<Frames>> before = new ArrayList<>();
			for (ChromeDriver page : pages) {
				before.add(frames(page));
			}
			List<Frames> monitorBefore = frames(monitor);
			Optional<Duration> janusBefore = janusCpu();
			long started = System.nanoTime();
			Thread.sleep(SECONDS * 1000L);
			double elapsed = (System.nanoTime() - started) / 1e9;
			Optional<Duration> janusAfter = janusCpu();
			List<List<Frames>> after = new ArrayList<>();
			for (ChromeDriver page : pages) {
				after.add(frames(page));
			}
			List<Frames> monitorAfter = frames(monitor);

			System.out.println();
			System.out.printf("== Video visits through Janus (%s, %d visits, one officer watching all, %.0f s) ==%n",
					Benchmarks.machine(), VISITS, elapsed);
			double worst = 100;
			for (int i = 0; i < calls.size(); i++) {
				Frames family = after.get(2 * i).get(0).minus(before.get(2 * i).get(0));
				Frames kiosk = after.get(2 * i + 1).get(0).minus(before.get(2 * i + 1).get(0));
				String visit = calls.get(i).visit();
				Frames watched = of(monitorAfter, visit).minus(of(monitorBefore, visit));
				worst = Math.min(worst, report(i + 1, "family", family.sent(), "kiosk", kiosk));
				worst = Math.min(worst, report(i + 1, "kiosk", kiosk.sent(), "family", family));
				worst = Math.min(worst, report(i + 1, "both sides", family.sent() + kiosk.sent(), "monitor", watched));
			}
			int streams = STREAMS_PER_VISIT * VISITS;
			if (janusBefore.isPresent() && janusAfter.isPresent()) {
				double cpu = janusAfter.get().minus(janusBefore.get()).toNanos() / 1e9 / elapsed * 100;
				System.out.printf("Janus: %.1f%% of one core for %d forwarded video streams (and their sound): %.2f%% "
						+ "of a core per stream%n", cpu, streams, cpu / streams);
			}
			else {
				System.out.println("Janus: its CPU time could not be read (not a process of this machine)");
			}
			System.out.printf("worst receiver: %.1f%% of the frames sent (target >= 95%%): %s%n", worst,
					worst >= 95 ? "met" : "NOT met");
		}
		finally {
			browsers.forEach(WebDriver::quit);
		}
	}

	private static ChromeDriver started(List<ChromeDriver> browsers) {
		ChromeDriver driver = Browser.start();
		browsers.add(driver);
		return driver;
	}

	private static void signIn(ChromeDriver driver, String base, String email, String password) {
		driver.get(base + "/login?lang=en");
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	private static void kioskSignIn(ChromeDriver driver, String base, String number) {
		driver.get(base + "/kiosk?lang=en");
		new Select(driver.findElement(By.id("agencyCode"))).selectByValue("DEMO-DOC");
		driver.findElement(By.id("inmateNumber")).sendKeys(number);
		driver.findElement(By.id("pin")).sendKeys("2468");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/kiosk/inbox"));
	}

	private static void clickJoin(ChromeDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("call-join")).isEnabled());
		driver.findElement(By.id("call-join")).click();
	}

	private static void connected(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(60))
			.withMessage(
					() -> driver.getCurrentUrl() + " to connect: " + driver.findElement(By.id("call-status")).getText())
			.until(d -> "connected".equals(((JavascriptExecutor) d)
				.executeScript("return window.homewardCall && window.homewardCall.state();")));
	}

	/** Every call on the page: frames its camera encoded and frames it decoded. */
	@SuppressWarnings("unchecked")
	private static List<Frames> frames(ChromeDriver driver) {
		List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				Promise.all(window.homewardCalls.map(function (c) {
				  return Promise.all([c.sent(), c.received()]).then(function (r) {
				    return { visit: c.visit, sent: r[0].frames, received: r[1].arrived, decoded: r[1].frames };
				  });
				})).then(done);""");
		return found.stream()
			.map(f -> new Frames(String.valueOf(f.get("visit")), ((Number) f.get("sent")).longValue(),
					((Number) f.get("received")).longValue(), ((Number) f.get("decoded")).longValue()))
			.toList();
	}

	/** The monitor's tile of a visit. */
	private static Frames of(List<Frames> frames, String visit) {
		return frames.stream().filter(f -> f.visit().equals(visit)).findFirst().orElseThrow();
	}

	/**
	 * Prints what one receiver got of what was sent to it; returns the share received.
	 */
	private static double report(int visit, String sender, long sent, String receiver, Frames got) {
		double share = sent == 0 ? 0 : 100.0 * got.received() / sent;
		System.out.printf("visit %d: %s sent %,d video frames; the %s received %,d (%.1f%%) and decoded %,d (%.1f%%)%n",
				visit, sender, sent, receiver, got.received(), share, got.decoded(),
				sent == 0 ? 0 : 100.0 * got.decoded() / sent);
		return share;
	}

	/** The CPU time the janus process of this machine has used so far. */
	private static Optional<Duration> janusCpu() {
		return ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(c -> c.endsWith("/janus")).orElse(false))
			.findFirst()
			.flatMap(p -> p.info().totalCpuDuration());
	}

}
