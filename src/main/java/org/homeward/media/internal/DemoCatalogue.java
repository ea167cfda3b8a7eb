package org.homeward.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import org.homeward.directory.Directory;
import org.homeward.media.MediaKind;
import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo's catalogue (the files in {@code demo/media}, read at start-up like any
 * operator's upload): four tracks, three of them the album "Letters Home", a rented
 * video, two e-books and a game; James Johnson (A100001) owns "Morning Yard", bought from
 * his balance.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCatalogue implements ApplicationRunner {

	record DemoFile(UUID id, String file, MediaKind kind, String price, @Nullable Integer rentalHours,
			String rightsHolder) {
	}

	static final UUID MORNING_YARD = UUID.fromString("0a0c0000-0000-4000-8000-00000000a001");

	static final UUID LETTERS_HOME = UUID.fromString("0a0c0000-0000-4000-8000-00000000a010");

	static final List<DemoFile> FILES = List.of(
			new DemoFile(MORNING_YARD, "morning-yard.mp3", MediaKind.MUSIC, "1.29", null, "Ruiz Music"),
			new DemoFile(UUID.fromString("0a0c0000-0000-4000-8000-00000000a002"), "first-light.mp3", MediaKind.MUSIC,
					"1.29", null, "Harbor Lights Records"),
			new DemoFile(UUID.fromString("0a0c0000-0000-4000-8000-00000000a003"), "long-road.mp3", MediaKind.MUSIC,
					"1.29", null, "Harbor Lights Records"),
			new DemoFile(UUID.fromString("0a0c0000-0000-4000-8000-00000000a004"), "porch-song.mp3", MediaKind.MUSIC,
					"1.29", null, "Harbor Lights Records"),
			new DemoFile(UUID.fromString("0a0c0000-0000-4000-8000-00000000a005"), "garden-project.mp4", MediaKind.VIDEO,
					"3.99", 48, "Homeward Films"),
			new DemoFile(UUID.fromString("0a0c0000-0000-4000-8000-00000000a006"), "letters-from-the-shore.epub",
					MediaKind.EBOOK, "4.99", null, "Homeward Demo Press"),
			new DemoFile(UUID.fromString("0a0c0000-0000-4000-8000-00000000a007"), "cuentos-del-camino.epub",
					MediaKind.EBOOK, "3.99", null, "Homeward Demo Press"),
			new DemoFile(UUID.fromString("0a0c0000-0000-4000-8000-00000000a008"), "sudoku-classic.zip", MediaKind.GAME,
					"2.49", null, "Quiet Games"));

	private final MediaIngestion ingestion;

	private final MediaItems items;

	private final MediaPurchases purchases;

	private final Directory directory;

	DemoCatalogue(MediaIngestion ingestion, MediaItems items, MediaPurchases purchases, Directory directory) {
		this.ingestion = ingestion;
		this.items = items;
		this.purchases = purchases;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		Caller operator = Caller.system("Demo catalogue");
		try {
			for (DemoFile demo : FILES) {
				if (items.byId(demo.id()).isEmpty()) {
					ingest(demo, operator);
				}
			}
			if (items.byId(LETTERS_HOME).isEmpty()) {
				ingestion.album(LETTERS_HOME,
						new MediaIngestion.Album("Letters Home", "Harbor Lights", "Folk", false,
								"Harbor Lights Records", 5_000, Money.of("2.99", Money.USD),
								FILES.subList(1, 4).stream().map(DemoFile::id).toList()),
						operator);
			}
		}
		catch (DuplicateKeyException ex) {
			// another node of the demo put it in at the same moment
		}
		UUID james = directory.agencyByCode("DEMO-DOC")
			.flatMap(agency -> directory.inmateByNumber(agency.id(), "A100001"))
			.orElseThrow()
			.id();
		purchases.buy(james, MORNING_YARD, "demo-morning-yard");
	}

	private void ingest(DemoFile demo, Caller operator) {
		Path copy = null;
		try (InputStream in = new ClassPathResource("demo/media/" + demo.file()).getInputStream()) {
			copy = Files.createTempFile("homeward-demo-", ".media");
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			ingestion.ingest(
					demo.id(), new MediaIngestion.Ingest(demo.kind(), demo.file(), null, null, null, false,
							demo.rightsHolder(), 5_000, Money.of(demo.price(), Money.USD), demo.rentalHours()),
					copy, operator);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (copy != null) {
				copy.toFile().delete();
			}
		}
	}

}
