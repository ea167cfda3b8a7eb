package org.homeward.visits.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The raw files the media server wrote for one room, read from their names: Janus's
 * VideoRoom names each stream
 * {@code videoroom-<room>-user-<feed>-<microseconds>-<audio|video>[-<index>].mjr}. A
 * side's feed number says whose camera it was; each time a side joins, its sound and
 * picture start a part of their own (they start within moments of each other).
 */
final class RecordingFiles {

	private static final Pattern NAME = Pattern
		.compile("videoroom-\\d+-user-(\\d+)-(\\d+)-(audio|video)(?:-\\d+)?\\.mjr");

	/** The sound and picture of one part, starting at the earlier of the two. */
	record Part(VisitCalls.Side side, Instant start, @Nullable Path video, @Nullable Path audio) {
	}

	private record Track(VisitCalls.Side side, long micros, boolean video, Path file) {
	}

	private RecordingFiles() {
	}

	/** The parts found in the room's folder, per side in the order they started. */
	static List<Part> parts(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		List<Track> tracks = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Matcher name = NAME.matcher(file.getFileName().toString());
				if (!name.matches()) {
					continue;
				}
				long feed = Long.parseLong(name.group(1));
				side(feed).ifPresent(side -> tracks
					.add(new Track(side, Long.parseLong(name.group(2)), name.group(3).equals("video"), file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not list " + directory, ex);
		}
		tracks.sort(Comparator.comparing(Track::side).thenComparingLong(Track::micros));
		List<Part> parts = new ArrayList<>();
		List<Track> left = new ArrayList<>(tracks);
		while (!left.isEmpty()) {
			Track first = left.remove(0);
			// its other half: the same side's other kind, started within five seconds
			Track pair = left.stream()
				.filter(s -> s.side() == first.side() && s.video() != first.video()
						&& Math.abs(s.micros() - first.micros()) < 5_000_000)
				.findFirst()
				.orElse(null);
			if (pair != null) {
				left.remove(pair);
			}
			Track video = first.video() ? first : pair;
			Track audio = first.video() ? pair : first;
			parts.add(new Part(first.side(), Instant.EPOCH.plusNanos(first.micros() * 1000),
					video == null ? null : video.file(), audio == null ? null : audio.file()));
		}
		return parts;
	}

	private static Optional<VisitCalls.Side> side(long feed) {
		return Stream.of(VisitCalls.Side.values()).filter(s -> s.feed == feed).findFirst();
	}

}
