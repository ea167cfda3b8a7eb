package org.homeward.media.web;

import java.time.Duration;
import java.util.UUID;

import org.homeward.files.BlobStore;
import org.homeward.media.internal.DownloadLinks;
import org.homeward.media.internal.Entitlements;
import org.homeward.media.internal.MediaItems;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Downloads of owned files, through a signed link made for the person (the API's for a
 * tablet, the kiosk pages' for their players and reader): whole, or in ranges
 * ({@code Range}, answered 206, so a cut download resumes where it stopped), with the
 * file's SHA-256 as its {@code ETag}.
 */
@RestController
@Validated
@Tag(name = "Tablets and media")
class MediaFileController {

	private final DownloadLinks links;

	private final Entitlements entitlements;

	private final BlobStore blobs;

	MediaFileController(DownloadLinks links, Entitlements entitlements, BlobStore blobs) {
		this.links = links;
		this.entitlements = entitlements;
		this.blobs = blobs;
	}

	@GetMapping({ KioskMediaApiController.FILES + "/{item}", KioskMediaPageController.FILES + "/{item}" })
	@Operation(summary = "An owned file, through the signed link of the entitlements; honours Range (206)")
	ResponseEntity<Resource> file(Caller caller, @PathVariable UUID item,
			@RequestParam @Min(0) @Max(32_503_680_000L) long expires, @RequestParam @Size(max = 128) String signature) {
		UUID inmate = caller.inmate();
		links.check(inmate, item, expires, signature);
		MediaItems.Item file = entitlements.to(inmate, item)
			.map(Entitlements.Entitlement::item)
			.orElseThrow(() -> new NotFoundException("file"));
		Resource content = blobs.open(String.valueOf(file.fileKey())).orElseThrow(() -> new NotFoundException("file"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(String.valueOf(file.contentType())))
			.eTag("\"" + file.sha256() + "\"")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(String.valueOf(file.fileName())).build().toString())
			.header("X-Content-SHA256", String.valueOf(file.sha256()))
			.body(content);
	}

}
