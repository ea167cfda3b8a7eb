package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.SignedIn;
import org.homeward.SmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a client can send that never reaches a controller, over real HTTP to the real
 * server: unknown addresses, wrong methods, paths Tomcat refuses, bodies too large, text
 * that cannot be stored, a fraction where a count goes. Every refusal of the API is a
 * problem ({@code application/problem+json}) with a clear detail; none is a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
class EdgeRefusalsIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownApiAddressAndAWrongMethodAreProblems() throws Exception {
		Answer anonymous = raw("GET /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

		String family = SignedIn
			.tokenFrom(post("/api/v1/sessions", null, "{\"email\":\"family@example.com\",\"password\":\"Family#2026\"}")
				.body());
		Answer unknown = raw("GET /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + family
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.body()).contains("\"status\":404").doesNotContain("timestamp");

		Answer method = raw("DELETE /api/v1/agencies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + family
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(method.status()).isEqualTo(405);
		assertThat(method.header("Content-Type")).startsWith("application/problem+json");
		assertThat(method.body()).contains("method-not-allowed");
	}

	@Test
	void pathsTomcatRefusesAreProblemsWithoutItsPage() throws Exception {
		for (String path : new String[] { "/api/v1/inmates%00", "/api/v1/agencies%2fDEMO-DOC" }) {
			Answer answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer.status()).as(path).isEqualTo(400);
			assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(answer.body()).as(path).contains("\"status\":400").doesNotContain("Apache Tomcat");
		}
	}

	@Test
	void headersLargerThanTheServerTakesAreRefusedPlainly() throws Exception {
		Answer answer = raw("GET /api/v1/agencies HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(10_000)
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).doesNotContain("Apache Tomcat").doesNotContain("Exception");
	}

	@Test
	void aBodyLargerThanTheAddressTakesIsRefusedBeforeItIsRead() throws Exception {
		// says 600 MB and sends none of it: the answer comes at once, from the length
		// alone
		Answer answer = raw(
				"POST /api/v1/attachments HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
						+ "Content-Length: 629145600\r\nConnection: close\r\n\r\n");
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("too-large");

		Answer json = raw("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 5000000\r\nConnection: close\r\n\r\n");
		assertThat(json.status()).isEqualTo(413);
	}

	@Test
	void aBodySentWithoutItsLengthIsReadToItsLimitAndNoFurther() throws Exception {
		String head = "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
		String signIn = "{\"email\":\"family@example.com\",\"password\":\"Family#2026\"}";
		Answer small = raw(head + Integer.toHexString(signIn.length()) + "\r\n" + signIn + "\r\n0\r\n\r\n");
		assertThat(small.status()).as(small.body()).isEqualTo(201);
		// two megabytes in 64 KB chunks where one megabyte is the most: refused once the
		// limit is passed
		String chunk = Integer.toHexString(65536) + "\r\n" + " ".repeat(65536) + "\r\n";
		Answer large = raw(head + chunk.repeat(32) + "0\r\n\r\n");
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.body()).contains("too-large");
	}

	@Test
	void onlyASignedInCallerMaySendABulkImport() throws Exception {
		String head = "POST /staff/roster HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
				+ "Content-Length: 2000000\r\nConnection: close\r\n";
		assertThat(raw(head + "\r\n").status()).as("anonymous: refused from the length").isEqualTo(413);
		// with a page session's cookie the body is let through to security (which refuses
		// this made-up session)
		String body = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n\r\n";
		body = body + "a".repeat(2000000 - body.length() - "\r\n--x--\r\n".length()) + "\r\n--x--\r\n";
		assertThat(raw(head + "Cookie: SESSION=bm90LWEtc2Vzc2lvbg\r\n\r\n" + body).status()).isNotEqualTo(413);
	}

	@Test
	void aNulOrABrokenCharacterInAnyFieldIsRefusedNamingTheField() throws Exception {
		HttpResponse<String> signIn = post("/api/v1/sessions", null,
				"{\"email\":\"family@example.com\\u0000\",\"password\":\"Family#2026\"}");
		assertThat(signIn.statusCode()).isEqualTo(400);
		assertThat(signIn.body()).contains("\"field\":\"email\"").contains("cannot be stored");

		HttpResponse<String> registration = post("/api/v1/accounts", null, """
				{"email":"nul@example.com","password":"Family#2026","firstName":"Ro\\ud800sa","lastName":"Diaz",
				 "phones":["305-555-0101"],"address":{"line1":"1 Main\\u0000 St","city":"Miami","region":"FL",
				 "postalCode":"33101","country":"US"},"acceptTerms":true}""");
		assertThat(registration.statusCode()).isEqualTo(400);
		assertThat(registration.body()).contains("cannot be stored");

		HttpResponse<String> search = http.send(
				HttpRequest.newBuilder(URI.create(url("/api/v1/inmates?state=FL&number=A10%000"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(search.statusCode()).isEqualTo(400);
		assertThat(search.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(search.body()).contains("\"field\":\"number\"");
	}

	@Test
	void aFractionWhereACountGoesIsRefused() throws Exception {
		String kiosk = post("/api/v1/kiosk/sessions", null,
				"{\"agencyCode\":\"DEMO-DOC\",\"inmateNumber\":\"A100002\",\"pin\":\"2468\"}")
			.body();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/kiosk/stamp-purchases")))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + SignedIn.tokenFrom(kiosk))
			.header("Idempotency-Key", "fraction")
			.POST(HttpRequest.BodyPublishers.ofString("{\"stamps\":1.5}"))
			.build();
		HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"stamps\"").contains("must be a whole number");
	}

	@Test
	void staticFilesHaveVersionedAddressesAndAreKeptForAYear() throws Exception {
		String home = http
			.send(HttpRequest.newBuilder(URI.create(url("/"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher css = Pattern.compile("href=\"(/css/homeward-[0-9a-f]{32}\\.css)\"").matcher(home);
		assertThat(css.find()).as("the page links its stylesheet by a versioned address").isTrue();
		Matcher htmx = Pattern.compile("src=\"(/webjars/[^\"]*htmx[^\"]*-[0-9a-f]{32}\\.js)\"").matcher(home);
		assertThat(htmx.find()).as("and htmx").isTrue();
		for (String asset : new String[] { css.group(1), htmx.group(1) }) {
			HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create(url(asset))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(file.statusCode()).as(asset).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control").orElse("")).as(asset)
				.contains("max-age=31536000")
				.doesNotContain("no-store");
			// later requests are answered from memory: the same bytes and headers, and
			// 304 to a browser that has it
			HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(url(asset))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(again.body()).as(asset).isEqualTo(file.body());
			assertThat(again.headers().firstValue("Content-Type")).isEqualTo(file.headers().firstValue("Content-Type"));
			assertThat(again.headers().firstValue("Cache-Control"))
				.isEqualTo(file.headers().firstValue("Cache-Control"));
			assertThat(again.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			String lastModified = file.headers().firstValue("Last-Modified").orElseThrow();
			HttpResponse<String> unchanged = http.send(
					HttpRequest.newBuilder(URI.create(url(asset))).header("If-Modified-Since", lastModified).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(unchanged.statusCode()).as(asset).isEqualTo(304);
			assertThat(unchanged.body()).isEmpty();
		}
		String missing = css.group(1).replace("homeward-", "missing-");
		for (int i = 0; i < 2; i++) {
			assertThat(http
				.send(HttpRequest.newBuilder(URI.create(url(missing))).build(), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(404);
		}
	}

	@Test
	void behindATrustedProxyHttpsIsSeenAndHstsSent() throws Exception {
		Answer answer = raw("GET / HTTP/1.1\r\nHost: homeward.example\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Strict-Transport-Security")).contains("max-age=");
		Answer plain = raw("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(plain.header("Strict-Transport-Security")).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	record Answer(int status, String head, String body) {

		String header(String name) {
			Matcher value = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(head);
			return value.find() ? value.group(1) : "";
		}

	}

	/**
	 * Sends the request as written, byte for byte, and reads the answer until the server
	 * closes (or, where the server waits for a body that is never sent, for three
	 * seconds).
	 */
	private Answer raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(3_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) > 0;) {
					read.write(buffer, 0, n);
				}
			}
			catch (SocketTimeoutException ex) {
				assertThat(read.size()).as("an answer before the time-out").isPositive();
			}
			String text = read.toString(StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			String head = split < 0 ? text : text.substring(0, split);
			String body = split < 0 ? "" : text.substring(split + 4);
			return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
		}
	}

}
