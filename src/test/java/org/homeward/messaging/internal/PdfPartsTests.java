package org.homeward.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.messaging.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Long PDFs are made part by part and joined; photos are shrunk to what a printed page
 * needs before rendering.
 */
class PdfPartsTests {

	@Test
	void itemsAreCutIntoPartsByCountAndByPhotos() {
		List<Integer> photos = List.of(3, 3, 3, 0, 0, 5, 1);
		assertThat(PdfParts.cut(photos, 100, 6, p -> p)).containsExactly(List.of(3, 3), List.of(3, 0, 0),
				List.of(5, 1));
		assertThat(PdfParts.cut(photos, 2, 100, p -> p)).containsExactly(List.of(3, 3), List.of(3, 0), List.of(0, 5),
				List.of(1));
		// one item with more photos than a part holds is a part of its own, never dropped
		assertThat(PdfParts.cut(List.of(9), 100, 6, p -> p)).containsExactly(List.of(9));
		assertThat(PdfParts.cut(List.<Integer>of(), 100, 6, p -> p)).containsExactly(List.of());
	}

	@Test
	void partsAreJoinedIntoOneDocumentInOrder() throws Exception {
		List<String> parts = IntStream.rangeClosed(1, 3)
			.mapToObj(n -> "<html><body><p>Part number " + n
					+ "</p><p style=\"page-break-before: always\">Second page of part " + n + "</p></body></html>")
			.toList();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfParts.write(parts.iterator(), pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(document.getNumberOfPages()).isEqualTo(6);
			String text = new PDFTextStripper().getText(document);
			assertThat(text.indexOf("Part number 1")).isLessThan(text.indexOf("Part number 2"));
			assertThat(text.indexOf("Part number 2")).isLessThan(text.indexOf("Second page of part 3"));
		}
	}

	@Test
	void aLargePhotoIsShrunkToPrintSize() throws Exception {
		String uri = PrintPhotos.dataUri(TestImages.jpeg(4000, 3000)).orElseThrow();
		assertThat(uri).startsWith("data:image/jpeg;base64,");
		BufferedImage printed = ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
		assertThat(printed.getWidth()).isEqualTo(PrintPhotos.LONG_SIDE);
		assertThat(printed.getHeight()).isEqualTo(900);

		String small = PrintPhotos.dataUri(TestImages.png(300, 200)).orElseThrow();
		BufferedImage kept = ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(small.substring(small.indexOf(',') + 1))));
		assertThat(kept.getWidth()).as("a small photo keeps its size").isEqualTo(300);
		assertThat(PrintPhotos.dataUri(new byte[] { 1, 2, 3 })).isEmpty();
	}

}
