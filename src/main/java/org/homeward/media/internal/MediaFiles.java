package org.homeward.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
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
import org.homeward.media.MediaKind;
import org.homeward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a file is, from its own bytes (Apache Tika's detection, never its name), and what
 * it says of itself: ID3 and MP4 tags, an EPUB's package, a PDF's document information, a
 * game's manifest.
 */
@Component
public class MediaFiles {

	/** The manifest a game or app package carries at its root. */
	static final String APP_MANIFEST = "homeward-app.json";

	/** What a file says of itself. */
	public record Read(String contentType, @Nullable String title, @Nullable String creator, @Nullable String album,
			@Nullable String genre, @Nullable String language, @Nullable Integer durationSeconds,
			@Nullable Integer pages, @Nullable String version, @Nullable Integer trackNumber) {
	}

	private final JsonMapper json;

	private final TikaConfig tika = TikaConfig.getDefaultConfig();

	MediaFiles(JsonMapper json) {
		this.json = json;
	}

	/**
	 * What the file is and says.
	 * @throws InvalidInputException naming the file when it is not of the kind said or
	 * cannot be read
	 */
	public Read read(MediaKind kind, String fileName, Path file) {
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

	@SafeVarargs
	static <T> @Nullable T firstOf(@Nullable T... values) {
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

}
