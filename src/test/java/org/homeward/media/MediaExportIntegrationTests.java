package org.homeward.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.directory.TestAgencies;
import org.homeward.ledger.Ledger;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * What was bought leaves with the people who bought it: when an agency's contract winds
 * down its administrators are told, and download from the console (or the API) one signed
 * document of every purchase made under the contract, person by person, which a next
 * provider can check against the published key; a family downloads their loved one's list
 * from the gifts page. Nobody else gets either.
 */
@PostgresIntegrationTest
class MediaExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Test
	void anAgencyWindingDownGetsEveryPurchaseSignedForItsNextProvider() throws Exception {
		TenantId agency = MediaFixtures.mediaAgency(jdbc, "MUSIC", false, 1000);
		String code = TestAgencies.code(jdbc, agency);
		String first = "X" + System.nanoTime() % 1_000_000;
		String second = "Y" + System.nanoTime() % 1_000_000;
		for (String number : List.of(first, second)) {
			UUID inmate = Correspondents.inmate(jdbc, agency, number);
			MediaFixtures.fund(ledger, inmate, 500);
			String kiosk = Correspondents.kiosk(mvc, code, number);
			MediaFixtures.buy(mvc, kiosk, MediaFixtures.MORNING_YARD, "a").andExpect(status().isCreated());
			if (number.equals(second)) {
				MediaFixtures.buy(mvc, kiosk, MediaFixtures.PORCH_SONG, "b").andExpect(status().isCreated());
			}
		}
		Correspondents.inmate(jdbc, agency, "Z" + System.nanoTime() % 1_000_000);
		String admin = Correspondents.staffAccount(jdbc, agency, "AGENCY_ADMIN");
		String reviewer = Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER");

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		mvc.perform(post("/api/v1/admin/agencies/{code}/wind-down", code)
			.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceEndsOn\":\"%s\",\"viewOnlyUntil\":\"%s\"}".formatted(today, today.plusDays(30))))
			.andExpect(status().isOk());
		String told = TestMail.await(admin, "media purchases").replace("=\r\n", "");
		assertThat(told).contains("2 people own 3 items").contains("/staff/media/entitlements.json");

		MockHttpServletResponse export = download(get("/api/v1/agencies/{code}/media/entitlements/export", code)
			.header("Authorization", "Bearer " + SignedIn.token(mvc, admin)));
		byte[] document = export.getContentAsByteArray();
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(document);
		assertThat(export.getHeader("X-Content-SHA256")).isEqualTo(HexFormat.of().formatHex(digest));
		assertThat(export.getHeader("X-Signature-Algorithm")).isEqualTo("Ed25519-SHA256");
		assertThat(export.getHeader("Content-Disposition")).contains("entitlements-" + code + "-");
		String key = publishedKey(export.getHeader("X-Signature-Key"));
		byte[] signature = Base64.getDecoder().decode(export.getHeader("X-Signature"));
		assertThat(verifies(key, digest, signature)).isTrue();
		digest[0] ^= 1;
		assertThat(verifies(key, digest, signature)).isFalse();

		String text = new String(document, StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(text, "$.format")).isEqualTo("homeward-entitlements/1");
		assertThat(JsonPath.<String>read(text, "$.agency.code")).isEqualTo(code);
		assertThat(JsonPath.<List<String>>read(text, "$.people[*].person.inmateNumber"))
			.containsExactlyInAnyOrder(first, second);
		assertThat(JsonPath.<List<String>>read(text,
				"$.people[?(@.person.inmateNumber == '" + second + "')].entitlements[*].item.title"))
			.containsExactly("Morning Yard", "Porch Song");
		assertThat(jdbc.sql("""
				select detail from audit.entry where action = 'media.entitlements.exported' and agency_id = :agency""")
			.param("agency", agency.value())
			.query(String.class)
			.list()).containsExactly("2 people, 3 entitlements");

		// the console's download is the same document, for its administrators only
		PageSession console = PageSession
			.of(mvc.perform(formLogin("/login").user(admin).password(SignedIn.STAFF_PASSWORD)).andReturn());
		mvc.perform(get("/staff").with(console))
			.andExpect(content().string(Matchers.containsString("/staff/media/entitlements.json")));
		assertThat(download(get("/staff/media/entitlements.json").with(console)).getContentAsString()).contains(first,
				second);
		mvc.perform(get("/api/v1/agencies/{code}/media/entitlements/export", code).header("Authorization", reviewer))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/agencies/{code}/media/entitlements/export", code).header("Authorization",
				"Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFamilyDownloadsTheirLovedOnesListFromTheGiftsPage() throws Exception {
		TenantId agency = MediaFixtures.mediaAgency(jdbc, "MUSIC", false, 1000);
		String number = "F" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		MediaFixtures.fund(ledger, inmate, 500);
		MediaFixtures
			.buy(mvc, Correspondents.kiosk(mvc, TestAgencies.code(jdbc, agency), number), MediaFixtures.MORNING_YARD,
					"a")
			.andExpect(status().isCreated());
		Families.Family family = Families.register(mvc, "export", inmate);
		PageSession session = PageSession
			.of(mvc.perform(formLogin("/login").user(family.email()).password("Family#2026")).andReturn());

		String page = mvc.perform(get("/media/gifts").with(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = "/media/inmates/" + inmate + "/entitlements.json";
		assertThat(page).contains(link);
		MockHttpServletResponse export = mvc.perform(get(link).with(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		byte[] document = export.getContentAsByteArray();
		assertThat(JsonPath.<List<String>>read(new String(document, StandardCharsets.UTF_8),
				"$.entitlements[*].item.title"))
			.containsExactly("Morning Yard");
		assertThat(verifies(publishedKey(export.getHeader("X-Signature-Key")), document,
				Base64.getDecoder().decode(export.getHeader("X-Signature"))))
			.isTrue();

		Families.Family stranger = Families.register(mvc, "stranger", null);
		PageSession strangers = PageSession
			.of(mvc.perform(formLogin("/login").user(stranger.email()).password("Family#2026")).andReturn());
		mvc.perform(get(link).with(strangers)).andExpect(status().isNotFound());
		mvc.perform(get(link)).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletResponse download(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder call) throws Exception {
		return mvc.perform(call).andExpect(status().isOk()).andReturn().getResponse();
	}

	private String publishedKey(String id) throws Exception {
		String keys = mvc.perform(get("/api/v1/media/export-keys")).andReturn().getResponse().getContentAsString();
		List<String> published = JsonPath.read(keys, "$[?(@.id == '" + id + "')].publicKey");
		assertThat(published).hasSize(1);
		return published.get(0);
	}

	private static boolean verifies(String publicKey, byte[] message, byte[] signature) throws Exception {
		Signature check = Signature.getInstance("Ed25519");
		check.initVerify(KeyFactory.getInstance("Ed25519")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
		check.update(message);
		return check.verify(signature);
	}

}
