package org.homeward.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.files.BlobStore;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recordings are deleted when the facility's retention ends, unless an investigator holds
 * them (with a reason, audited); a held recording is deleted once released and due; a
 * deleted one is no longer served.
 */
@PostgresIntegrationTest
class RecordingRetentionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlobStore blobs;

	@Autowired
	RecordingCollector recordings;

	@Test
	void recordingsPastTheirRetentionAreDeletedUnlessHeld() throws Exception {
		VisitFixtures.Booked booked = VisitFixtures.booked(jdbc, mvc, "VR", 2);
		TenantId doc = booked.agency();
		UUID visit = booked.visit();
		UUID due = recording(doc, visit, "FAMILY", "1 day");
		UUID held = recording(doc, visit, "INMATE", "1 day");
		UUID kept = recording(doc, visit, "INMATE-2", "-30 days");
		String investigator = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_INVESTIGATOR);

		assertThat(hold(investigator, held, "{\"held\":true}")).as("a hold needs its reason").isEqualTo(400);
		assertThat(hold(investigator, held, "{\"held\":true,\"reason\":\"Case 2026-114\"}")).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'recording.held' and subject = :id")
			.param("id", held.toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		recordings.purgeDue();

		assertThat(blobs.open(key(visit, "FAMILY"))).as("past its retention").isEmpty();
		assertThat(purged(due)).isTrue();
		assertThat(blobs.open(key(visit, "INMATE"))).as("on hold").isPresent();
		assertThat(purged(held)).isFalse();
		assertThat(blobs.open(key(visit, "INMATE-2"))).as("within its retention").isPresent();
		assertThat(purged(kept)).isFalse();
		assertThat(play(investigator, due)).as("a deleted recording is not served").isEqualTo(404);
		assertThat(play(investigator, held)).isEqualTo(200);

		assertThat(hold(investigator, held, "{\"held\":false}")).isEqualTo(200);
		recordings.purgeDue();
		assertThat(blobs.open(key(visit, "INMATE"))).as("released and due").isEmpty();
		assertThat(purged(held)).isTrue();
	}

	private UUID recording(TenantId agency, UUID visit, String name, String ago) {
		String side = name.startsWith("FAMILY") ? "FAMILY" : "INMATE";
		int part = name.endsWith("-2") ? 2 : 1;
		BlobStore.Stored stored = blobs.put(key(visit, name), "not really webm".getBytes(StandardCharsets.US_ASCII));
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into visits.recording (id, visit_id, agency_id, side, part, started_at, duration_ms, bytes, sha256,
						  blob_key, keep_until, created_at)
						values (:id, :visit, :agency, :side, :part, now(), 1000, :bytes, :sha256, :key,
						  now() - cast(:ago as interval), now())""")
			.param("id", id)
			.param("visit", visit)
			.param("agency", agency.value())
			.param("side", side)
			.param("part", part)
			.param("bytes", stored.bytes())
			.param("sha256", stored.sha256())
			.param("key", stored.key())
			.param("ago", ago)
			.update();
		return id;
	}

	private static String key(UUID visit, String name) {
		return "recordings/" + visit + "/" + name.toLowerCase();
	}

	private boolean purged(UUID id) {
		return jdbc.sql("select purged_at is not null from visits.recording where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private int hold(String bearer, UUID id, String body) throws Exception {
		return mvc
			.perform(post("/api/v1/investigations/recordings/" + id + "/hold").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private int play(String bearer, UUID id) throws Exception {
		return mvc.perform(get("/api/v1/investigations/recordings/" + id).header("Authorization", bearer))
			.andReturn()
			.getResponse()
			.getStatus();
	}

}
