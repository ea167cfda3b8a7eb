package org.homeward.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.homeward.SignedIn;
import org.homeward.SmtpServer;
import org.homeward.TestClock;
import org.homeward.ledger.Ledger;
import org.homeward.media.internal.DownloadLinks;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.Hashes;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Downloads through a real HTTP client: whole or in ranges (206, {@code Content-Range}, a
 * cut download resumed where it stopped, the pieces adding up to the file's SHA-256), the
 * SHA-256 as the {@code ETag}; links refused when altered, expired or used by another
 * inmate, and a rental's file gone once the rental ends. Homeward's clock is moved rather
 * than waited for.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
class MediaDownloadIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	TestClock clock;

	@Autowired
	DownloadLinks links;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anOwnedFileDownloadsWholeOrInRangesAndResumesAfterACut() throws Exception {
		String number = "D" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		MediaFixtures.fund(ledger, inmate, 1000);
		String token = kiosk(number);
		assertThat(buy(token, MediaFixtures.MORNING_YARD).statusCode()).isEqualTo(201);
		byte[] file = MediaFixtures.demoFile("morning-yard.mp3");
		String sha = Hashes.sha256Hex(file);

		String owned = send(get("/api/v1/kiosk/media/entitlements", token), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(JsonPath.<String>read(owned, "$[0].sha256")).isEqualTo(sha);
		String url = JsonPath.read(owned, "$[0].downloadUrl");

		HttpResponse<byte[]> whole = send(get(url, token), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(file);
		assertThat(whole.headers().firstValue("ETag")).hasValue("\"" + sha + "\"");
		assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
		assertThat(whole.headers().firstValue("Content-Type")).hasValue("audio/mpeg");

		// the first 10,000 bytes, then the connection is cut; the rest resumes from there
		HttpResponse<byte[]> first = send(get(url, token).header("Range", "bytes=0-9999").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(first.statusCode()).isEqualTo(206);
		assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-9999/" + file.length);
		assertThat(first.body()).hasSize(10_000);
		HttpResponse<byte[]> rest = send(get(url, token).header("Range", "bytes=10000-").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(rest.statusCode()).isEqualTo(206);
		assertThat(rest.headers().firstValue("Content-Range"))
			.hasValue("bytes 10000-" + (file.length - 1) + "/" + file.length);
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		joined.write(first.body());
		joined.write(rest.body());
		assertThat(Hashes.sha256Hex(joined.toByteArray())).isEqualTo(sha);
		// the last 100 bytes; a range past the end is refused, saying the length
		HttpResponse<byte[]> tail = send(get(url, token).header("Range", "bytes=-100").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(tail.statusCode()).isEqualTo(206);
		assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(file, file.length - 100, file.length));
		HttpResponse<Void> past = send(get(url, token).header("Range", "bytes=" + file.length + "-").build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(past.statusCode()).isEqualTo(416);
		assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */" + file.length);
		// a range of another version of the file is answered with the whole file
		HttpResponse<byte[]> changed = send(
				get(url, token).header("Range", "bytes=0-9").header("If-Range", "\"something-else\"").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).hasSize(file.length);
		// a tablet that has it already is told so
		assertThat(send(get(url, token).header("If-None-Match", "\"" + sha + "\"").build(),
				HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(304);

		// a link altered, or used by another inmate, is refused
		String altered = url.replaceAll("signature=(.)", "signature=" + (url.contains("signature=0") ? "1" : "0"));
		assertThat(send(get(altered, token), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
		String otherNumber = "E" + System.nanoTime() % 1_000_000;
		Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", otherNumber);
		assertThat(send(get(url, kiosk(otherNumber)), HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(403);
		// a well-made link to a file the inmate does not own is not found
		String notOwned = links.link("/api/v1/kiosk/media/files", inmate, MediaFixtures.SUDOKU).path();
		assertThat(send(get(notOwned, token), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
		// without signing in, nothing
		assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).build(),
				HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(401);

		// a quarter of an hour later the link has expired; a new list gives a new one
		clock.advance(Duration.ofMinutes(16));
		String later = kiosk(number);
		assertThat(send(get(url, later), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
		String fresh = JsonPath.read(
				send(get("/api/v1/kiosk/media/entitlements", later), HttpResponse.BodyHandlers.ofString()).body(),
				"$[0].downloadUrl");
		assertThat(send(get(fresh, later), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
	}

	@Test
	void aRentalEndsAtItsExpiry() throws Exception {
		String number = "V" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		MediaFixtures.fund(ledger, inmate, 1000);
		String token = kiosk(number);
		HttpResponse<String> rented = buy(token, MediaFixtures.GARDEN_PROJECT);
		assertThat(rented.statusCode()).isEqualTo(201);
		Instant expires = Instant.parse(JsonPath.read(rented.body(), "$.expiresAt"));
		assertThat(Duration.between(clock.instant(), expires)).isBetween(Duration.ofHours(48).minusSeconds(1),
				Duration.ofHours(48));

		String owned = send(get("/api/v1/kiosk/media/entitlements", token), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(JsonPath.<List<String>>read(owned, "$[*].title")).containsExactly("The Garden Project");
		assertThat(JsonPath.<String>read(owned, "$[0].expiresAt")).isEqualTo(expires.toString());

		clock.advance(Duration.ofHours(48).plusMinutes(1));
		String later = kiosk(number);
		owned = send(get("/api/v1/kiosk/media/entitlements", later), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(JsonPath.<List<String>>read(owned, "$[*].title")).isEmpty();
		String link = links.link("/api/v1/kiosk/media/files", inmate, MediaFixtures.GARDEN_PROJECT).path();
		assertThat(send(get(link, later), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
		// rented again, it is the inmate's again for another 48 hours
		assertThat(buy(later, MediaFixtures.GARDEN_PROJECT).statusCode()).isEqualTo(201);
	}

	private String kiosk(String number) throws Exception {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/kiosk/sessions"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"agencyCode\":\"DEMO-DOC\",\"inmateNumber\":\"" + number + "\",\"pin\":\"2468\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return SignedIn.tokenFrom(answer.body());
	}

	private HttpResponse<String> buy(String token, UUID item) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/v1/kiosk/media/purchases"))
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"itemId\":\"" + item + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String path, String token) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
		return send(request.build(), body);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
		return http.send(request, body);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
