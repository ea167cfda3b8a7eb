package org.homeward.browser;

import java.io.File;
import java.time.Duration;
import java.util.Objects;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium and ChromeDriver (Debian's chromium and chromium-driver
 * packages), headless. No tool downloads a browser: the paths are given, so Selenium
 * Manager never runs.
 */
public final class Browser {

	static final String CHROMIUM = Objects.requireNonNullElse(System.getenv("HOMEWARD_CHROMIUM"), "/usr/bin/chromium");

	static final String CHROMEDRIVER = Objects.requireNonNullElse(System.getenv("HOMEWARD_CHROMEDRIVER"),
			"/usr/bin/chromedriver");

	private Browser() {
	}

	public static ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--lang=en-US",
				// a camera and a microphone of its own (a test pattern and a tone) for
				// video visits
				"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
				"--autoplay-policy=no-user-gesture-required");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

}
