package org.homeward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.directory.TestAgencies;
import org.homeward.shared.Hashes;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/**
 * A family writes with a photo and a prepaid reply; the inmate reads and replies at the
 * kiosk; the family is told and reads the reply. Stamps are spent once per key, as the
 * price book says; nobody else sees any of it.
 */
@PostgresIntegrationTest
class MessagingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TenantId agency;

	String agencyCode;

	UUID inmate;

	String inmateNumber;

	Families.Family family;

	@BeforeEach
	void anOpenAgencyAndAFamilyWithStamps() throws Exception {
		agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		agencyCode = TestAgencies.code(jdbc, agency);
		inmateNumber = "M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		inmate = Correspondents.inmate(jdbc, agency, inmateNumber);
		family = Families.register(mvc, "writer", inmate);
		Families.buyStamps(mvc, family, agencyCode, 10);
	}

	@Test
	void aMessageWithAPhotoAndAPrepaidReplyIsPaidDeliveredReadAndAnswered() throws Exception {
		mvc.perform(get("/api/v1/contacts").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$[0].inmate.inmateNumber").value(inmateNumber));
		String photo = upload(family, TestImages.png(40, 30), "me.png").andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String photoId = JsonPath.read(photo, "$.id");
		String request = """
				{"inmateId":"%s","body":"Hello Luis, we miss you.","attachmentIds":["%s"],"prepaidReply":true}"""
			.formatted(inmate, photoId);

		mvc.perform(post("/api/v1/messages/quote").header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stamps").value(3))
			.andExpect(jsonPath("$.lines[0].item").value("PAGES"))
			.andExpect(jsonPath("$.lines[1].item").value("PHOTOS"))
			.andExpect(jsonPath("$.lines[2].item").value("PREPAID_REPLY"));
		String key = UUID.randomUUID().toString();
		String first = send(family, key, request).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SCREENING"))
			.andExpect(jsonPath("$.stamps").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(send(family, key, request).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo(first);
		send(family, key, request.replace("we miss you", "we love you")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/stamps").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$[0].balance").value(7));
		String message = JsonPath.read(first, "$.id");

		awaitStatus(family, message, "DELIVERED");
		String kiosk = Correspondents.kiosk(mvc, agencyCode, inmateNumber);
		String inbox = mvc.perform(get("/api/v1/kiosk/messages").header("Authorization", kiosk))
			.andExpect(jsonPath("$[0].id").value(message))
			.andExpect(jsonPath("$[0].replyStampIncluded").value(true))
			.andExpect(jsonPath("$[0].from.accountId").value(family.accountId().toString()))
			.andExpect(jsonPath("$[0].from.name").value("Rosa Diaz"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String photoUrl = JsonPath.read(inbox, "$[0].attachments[0].url");
		mvc.perform(get(photoUrl).header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		mvc.perform(get("/api/v1/kiosk/messages/" + message).header("Authorization", kiosk))
			.andExpect(jsonPath("$.status").value("READ"))
			.andExpect(jsonPath("$.body").value("Hello Luis, we miss you."));
		mvc.perform(get("/api/v1/messages/" + message).header("Authorization", family.bearer()))
			.andExpect(jsonPath("$.status").value("READ"))
			.andExpect(jsonPath("$.history[*].status", Matchers.contains("SCREENING", "DELIVERED", "READ")));

		String reply = mvc
			.perform(post("/api/v1/kiosk/messages").header("Authorization", kiosk)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountId\":\"%s\",\"body\":\"Thank you for the photo, mom.\"}"
					.formatted(family.accountId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stamps").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String replyId = JsonPath.read(reply, "$.id");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> mvc.perform(get("/api/v1/messages?folder=inbox").header("Authorization", family.bearer()))
						.andExpect(jsonPath("$[0].id").value(replyId)));
		String notice = TestMail.await(family.email(), "You have a new message on Homeward");
		assertThat(notice).contains("Luis Ortega").doesNotContain("Thank you for the photo");
		mvc.perform(get("/api/v1/messages/" + replyId).header("Authorization", family.bearer()))
			.andExpect(jsonPath("$.direction").value("TO_FAMILY"))
			.andExpect(jsonPath("$.status").value("READ"));

		mvc.perform(post("/api/v1/kiosk/messages").header("Authorization", kiosk)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\",\"body\":\"And one more.\"}".formatted(family.accountId())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("not-enough-stamps"));
	}

	@Test
	void stampsFollowPagesPhotosAndTheAgencyRules() throws Exception {
		quote("a".repeat(6000), 0).andExpect(jsonPath("$.stamps").value(1));
		quote("a".repeat(6001), 0).andExpect(jsonPath("$.stamps").value(2))
			.andExpect(jsonPath("$.lines[0].count").value(2));
		quote("a".repeat(30001), 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value("is 30001 characters; at most 30000 are allowed"));
		quote("", 0).andExpect(status().isBadRequest());

		String longLetter = """
				{"inmateId":"%s","body":"%s","attachmentIds":[],"prepaidReply":true}""".formatted(inmate,
				"b".repeat(30000));
		send(family, UUID.randomUUID().toString(), longLetter).andExpect(status().isCreated())
			.andExpect(jsonPath("$.stamps").value(6));
		send(family, UUID.randomUUID().toString(), longLetter).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("not-enough-stamps"))
			.andExpect(jsonPath("$.needed").value(6))
			.andExpect(jsonPath("$.buyStamps").value("/stamps"))
			.andExpect(jsonPath("$.detail", containsString("nothing was sent")));
		mvc.perform(get("/api/v1/messages").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/v1/stamps").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$[0].balance").value(4));
		mvc.perform(post("/api/v1/messages").header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(longLetter)).andExpect(status().isBadRequest());
	}

	@Test
	void hostilePhotosAreRefusedWithAReasonAndMetadataIsRemoved() throws Exception {
		upload(family, TestImages.decompressionBomb(), "bomb.png").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("too many pixels")));
		byte[] jpeg = TestImages.jpeg(200, 150);
		upload(family, Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("damaged or incomplete")));
		upload(family, "<html><script>alert(1)</script></html>".getBytes(), "cat.jpg")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("only JPEG and PNG")));
		upload(family, TestImages.gif(), "cat.png").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("GIF")));
		upload(family, new byte[4 * 1024 * 1024], "big.jpg").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("is larger than 3 MB"));

		upload(family, TestImages.png(10, 10), "holiday.jpg").andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));
		String answer = upload(family, TestImages.jpegWithGps(120, 90), "beach.jpg").andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.width").value(120))
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] kept = mvc.perform(get((String) JsonPath.read(answer, "$.url")).header("Authorization", family.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
		byte[] thumbnail = mvc
			.perform(get((String) JsonPath.read(answer, "$.thumbnailUrl")).header("Authorization", family.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(120);
	}

	@Test
	void otherFamiliesAndStaffSeeNothing() throws Exception {
		String photo = JsonPath.read(
				upload(family, TestImages.png(20, 20), "a.png").andReturn().getResponse().getContentAsString(), "$.id");
		String sent = send(family, UUID.randomUUID().toString(),
				"""
						{"inmateId":"%s","body":"Private words.","attachmentIds":["%s"],"prepaidReply":false}"""
					.formatted(inmate, photo))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String message = JsonPath.read(sent, "$.id");
		Families.Family stranger = Families.register(mvc, "stranger", null);
		mvc.perform(get("/api/v1/messages/" + message).header("Authorization", stranger.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/attachments/" + photo).header("Authorization", stranger.bearer()))
			.andExpect(status().isNotFound());
		String staff = "Bearer " + SignedIn.token(mvc, SignedIn.FED_REVIEWER);
		// the families' path refuses staff by their kind of account, whatever the message
		mvc.perform(get("/api/v1/messages/" + message).header("Authorization", staff))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/attachments/" + photo).header("Authorization", staff))
			.andExpect(status().isNotFound());
		String otherInmate = Correspondents.kiosk(mvc, "DEMO-DOC", "A100002");
		mvc.perform(get("/api/v1/kiosk/messages/" + message).header("Authorization", otherInmate))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/kiosk/attachments/" + photo).header("Authorization", otherInmate))
			.andExpect(status().isNotFound());
		send(stranger, UUID.randomUUID().toString(), """
				{"inmateId":"%s","body":"Hi","attachmentIds":["%s"],"prepaidReply":false}""".formatted(inmate, photo))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("not-a-contact"));
	}

	@Test
	void draftsAreKeptAcrossSessionsAndRemovedWhenSent() throws Exception {
		UUID draft = UUID.randomUUID();
		mvc.perform(put("/api/v1/drafts/" + draft).header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"Dear Luis, the garden\",\"prepaidReply\":false}"
				.formatted(inmate)))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/drafts/" + draft).header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"Dear Luis, the garden is green.\",\"prepaidReply\":true}"
				.formatted(inmate)))
			.andExpect(status().isOk());
		mvc.perform(MockMvcRequestBuilders.delete("/api/v1/sessions/current").header("Authorization", family.bearer()))
			.andExpect(status().isNoContent());
		String token = "Bearer " + SignedIn.tokenFrom(mvc
			.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(family.email())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		mvc.perform(get("/api/v1/drafts").header("Authorization", token))
			.andExpect(jsonPath("$[0].body").value("Dear Luis, the garden is green."))
			.andExpect(jsonPath("$[0].prepaidReply").value(true));
		Families.Family stranger = Families.register(mvc, "stranger", null);
		mvc.perform(put("/api/v1/drafts/" + draft).header("Authorization", stranger.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"mine now\",\"prepaidReply\":false}".formatted(inmate)))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/messages").header("Authorization", token)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"inmateId":"%s","body":"Dear Luis, the garden is green.","prepaidReply":true,"draftId":"%s"}"""
				.formatted(inmate, draft)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/drafts").header("Authorization", token)).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void everythingCanBeExportedAsPdfAndZip() throws Exception {
		byte[] image = TestImages.png(64, 48);
		String photo = JsonPath.read(upload(family, image, "dog.png").andReturn().getResponse().getContentAsString(),
				"$.id");
		String sent = send(family, UUID.randomUUID().toString(),
				"""
						{"inmateId":"%s","body":"Here is Max, our dog.","attachmentIds":["%s"],"prepaidReply":false}"""
					.formatted(inmate, photo))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		awaitStatus(family, JsonPath.read(sent, "$.id"), "DELIVERED");

		byte[] pdf = mvc.perform(get("/api/v1/messages/export.pdf").header("Authorization", family.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("homeward-messages.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Here is Max, our dog.", "Luis Ortega", inmateNumber);
			assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
		}

		byte[] zip = mvc
			.perform(get("/api/v1/messages/export.zip?inmateId=" + inmate).header("Authorization", family.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		String json = new String(entries.get("messages.json"), StandardCharsets.UTF_8);
		assertThat(json).contains("Here is Max, our dog.");
		String sha = JsonPath.read(json, "$.messages[0].photos[0].sha256");
		assertThat(Hashes.sha256Hex(entries.get("photos/" + photo + ".png"))).isEqualTo(sha);
	}

	private ResultActions quote(String body, int photos) throws Exception {
		return mvc.perform(post("/api/v1/messages/quote").header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"%s\",\"attachmentIds\":[],\"prepaidReply\":false}"
				.formatted(inmate, body)));
	}

	private ResultActions send(Families.Family who, String key, String body) throws Exception {
		return mvc.perform(post("/api/v1/messages").header("Authorization", who.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions upload(Families.Family who, byte[] bytes, String name) throws Exception {
		return mvc
			.perform(multipart("/api/v1/attachments").file(new MockMultipartFile("file", name, "image/jpeg", bytes))
				.header("Authorization", who.bearer()));
	}

	private void awaitStatus(Families.Family who, String message, String expected) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/v1/messages/" + message).header("Authorization", who.bearer()))
				.andExpect(jsonPath("$.status").value(expected)));
	}

}
