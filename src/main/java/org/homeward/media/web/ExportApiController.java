package org.homeward.media.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

import org.homeward.directory.AgencyAccess;
import org.homeward.media.internal.EntitlementExports;
import org.homeward.media.internal.ExportSigner;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * Exports of entitlements, signed so that a next vendor can honour them: the inmate's at
 * the kiosk, the family's copy of their loved one's, and the public keys that check them.
 * The signature (Ed25519, Base64) of the document's exact bytes is in the
 * {@code X-Signature} header, the key's id in {@code X-Signature-Key}.
 */
@RestController
@Validated
@Tag(name = "Tablets and media")
class ExportApiController {

	private final EntitlementExports exports;

	private final ExportSigner signer;

	private final AgencyAccess agencies;

	ExportApiController(EntitlementExports exports, ExportSigner signer, AgencyAccess agencies) {
		this.agencies = agencies;
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

	@GetMapping("/api/v1/agencies/{code}/media/entitlements/export")
	@Operation(summary = "Every entitlement of everyone who bought under the agency's contract, signed over its "
			+ "SHA-256 (X-Content-SHA256); the agency's administrators and operators")
	ResponseEntity<Resource> ofAgency(Caller caller, @PathVariable @Size(max = 32) String code) throws IOException {
		return answer(caller, agencies.toAdminister(caller, code).id(), exports);
	}

	@GetMapping("/staff/media/entitlements.json")
	@Operation(summary = "The staff console's download of the agency's export (its administrators)")
	ResponseEntity<Resource> ofStaffAgency(Caller caller) throws IOException {
		return answer(caller, caller.staffAgency(Role.ADMINISTRATION), exports);
	}

	@GetMapping("/api/v1/media/export-keys")
	@Operation(summary = "The public keys (Ed25519, X.509 in Base64) that check exports, by id (public)")
	List<ExportSigner.PublicKeyInfo> keys() {
		return signer.publicKeys();
	}

	/**
	 * The agency's export, written to a temporary file (deleted once sent, or at once
	 * when it could not be written) and streamed from it.
	 */
	static ResponseEntity<Resource> answer(Caller caller, TenantId agency, EntitlementExports exports)
			throws IOException {
		Path file = Files.createTempFile("homeward-entitlements-", ".json");
		EntitlementExports.AgencyExport export;
		try {
			export = exports.forStaff(caller, agency, file);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		long size = Files.size(file);
		// the file goes when the answer's stream is closed, sent or not
		InputStreamResource body = new InputStreamResource(
				Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.header("X-Content-SHA256", export.sha256())
			.header("X-Signature", export.signature().signature())
			.header("X-Signature-Key", export.signature().keyId())
			.header("X-Signature-Algorithm", export.signature().algorithm())
			.body(body);
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
