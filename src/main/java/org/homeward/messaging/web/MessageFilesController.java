package org.homeward.messaging.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.homeward.messaging.internal.Exports;
import org.homeward.messaging.internal.PhotoAccess;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Files behind the message pages: photos and their thumbnails (for the family, and for
 * the staff of the message's agency), and a family's export of their messages as a PDF or
 * a ZIP, streamed.
 */
@Controller
class MessageFilesController {

	private final PhotoAccess photos;

	private final Exports exports;

	MessageFilesController(PhotoAccess photos, Exports exports) {
		this.photos = photos;
		this.exports = exports;
	}

	@GetMapping("/photos/{id}")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable UUID id) {
		return MessageApiController.photoResponse(photos, caller, id, false);
	}

	@GetMapping("/photos/{id}/thumbnail")
	ResponseEntity<byte[]> thumbnail(Caller caller, @PathVariable UUID id) {
		return MessageApiController.photoResponse(photos, caller, id, true);
	}

	/** A photo's thumbnail for the staff console (reviewers of the message's agency). */
	@GetMapping("/staff/photos/{id}")
	ResponseEntity<byte[]> staffThumbnail(Caller caller, @PathVariable UUID id) {
		return MessageApiController.photoResponse(photos, caller, id, true);
	}

	@GetMapping("/messages/export.pdf")
	void exportPdf(Caller caller, @RequestParam(required = false) @Nullable UUID inmate, Locale locale,
			HttpServletResponse response) throws IOException {
		MessageApiController.pdf(response, "homeward-messages.pdf",
				out -> exports.pdf(caller.accountId(), inmate, locale, out));
	}

	@GetMapping("/messages/export.zip")
	void exportZip(Caller caller, @RequestParam(required = false) @Nullable UUID inmate, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("homeward-messages.zip").build().toString());
		exports.zip(caller.accountId(), inmate, response.getOutputStream());
	}

}
