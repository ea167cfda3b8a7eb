package org.homeward.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.media.MediaKind;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored catalogue, and its search. */
@Repository
public class MediaItems {

	/**
	 * An item of the catalogue: a file (a track, a video, a book, a game package) or an
	 * album, which has no file and entitles its tracks.
	 *
	 * @param price the catalogue's price (an agency may set its own)
	 * @param rentalHours how long a purchase lasts when the item is rented, or null for
	 * one that is bought for good
	 */
	public record Item(UUID id, MediaKind kind, @Nullable UUID albumId, boolean album, @Nullable Integer trackNumber,
			String title, @Nullable String creator, @Nullable String albumTitle, @Nullable String genre,
			@Nullable String language, @Nullable Integer durationSeconds, @Nullable Integer pages,
			@Nullable String version, boolean explicit, String rightsHolder, int royaltyBps, Money price,
			@Nullable Integer rentalHours, @Nullable String fileKey, @Nullable String fileName,
			@Nullable String contentType, @Nullable Long sizeBytes, @Nullable String sha256, Instant createdAt) {
	}

	/** What a search asks for: a kind, words, a page. */
	public record Query(@Nullable MediaKind kind, @Nullable String words, int offset, int limit) {
	}

	private static final String COLUMNS = """
			id, kind, album_item_id, is_album, track_number, title, creator, album, genre, language, duration_seconds,
			pages, version, explicit, rights_holder, royalty_bps, price_minor, currency, rental_hours, file_key,
			file_name, content_type, size_bytes, sha256, created_at""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	MediaItems(JdbcClient jdbc, @Value("${spring.datasource.url:}") String databaseUrl) {
		this.jdbc = jdbc;
		this.postgres = databaseUrl.startsWith("jdbc:postgresql:");
	}

	void insert(Item item, UUID by) {
		jdbc.sql("insert into media.item (" + COLUMNS + ", search_text, ingested_by) values (:id, :kind, :albumId, "
				+ ":album, :track, :title, :creator, :albumTitle, :genre, :language, :duration, :pages, :version, "
				+ ":explicit, :rights, :royalty, :price, :currency, :rental, :fileKey, :fileName, :contentType, "
				+ ":size, :sha, :at, :search, :by)")
			.param("id", item.id())
			.param("kind", item.kind().name())
			.param("albumId", item.albumId())
			.param("album", item.album())
			.param("track", item.trackNumber())
			.param("title", item.title())
			.param("creator", item.creator())
			.param("albumTitle", item.albumTitle())
			.param("genre", item.genre())
			.param("language", item.language())
			.param("duration", item.durationSeconds())
			.param("pages", item.pages())
			.param("version", item.version())
			.param("explicit", item.explicit())
			.param("rights", item.rightsHolder())
			.param("royalty", item.royaltyBps())
			.param("price", item.price().minorUnits())
			.param("currency", item.price().currency().getCurrencyCode())
			.param("rental", item.rentalHours())
			.param("fileKey", item.fileKey())
			.param("fileName", item.fileName())
			.param("contentType", item.contentType())
			.param("size", item.sizeBytes())
			.param("sha", item.sha256())
			.param("at", item.createdAt().atOffset(ZoneOffset.UTC))
			.param("search", searchText(item))
			.param("by", by)
			.update();
	}

	/** Puts tracks on an album, in the order given. */
	void addToAlbum(UUID album, List<UUID> tracks) {
		for (int i = 0; i < tracks.size(); i++) {
			jdbc.sql(
					"update media.item set album_item_id = :album, track_number = :n where id = :id and is_album = false")
				.param("album", album)
				.param("n", i + 1)
				.param("id", tracks.get(i))
				.update();
		}
	}

	public Optional<Item> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from media.item where id = :id")
			.param("id", id)
			.query((rs, n) -> item(rs))
			.optional();
	}

	public List<Item> byIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from media.item where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> item(rs))
			.list();
	}

	/** An album's tracks, in order. */
	public List<Item> tracks(UUID album) {
		return jdbc.sql("select " + COLUMNS + " from media.item where album_item_id = :album order by track_number")
			.param("album", album)
			.query((rs, n) -> item(rs))
			.list();
	}

	/** The tracks of each of these albums, in order, in one query. */
	Map<UUID, List<Item>> tracksOf(Collection<UUID> albums) {
		Map<UUID, List<Item>> tracks = new HashMap<>();
		if (albums.isEmpty()) {
			return tracks;
		}
		jdbc.sql("select " + COLUMNS + " from media.item where album_item_id in (:albums) order by track_number")
			.param("albums", albums)
			.query((rs, n) -> item(rs))
			.list()
			.forEach(track -> tracks.computeIfAbsent(track.albumId(), a -> new ArrayList<>()).add(track));
		return tracks;
	}

	/** The tracks of whichever of these items are albums. */
	List<UUID> tracksOfAlbums(Collection<UUID> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id from media.item where album_item_id in (:items)")
			.param("items", items)
			.query(UUID.class)
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from media.item").query(Long.class).single();
	}

	/**
	 * The catalogue as an agency offers it: its kinds, explicit items only where allowed,
	 * none it blocked, tracks of an album beside the album; by title.
	 */
	List<Item> search(TenantId agency, List<MediaKind> kinds, boolean explicit, Query query) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder("i.kind in (:kinds)");
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agency.value());
		params.put("kinds", kinds.stream().map(Enum::name).toList());
		if (query.kind() != null) {
			where.append(" and i.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (!explicit) {
			where.append(" and i.explicit = false");
		}
		List<String> words = words(query.words());
		if (!words.isEmpty() && postgres) {
			where.append(" and i.search @@ to_tsquery('simple', :words)");
			params.put("words", words.stream().map(w -> w + ":*").collect(Collectors.joining(" & ")));
		}
		else {
			for (int i = 0; i < words.size(); i++) {
				where.append(" and i.search_text like :w").append(i);
				params.put("w" + i, "%" + words.get(i) + "%");
			}
		}
		params.put("offset", query.offset());
		params.put("limit", query.limit());
		// the page's ids first, from the index alone (item_by_title_covering), then its
		// rows
		return jdbc
			.sql("select " + prefixed() + " from (select i.id, i.title from media.item i where " + where
					+ " and not exists (select 1 from media.agency_item a where a.agency_id = :agency"
					+ " and a.item_id = i.id and a.blocked_at is not null)"
					+ " order by i.title, i.id offset :offset rows fetch next :limit rows only) p"
					+ " join media.item i on i.id = p.id order by p.title, p.id")
			.params(params)
			.query((rs, n) -> item(rs))
			.list();
	}

	/**
	 * The words of a search, each of letters and digits only (whatever else is in the
	 * text separates words), at most eight.
	 */
	static List<String> words(@Nullable String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && words.size() < 8) {
				words.add(word);
			}
		}
		return words;
	}

	private static String prefixed() {
		return Arrays.stream(COLUMNS.split(","))
			.map(String::strip)
			.map(c -> "i." + c)
			.collect(Collectors.joining(", "));
	}

	private static String searchText(Item item) {
		String text = String.join(" ", item.title(), item.creator() == null ? "" : item.creator(),
				item.albumTitle() == null ? "" : item.albumTitle(), item.genre() == null ? "" : item.genre());
		text = text.toLowerCase(Locale.ROOT).strip();
		return text.length() > 1200 ? text.substring(0, 1200) : text;
	}

	private static Item item(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		return new Item(rs.getObject("id", UUID.class), MediaKind.valueOf(rs.getString("kind")),
				rs.getObject("album_item_id", UUID.class), rs.getBoolean("is_album"), integer(rs, "track_number"),
				rs.getString("title"), rs.getString("creator"), rs.getString("album"), rs.getString("genre"),
				rs.getString("language"), integer(rs, "duration_seconds"), integer(rs, "pages"),
				rs.getString("version"), rs.getBoolean("explicit"), rs.getString("rights_holder"),
				rs.getInt("royalty_bps"), Money.ofMinor(rs.getLong("price_minor"), currency),
				integer(rs, "rental_hours"), rs.getString("file_key"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getObject("size_bytes", Long.class), rs.getString("sha256"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
