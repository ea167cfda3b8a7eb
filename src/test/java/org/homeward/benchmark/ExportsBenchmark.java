package org.homeward.benchmark;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.Unit;
import org.homeward.shared.TenantId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The memory a long history takes to export, and a large facility's day of printed mail:
 * one family with 300 letters carrying 500 photos of about 1 MB each (uploaded through
 * the API, as a family would), at a facility whose mail is printed. Measures the family's
 * {@code export.pdf} and the 300-letter print batch's PDF, streamed to nowhere, with the
 * heap's peak during each. Run with {@code scripts/benchmark exports}, which gives this
 * JVM (Homeward included) a 512 MB heap. Target: both complete, with the heap within 512
 * MB.
 */
public final class ExportsBenchmark {

	static final int LETTERS = Integer.getInteger("letters", 300);

	static final int PHOTOS = Integer.getInteger("photos", 500);

	public static void main(String[] args) throws Exception {
		String database = Benchmarks.freshDatabase("homeward_bench_exports");
		try (ConfigurableApplicationContext app = Benchmarks.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Fixtures.BenchAgency bench = Fixtures.agency(jdbc, "BENCH-EXP", 30000, "MESSAGING");
			jdbc.sql("update contracts.contract set message_delivery = 'PRINTED' where id = :id")
				.param("id", bench.contract())
				.update();
			Fixtures.Member family = Fixtures.signedInMember(jdbc, 1);
			UUID inmate = inmate(jdbc, bench);
			contactWithStamps(jdbc, app.getBean(Ledger.class), bench, family.id(), inmate);
			String staff = mailroomToken(jdbc, bench.id());
			String base = Benchmarks.baseUrl(app);
			HttpClient http = HttpClient.newHttpClient();

			Instant writing = Instant.now();
			int photos = 0;
			for (int letter = 0; letter < LETTERS; letter++) {
				List<String> attached = new ArrayList<>();
				while (attached.size() < 5 && photos < PHOTOS && letter * 5 + attached.size() < PHOTOS) {
					attached.add(upload(http, base, family.token(), photo(photos)));
					photos++;
				}
				String body = "{\"inmateId\":\"" + inmate + "\",\"body\":\"Letter " + letter + ". "
						+ "News from home. ".repeat(60) + "\",\"attachmentIds\":["
						+ String.join(",", attached.stream().map(a -> "\"" + a + "\"").toList())
						+ "],\"prepaidReply\":false}";
				HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/messages"))
					.header("Authorization", "Bearer " + family.token())
					.header("Idempotency-Key", UUID.randomUUID().toString())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (sent.statusCode() != 201) {
					throw new IllegalStateException("message refused: " + sent.body());
				}
			}
			while (jdbc.sql("select count(*) from messaging.message where status = 'QUEUED_FOR_PRINT'")
				.query(Integer.class)
				.single() < LETTERS) {
				Thread.sleep(500);
			}
			long stored = jdbc.sql("select coalesce(sum(size_bytes), 0) from messaging.attachment")
				.query(Long.class)
				.single();
			System.out.printf("%n== Exports benchmark (%s, heap limit %d MB) ==%n", Benchmarks.machine(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			System.out.printf("history: %d letters, %d photos (%.1f MB stored), written in %d s%n", LETTERS, photos,
					stored / 1e6, Duration.between(writing, Instant.now()).toSeconds());

			measure("family export.pdf", http,
					HttpRequest.newBuilder(URI.create(base + "/api/v1/messages/export.pdf"))
						.header("Authorization", "Bearer " + family.token())
						.build(),
					"export.pdf");

			HttpResponse<String> batch = http
				.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/print-batches"))
					.header("Authorization", "Bearer " + staff)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"facilityId\":\"" + bench.facility() + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			String batchId = batch.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
			measure("print batch of " + LETTERS + " letters", http,
					HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/print-batches/" + batchId + ".pdf"))
						.header("Authorization", "Bearer " + staff)
						.build(),
					"print-batch.pdf");
		}
	}

	/**
	 * Downloads the PDF into target/benchmark (to look at), sampling the heap in use
	 * every 20 ms meanwhile.
	 */
	private static void measure(String what, HttpClient http, HttpRequest request, String file) throws Exception {
		System.gc();
		long[] peak = { 0, 0 };
		boolean[] running = { true };
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
			.toList();
		Thread sampler = new Thread(() -> {
			while (running[0]) {
				peak[0] = Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
				// what each pool held after its last collection: the live data, garbage
				// aside
				peak[1] = Math.max(peak[1],
						pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum());
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.start();
		Instant start = Instant.now();
		Path target = Path.of("target/benchmark", file);
		Files.createDirectories(target.getParent());
		HttpResponse<Path> answer = http.send(request, HttpResponse.BodyHandlers.ofFile(target));
		running[0] = false;
		sampler.join();
		long gcs = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(gc -> Math.max(0, gc.getCollectionCount()))
			.sum();
		System.out.printf(
				"%s: HTTP %d, %.1f MB of PDF (%s) in %.1f s; heap in use at most %d MB, live after collections at most %d MB (sampled every 20 ms; %d collections so far)%n",
				what, answer.statusCode(), Files.size(target) / 1e6, target,
				Duration.between(start, Instant.now()).toMillis() / 1000.0, peak[0] / (1024 * 1024),
				peak[1] / (1024 * 1024), gcs);
	}

	/**
	 * A photo of about a megabyte, each different (a PDF keeps one copy of a repeated
	 * image): noise does not compress.
	 */
	private static byte[] photo(int seed) throws Exception {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int grey = (x + y) / 10 % 160;
				image.setRGB(x, y, ((grey + random.nextInt(90)) << 16) | ((grey + random.nextInt(90)) << 8)
						| (grey + random.nextInt(90)));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	private static String upload(HttpClient http, String base, String token, byte[] photo) throws Exception {
		String boundary = "bench" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(photo);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/attachments"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("photo refused: " + answer.statusCode() + " " + answer.body());
		}
		return answer.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
	}

	private static UUID inmate(JdbcClient jdbc, Fixtures.BenchAgency bench) {
		UUID inmate = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
						                              date_of_birth, facility_id, housing_unit_id, status, updated_at)
						values (:id, :agency, 'E1', 'Bench', 'Inmate', 'bench', 'inmate', null, :facility, null, 'ACTIVE', :now)""")
			.param("id", inmate)
			.param("agency", bench.id())
			.param("facility", bench.facility())
			.param("now", OffsetDateTime.now())
			.update();
		return inmate;
	}

	private static void contactWithStamps(JdbcClient jdbc, Ledger ledger, Fixtures.BenchAgency bench, UUID family,
			UUID inmate) {
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into contacts.contact (id, account_id, inmate_id, agency_id, status, created_at, updated_at)
				values (:id, :family, :inmate, :agency, 'ACTIVE', :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("family", family)
			.param("inmate", inmate)
			.param("agency", bench.id())
			.param("now", now)
			.update();
		Unit stamps = Unit.stamps(new TenantId(bench.id()));
		ledger.post(new PostEntry("bench-grant:" + family, "stamp-grant", "benchmark stamps",
				List.of(new PostEntry.Line(new AccountKey(AccountKind.STAMPS_ISSUED, stamps, bench.id()), -1_000_000),
						new PostEntry.Line(new AccountKey(AccountKind.FAMILY_STAMPS, stamps, family), 1_000_000))));
	}

	/**
	 * A mailroom reviewer of the agency and a live API token of theirs (made directly:
	 * staff sign in with a second factor).
	 */
	private static String mailroomToken(JdbcClient jdbc, UUID agency) throws Exception {
		UUID id = UUID.randomUUID();
		String token = UUID.randomUUID() + "-" + UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql(
				"""
						insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, status, created_at)
						values (:id, 'STAFF', 'mailroom@bench.test', 'x', 'Mailroom', :agency, 'ACTIVE', :now)""")
			.param("id", id)
			.param("agency", agency)
			.param("now", now)
			.update();
		jdbc.sql("insert into accounts.staff_role (account_id, role) values (:id, 'MAILROOM_REVIEWER')")
			.param("id", id)
			.update();
		jdbc.sql(
				"insert into accounts.api_session (token_hash, account_id, created_at, last_seen_at) values (:hash, :id, :now, :now)")
			.param("hash",
					HexFormat.of()
						.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))))
			.param("id", id)
			.param("now", now)
			.update();
		return token;
	}

}
