package org.homeward.visits.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.homeward.files.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes and deletes the recordings of monitored visits. After a recorded room ends, its
 * raw streams (Janus's .mjr files) are turned into one playable WebM per side and part,
 * stored in the blob store with their SHA-256 (the raw files are then removed), and kept
 * for the facility's retention period; then they are deleted, unless an investigator
 * holds them.
 */
@Component
class RecordingCollector {

	private static final Logger log = LoggerFactory.getLogger(RecordingCollector.class);

	private final RecordingRecords records;

	private final VisitRecords visits;

	private final Schedules schedules;

	private final MediaTools tools;

	private final BlobStore blobs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile boolean toolsMissingTold;

	RecordingCollector(RecordingRecords records, VisitRecords visits, Schedules schedules, MediaTools tools,
			BlobStore blobs, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.visits = visits;
		this.schedules = schedules;
		this.tools = tools;
		this.blobs = blobs;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Collects the recordings of every room that ended since the last time. */
	void collectDue() {
		List<RecordingRecords.Uncollected> rooms = records.uncollected(20);
		if (rooms.isEmpty()) {
			return;
		}
		if (!tools.available()) {
			if (!toolsMissingTold) {
				log.warn("{} recorded visits wait for janus-pp-rec and ffmpeg (apt-get install janus-tools ffmpeg)",
						rooms.size());
				toolsMissingTold = true;
			}
			return;
		}
		for (RecordingRecords.Uncollected room : rooms) {
			try {
				collect(room);
			}
			catch (RuntimeException ex) {
				log.warn("the recordings of visit {} could not be collected yet: {}", room.visit(), ex.getMessage());
			}
		}
	}

	/**
	 * Turns one room's raw streams into stored recordings. Each file is stored under a
	 * key of its own before the rows that name it commit; run again after a crash, it
	 * writes the same keys again.
	 */
	void collect(RecordingRecords.Uncollected room) {
		VisitRecords.Visit visit = visits.byId(room.visit()).orElseThrow();
		Path folder = Path.of(room.directory());
		Instant now = clock.instant();
		int retention = schedules.of(visit.facility()).map(Schedule::retentionDays).orElse(90);
		Instant keepUntil = now.plus(Duration.ofDays(retention));
		List<RecordingRecords.Recording> stored = new ArrayList<>();
		Path work = temporaryFolder();
		try {
			int[] parts = new int[VisitCalls.Side.values().length];
			for (RecordingFiles.Part part : RecordingFiles.parts(folder)) {
				int number = ++parts[part.side().ordinal()];
				Optional<Path> file = convert(part, work.resolve(part.side().name() + "-" + number));
				if (file.isEmpty()) {
					continue;
				}
				String key = "recordings/" + visit.id() + "/" + part.side().name().toLowerCase(Locale.ROOT) + "-"
						+ number;
				BlobStore.Stored blob = blobs.put(key, file.get());
				stored.add(new RecordingRecords.Recording(UUID.randomUUID(), visit.id(), visit.agency(),
						part.side().name(), number, part.start(), tools.duration(file.get()).toMillis(), blob.bytes(),
						blob.sha256(), key, keepUntil, false, null, null));
			}
			transactions.executeWithoutResult(status -> records.collected(visit.id(), stored, now));
			log.info("visit {}: {} recordings stored", visit.id(), stored.size());
			deleteFolder(folder);
		}
		finally {
			deleteFolder(work);
		}
	}

	/**
	 * One part as one WebM; empty when the side joined but no media reached the server
	 * (nothing to play).
	 */
	private Optional<Path> convert(RecordingFiles.Part part, Path base) {
		Path video = null;
		Path audio = null;
		try {
			if (part.video() != null && Files.size(part.video()) > 0) {
				video = base.resolveSibling(base.getFileName() + "-video.webm");
				tools.extract(part.video(), video);
			}
			if (part.audio() != null && Files.size(part.audio()) > 0) {
				audio = base.resolveSibling(base.getFileName() + "-audio.opus");
				tools.extract(part.audio(), audio);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MediaTools.MediaToolException ex) {
			log.warn("a {} stream of {} could not be extracted: {}", part.side(), part.start(), ex.getMessage());
		}
		video = existing(video);
		audio = existing(audio);
		if (video == null && audio == null) {
			return Optional.empty();
		}
		Path target = base.resolveSibling(base.getFileName() + ".webm");
		tools.mux(video, audio, target);
		return Optional.of(target);
	}

	private static @Nullable Path existing(@Nullable Path file) {
		try {
			return file != null && Files.isRegularFile(file) && Files.size(file) > 0 ? file : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Deletes the recordings whose retention ended (not those on hold). */
	void purgeDue() {
		Instant now = clock.instant();
		for (RecordingRecords.Recording recording : records.dueToPurge(now, 500)) {
			blobs.delete(recording.blobKey());
			records.purged(recording.id(), now);
			log.info("recording {} of visit {} deleted at the end of its retention", recording.id(), recording.visit());
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("homeward-recording-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			log.warn("could not remove {}: {}", folder, ex.getMessage());
		}
	}

}
