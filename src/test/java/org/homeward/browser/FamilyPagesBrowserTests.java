package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.SignedIn;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * What a new family met on the pages, put right: a monthly deposit shows its fee and
 * monthly charge before it is set up; closing the account says what is held and what
 * becomes of it; a card's "28" is 2028 and a refused card form keeps what was typed
 * (never the number); a signed-in family finding someone is offered to add them; the
 * terms and the privacy notice are public; the message page has no error before anything
 * is written; a rejected message says its stamps came back; the kiosk asks before
 * spending the balance on stamps and names who sent each deposit.
 */
class FamilyPagesBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	String email;

	String token;

	UUID inmate;

	String inmateNumber;

	@BeforeEach
	void aFamilyWithACardAndALovedOne() throws Exception {
		email = "pages-" + UUID.randomUUID() + "@example.com";
		api("POST", "/api/v1/accounts", null, """
				{"email":"%s","password":"Family#2026","firstName":"Ana","lastName":"Lee","phones":["305-555-0101"],
				 "address":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"},
				 "acceptTerms":true}""".formatted(email));
		token = SignedIn.tokenFrom(api("POST", "/api/v1/sessions", null,
				"{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(email)));
		TenantId doc = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
		inmateNumber = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		inmate = Correspondents.inmate(jdbc, doc, "NORTH", inmateNumber);
		api("POST", "/api/v1/contacts", token, "{\"inmateId\":\"" + inmate + "\"}");
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		type("username", email);
		type("password", "Family#2026");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"));
	}

	@Test
	void moneyPagesShowWhatIsChargedAndKeepWhatWasTyped() throws Exception {
		// a card form refused keeps what was typed, never the number; "28" is read as
		// 2028
		browser.get(url("/account/cards"));
		type("cardNumber", "4242424242424241");
		type("expiryMonth", "12");
		type("expiryYear", "28");
		type("cvc", "123");
		type("cardholderName", "Ana Lee");
		type("line1", "1 Main St");
		type("city", "Miami");
		type("region", "FL");
		type("postalCode", "33101");
		browser.findElement(By.cssSelector("#add-card button[type=submit]")).click();
		until(d -> d.findElement(By.id("cardholderName")).getAttribute("value").equals("Ana Lee"));
		assertThat(browser.findElement(By.id("cardNumber")).getAttribute("value")).isEmpty();
		assertThat(browser.findElement(By.id("cvc")).getAttribute("value")).isEmpty();
		assertThat(browser.findElement(By.id("city")).getAttribute("value")).isEqualTo("Miami");
		type("cardNumber", "4242424242424242");
		type("cvc", "123");
		browser.findElement(By.cssSelector("#add-card button[type=submit]")).click();
		until(d -> d.getPageSource().contains("12/2028"));

		// the deposit form offers a card that works: not the newer one a deposit was just
		// declined with
		String declined = id(api("POST", "/api/v1/payment-methods", token,
				"""
						{"cardNumber":"4000000000000002","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Ana Lee",
						 "billingAddress":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}"""));
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/deposits")))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
						.formatted(inmate, declined)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(402);
		browser.get(url("/deposits?inmate=" + inmate));
		Select card = new Select(waitFor(By.id("card")));
		assertThat(card.getFirstSelectedOption().getAttribute("value")).isNotEqualTo(declined);
		assertThat(card.getFirstSelectedOption().getText()).endsWith("4242");
		assertThat(new Select(browser.findElement(By.id("inmateId"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(inmate.toString());

		// a monthly deposit: the fee and the monthly charge before it is set up
		browser.get(url("/deposits"));
		new Select(browser.findElement(By.id("planInmate"))).selectByValue(inmate.toString());
		type("planAmount", "20.00");
		type("planDay", "5");
		browser.findElement(By.cssSelector("form[action='/deposits/recurring'] button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".quote .fee")).getText()).isEqualTo("$4.95");
		assertThat(browser.findElement(By.cssSelector(".quote .total")).getText()).isEqualTo("$24.95");
		screenshot("recurring-confirm");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/deposits");
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isNotBlank();

		// closing the account names what is held: the monthly deposit stops
		browser.get(url("/account/close"));
		assertThat(waitFor(By.cssSelector("main ul")).getText()).contains("Your monthly deposit of $20.00", "stops");
		assertThat(browser.getPageSource()).doesNotContain("You hold no stamps");
	}

	@Test
	void findingTermsAndWriting() throws Exception {
		browser.get(url("/find?state=FL&number=" + inmateNumber));
		assertThat(waitFor(By.cssSelector(".results button")).getText()).isEqualTo("Add Luis as a contact");
		assertThat(browser.findElements(By.linkText("Create an account to stay in touch with Luis"))).isEmpty();

		browser.get(url("/contacts/add"));
		new Select(browser.findElement(By.id("state"))).selectByValue("FL");

		browser.manage().deleteAllCookies();
		browser.get(url("/terms"));
		assertThat(waitFor(By.cssSelector("h1")).getText()).isEqualTo("Terms of service");
		browser.get(url("/privacy?lang=es"));
		assertThat(waitFor(By.cssSelector("h1")).getText()).isEqualTo("Aviso de privacidad");
		assertThat(browser.getPageSource()).contains("nunca el número de la tarjeta");
	}

	@Test
	void composingAndARejectedMessage() throws Exception {
		browser.get(url("/messages/new?inmate=" + inmate));
		assertThat(waitFor(By.cssSelector("#quote")).getText()).doesNotContain("must not be empty");
		until(d -> d.findElement(By.cssSelector("#quote")).getText().contains("appears here"));
		assertThat(browser.findElements(By.cssSelector("#quote .error"))).isEmpty();

		// a message the mailroom rejects: the family reads that its stamps came back
		String card = id(api("POST", "/api/v1/payment-methods", token,
				"""
						{"cardNumber":"4242424242424242","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Ana Lee",
						 "billingAddress":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}"""));
		String bundles = api("GET", "/api/v1/agencies/DEMO-DOC/stamp-bundles", null, null);
		String bundle = JsonPath.<List<String>>read(bundles, "$[?(@.stamps == 20)].id").get(0);
		apiWithKey("/api/v1/stamp-purchases", token,
				"{\"agencyCode\":\"DEMO-DOC\",\"bundleId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(bundle, card));
		String message = id(apiWithKey("/api/v1/messages", token,
				"{\"inmateId\":\"%s\",\"body\":\"Plans for the escape.\",\"attachmentIds\":[],\"prepaidReply\":false}"
					.formatted(inmate)));
		String reviewer = SignedIn.tokenFrom(api("POST", "/api/v1/sessions", null,
				"{\"email\":\"%s\",\"password\":\"%s\"}".formatted(SignedIn.DOC_REVIEWER, SignedIn.STAFF_PASSWORD)));
		String reason = JsonPath.<List<String>>read(api("GET", "/api/v1/review/reasons", reviewer, null), "$[*].code")
			.get(0);
		until(d -> api0("POST", "/api/v1/review/messages/" + message + "/decision", reviewer,
				"{\"decision\":\"REJECT\",\"reason\":\"" + reason + "\"}") == 200);
		browser.get(url("/messages/" + message));
		assertThat(waitFor(By.cssSelector(".notice")).getText()).contains("came back to you");

		// the kiosk: a deposit names its sender, not the fee; stamps from the balance are
		// confirmed first
		apiWithKey("/api/v1/deposits", token,
				"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
					.formatted(inmate, card));
		browser.manage().deleteAllCookies();
		browser.get(url("/kiosk"));
		new Select(browser.findElement(By.id("agencyCode"))).selectByValue("DEMO-DOC");
		type("inmateNumber", inmateNumber);
		type("pin", "2468");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/kiosk/inbox");
		browser.get(url("/kiosk/account?lang=en"));
		assertThat(waitFor(By.cssSelector(".statement")).getText()).contains("From Ana Lee").doesNotContain("fee");
		type("stamps", "2");
		browser.findElement(By.cssSelector("form[action='/kiosk/stamps'] button[type=submit]")).click();
		long price = 2 * jdbc.sql("""
				select inmate_stamp_price_minor from contracts.contract
				 where agency_id = (select id from directory.agency where code = 'DEMO-DOC')""")
			.query(Long.class)
			.single();
		String cost = "$" + BigDecimal.valueOf(price, 2).toPlainString();
		String left = "$" + BigDecimal.valueOf(2000 - price, 2).toPlainString();
		assertThat(waitFor(By.cssSelector(".quote .total")).getText()).isEqualTo(cost);
		assertThat(browser.findElement(By.cssSelector(".quote .after")).getText()).isEqualTo(left);
		screenshot("kiosk-stamps-confirm");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForUrl("/kiosk/account");
		assertThat(waitFor(By.cssSelector(".balance")).getText()).isEqualTo(left);
	}

	@Test
	void windingDownAnAgencyIsConfirmedNamingItAndWhatWillHappen() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		type("username", SignedIn.OPERATOR);
		type("password", "Operator#2026");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"));
		browser.get(url("/operator/agencies"));
		String date = LocalDate.now().plusYears(5).toString();
		setDate("ends-DEMO-COUNTY", date);
		setDate("view-DEMO-COUNTY", LocalDate.now().plusYears(6).toString());
		browser.findElement(By.cssSelector("form[data-agency='DEMO-COUNTY'] button[type=submit]")).click();
		// (the contracts page has a heading too: read it once the confirmation has
		// replaced it)
		waitForUrl("/operator/agencies/DEMO-COUNTY/wind-down");
		assertThat(waitFor(By.cssSelector("h1")).getText())
			.isEqualTo("End the contract of " + agencyName("DEMO-COUNTY"));
		assertThat(browser.findElement(By.cssSelector(".consequences")).getText()).contains("refunded to the card",
				date);
		screenshot("wind-down-confirm");
		// nothing is scheduled until it is confirmed
		assertThat(jdbc
			.sql("""
					select service_ends_on from contracts.contract where agency_id = (select id from directory.agency where code = 'DEMO-COUNTY')""")
			.query(LocalDate.class)
			.optional()).isEmpty();
	}

	private String agencyName(String code) {
		return jdbc.sql("select name from directory.agency where code = :code")
			.param("code", code)
			.query(String.class)
			.single();
	}

	/**
	 * Sets a date field as a person picking the date would (Chromium's date inputs take
	 * keys in its own order).
	 */
	private static void setDate(String id, String isoDate) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				isoDate);
	}

	private String apiWithKey(String path, String bearer, String json) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearer)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path + ": " + answer.body()).isLessThan(300);
		return answer.body();
	}

	/** The status of an API call, for waiting until it answers as wanted. */
	private int api0(String method, String path, String bearer, String json) {
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create(url(path)))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + bearer)
					.method(method, HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode();
		}
		catch (Exception ex) {
			return 0;
		}
	}

	@Test
	void removingACardAsksFirstAndGoingBackKeepsIt() throws Exception {
		api("POST", "/api/v1/payment-methods", token,
				"""
						{"cardNumber":"4242424242424242","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Ana Lee",
						 "billingAddress":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}""");
		browser.get(url("/account/cards"));
		browser.findElement(By.cssSelector("button.danger")).click();
		WebElement question = waitFor(By.id("confirm-modal-text"));
		assertThat(question.getText())
			.isEqualTo("Remove Visa •••• 4242 from your account? Monthly deposits paid with it stop.");
		assertThat(browser.findElement(By.id("confirm-yes")).getText()).isEqualTo("Yes, remove the card");
		screenshot("confirm-remove-card");

		browser.findElement(By.id("confirm-no")).click();
		until(d -> !d.findElement(By.id("confirm-modal-text")).isDisplayed());
		browser.navigate().refresh();
		assertThat(browser.findElements(By.cssSelector(".saved-card"))).hasSize(1);

		browser.findElement(By.cssSelector("button.danger")).click();
		waitFor(By.id("confirm-yes")).click();
		until(d -> d.findElements(By.cssSelector(".saved-card")).isEmpty());
		assertThat(api("GET", "/api/v1/payment-methods", token, null)).doesNotContain("4242");
	}

	private String api(String method, String path, String bearer, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isLessThan(300);
		return answer.body();
	}

	private static String id(String json) {
		return JsonPath.read(json, "$.id");
	}

}
