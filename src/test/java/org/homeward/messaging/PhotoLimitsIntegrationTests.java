package org.homeward.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.assertj.core.data.Offset;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Photos are kept at the size a letter needs, never larger than the upload limit once
 * cleaned, and an account can neither pile up unsent photos nor upload without end.
 */
@PostgresIntegrationTest
class PhotoLimitsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Families.Family family;

	@BeforeEach
	void aFamily() throws Exception {
		family = Families.register(mvc, "photos", null);
	}

	@Test
	void aLargePhotoIsKeptAtTheSizeALetterNeeds() throws Exception {
		String answer = upload(TestImages.jpeg(5000, 3000)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int width = JsonPath.read(answer, "$.width");
		int height = JsonPath.read(answer, "$.height");
		assertThat(Math.max(width, height)).isLessThanOrEqualTo(2400).isGreaterThan(1200);
		assertThat((double) width / height).isCloseTo(5000.0 / 3000, Offset.offset(0.01));
	}

	@Test
	void aPhotoThatGrowsWhenCleanedIsScaledDownNotStoredPastTheLimit() throws Exception {
		byte[] small = TestImages.noisyJpeg(2300, 1725, 0.7f);
		assertThat(small.length).as("within the limit as sent").isLessThan(3 * 1024 * 1024);
		String answer = upload(small).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(answer, "$.id"));
		long stored = jdbc.sql("select size_bytes from messaging.attachment where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(stored).isLessThanOrEqualTo(3L * 1024 * 1024);
		assertThat((int) JsonPath.read(answer, "$.width")).isLessThan(2300);
	}

	@Test
	void unsentPhotosAndUploadsAnHourAreLimited() throws Exception {
		photos(50, OffsetDateTime.now().minusHours(3));
		upload(TestImages.png(40, 30)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("too-many-unsent-photos"));

		Families.Family busy = Families.register(mvc, "busy", null);
		family = busy;
		photos(120, OffsetDateTime.now().minusMinutes(5));
		upload(TestImages.png(40, 30)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("too-many-uploads"));
	}

	/** Photos of the family's made earlier, in no message. */
	private void photos(int count, OffsetDateTime at) {
		for (int i = 0; i < count; i++) {
			jdbc.sql(
					"""
							insert into messaging.attachment (id, owner_id, content_type, size_bytes, width, height, sha256, blob_key,
							                                  thumbnail_key, file_name, created_at)
							values (:id, :owner, 'image/png', 10, 1, 1, repeat('0', 64), 'none', 'none', null, :at)""")
				.param("id", UUID.randomUUID())
				.param("owner", family.accountId())
				.param("at", at)
				.update();
		}
	}

	private ResultActions upload(byte[] bytes) throws Exception {
		return mvc.perform(
				multipart("/api/v1/attachments").file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", bytes))
					.header("Authorization", family.bearer()));
	}

}
