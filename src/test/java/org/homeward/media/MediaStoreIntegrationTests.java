package org.homeward.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.media.MediaFixtures.buy;
import static org.homeward.media.MediaFixtures.demoFile;
import static org.homeward.media.MediaFixtures.fund;
import static org.homeward.media.MediaFixtures.ingest;
import static org.homeward.media.MediaFixtures.ingested;
import static org.homeward.media.MediaFixtures.mediaAgency;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.files.BlobStore;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.Hashes;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The media store on PostgreSQL: metadata read from real files (and files that are not
 * what they claim refused, naming the file), the agency's curation, purchases from the
 * balance (idempotent, refused with no charge, the ledger split between the agency's
 * commission, the royalty and Homeward), albums, and the store closed by a restriction, a
 * facility without media or a contract winding down.
 */
@PostgresIntegrationTest
class MediaStoreIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	BlobStore blobs;

	String operator;

	@BeforeEach
	void operator() throws Exception {
		operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
	}

	@Test
	void ingestionReadsEachFilesOwnMetadata() throws Exception {
		byte[] song = demoFile("porch-song.mp3");
		ingest(mvc, operator, "porch.mp3", song, "MUSIC", "0.99", Map.of()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Porch Song"))
			.andExpect(jsonPath("$.creator").value("Harbor Lights"))
			.andExpect(jsonPath("$.album").value("Letters Home"))
			.andExpect(jsonPath("$.genre").value("Folk"))
			.andExpect(jsonPath("$.durationSeconds").value(8))
			.andExpect(jsonPath("$.contentType").value("audio/mpeg"))
			.andExpect(jsonPath("$.sha256").value(Hashes.sha256Hex(song)))
			.andExpect(jsonPath("$.size").value(song.length))
			.andExpect(jsonPath("$.price.amount").value("0.99"))
			.andExpect(jsonPath("$.royaltyBps").value(5000));
		ingest(mvc, operator, "cuentos.epub", demoFile("cuentos-del-camino.epub"), "EBOOK", "2.00", Map.of())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Cuentos del camino"))
			.andExpect(jsonPath("$.creator").value("Lucía Herrera"))
			.andExpect(jsonPath("$.language").value("es"))
			.andExpect(jsonPath("$.contentType").value("application/epub+zip"));
		ingest(mvc, operator, "guide.pdf", MediaFixtures.pdfBook("A Plain Guide to Going Home", "R. Field", 3), "EBOOK",
				"0.00", Map.of())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("A Plain Guide to Going Home"))
			.andExpect(jsonPath("$.creator").value("R. Field"))
			.andExpect(jsonPath("$.pages").value(3))
			.andExpect(jsonPath("$.contentType").value("application/pdf"));
		ingest(mvc, operator, "garden.mp4", demoFile("garden-project.mp4"), "VIDEO", "3.99",
				Map.of("rentalHours", "48"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("The Garden Project"))
			.andExpect(jsonPath("$.durationSeconds").value(6))
			.andExpect(jsonPath("$.rentalHours").value(48));
		ingest(mvc, operator, "sudoku.zip", demoFile("sudoku-classic.zip"), "GAME", "2.49", Map.of())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Sudoku Classic"))
			.andExpect(jsonPath("$.version").value("1.4.2"))
			.andExpect(jsonPath("$.creator").value("Quiet Games"));
		// the operator's title wins over the file's
		ingest(mvc, operator, "porch.mp3", song, "MUSIC", "0.99", Map.of("title", "Porch Song (Live)"))
			.andExpect(jsonPath("$.title").value("Porch Song (Live)"));
	}

	@Test
	void aFileThatIsNotWhatItClaimsIsRefusedNamingIt() throws Exception {
		long before = jdbc.sql("select count(*) from media.item").query(Long.class).single();
		// a book said to be music, whatever its name
		ingest(mvc, operator, "song.mp3", demoFile("letters-from-the-shore.epub"), "MUSIC", "1.00", Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("song.mp3 is not a music file: it holds application/epub+zip."));
		// text said to be a book
		ingest(mvc, operator, "novel.epub", "just some words".getBytes(), "EBOOK", "1.00", Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("novel.epub is not an e-book file: it holds text/plain."));
		// a ZIP without a manifest said to be a game
		ingest(mvc, operator, "game.zip", zipWithout(), "GAME", "1.00", Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("game.zip has no homeward-app.json at its root."));
		assertThat(jdbc.sql("select count(*) from media.item").query(Long.class).single()).isEqualTo(before);
		// only operators put things in
		ingest(mvc, Correspondents.kiosk(mvc, "DEMO-DOC", "A100003"), "porch.mp3", demoFile("porch-song.mp3"), "MUSIC",
				"1.00", Map.of())
			.andExpect(status().isForbidden());
	}

	@Test
	void anInmateBuysFromTheBalanceOnceWithTheMoneySplitInTheLedger() throws Exception {
		TenantId agency = mediaAgency(jdbc, "MUSIC,VIDEO,EBOOK,GAME,PODCAST", false, 1000);
		UUID inmate = Correspondents.inmate(jdbc, agency, "M" + System.nanoTime() % 1_000_000);
		fund(ledger, inmate, 500);
		String kiosk = kiosk(agency, inmate);
		long commissions = balance(AccountKind.COMMISSIONS_PAYABLE, agency.value());
		long revenue = balance(AccountKind.MEDIA_REVENUE, AccountKey.HOUSE);

		String first = buy(mvc, kiosk, MediaFixtures.MORNING_YARD, "buy-1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.price.amount").value("1.29"))
			.andExpect(jsonPath("$.balance.amount").value("3.71"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the same request again: the same purchase, nothing more taken
		buy(mvc, kiosk, MediaFixtures.MORNING_YARD, "buy-1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(JsonPath.<String>read(first, "$.id")))
			.andExpect(jsonPath("$.balance.amount").value("3.71"));
		// the same key for another item
		buy(mvc, kiosk, MediaFixtures.PORCH_SONG, "buy-1").andExpect(status().isConflict());
		// owned already
		buy(mvc, kiosk, MediaFixtures.MORNING_YARD, "buy-2").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("already-owned"));
		// 10% of $1.29 to the agency, 50% to the rights holder, the rest to Homeward
		assertThat(balance(AccountKind.COMMISSIONS_PAYABLE, agency.value())).isEqualTo(commissions + 12);
		assertThat(balance(AccountKind.MEDIA_REVENUE, AccountKey.HOUSE)).isEqualTo(revenue + 129 - 12 - 64);
		assertThat(ledger.accountsOutOfBalance()).isZero();

		// the film's $3.99 is more than the $3.71 left: refused, and nothing taken
		buy(mvc, kiosk, MediaFixtures.GARDEN_PROJECT, "buy-3").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("insufficient-balance"))
			.andExpect(jsonPath("$.detail")
				.value("\u201cThe Garden Project\u201d costs $3.99 and your balance is $3.71. Nothing was spent."));
		assertThat(balance(AccountKind.INMATE_BALANCE, inmate)).isEqualTo(371);
		assertThat(jdbc.sql("select count(*) from media.purchase where inmate_id = :i")
			.param("i", inmate)
			.query(Long.class)
			.single()).isEqualTo(1);

		// the album gives its three tracks
		buy(mvc, kiosk, MediaFixtures.LETTERS_HOME, "buy-4").andExpect(status().isCreated())
			.andExpect(jsonPath("$.balance.amount").value("0.72"));
		String owned = mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(owned, "$[*].title")).containsExactly("Morning Yard", "First Light",
				"Long Road", "Porch Song");
		assertThat(JsonPath.<String>read(owned, "$[0].sha256"))
			.isEqualTo(Hashes.sha256Hex(demoFile("morning-yard.mp3")));
		assertThat(JsonPath.<String>read(owned, "$[0].downloadUrl"))
			.startsWith("/api/v1/kiosk/media/files/" + MediaFixtures.MORNING_YARD + "?expires=");
		// a track of the album is now owned, and marked so in the catalogue
		buy(mvc, kiosk, MediaFixtures.PORCH_SONG, "buy-5").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("already-owned"));
		String found = mvc.perform(get("/api/v1/kiosk/media").param("q", "porch").header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Boolean>>read(found, "$[?(@.id == '" + MediaFixtures.PORCH_SONG + "')].owned"))
			.as(found)
			.containsExactly(true);
	}

	@Test
	void theCatalogueIsSearchedAsTheAgencyCuratesIt() throws Exception {
		TenantId agency = mediaAgency(jdbc, "MUSIC,EBOOK", false, 0);
		UUID inmate = Correspondents.inmate(jdbc, agency, "C" + System.nanoTime() % 1_000_000);
		fund(ledger, inmate, 2000);
		String kiosk = kiosk(agency, inmate);
		String title = "Loud Road x" + Long.toString(System.nanoTime(), 36);
		UUID explicit = ingested(mvc, operator, "loud.mp3", demoFile("long-road.mp3"), "MUSIC", "1.29",
				Map.of("explicit", "true", "title", title));

		// words match title, artist, album and genre, from their start
		assertThat(titles(kiosk, Map.of("q", "harbor lett"))).contains("First Light", "Long Road", "Porch Song",
				"Letters Home");
		assertThat(titles(kiosk, Map.of("q", "folk"))).contains("First Light").doesNotContain("Morning Yard");
		assertThat(titles(kiosk, Map.of("kind", "EBOOK"))).contains("Letters from the Shore", "Cuentos del camino")
			.doesNotContain("Morning Yard");
		// kinds the agency does not allow, and explicit content while it is off
		assertThat(titles(kiosk, Map.of("kind", "GAME"))).isEmpty();
		assertThat(titles(kiosk, Map.of("q", title))).isEmpty();
		buy(mvc, kiosk, MediaFixtures.SUDOKU, "g").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("media-not-allowed"));
		buy(mvc, kiosk, explicit, "e").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("media-not-allowed"));

		// the agency's administrator allows explicit content and sets a price of its own
		String admin = Correspondents.staff(mvc, jdbc, agency, "AGENCY_ADMIN");
		String code = jdbc.sql("select code from directory.agency where id = :id")
			.param("id", agency.value())
			.query(String.class)
			.single();
		mvc.perform(put("/api/v1/agencies/{code}/media/policy", code).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kinds\":[\"MUSIC\",\"EBOOK\"],\"explicitAllowed\":true,\"commissionPercent\":5}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.commissionPercent").value(5.0));
		mvc.perform(put("/api/v1/staff/media/items/{id}/price", explicit).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"price\":{\"amount\":\"0.99\",\"currency\":\"USD\"}}")).andExpect(status().isOk());
		assertThat(titles(kiosk, Map.of("q", title))).containsExactly(title);
		mvc.perform(get("/api/v1/kiosk/media/{id}", explicit).header("Authorization", kiosk))
			.andExpect(jsonPath("$.price.amount").value("0.99"));

		// an investigator blocks it, with the reason: gone from the store, refused,
		// audited
		String investigator = Correspondents.staff(mvc, jdbc, agency, "INVESTIGATOR");
		mvc.perform(post("/api/v1/staff/media/items/{id}/block", explicit).header("Authorization", investigator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Lyrics name a gang\"}")).andExpect(status().isOk());
		assertThat(titles(kiosk, Map.of("q", title))).isEmpty();
		buy(mvc, kiosk, explicit, "b").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("media-not-allowed"));
		assertThat(jdbc.sql("select detail from audit.entry where action = 'media.item.blocked' and subject = :id")
			.param("id", explicit.toString())
			.query(String.class)
			.list()).containsExactly("Lyrics name a gang");
		// a reviewer may not; another agency's staff cannot touch this agency's word
		mvc.perform(post("/api/v1/staff/media/items/{id}/block", explicit)
			.header("Authorization", Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/staff/media/items/{id}/block", explicit).header("Authorization", admin))
			.andExpect(status().isNoContent());
		buy(mvc, kiosk, explicit, "b2").andExpect(status().isCreated())
			.andExpect(jsonPath("$.price.amount").value("0.99"));
	}

	@Test
	void theStoreClosesForARestrictionAFacilityWithoutMediaAndAContractWindingDown() throws Exception {
		TenantId agency = mediaAgency(jdbc, "MUSIC,VIDEO,EBOOK,GAME,PODCAST", false, 0);
		UUID inmate = Correspondents.inmate(jdbc, agency, "R" + System.nanoTime() % 1_000_000);
		fund(ledger, inmate, 2000);
		String kiosk = kiosk(agency, inmate);
		buy(mvc, kiosk, MediaFixtures.MORNING_YARD, "owned").andExpect(status().isCreated());

		jdbc.sql("""
				insert into directory.inmate_restriction (id, inmate_id, kind, until_date, reason, created_at)
				values (:id, :inmate, 'NO_MEDIA', null, 'Contraband', current_timestamp)""")
			.param("id", UUID.randomUUID())
			.param("inmate", inmate)
			.update();
		buy(mvc, kiosk, MediaFixtures.PORCH_SONG, "r").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inmate-restricted"));
		// what was bought stays the inmate's
		mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", kiosk))
			.andExpect(jsonPath("$[0].title").value("Morning Yard"));
		jdbc.sql("delete from directory.inmate_restriction where inmate_id = :inmate").param("inmate", inmate).update();

		String code = code(agency);
		switchMedia(code, false);
		buy(mvc, kiosk, MediaFixtures.PORCH_SONG, "f").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("service-not-available"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.startsWith("The media store is not offered at East Jail")));
		switchMedia(code, true);
		buy(mvc, kiosk, MediaFixtures.PORCH_SONG, "f2").andExpect(status().isCreated());

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		mvc.perform(post("/api/v1/admin/agencies/{code}/wind-down", code).header("Authorization", operator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceEndsOn\":\"%s\",\"viewOnlyUntil\":\"%s\"}".formatted(today, today.plusDays(30))))
			.andExpect(status().isOk());
		buy(mvc, kiosk, MediaFixtures.PORCH_SONG, "w").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("service-not-available"))
			.andExpect(jsonPath("$.detail").value(
					"The store is closed: the agency’s contract with Homeward is ending. What you bought stays yours."));
		mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", kiosk))
			.andExpect(jsonPath("$[0].title").value("Morning Yard"));
		assertThat(balance(AccountKind.INMATE_BALANCE, inmate)).isEqualTo(2000 - 129 - 129);
	}

	@Test
	void aFileDamagedOnHomewardsSideIsRefundedByItself() throws Exception {
		TenantId agency = mediaAgency(jdbc, "MUSIC", false, 1000);
		UUID inmate = Correspondents.inmate(jdbc, agency, "F" + System.nanoTime() % 1_000_000);
		fund(ledger, inmate, 500);
		String kiosk = kiosk(agency, inmate);
		UUID fragile = ingested(mvc, operator, "fragile.mp3", demoFile("porch-song.mp3"), "MUSIC", "1.29",
				Map.of("title", "Fragile Song"));
		buy(mvc, kiosk, fragile, "fragile").andExpect(status().isCreated());
		assertThat(balance(AccountKind.INMATE_BALANCE, inmate)).isEqualTo(371);

		// the tablet's download did not match, but Homeward's copy is whole: download
		// again
		mvc.perform(post("/api/v1/kiosk/media/entitlements/{id}/problem", fragile).header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.refunded").value(false));
		assertThat(balance(AccountKind.INMATE_BALANCE, inmate)).isEqualTo(371);

		// Homeward's copy is damaged: refunded, and no longer the inmate's
		String key = jdbc.sql("select file_key from media.item where id = :id")
			.param("id", fragile)
			.query(String.class)
			.single();
		java.nio.file.Files.write(blobs.open(key).orElseThrow().getFile().toPath(), new byte[] { 1, 2, 3 });
		mvc.perform(post("/api/v1/kiosk/media/entitlements/{id}/problem", fragile).header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.refunded").value(true));
		assertThat(balance(AccountKind.INMATE_BALANCE, inmate)).isEqualTo(500);
		mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", kiosk))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(post("/api/v1/kiosk/media/entitlements/{id}/problem", fragile).header("Authorization", kiosk))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select status from media.purchase where inmate_id = :i")
			.param("i", inmate)
			.query(String.class)
			.single()).isEqualTo("REFUNDED");
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

	private void switchMedia(String code, boolean enabled) throws Exception {
		mvc.perform(put("/api/v1/agencies/{code}/contract/services/MEDIA", code).header("Authorization", operator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\":" + enabled + ",\"facilityCode\":\"EAST\"}")).andExpect(status().isOk());
	}

	private String code(TenantId agency) {
		return jdbc.sql("select code from directory.agency where id = :id")
			.param("id", agency.value())
			.query(String.class)
			.single();
	}

	private List<String> titles(String kiosk, Map<String, String> params) throws Exception {
		var request = get("/api/v1/kiosk/media").header("Authorization", kiosk);
		params.forEach(request::param);
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[*].title");
	}

	private String kiosk(TenantId agency, UUID inmate) throws Exception {
		String code = code(agency);
		String number = jdbc.sql("select inmate_number from directory.inmate where id = :id")
			.param("id", inmate)
			.query(String.class)
			.single();
		return Correspondents.kiosk(mvc, code, number);
	}

	private long balance(AccountKind kind, UUID owner) {
		return ledger.balance(new AccountKey(kind, Unit.USD, owner));
	}

	private static byte[] zipWithout() throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
			zip.write("<p>hi</p>".getBytes());
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
