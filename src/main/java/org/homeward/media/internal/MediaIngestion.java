package org.homeward.media.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.files.BlobStore;
import org.homeward.media.MediaKind;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operators put items into the catalogue: what a file is comes from its own bytes (Apache
 * Tika's detection, never its name), and its title, artist, album, genre, language,
 * duration or pages from its own metadata (ID3 and MP4 tags, an EPUB's package, a PDF's
 * document information); a game's from the manifest of its package. The operator gives
 * what no file says: the price, a rental's length, the explicit flag, the rights holder
 * and royalty. A file that is not what it is said to be is refused, naming the file.
 */
@Component
public class MediaIngestion {

	/** What the operator says of a file. */
	public record Ingest(MediaKind kind, String fileName, @Nullable String title, @Nullable String genre,
			@Nullable String language, boolean explicit, String rightsHolder, int royaltyBps, Money price,
			@Nullable Integer rentalHours) {
	}

	/** An album of tracks already in the catalogue, sold together. */
	public record Album(String title, @Nullable String creator, @Nullable String genre, boolean explicit,
			String rightsHolder, int royaltyBps, Money price, List<UUID> tracks) {
	}

	private final MediaItems items;

	private final BlobStore blobs;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final MediaFiles files;

	private final Clock clock;

	MediaIngestion(MediaItems items, BlobStore blobs, AuditLog audit, TransactionTemplate transactions,
			MediaFiles files, Clock clock) {
		this.items = items;
		this.blobs = blobs;
		this.audit = audit;
		this.transactions = transactions;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Reads the file, stores it and puts it in the catalogue.
	 * @throws InvalidInputException ({@code file}) when the file is not of the kind said,
	 * or cannot be read as one
	 */
	public MediaItems.Item ingest(Ingest request, Path file, Caller operator) {
		return ingest(UUID.randomUUID(), request, file, operator);
	}

	/** {@link #ingest(Ingest, Path, Caller)} under an id of the caller's. */
	MediaItems.Item ingest(UUID id, Ingest request, Path file, Caller operator) {
		MediaFiles.Read read = files.read(request.kind(), request.fileName(), file);
		// the file is whole in the store before the record that points to it commits
		BlobStore.Stored stored = blobs.put("media/items/" + id, file);
		String title = MediaFiles.firstOf(request.title(), read.title(), baseName(request.fileName()));
		MediaItems.Item item = new MediaItems.Item(id, request.kind(), null, false, read.trackNumber(),
				limit(title, 300), limit(read.creator(), 300), limit(read.album(), 300),
				limit(MediaFiles.firstOf(request.genre(), read.genre()), 100),
				language(MediaFiles.firstOf(request.language(), read.language())), read.durationSeconds(), read.pages(),
				limit(read.version(), 50), request.explicit(), request.rightsHolder(), request.royaltyBps(),
				request.price(), request.rentalHours(), stored.key(), limit(request.fileName(), 255),
				read.contentType(), stored.bytes(), stored.sha256(), clock.instant());
		transactions.executeWithoutResult(status -> {
			items.insert(item, operator.accountId());
			audit.record(new AuditEntry(operator.accountId(), operator.displayName(), null, "media.item.ingested",
					id.toString(), item.kind() + " " + item.title(), null));
		});
		return item;
	}

	/**
	 * Makes an album of tracks in the catalogue.
	 * @throws InvalidInputException when a track is unknown, not music, or on an album
	 * already
	 */
	public MediaItems.Item album(Album album, Caller operator) {
		return album(UUID.randomUUID(), album, operator);
	}

	/** {@link #album(Album, Caller)} under an id of the caller's. */
	MediaItems.Item album(UUID id, Album album, Caller operator) {
		if (album.tracks().isEmpty()) {
			throw new InvalidInputException("tracks", "an album has at least one track");
		}
		List<MediaItems.Item> tracks = items.byIds(album.tracks());
		boolean allMusic = tracks.size() == album.tracks().size()
				&& tracks.stream().allMatch(t -> t.kind() == MediaKind.MUSIC && !t.album() && t.albumId() == null);
		if (!allMusic) {
			throw new InvalidInputException("tracks",
					"every track must be a music track of the catalogue on no album yet");
		}
		MediaItems.Item item = new MediaItems.Item(id, MediaKind.MUSIC, null, true, null, limit(album.title(), 300),
				limit(album.creator(), 300), limit(album.title(), 300), album.genre(), null,
				tracks.stream().mapToInt(t -> t.durationSeconds() == null ? 0 : t.durationSeconds()).sum(), null, null,
				album.explicit(), album.rightsHolder(), album.royaltyBps(), album.price(), null, null, null, null, null,
				null, clock.instant());
		transactions.executeWithoutResult(status -> {
			items.insert(item, operator.accountId());
			items.addToAlbum(item.id(), album.tracks());
			audit.record(new AuditEntry(operator.accountId(), operator.displayName(), null, "media.album.created",
					item.id().toString(), item.title(), null));
		});
		return item;
	}

	private static @Nullable String language(@Nullable String language) {
		if (language == null) {
			return null;
		}
		String tag = Locale.forLanguageTag(language.strip().replace('_', '-')).toLanguageTag();
		return "und".equals(tag) ? null : limit(tag, 35);
	}

	private static String baseName(String fileName) {
		String name = Path.of(fileName).getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static @Nullable String limit(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
