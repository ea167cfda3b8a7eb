package org.homeward.media;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the media store's tests make: files, agencies with a store, inmates with money.
 */
public final class MediaFixtures {

	/** The demo catalogue's ids (DemoCatalogue). */
	public static final UUID MORNING_YARD = UUID.fromString("0a0c0000-0000-4000-8000-00000000a001");

	public static final UUID PORCH_SONG = UUID.fromString("0a0c0000-0000-4000-8000-00000000a004");

	public static final UUID GARDEN_PROJECT = UUID.fromString("0a0c0000-0000-4000-8000-00000000a005");

	public static final UUID LETTERS_FROM_THE_SHORE = UUID.fromString("0a0c0000-0000-4000-8000-00000000a006");

	public static final UUID SUDOKU = UUID.fromString("0a0c0000-0000-4000-8000-00000000a008");

	public static final UUID LETTERS_HOME = UUID.fromString("0a0c0000-0000-4000-8000-00000000a010");

	private MediaFixtures() {
	}

	/** A file of the demo catalogue. */
	public static byte[] demoFile(String name) throws IOException {
		try (InputStream in = new ClassPathResource("demo/media/" + name).getInputStream()) {
			return in.readAllBytes();
		}
	}

	/** A PDF book with a title, an author and that many pages, made by PDFBox. */
	public static byte[] pdfBook(String title, String author, int pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage());
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor(author);
			document.save(out);
			return out.toByteArray();
		}
	}

	/** An operator's upload of a file into the catalogue. */
	public static ResultActions ingest(MockMvc mvc, String operator, String fileName, byte[] bytes, String kind,
			String price, Map<String, String> more) throws Exception {
		var request = multipart("/api/v1/admin/media/items")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
			.param("kind", kind)
			.param("price", price)
			.param("rightsHolder", "Test Rights")
			.param("royaltyPercent", "50")
			.header("Authorization", operator);
		more.forEach(request::param);
		return mvc.perform(request);
	}

	/** The id of what an upload put in. */
	public static UUID ingested(MockMvc mvc, String operator, String fileName, byte[] bytes, String kind, String price,
			Map<String, String> more) throws Exception {
		String body = ingest(mvc, operator, fileName, bytes, kind, price, more).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	/** An agency of the test's own, with media on at its facilities and this policy. */
	public static TenantId mediaAgency(JdbcClient jdbc, String kinds, boolean explicit, int commissionBps) {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 50, false);
		jdbc.sql("""
				insert into contracts.service (contract_id, service, enabled)
				select id, 'MEDIA', true from contracts.contract where agency_id = :agency""")
			.param("agency", agency.value())
			.update();
		jdbc.sql("""
				insert into media.policy (agency_id, kinds, explicit_allowed, commission_bps, updated_at)
				values (:agency, :kinds, :explicit, :bps, current_timestamp)""")
			.param("agency", agency.value())
			.param("kinds", kinds)
			.param("explicit", explicit)
			.param("bps", commissionBps)
			.update();
		return agency;
	}

	/** Puts money on an inmate's balance, as a deposit would. */
	public static void fund(Ledger ledger, UUID inmate, long cents) {
		ledger.post(new PostEntry("test-funding:" + UUID.randomUUID(), "deposit", "Test funding",
				List.of(new PostEntry.Line(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate), cents),
						new PostEntry.Line(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD), -cents))));
	}

	/** A purchase from the kiosk API. */
	public static ResultActions buy(MockMvc mvc, String kiosk, UUID item, String key) throws Exception {
		return mvc.perform(post("/api/v1/kiosk/media/purchases").header("Authorization", kiosk)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"" + item + "\"}"));
	}

}
