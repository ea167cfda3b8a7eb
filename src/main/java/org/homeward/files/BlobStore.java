package org.homeward.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where content lives, under keys of lower-case letters, digits, slashes and dashes.
 * Blobs are written once and never changed: a write is durable and whole before it
 * returns (a crash never leaves half a file under its key), and a reader never sees a
 * partial one.
 */
public interface BlobStore {

	/** Stores what the stream holds under the key, reading it to its end. */
	Stored put(String key, InputStream content);

	/** Stores these bytes under the key. */
	default Stored put(String key, byte[] bytes) {
		return put(key, new ByteArrayInputStream(bytes));
	}

	/** Stores a file's content under the key (the file is left as it is). */
	default Stored put(String key, Path file) {
		try (InputStream content = Files.newInputStream(file)) {
			return put(key, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read " + file, ex);
		}
	}

	/** The blob whole, for small ones (a photo). */
	Optional<byte[]> get(String key);

	/**
	 * The blob as a resource that can be read whole or in ranges (a web answer to a
	 * {@code Range} request reads only the part asked for).
	 */
	Optional<Resource> open(String key);

	/** Removes the blob; nothing when there is none. */
	void delete(String key);

	/** What was stored: its length in bytes and its SHA-256, in lower-case hex. */
	record Stored(String key, long bytes, String sha256) {
	}

}
