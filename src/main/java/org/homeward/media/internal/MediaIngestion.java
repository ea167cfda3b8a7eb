package org.homeward.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMPDM;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
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
import org.xml.sax.SAXException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

	/** The manifest a game or app package carries at its root. */
	static final String APP_MANIFEST = "homeward-app.json";

	/** What the operator says of a file. */
	public record Ingest(MediaKind kind, String fileName, @Nullable String title, @Nullable String genre,
			@Nullable String language, boolean explicit, String rightsHolder, int royaltyBps, Money price,
			@Nullable Integer rentalHours) {
	}

	/** An album of tracks already in the catalogue, sold together. */
	public record Album(String title, @Nullable String creator, @Nullable String genre, boolean explicit,
			String rightsHolder, int royaltyBps, Money price, List<UUID> tracks) {
	}

	/** What a file says of itself. */
	record Read(String contentType, @Nullable String title, @Nullable String creator, @Nullable String album,
			@Nullable String genre, @Nullable String language, @Nullable Integer durationSeconds,
			@Nullable Integer pages, @Nullable String version, @Nullable Integer trackNumber) {
	}

	private final MediaItems items;

	private final BlobStore blobs;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final TikaConfig tika = TikaConfig.getDefaultConfig();

	MediaIngestion(MediaItems items, BlobStore blobs, AuditLog audit, TransactionTemplate transactions, JsonMapper json,
			Clock clock) {
		this.items = items;
		this.blobs = blobs;
		this.audit = audit;
		this.transactions = transactions;
		this.json = json;
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
		Read read = read(request.kind(), request.fileName(), file);
		// the file is whole in the store before the record that points to it commits
		BlobStore.Stored stored = blobs.put("media/items/" + id, file);
		String title = firstOf(request.title(), read.title(), baseName(request.fileName()));
		MediaItems.Item item = new MediaItems.Item(id, request.kind(), null, false, read.trackNumber(),
				limit(title, 300), limit(read.creator(), 300), limit(read.album(), 300),
				limit(firstOf(request.genre(), read.genre()), 100),
				language(firstOf(request.language(), read.language())), read.durationSeconds(), read.pages(),
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

	/**
	 * What the file is and says.
	 * @throws InvalidInputException naming the file when it is not of the kind said or
	 * cannot be read
	 */
	Read read(MediaKind kind, String fileName, Path file) {
		String type;
		try (TikaInputStream in = TikaInputStream.get(file)) {
			// the bytes decide, not the name
			MediaType detected = tika.getDetector().detect(in, new Metadata());
			type = detected.getBaseType().toString();
		}
		catch (IOException ex) {
			throw notReadable(fileName, kind);
		}
		if (!kind.accepts(type)) {
			throw new InvalidInputException(InvalidInputException.FieldError.of("file", "media-type-mismatch",
					fileName + " is not " + article(kind) + " file: it holds " + type + ".", fileName,
					kind.name().toLowerCase(Locale.ROOT), type));
		}
		if (kind == MediaKind.GAME) {
			return game(fileName, file, type);
		}
		Metadata metadata = new Metadata();
		metadata.set(Metadata.CONTENT_TYPE, type);
		try (InputStream in = TikaInputStream.get(file)) {
			new AutoDetectParser(tika).parse(in, new BodyContentHandler(10_000), metadata, new ParseContext());
		}
		catch (SAXException ex) {
			// the text of a book is longer than the handler keeps: its metadata is read
		}
		catch (IOException | TikaException ex) {
			throw notReadable(fileName, kind);
		}
		String duration = metadata.get(XMPDM.DURATION);
		Integer seconds = null;
		if (duration != null) {
			try {
				seconds = (int) Math.round(Double.parseDouble(duration));
			}
			catch (NumberFormatException ex) {
				seconds = null;
			}
		}
		Integer track = null;
		String trackNumber = metadata.get(XMPDM.TRACK_NUMBER);
		if (trackNumber != null && trackNumber.matches("\\d{1,4}(/\\d+)?")) {
			track = Integer.valueOf(trackNumber.replaceAll("/.*", ""));
		}
		String creator = firstOf(metadata.get(XMPDM.ARTIST), metadata.get(TikaCoreProperties.CREATOR));
		return new Read(type, blankToNull(metadata.get(TikaCoreProperties.TITLE)), creator,
				blankToNull(metadata.get(XMPDM.ALBUM)), blankToNull(metadata.get(XMPDM.GENRE)),
				blankToNull(metadata.get(TikaCoreProperties.LANGUAGE)), seconds, metadata.getInt(PagedText.N_PAGES),
				null, track);
	}

	private Read game(String fileName, Path file, String type) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(APP_MANIFEST);
			if (entry == null || entry.getSize() > 64 * 1024) {
				throw new InvalidInputException(InvalidInputException.FieldError.of("file", "app-manifest-missing",
						fileName + " has no " + APP_MANIFEST + " at its root.", fileName));
			}
			JsonNode manifest;
			try (InputStream in = zip.getInputStream(entry)) {
				manifest = json.readTree(in);
			}
			String title = text(manifest, "title");
			String version = text(manifest, "version");
			if (title == null || version == null || !version.matches("[0-9A-Za-z.+-]{1,50}")) {
				throw new InvalidInputException(InvalidInputException.FieldError.of("file", "app-manifest-invalid",
						fileName + ": its " + APP_MANIFEST + " must give a title and a version (such as 1.4.2).",
						fileName));
			}
			return new Read(type, title, text(manifest, "publisher"), null, text(manifest, "genre"),
					text(manifest, "language"), null, null, version, null);
		}
		catch (IOException | JacksonException ex) {
			throw notReadable(fileName, MediaKind.GAME);
		}
	}

	private static InvalidInputException notReadable(String fileName, MediaKind kind) {
		return new InvalidInputException(InvalidInputException.FieldError.of("file", "media-unreadable",
				fileName + " could not be read as " + article(kind) + " file.", fileName,
				kind.name().toLowerCase(Locale.ROOT)));
	}

	private static String article(MediaKind kind) {
		return switch (kind) {
			case MUSIC -> "a music";
			case VIDEO -> "a video";
			case EBOOK -> "an e-book";
			case GAME -> "a game package";
			case PODCAST -> "a podcast";
		};
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || !value.isString() ? null : blankToNull(value.asString());
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

	@SafeVarargs
	private static <T> @Nullable T firstOf(@Nullable T... values) {
		for (T value : values) {
			if (value != null && !(value instanceof String s && s.isBlank())) {
				return value;
			}
		}
		return null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String limit(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
