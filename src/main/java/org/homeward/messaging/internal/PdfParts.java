package org.homeward.messaging.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A PDF of any length in bounded memory: its content is cut into parts (a few dozen
 * photos each), each part is rendered on its own to a temporary file, and the parts are
 * joined into the answer through PDFBox's temporary-file cache. The heap holds one part's
 * HTML and photos at a time, however long a family's history or a facility's day of mail.
 */
final class PdfParts {

	private PdfParts() {
	}

	/**
	 * Cuts {@code items} into parts of at most {@code maxItems} items and
	 * {@code maxPhotos} photos.
	 */
	static <T> List<List<T>> cut(List<T> items, int maxItems, int maxPhotos, Function<T, Integer> photos) {
		List<List<T>> parts = new ArrayList<>();
		List<T> part = new ArrayList<>();
		int inPart = 0;
		for (T item : items) {
			int count = photos.apply(item);
			if (!part.isEmpty() && (part.size() == maxItems || inPart + count > maxPhotos)) {
				parts.add(part);
				part = new ArrayList<>();
				inPart = 0;
			}
			part.add(item);
			inPart += count;
		}
		if (!part.isEmpty() || parts.isEmpty()) {
			parts.add(part);
		}
		return parts;
	}

	/**
	 * Renders each part's HTML (made when its turn comes) and writes the joined PDF to
	 * {@code target}.
	 * @param html the HTML of each part, made one at a time
	 */
	static void write(Iterator<String> html, OutputStream target) {
		List<Path> files = new ArrayList<>();
		try {
			while (html.hasNext()) {
				Path file = Files.createTempFile("homeward-part-", ".pdf");
				files.add(file);
				try (OutputStream out = Files.newOutputStream(file)) {
					PdfRendererBuilder builder = new PdfRendererBuilder();
					builder.useFastMode();
					builder.withHtmlContent(html.next(), null);
					builder.toStream(out);
					builder.run();
				}
			}
			if (files.size() == 1) {
				Files.copy(files.get(0), target);
				return;
			}
			PDFMergerUtility merger = new PDFMergerUtility();
			for (Path file : files) {
				merger.addSource(file.toFile());
			}
			merger.setDestinationStream(target);
			merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache(), CompressParameters.NO_COMPRESSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (Path file : files) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temporary file left behind is removed with the others of the
					// system's temporary directory
				}
			}
		}
	}

}
