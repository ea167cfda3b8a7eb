package org.homeward.visits.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The programs that turn the media server's raw recordings into a file anyone can play:
 * {@code janus-pp-rec} (Debian's janus-tools) extracts each stream of a recording (VP8
 * video to WebM, Opus audio), and {@code ffmpeg} puts one side's video and sound in one
 * WebM without re-encoding; {@code ffprobe} reads its length.
 */
@Component
class MediaTools {

	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	/** Extracts one recorded stream ({@code .mjr}) into a file of the target's kind. */
	void extract(Path recording, Path target) {
		run(List.of("janus-pp-rec", "-d", "2", recording.toString(), target.toString()));
	}

	/** One WebM of this video and this sound (either may be missing, not both). */
	void mux(@Nullable Path video, @Nullable Path audio, Path target) {
		List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
		if (video != null) {
			command.addAll(List.of("-i", video.toString()));
		}
		if (audio != null) {
			command.addAll(List.of("-i", audio.toString()));
		}
		int input = 0;
		if (video != null) {
			command.addAll(List.of("-map", input++ + ":v"));
		}
		if (audio != null) {
			command.addAll(List.of("-map", input + ":a"));
		}
		command.addAll(List.of("-c", "copy", "-f", "webm", target.toString()));
		run(command);
	}

	/** How long a media file plays. */
	Duration duration(Path file) {
		String seconds = run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
				"default=noprint_wrappers=1:nokey=1", file.toString()))
			.strip();
		try {
			return Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
		}
		catch (NumberFormatException ex) {
			return Duration.ZERO;
		}
	}

	/** Whether the programs are installed. */
	boolean available() {
		try {
			run(List.of("ffmpeg", "-version"));
			run(List.of("janus-pp-rec", "--help"));
			return true;
		}
		catch (MediaToolException ex) {
			return false;
		}
	}

	private static String run(List<String> command) {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new MediaToolException(command.get(0) + " could not be started: " + ex.getMessage(), ex);
		}
		try {
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new MediaToolException(command.get(0) + " took longer than " + TIMEOUT, null);
			}
			String text = new String(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new MediaToolException(command.get(0) + " failed (" + process.exitValue() + "): " + tail(text),
						null);
			}
			return text;
		}
		catch (IOException ex) {
			throw new MediaToolException(command.get(0) + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new MediaToolException(command.get(0) + " was interrupted", ex);
		}
	}

	private static String tail(String text) {
		return text.length() <= 500 ? text : text.substring(text.length() - 500);
	}

	/**
	 * A conversion that did not work: the recordings stay where they are, to try again.
	 */
	static class MediaToolException extends RuntimeException {

		MediaToolException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
