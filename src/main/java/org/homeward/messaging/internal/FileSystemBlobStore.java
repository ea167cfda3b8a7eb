package org.homeward.messaging.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Blobs as files under one directory: written to a temporary file, forced to disk, then
 * moved into place, so that a crash never leaves half a photo under its key.
 */
@Component
class FileSystemBlobStore implements BlobStore {

	private final Path root;

	FileSystemBlobStore(MessagingSettings settings) {
		this.root = settings.blobDirectory().toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] bytes) {
		Path target = path(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(bytes));
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store blob " + key, ex);
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

}
