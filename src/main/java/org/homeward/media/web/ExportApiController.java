package org.homeward.media.web;

import java.util.List;
import java.util.UUID;

import org.homeward.media.internal.EntitlementExports;
import org.homeward.media.internal.ExportSigner;
import org.homeward.shared.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Exports of entitlements, signed so that a next vendor can honour them: the inmate's at
 * the kiosk, the family's copy of their loved one's, and the public keys that check them.
 * The signature (Ed25519, Base64) of the document's exact bytes is in the
 * {@code X-Signature} header, the key's id in {@code X-Signature-Key}.
 */
@RestController
@Tag(name = "Tablets and media")
class ExportApiController {

	private final EntitlementExports exports;

	private final ExportSigner signer;

	ExportApiController(EntitlementExports exports, ExportSigner signer) {
		this.exports = exports;
		this.signer = signer;
	}

	@GetMapping("/api/v1/kiosk/media/entitlements/export")
	@Operation(summary = "Every entitlement of the inmate as a signed JSON document (signature in X-Signature)")
	ResponseEntity<byte[]> ofInmate(Caller caller) {
		return answer(exports.ofInmate(caller.inmate()));
	}

	@GetMapping("/api/v1/media/inmates/{inmateId}/entitlements/export")
	@Operation(summary = "A family's copy of their loved one's signed export of entitlements")
	ResponseEntity<byte[]> forFamily(Caller caller, @PathVariable UUID inmateId) {
		return answer(exports.forFamily(caller.family(), inmateId));
	}

	@GetMapping("/api/v1/media/export-keys")
	@Operation(summary = "The public keys (Ed25519, X.509 in Base64) that check exports, by id (public)")
	List<ExportSigner.PublicKeyInfo> keys() {
		return signer.publicKeys();
	}

	static ResponseEntity<byte[]> answer(EntitlementExports.Export export) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.header("X-Signature", export.signature().signature())
			.header("X-Signature-Key", export.signature().keyId())
			.header("X-Signature-Algorithm", export.signature().algorithm())
			.body(export.document());
	}

}
