package org.homeward.media.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.homeward.files.BlobStore;
import org.homeward.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads an EPUB at the kiosk, a chapter at a time: the package's spine gives the
 * chapters' order, and each chapter's text comes out as headings and paragraphs only (no
 * markup, scripts, styles or links of the book's reach the page).
 */
@Component
public class EpubReader {

	/** The most a chapter's file may hold, and the most entries a book may have. */
	private static final long MAX_ENTRY = 4L * 1024 * 1024;

	private static final int MAX_ENTRIES = 2_000;

	/** A heading or a paragraph of a chapter. */
	public record Block(boolean heading, String text) {
	}

	/** One chapter, and how many the book has. */
	public record Chapter(int number, int chapters, List<Block> blocks) {
	}

	private final BlobStore blobs;

	EpubReader(BlobStore blobs) {
		this.blobs = blobs;
	}

	/**
	 * The chapter (from 1) of the book stored under the key.
	 * @throws NotFoundException when there is no such chapter, or the book cannot be read
	 */
	public Chapter chapter(String key, int number) {
		Map<String, byte[]> files = files(key);
		String opf = rootFile(files.get("META-INF/container.xml"));
		List<String> spine = spine(opf, files.get(opf));
		if (number < 1 || number > spine.size()) {
			throw new NotFoundException("chapter");
		}
		byte[] chapter = files.get(spine.get(number - 1));
		if (chapter == null) {
			throw new NotFoundException("chapter");
		}
		return new Chapter(number, spine.size(), blocks(chapter));
	}

	private Map<String, byte[]> files(String key) {
		Resource book = blobs.open(key).orElseThrow(() -> new NotFoundException("book"));
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(book.getInputStream())) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ENTRIES) {
				String name = entry.getName();
				boolean wanted = name.endsWith(".xml") || name.endsWith(".opf") || name.endsWith(".xhtml")
						|| name.endsWith(".html") || name.endsWith(".htm");
				if (wanted && !entry.isDirectory()) {
					byte[] bytes = zip.readNBytes((int) MAX_ENTRY + 1);
					if (bytes.length <= MAX_ENTRY) {
						files.put(name, bytes);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new NotFoundException("book");
		}
		return files;
	}

	private static String rootFile(byte[] container) {
		if (container == null) {
			throw new NotFoundException("book");
		}
		String[] found = { null };
		parse(container, reader -> {
			if (reader.getEventType() == XMLStreamConstants.START_ELEMENT && "rootfile".equals(reader.getLocalName())
					&& found[0] == null) {
				found[0] = reader.getAttributeValue(null, "full-path");
			}
		});
		if (found[0] == null) {
			throw new NotFoundException("book");
		}
		return found[0];
	}

	private static List<String> spine(String opfPath, byte[] opf) {
		if (opf == null) {
			throw new NotFoundException("book");
		}
		String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
		Map<String, String> manifest = new HashMap<>();
		List<String> order = new ArrayList<>();
		parse(opf, reader -> {
			if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
				return;
			}
			if ("item".equals(reader.getLocalName())) {
				manifest.put(reader.getAttributeValue(null, "id"), reader.getAttributeValue(null, "href"));
			}
			else if ("itemref".equals(reader.getLocalName())) {
				order.add(reader.getAttributeValue(null, "idref"));
			}
		});
		List<String> spine = new ArrayList<>();
		for (String id : order) {
			String href = manifest.get(id);
			if (href != null) {
				spine.add(URI.create(base).resolve(href.replace(" ", "%20")).getPath().replace("%20", " "));
			}
		}
		return spine;
	}

	private static List<Block> blocks(byte[] chapter) {
		List<Block> blocks = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		int[] depth = { 0 };
		boolean[] heading = { false };
		parse(chapter, reader -> {
			switch (reader.getEventType()) {
				case XMLStreamConstants.START_ELEMENT -> {
					String name = reader.getLocalName().toLowerCase(Locale.ROOT);
					if (isBlock(name)) {
						flush(blocks, text, heading[0]);
						heading[0] = name.matches("h[1-6]");
					}
					if (name.equals("script") || name.equals("style") || name.equals("head")) {
						depth[0]++;
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					String name = reader.getLocalName().toLowerCase(Locale.ROOT);
					if (name.equals("script") || name.equals("style") || name.equals("head")) {
						depth[0]--;
					}
					if (isBlock(name)) {
						flush(blocks, text, heading[0]);
						heading[0] = false;
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
					if (depth[0] == 0) {
						text.append(reader.getText());
					}
				}
				default -> {
				}
			}
		});
		flush(blocks, text, heading[0]);
		return blocks;
	}

	private static boolean isBlock(String name) {
		return name.matches("h[1-6]|p|li|blockquote|div|section|br|tr|dt|dd|figcaption");
	}

	private static void flush(List<Block> blocks, StringBuilder text, boolean heading) {
		String clean = text.toString().replaceAll("\\s+", " ").strip();
		if (!clean.isEmpty()) {
			blocks.add(new Block(heading, clean));
		}
		text.setLength(0);
	}

	private interface Visitor {

		void visit(XMLStreamReader reader);

	}

	/** Parses XML with no DTD and no outside entities (a book is untrusted input). */
	private static void parse(byte[] xml, Visitor visitor) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		try (InputStream in = new ByteArrayInputStream(xml)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			while (reader.hasNext()) {
				reader.next();
				visitor.visit(reader);
			}
			reader.close();
		}
		catch (XMLStreamException | IOException | IllegalArgumentException ex) {
			throw new NotFoundException("book");
		}
	}

}
