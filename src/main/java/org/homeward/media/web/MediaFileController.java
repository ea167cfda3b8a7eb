package org.homeward.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Downloads of owned files, through a signed link made for the person (the API's for a
 * tablet, the kiosk pages' for their players and reader): whole, or one range
 * ({@code Range: bytes=a-b}, answered 206, so a cut download resumes where it stopped;
 * {@code If-Range} honoured), with the file's SHA-256 as its {@code ETag}. A file on the
 * node's disk goes out by the container's sendfile, as fast as the disk and the network
 * allow; another (object storage) is streamed.
 */
@RestController
@Validated
@Tag(name = "Tablets and media")
class MediaFileController {

	private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

	private static final String SENDFILE = "org.apache.tomcat.sendfile.";

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
	void file(Caller caller, @PathVariable UUID item, @RequestParam @Min(0) @Max(32_503_680_000L) long expires,
			@RequestParam @Size(max = 128) String signature, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		UUID inmate = caller.inmate();
		links.check(inmate, item, expires, signature);
		MediaItems.Item file = entitlements.to(inmate, item)
			.map(Entitlements.Entitlement::item)
			.orElseThrow(() -> new NotFoundException("file"));
		String etag = "\"" + file.sha256() + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate().getHeaderValue());
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		Resource content = blobs.open(String.valueOf(file.fileKey())).orElseThrow(() -> new NotFoundException("file"));
		long length = content.contentLength();
		response.setContentType(String.valueOf(file.contentType()));
		response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(String.valueOf(file.fileName())).build().toString());
		response.setHeader("X-Content-SHA256", String.valueOf(file.sha256()));
		long start = 0;
		long end = length - 1;
		String range = request.getHeader(HttpHeaders.RANGE);
		String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
		Matcher one = range == null ? null : ONE_RANGE.matcher(range.strip());
		if (one != null && one.matches() && (ifRange == null || ifRange.equals(etag))
				&& !(one.group(1).isEmpty() && one.group(2).isEmpty())) {
			if (one.group(1).isEmpty()) {
				// the last n bytes
				start = Math.max(0, length - Long.parseLong(one.group(2)));
			}
			else {
				start = Long.parseLong(one.group(1));
				end = one.group(2).isEmpty() ? length - 1 : Math.min(length - 1, Long.parseLong(one.group(2)));
			}
			if (start >= length || start > end) {
				response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
				response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + length);
				return;
			}
			response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
			response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + length);
		}
		// several ranges at once are answered with the whole file, as RFC 9110 allows
		response.setContentLengthLong(end - start + 1);
		if (content.isFile() && Boolean.TRUE.equals(request.getAttribute(SENDFILE + "support"))) {
			request.setAttribute(SENDFILE + "filename", content.getFile().getCanonicalPath());
			request.setAttribute(SENDFILE + "start", start);
			request.setAttribute(SENDFILE + "end", end + 1);
			return;
		}
		try (InputStream in = content.getInputStream(); OutputStream out = response.getOutputStream()) {
			in.skipNBytes(start);
			byte[] buffer = new byte[64 * 1024];
			long left = end - start + 1;
			while (left > 0) {
				int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (read < 0) {
					break;
				}
				out.write(buffer, 0, read);
				left -= read;
			}
		}
	}

}
