package org.homeward.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.homeward.Families;
import org.homeward.PaymentCrashes;
import org.homeward.PaymentCrashes.Crash;
import org.homeward.PaymentCrashes.Step;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.files.BlobStore;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.media.internal.MediaGifts;
import org.homeward.messaging.Correspondents;
import org.homeward.payments.Payments;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A family gives their loved one an album by card: once per key, the money split in the
 * ledger as for any sale, refused when the card is declined (nothing given), finished
 * once and charged once however a crash cut it short; and the inmate's entitlements,
 * gifts and purchases alike, exported as a document whose Ed25519 signature checks with
 * the published key, which the family can download too.
 */
@PostgresIntegrationTest
class MediaGiftIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MediaGifts gifts;

	@Autowired
	BlobStore blobs;

	@MockitoSpyBean
	Payments payments;

	@MockitoSpyBean
	Ledger ledger;

	UUID inmate;

	String number;

	Families.Family family;

	@BeforeEach
	void aFamilyAndTheirLovedOne() throws Exception {
		number = "G" + System.nanoTime() % 1_000_000;
		inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		family = Families.register(mvc, "gift", inmate);
	}

	@AfterEach
	void noMoreCrashes() {
		reset(payments, ledger);
	}

	@Test
	void aFamilyGivesAnAlbumOnceByCard() throws Exception {
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		mvc.perform(get("/api/v1/media/gifts/quote").param("inmateId", inmate.toString())
			.param("itemId", MediaFixtures.LETTERS_HOME.toString())
			.header("Authorization", family.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.price.amount").value("2.99"))
			.andExpect(jsonPath("$.isAlbum").value(true));
		long clearing = ledger.balance(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD));
		long commissions = ledger
			.balance(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, VisitFixtures.demoDoc(jdbc).value()));

		String first = give("album", MediaFixtures.LETTERS_HOME, card).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.price.amount").value("2.99"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		give("album", MediaFixtures.LETTERS_HOME, card).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(JsonPath.<String>read(first, "$.id")));
		give("album", MediaFixtures.MORNING_YARD, card).andExpect(status().isConflict());
		give("again", MediaFixtures.LETTERS_HOME, card).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("already-owned"));

		UUID gift = UUID.fromString(JsonPath.read(first, "$.id"));
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, gift)).isEqualTo(1);
		assertThat(ledger.balance(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD))).isEqualTo(clearing - 299);
		assertThat(ledger
			.balance(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, VisitFixtures.demoDoc(jdbc).value())))
			.isEqualTo(commissions + 29);
		PaymentCrashes.assertLedgerBalanced(jdbc);

		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		String owned = mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", kiosk))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(owned, "$[*].title")).containsExactly("First Light", "Long Road",
				"Porch Song");
	}

	@Test
	void aDeclinedCardGivesNothingAndStrangersCannotGive() throws Exception {
		UUID declined = Families.card(mvc, family.bearer(), "4000000000000002");
		give("declined", MediaFixtures.SUDOKU, declined).andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.code").value("card-declined"))
			.andExpect(jsonPath("$.giftId").isNotEmpty());
		give("declined", MediaFixtures.SUDOKU, declined).andExpect(status().isPaymentRequired());
		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", kiosk))
			.andExpect(jsonPath("$.length()").value(0));

		Families.Family stranger = Families.register(mvc, "stranger", null);
		UUID card = Families.card(mvc, stranger.bearer(), Families.APPROVED_CARD);
		mvc.perform(post("/api/v1/media/gifts").header("Authorization", stranger.bearer())
			.header("Idempotency-Key", "s")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(MediaFixtures.SUDOKU, card))).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void aGiftCutShortAtAnyStepIsGivenOnceAndChargedOnce(Step step) throws Exception {
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		String key = "crash-" + step;
		PaymentCrashes.arm(step, payments, ledger);
		assertThatThrownBy(() -> gifts.give(family.accountId(), key, inmate, MediaFixtures.SUDOKU, card))
			.isInstanceOf(Crash.class);
		reset(payments, ledger);

		// the same request again (or the reconciler) finishes what the crash left
		give(key, MediaFixtures.SUDOKU, card).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		UUID gift = jdbc.sql("select id from media.purchase where payer_id = :payer and idempotency_key = :key")
			.param("payer", family.accountId())
			.param("key", key)
			.query(UUID.class)
			.single();
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, gift)).isEqualTo(1);
		assertThat(PaymentCrashes.chargeStatus(jdbc, gift)).isEqualTo("CAPTURED");
		assertThat(jdbc.sql("select count(*) from ledger.entry where idempotency_key = :key")
			.param("key", "media-gift:" + gift)
			.query(Integer.class)
			.single()).isEqualTo(1);
		PaymentCrashes.assertLedgerBalanced(jdbc);
	}

	@Test
	void theExportListsEveryEntitlementAndItsSignatureChecks() throws Exception {
		MediaFixtures.fund(ledger, inmate, 500);
		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		MediaFixtures.buy(mvc, kiosk, MediaFixtures.MORNING_YARD, "bought").andExpect(status().isCreated());
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		give("album", MediaFixtures.LETTERS_HOME, card).andExpect(status().isCreated());

		MockHttpServletResponse export = mvc
			.perform(get("/api/v1/kiosk/media/entitlements/export").header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		byte[] document = export.getContentAsByteArray();
		String text = new String(document, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(text, "$.format")).isEqualTo("homeward-entitlements/1");
		assertThat(JsonPath.<String>read(text, "$.person.inmateNumber")).isEqualTo(number);
		assertThat(JsonPath.<List<String>>read(text, "$.entitlements[*].item.title")).containsExactly("Morning Yard",
				"Letters Home");
		assertThat(JsonPath.<List<String>>read(text, "$.entitlements[*].paidBy")).containsExactly("INMATE", "FAMILY");
		assertThat(JsonPath.<List<String>>read(text, "$.entitlements[1].tracks[*].title"))
			.containsExactly("First Light", "Long Road", "Porch Song");
		assertThat(JsonPath.<String>read(text, "$.entitlements[0].price.amount")).isEqualTo("1.29");

		String keys = mvc.perform(get("/api/v1/media/export-keys"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String keyId = export.getHeader("X-Signature-Key");
		List<String> published = JsonPath.read(keys, "$[?(@.id == '" + keyId + "')].publicKey");
		assertThat(published).hasSize(1);
		byte[] signature = Base64.getDecoder().decode(export.getHeader("X-Signature"));
		assertThat(verifies(published.get(0), document, signature)).isTrue();
		document[document.length / 2] ^= 1;
		assertThat(verifies(published.get(0), document, signature)).isFalse();

		// the family's copy says the same
		String copy = mvc
			.perform(get("/api/v1/media/inmates/{id}/entitlements/export", inmate).header("Authorization",
					family.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(copy, "$.entitlements[*].item.title")).containsExactly("Morning Yard",
				"Letters Home");
		Families.Family stranger = Families.register(mvc, "stranger", null);
		mvc.perform(get("/api/v1/media/inmates/{id}/entitlements/export", inmate).header("Authorization",
				stranger.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDamagedGiftIsRefundedToTheCard() throws Exception {
		String operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		UUID fragile = MediaFixtures.ingested(mvc, operator, "fragile.mp3", MediaFixtures.demoFile("long-road.mp3"),
				"MUSIC", "0.99", java.util.Map.of("title", "Fragile Gift"));
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		UUID gift = UUID.fromString(JsonPath.read(give("fragile", fragile, card).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id"));
		String key = jdbc.sql("select file_key from media.item where id = :id")
			.param("id", fragile)
			.query(String.class)
			.single();
		java.nio.file.Files.write(blobs.open(key).orElseThrow().getFile().toPath(), new byte[] { 7 });
		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		mvc.perform(post("/api/v1/kiosk/media/entitlements/{id}/problem", fragile).header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.refunded").value(true));
		assertThat(PaymentCrashes.chargeStatus(jdbc, gift)).isEqualTo("REFUNDED");
		mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", kiosk))
			.andExpect(jsonPath("$.length()").value(0));
		PaymentCrashes.assertLedgerBalanced(jdbc);
	}

	private static boolean verifies(String publicKey, byte[] document, byte[] signature) throws Exception {
		Signature check = Signature.getInstance("Ed25519");
		check.initVerify(KeyFactory.getInstance("Ed25519")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
		check.update(document);
		return check.verify(signature);
	}

	private ResultActions give(String key, UUID item, UUID card) throws Exception {
		return mvc.perform(post("/api/v1/media/gifts").header("Authorization", family.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(item, card)));
	}

	private String body(UUID item, UUID card) {
		return "{\"inmateId\":\"%s\",\"itemId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(inmate, item, card);
	}

}
