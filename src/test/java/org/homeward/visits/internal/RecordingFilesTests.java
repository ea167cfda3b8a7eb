package org.homeward.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The media server's raw files read by their names: each side's sound and picture paired
 * into parts, a rejoin starting a part of its own, what is not a side's stream left out.
 */
class RecordingFilesTests {

	@TempDir
	Path folder;

	@Test
	void eachSidesSoundAndPictureMakeOnePartAndARejoinAnother() throws Exception {
		// the family joins at 10 s, the inmate at 14 s and again at 60 s after a blip
		touch("videoroom-77-user-1-10000500-video-1.mjr");
		touch("videoroom-77-user-1-10000100-audio-0.mjr");
		touch("videoroom-77-user-2-14000000-audio-0.mjr");
		touch("videoroom-77-user-2-14000300-video-1.mjr");
		touch("videoroom-77-user-2-60000000-video-1.mjr");
		touch("videoroom-77-user-2-60000200-audio-0.mjr");
		// a feed that is no side's, and a file that is no stream
		touch("videoroom-77-user-9-12000000-video-1.mjr");
		touch("notes.txt");

		List<RecordingFiles.Part> parts = RecordingFiles.parts(folder);

		assertThat(parts).hasSize(3);
		RecordingFiles.Part family = parts.get(0);
		assertThat(family.side()).isEqualTo(VisitCalls.Side.FAMILY);
		assertThat(family.start()).isEqualTo(Instant.ofEpochSecond(10, 100_000));
		assertThat(family.video().getFileName()).hasToString("videoroom-77-user-1-10000500-video-1.mjr");
		assertThat(family.audio().getFileName()).hasToString("videoroom-77-user-1-10000100-audio-0.mjr");
		assertThat(parts.get(1).side()).isEqualTo(VisitCalls.Side.INMATE);
		assertThat(parts.get(1).start()).isEqualTo(Instant.ofEpochSecond(14));
		assertThat(parts.get(2).side()).isEqualTo(VisitCalls.Side.INMATE);
		assertThat(parts.get(2).start()).isEqualTo(Instant.ofEpochSecond(60));
		assertThat(parts.get(2).video().getFileName()).hasToString("videoroom-77-user-2-60000000-video-1.mjr");
		assertThat(parts.get(2).audio().getFileName()).hasToString("videoroom-77-user-2-60000200-audio-0.mjr");
	}

	@Test
	void aStreamWithoutItsOtherHalfIsAPartAlone() throws Exception {
		touch("videoroom-77-user-2-20000000-audio-0.mjr");
		touch("videoroom-77-user-2-40000000-video-1.mjr");

		List<RecordingFiles.Part> parts = RecordingFiles.parts(folder);

		assertThat(parts).hasSize(2);
		assertThat(parts.get(0).video()).isNull();
		assertThat(parts.get(0).audio()).isNotNull();
		assertThat(parts.get(1).video()).isNotNull();
		assertThat(parts.get(1).audio()).isNull();
	}

	@Test
	void aRoomWithoutAFolderHasNoParts() {
		assertThat(RecordingFiles.parts(folder.resolve("never-made"))).isEmpty();
	}

	private void touch(String name) throws Exception {
		Files.writeString(folder.resolve(name), "x");
	}

}
