package org.homeward.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A page of HTML (a Thymeleaf template's output, its styles inline) written as a PDF: a
 * day's schedule, a certificate. For documents of a few pages, rendered at once.
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	public static void write(String html, OutputStream target) {
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(target);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
