package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/**
 * The newcomer's first run: no profile, so the embedded H2 database with the demo data.
 * Over real HTTP, so that the default configuration can never rot unnoticed while every
 * other test runs on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:default-run;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DefaultRunIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void findsTheDemoInmateFromTheLandingPageAndTheApi() throws Exception {
		HttpResponse<String> page = get("/find?state=FL&number=A100001");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("James Johnson", "North Unit");

		HttpResponse<String> api = get("/api/v1/inmates?state=FL&number=A100001");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"inmateNumber\":\"A100001\"");
	}

	@Test
	void theDemoFamilyHasACardAndTwentyStamps() throws Exception {
		String token = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessions"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"email\":\"family@example.com\",\"password\":\"Family#2026\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body()
			.transform(SignedIn::tokenFrom);
		HttpResponse<String> stamps = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stamps"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stamps.body()).isEqualTo("[{\"agencyCode\":\"DEMO-DOC\",\"balance\":20}]");
		HttpResponse<String> cards = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payment-methods"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(cards.body()).contains("\"brand\":\"VISA\"", "\"last4\":\"4242\"");
	}

	@Test
	void servesHealthAndTheApiDocument() throws Exception {
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(get("/v3/api-docs").body()).contains("/api/v1/inmates");
	}

	@Test
	void pagesSetSafeCookiesAndHeaders() throws Exception {
		HttpResponse<String> login = get("/login");
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
		assertThat(login.body()).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
	}

	@Test
	void unknownPagesAreFriendly() throws Exception {
		HttpResponse<String> page = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).doesNotContain("Exception", "at org.");
	}

	@Test
	void aResetLinkArrivesInTheLocalMailboxPage() throws Exception {
		HttpResponse<String> requested = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/password-resets"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"family@example.com\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(requested.statusCode()).isEqualTo(202);

		String mailbox = "";
		for (int i = 0; i < 50 && !mailbox.contains("Reset your Homeward password"); i++) {
			Thread.sleep(200);
			mailbox = get("/mailbox").body();
		}
		assertThat(mailbox).contains("family@example.com", "Reset your Homeward password");
		String mailPath = mailbox.replaceAll("(?s).*href=\"(/mailbox/[0-9a-f-]+)\">Reset your Homeward password.*",
				"$1");
		String mail = get(mailPath).body();
		assertThat(mail).containsPattern("http://localhost:8080/password-reset/[A-Za-z0-9_-]{43}");
		String resetPath = mail.replaceAll("(?s).*http://localhost:8080(/password-reset/[A-Za-z0-9_-]{43}).*", "$1");
		assertThat(get(resetPath).body()).contains("Choose a new password", "newPassword");
	}

	@Test
	void aFamilyWritesAndTheInmateRepliesOnTheEmbeddedDatabase() throws Exception {
		String inmate = get("/api/v1/inmates?state=FL&number=A100002").body()
			.replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
		String[] family = familyWithCard("h2-writer-", inmate);
		String token = family[0];
		String card = family[1];
		String bundle = Json.bundle(get("/api/v1/agencies/DEMO-DOC/stamp-bundles").body(), 5);
		send("POST", "/api/v1/stamp-purchases", token,
				"{\"agencyCode\":\"DEMO-DOC\",\"bundleId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(bundle, card),
				201);
		String sent = send("POST", "/api/v1/messages", token,
				"{\"inmateId\":\"%s\",\"body\":\"Hello from the first run.\",\"prepaidReply\":true}".formatted(inmate),
				201);
		String message = Json.id(sent);
		String status = "";
		for (int i = 0; i < 50 && !status.contains("\"status\":\"DELIVERED\""); i++) {
			Thread.sleep(100);
			status = send("GET", "/api/v1/messages/" + message, token, null, 200);
		}
		assertThat(status).contains("\"status\":\"DELIVERED\"");

		String kiosk = SignedIn.tokenFrom(send("POST", "/api/v1/kiosk/sessions", null,
				"{\"agencyCode\":\"DEMO-DOC\",\"inmateNumber\":\"A100002\",\"pin\":\"2468\"}", 201));
		assertThat(send("GET", "/api/v1/kiosk/messages/" + message, kiosk, null, 200)).contains("\"status\":\"READ\"");
		String account = send("GET", "/api/v1/me", token, null, 200).replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
		assertThat(send("POST", "/api/v1/kiosk/messages", kiosk,
				"{\"accountId\":\"%s\",\"body\":\"Thank you!\"}".formatted(account), 201))
			.contains("\"stamps\":1");

		assertThat(send("POST", "/api/v1/deposits", token, """
				{"inmateId":"%s","amount":{"amount":"20.00","currency":"USD"},"paymentMethodId":"%s"}"""
			.formatted(inmate, card), 201)).contains("\"total\":{\"amount\":\"24.95\"");
		// the second of the day is counted within the limits in one statement (H2 runs
		// that SQL too); the third would
		// go over the 600.00 a day
		send("POST", "/api/v1/deposits", token, """
				{"inmateId":"%s","amount":{"amount":"290.00","currency":"USD"},"paymentMethodId":"%s"}"""
			.formatted(inmate, card), 201);
		assertThat(send("POST", "/api/v1/deposits", token, """
				{"inmateId":"%s","amount":{"amount":"295.00","currency":"USD"},"paymentMethodId":"%s"}"""
			.formatted(inmate, card), 422)).contains("deposit-daily-limit");
		assertThat(send("GET", "/api/v1/kiosk/account", kiosk, null, 200))
			.contains("\"balance\":{\"amount\":\"310.00\"");
	}

	@Test
	void anOperatorWindsDemoCountyDownAndItsFamiliesGetTheirMoneyBack() throws Exception {
		String[] family = familyWithCard("h2-county-", null);
		String token = family[0];
		String card = family[1];
		String purchase = "{\"agencyCode\":\"DEMO-COUNTY\",\"bundleId\":\"0b7c1d2e-0003-4000-8000-0000000b0010\",\"paymentMethodId\":\"%s\"}"
			.formatted(card);
		send("POST", "/api/v1/stamp-purchases", token, purchase, 201);

		String operator = SignedIn.tokenFrom(send("POST", "/api/v1/sessions", null,
				"{\"email\":\"operator@homeward.test\",\"password\":\"Operator#2026\"}", 201));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(send("POST", "/api/v1/admin/agencies/DEMO-COUNTY/wind-down", operator,
				"{\"serviceEndsOn\":\"%s\",\"viewOnlyUntil\":\"%s\"}".formatted(today, today.plusDays(30)), 200))
			.contains("\"status\":\"WINDING_DOWN\"");

		String stamps = "";
		for (int i = 0; i < 100 && !stamps.contains("\"balance\":0"); i++) {
			Thread.sleep(100);
			stamps = send("GET", "/api/v1/stamps", token, null, 200);
		}
		assertThat(stamps).contains("{\"agencyCode\":\"DEMO-COUNTY\",\"balance\":0}");
		String mailbox = "";
		for (int i = 0; i < 50 && !mailbox.contains("Your unspent stamps were refunded"); i++) {
			Thread.sleep(200);
			mailbox = get("/mailbox").body();
		}
		assertThat(mailbox).contains("Messaging with your loved one", "Your unspent stamps were refunded");
		send("POST", "/api/v1/stamp-purchases", token, purchase, 422);
		send("POST", "/api/v1/stamp-purchases", token, purchase.replace("DEMO-COUNTY", "DEMO-DOC")
			.replace("0b7c1d2e-0003-4000-8000-0000000b0010", "0b7c1d2e-0001-4000-8000-0000000b0010"), 201);
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/messages/export.zip"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofByteArray())
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aHeldLetterIsFoundByTheInvestigatorApprovedAndPrintedAtSouthUnit() throws Exception {
		String inmate = get("/api/v1/inmates?state=FL&number=A100025").body()
			.replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
		String[] family = familyWithCard("h2-print-", inmate);
		String token = family[0];
		String card = family[1];
		send("POST", "/api/v1/stamp-purchases", token,
				"{\"agencyCode\":\"DEMO-DOC\",\"bundleId\":\"0b7c1d2e-0001-4000-8000-0000000b0005\",\"paymentMethodId\":\"%s\"}"
					.formatted(card),
				201);
		String message = Json.id(send("POST", "/api/v1/messages", token,
				"{\"inmateId\":\"%s\",\"body\":\"No escape plans here, only the garden.\"}".formatted(inmate), 201));
		String status = "";
		for (int i = 0; i < 50 && !status.contains("\"status\":\"HELD\""); i++) {
			Thread.sleep(100);
			status = send("GET", "/api/v1/messages/" + message, token, null, 200);
		}
		assertThat(status).contains("\"status\":\"HELD\"");

		String investigator = staffToken("investigator@demo-doc.test");
		assertThat(send("GET", "/api/v1/investigations/messages?q=garden", investigator, null, 200)).contains(message);
		String reviewer = staffToken("reviewer@demo-doc.test");
		assertThat(send("POST", "/api/v1/review/messages/%s/decision".formatted(message), reviewer,
				"{\"decision\":\"APPROVE\"}", 200))
			.contains("QUEUED_FOR_PRINT");
		String admin = staffToken("admin@demo-doc.test");
		String batch = Json.id(send("POST", "/api/v1/staff/print-batches", admin,
				"{\"facilityId\":\"e5bc8ca0-5c99-5e12-924c-93239c4a859a\"}", 201));
		HttpResponse<byte[]> pdf = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff/print-batches/" + batch + ".pdf"))
			.header("Authorization", "Bearer " + admin)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("No escape plans here", "A100025");
		}
		assertThat(send("GET", "/api/v1/messages/" + message, token, null, 200)).contains("\"status\":\"PRINTED\"");
	}

	/**
	 * A family registered (from the inmate, when given) and signed in, with a sandbox
	 * Visa: token and card id.
	 */
	/**
	 * The media store's "done when" on the embedded database: James's tablet signs in and
	 * lists the song he owns; he buys a book from the $20.00 his mother sent; his mother
	 * gives him the album; the export lists them all.
	 */
	@Test
	void jamesOwnsASongBuysABookAndIsGivenAnAlbumOnTheEmbeddedDatabase() throws Exception {
		String tablet = SignedIn.tokenFrom(send("POST", "/api/v1/tablet/sessions", null,
				"{\"serial\":\"JP-1001\",\"secret\":\"demo-tablet-0001\",\"pin\":\"2468\"}", 201));
		assertThat(send("GET", "/api/v1/kiosk/media/entitlements", tablet, null, 200)).contains("\"Morning Yard\"");
		assertThat(send("GET", "/api/v1/kiosk/media?q=harbor", tablet, null, 200)).contains("\"Letters Home\"");
		send("POST", "/api/v1/kiosk/media/purchases", tablet, "{\"itemId\":\"0a0c0000-0000-4000-8000-00000000a007\"}",
				201);
		String mother = SignedIn.tokenFrom(send("POST", "/api/v1/sessions", null,
				"{\"email\":\"family@example.com\",\"password\":\"Family#2026\"}", 201));
		String card = Json.id(send("GET", "/api/v1/payment-methods", mother, null, 200).replaceAll("^\\[", ""));
		String james = get("/api/v1/inmates?state=FL&number=A100001").body()
			.replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
		send("POST", "/api/v1/media/gifts", mother,
				"{\"inmateId\":\"%s\",\"itemId\":\"0a0c0000-0000-4000-8000-00000000a010\",\"paymentMethodId\":\"%s\"}"
					.formatted(james, card),
				201);
		assertThat(send("GET", "/api/v1/kiosk/media/entitlements/export", tablet, null, 200)).contains("Morning Yard",
				"Cuentos del camino", "Letters Home", "Porch Song");
	}

	/**
	 * Cash at a store on the embedded database: anyone makes a pay slip for James, the
	 * demo retail network confirms the cash (signed as the README's curl signs it), and
	 * his balance at the kiosk goes up by the amount.
	 */
	@Test
	void aPaySlipForJamesIsPaidAtAStoreAndHisBalanceMoves() throws Exception {
		String kiosk = SignedIn.tokenFrom(send("POST", "/api/v1/kiosk/sessions", null,
				"{\"agencyCode\":\"DEMO-DOC\",\"inmateNumber\":\"A100001\",\"pin\":\"2468\"}", 201));
		BigDecimal before = new BigDecimal(
				JsonPath.<String>read(send("GET", "/api/v1/kiosk/account", kiosk, null, 200), "$.balance.amount"));
		String slip = send("POST", "/api/v1/deposits/pay-slips", null,
				"{\"agencyCode\":\"DEMO-DOC\",\"inmateNumber\":\"A100001\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"}}",
				201);
		assertThat(slip).contains("\"receiveCode\":\"7310\"", "\"fee\":{\"amount\":\"6.95\"");
		String body = "{\"transactionId\":\"STORE-%s\",\"reference\":\"%s\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"}}"
			.formatted(UUID.randomUUID(), JsonPath.<String>read(slip, "$.reference"));
		String timestamp = String.valueOf(java.time.Instant.now().getEpochSecond());
		HttpResponse<String> paid = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/partners/retail/payments"))
				.header("Content-Type", "application/json")
				.header("X-Homeward-Partner", "DEMO-RETAIL")
				.header("X-Homeward-Timestamp", timestamp)
				.header("X-Homeward-Signature",
						org.homeward.deposits.internal.RetailPartners.signature("demo-retail-secret", timestamp,
								body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
		assertThat(paid.body()).contains("\"status\":\"APPLIED\"");
		BigDecimal after = new BigDecimal(
				JsonPath.<String>read(send("GET", "/api/v1/kiosk/account", kiosk, null, 200), "$.balance.amount"));
		assertThat(after.subtract(before)).isEqualByComparingTo("20.00");
	}

	/**
	 * TRULINCS-style messaging on the embedded database: Kevin Nelson (F200001) adds a
	 * family member at the kiosk, who accepts with the code from the mail and writes to
	 * him without stamps; Kevin, given money, buys 40 minutes and they go down while he
	 * reads.
	 */
	@Test
	void aFamilyWritesToF200001ForFreeAndHisMinutesGoDownWhileHeReads() throws Exception {
		String kiosk = SignedIn.tokenFrom(send("POST", "/api/v1/kiosk/sessions", null,
				"{\"agencyCode\":\"DEMO-FED\",\"inmateNumber\":\"F200001\",\"pin\":\"2468\"}", 201));
		String email = "h2-fed-" + UUID.randomUUID() + "@example.com";
		send("POST", "/api/v1/accounts", null, """
				{"email":"%s","password":"Family#2026","firstName":"Ana","lastName":"Nelson","phones":["305-555-0142"],
				 "address":{"line1":"4 Bay Rd","city":"Miami","region":"FL","postalCode":"33101","country":"US"},
				 "acceptTerms":true}""".formatted(email), 201);
		String token = SignedIn.tokenFrom(send("POST", "/api/v1/sessions", null,
				"{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(email), 201));
		send("POST", "/api/v1/kiosk/contacts", kiosk, "{\"name\":\"Ana Nelson\",\"email\":\"%s\"}".formatted(email),
				201);
		String code = null;
		for (int i = 0; i < 50 && code == null; i++) {
			java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/mailbox/[0-9a-f-]+)\"")
				.matcher(get("/mailbox").body());
			while (code == null && link.find()) {
				String mail = get(link.group(1)).body();
				// the code follows its label (other text of the page, a token, could look
				// like one)
				int label = mail.indexOf("identification code");
				if (!mail.contains(email) || label < 0) {
					continue;
				}
				java.util.regex.Matcher found = java.util.regex.Pattern
					.compile("\\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\\b")
					.matcher(mail.substring(label));
				if (found.find()) {
					code = found.group();
				}
			}
			if (code == null) {
				Thread.sleep(200);
			}
		}
		assertThat(code).as("the invitation's code at /mailbox").isNotNull();
		send("POST", "/api/v1/contacts/accept", token, "{\"code\":\"%s\"}".formatted(code), 200);
		String kevin = get("/api/v1/inmates?state=US&number=F200001").body()
			.replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
		assertThat(send("POST", "/api/v1/messages/quote", token,
				"{\"inmateId\":\"%s\",\"body\":\"Hello Kevin\",\"attachmentIds\":[],\"prepaidReply\":false}"
					.formatted(kevin),
				200))
			.contains("\"stamps\":0");
		assertThat(send("POST", "/api/v1/messages", token,
				"{\"inmateId\":\"%s\",\"body\":\"Hello Kevin, no stamps needed.\"}".formatted(kevin), 201))
			.contains("\"stamps\":0");
		assertThat(send("GET", "/api/v1/stamps", token, null, 200)).doesNotContain("DEMO-FED");

		String card = Json.id(send("POST", "/api/v1/payment-methods", token,
				"""
						{"cardNumber":"4242424242424242","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Ana Nelson",
						 "billingAddress":{"line1":"4 Bay Rd","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}""",
				201));
		send("POST", "/api/v1/deposits", token,
				"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
					.formatted(kevin, card),
				201);
		assertThat(send("POST", "/api/v1/kiosk/minute-purchases", kiosk, "{\"minutes\":40}", 201))
			.contains("\"charged\":{\"amount\":\"2.00\"", "\"minutes\":40");
		assertThat(send("GET", "/api/v1/kiosk/messages", kiosk, null, 200)).contains("no stamps needed");
		assertThat(send("GET", "/api/v1/kiosk/account", kiosk, null, 200)).contains("\"minutes\":39");
	}

	private String[] familyWithCard(String prefix, String inmate) throws Exception {
		String email = prefix + UUID.randomUUID() + "@example.com";
		send("POST", "/api/v1/accounts", null, """
				{"email":"%s","password":"Family#2026","firstName":"Eva","lastName":"Cruz","phones":["305-555-0199"],
				 "address":{"line1":"3 Palm Ave","city":"Miami","region":"FL","postalCode":"33101","country":"US"},
				 "acceptTerms":true%s}""".formatted(email, inmate == null ? "" : ",\"inmateId\":\"" + inmate + "\""),
				201);
		String token = SignedIn.tokenFrom(send("POST", "/api/v1/sessions", null,
				"{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(email), 201));
		String card = Json.id(send("POST", "/api/v1/payment-methods", token,
				"""
						{"cardNumber":"4242424242424242","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Eva Cruz",
						 "billingAddress":{"line1":"3 Palm Ave","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}""",
				201));
		return new String[] { token, card };
	}

	/**
	 * The courses' slice on the embedded database: James enrols in the demo's financial
	 * literacy course at the kiosk, reads both lessons, fails the quiz once and passes
	 * it; his certificate's code checks out for anyone, signed in or not.
	 */
	@Test
	void jamesCompletesTheDemoCourseAndHisCertificateVerifiesOnTheEmbeddedDatabase() throws Exception {
		String kiosk = SignedIn.tokenFrom(send("POST", "/api/v1/kiosk/sessions", null,
				"{\"agencyCode\":\"DEMO-DOC\",\"inmateNumber\":\"A100001\",\"pin\":\"2468\"}", 201));
		String offered = send("GET", "/api/v1/kiosk/courses", kiosk, null, 200);
		assertThat(offered).contains("Financial literacy", "Parenting from inside");
		String course = offered.replaceAll("(?s).*\"id\":\"([^\"]+)\",\"title\":\"Financial literacy\".*", "$1");
		send("POST", "/api/v1/kiosk/courses/" + course + "/enrolment", kiosk, null, 201);
		for (String lesson : new String[] { "making-a-budget", "credit-and-debt" }) {
			assertThat(send("GET", "/api/v1/kiosk/courses/" + course + "/lessons/" + lesson, kiosk, null, 200))
				.contains("paragraphs");
			send("POST", "/api/v1/kiosk/courses/" + course + "/lessons/" + lesson + "/completion", kiosk, null, 200);
		}
		String attempts = "/api/v1/kiosk/courses/" + course + "/quizzes/check-your-understanding/attempts";
		assertThat(send("POST", attempts, kiosk, "{\"answers\":[2, 100, 0]}", 201)).contains("\"passed\":false");
		assertThat(send("POST", attempts, kiosk, "{\"answers\":[0, 250, 1]}", 201)).contains("\"passed\":true",
				"\"courseCompleted\":true");
		String code = send("GET", "/api/v1/kiosk/certificates", kiosk, null, 200)
			.replaceAll("(?s).*\"verificationCode\":\"([^\"]+)\".*", "$1");
		assertThat(get("/api/v1/certificates/" + code).body()).contains("\"name\":\"James Johnson\"",
				"\"courseTitle\":\"Financial literacy\"");
		assertThat(get("/certificates/" + code).body()).contains("This certificate is genuine", "James Johnson");

		// he shares it with his family: his mother sees it; the administrator's report of
		// the month lists his 5 days
		send("PUT", "/api/v1/kiosk/courses/sharing", kiosk, "{\"shared\":true}", 200);
		String mother = SignedIn.tokenFrom(send("POST", "/api/v1/sessions", null,
				"{\"email\":\"family@example.com\",\"password\":\"Family#2026\"}", 201));
		String james = get("/api/v1/inmates?state=FL&number=A100001").body()
			.replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
		assertThat(send("GET", "/api/v1/courses/loved-ones/" + james, mother, null, 200)).contains("Financial literacy",
				code);
		String admin = staffToken("admin@demo-doc.test");
		String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(send("GET", "/api/v1/agencies/DEMO-DOC/credits?month=" + month, admin, null, 200))
						.contains("\"inmateNumber\":\"A100001\"", "\"days\":5"));
	}

	@Test
	void theAgencysNumbersStatementAndPricesOnTheEmbeddedDatabase() throws Exception {
		assertThat(get("/prices/DEMO-DOC").body()).contains("Prices at Demo State Department of Corrections",
				"5 stamps", "$2.25", "Online, up to $20.00", "$4.95", "What the agency receives");
		String inmate = get("/api/v1/inmates?state=FL&number=A100003").body()
			.replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
		String[] family = familyWithCard("h2-reports-", inmate);
		send("POST", "/api/v1/deposits", family[0], """
				{"inmateId":"%s","amount":{"amount":"20.00","currency":"USD"},"paymentMethodId":"%s"}"""
			.formatted(inmate, family[1]), 201);
		String admin = staffToken("admin@demo-doc.test");
		String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
		// the demo's year of volumes, by month
		String year = send("GET", "/api/v1/agencies/DEMO-DOC/reports/" + month + "?grain=MONTH", admin, null, 200);
		assertThat(year).contains("\"grain\":\"MONTH\"");
		assertThat(year.substring(year.indexOf("\"total\""))).contains("\"MESSAGES_WRITTEN\":")
			.doesNotContain("\"MESSAGES_WRITTEN\":0,");
		String statement = "";
		for (int i = 0; i < 50 && !statement.contains("\"agrees\":true"); i++) {
			Thread.sleep(100);
			statement = send("GET", "/api/v1/agencies/DEMO-DOC/commission-statements/" + month, admin, null, 200);
		}
		assertThat(statement).contains("\"agrees\":true").doesNotContain("\"total\":{\"amount\":\"0.00\"");
		String operator = SignedIn.tokenFrom(send("POST", "/api/v1/sessions", null,
				"{\"email\":\"operator@homeward.test\",\"password\":\"Operator#2026\"}", 201));
		assertThat(send("POST", "/api/v1/admin/reports/rebuild", operator, null, 200)).contains("\"sums\":");
	}

	private String staffToken(String email) throws Exception {
		return SignedIn.tokenFrom(send("POST", "/api/v1/sessions", null,
				"{\"email\":\"%s\",\"password\":\"Staff#2026\"}".formatted(email), 201));
	}

	private String send(String method, String path, String token, String json, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
