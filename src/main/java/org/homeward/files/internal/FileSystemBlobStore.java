package org.homeward.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.homeward.files.BlobStore;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Blobs as files under one directory: written to a temporary file beside the target,
 * forced to disk, then moved into place, so that a crash never leaves half a file under
 * its key. The SHA-256 is taken while the bytes are written, never by reading them again.
 */
@Component
class FileSystemBlobStore implements BlobStore {

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	FileSystemBlobStore(FilesSettings settings) {
		this.root = settings.directory().toAbsolutePath().normalize();
	}

	@Override
	public Stored put(String key, InputStream content) {
		Path target = path(key);
		Path temporary = null;
		try {
			Files.createDirectories(target.getParent());
			temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long bytes;
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
				bytes = content.transferTo(out);
				out.flush();
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return new Stored(key, bytes, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("could not store blob " + key, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(Files.readAllBytes(path(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read blob " + key, ex);
		}
	}

	@Override
	public Optional<Resource> open(String key) {
		Path path = path(key);
		return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not delete blob " + key, ex);
		}
	}

	private Path path(String key) {
		if (!key.matches("[a-z0-9/-]{1,200}")) {
			throw new IllegalArgumentException("not a blob key: " + key);
		}
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("not a blob key: " + key);
		}
		return path;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// the temporary file is left for the operator; the write has failed
				// anyway
			}
		}
	}

}
