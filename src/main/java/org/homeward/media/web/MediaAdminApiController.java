package org.homeward.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import org.homeward.directory.AgencyAccess;
import org.homeward.media.MediaKind;
import org.homeward.media.internal.MediaIngestion;
import org.homeward.media.internal.MediaItems;
import org.homeward.media.internal.MediaPolicies;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The catalogue's side for operators (ingesting files, making albums) and agencies (their
 * policy, their own prices, items blocked).
 */
@RestController
@Validated
@Tag(name = "Tablets and media")
class MediaAdminApiController {

	private final MediaIngestion ingestion;

	private final MediaItems items;

	private final MediaPolicies policies;

	private final AgencyAccess agencies;

	MediaAdminApiController(MediaIngestion ingestion, MediaItems items, MediaPolicies policies, AgencyAccess agencies) {
		this.ingestion = ingestion;
		this.items = items;
		this.policies = policies;
		this.agencies = agencies;
	}

	@PostMapping(path = "/api/v1/admin/media/items", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Operators put a file into the catalogue: its kind is checked against its bytes, and its "
			+ "title, artist, album, genre, language, duration or pages read from it")
	MediaJson.Item ingest(Caller caller, @RequestPart("file") MultipartFile file, @RequestParam MediaKind kind,
			@RequestParam @Size(max = 12) @Pattern(regexp = Money.AMOUNT_FORMAT,
					message = "must be an amount such as 1.29") String price,
			@RequestParam @NotBlank @Size(max = 200) String rightsHolder,
			@RequestParam(defaultValue = "0") @DecimalMin("0") @DecimalMax("100") double royaltyPercent,
			@RequestParam(defaultValue = "false") boolean explicit,
			@RequestParam(required = false) @Min(1) @Max(720) @Nullable Integer rentalHours,
			@RequestParam(required = false) @Size(max = 300) @Nullable String title,
			@RequestParam(required = false) @Size(max = 100) @Nullable String genre,
			@RequestParam(required = false) @Size(max = 35) @Nullable String language) {
		Caller operator = caller.operator();
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "file"
				: Path.of(file.getOriginalFilename()).getFileName().toString();
		if (file.isEmpty()) {
			throw new InvalidInputException("file", name + " is empty.");
		}
		Path copy = null;
		try {
			copy = Files.createTempFile("homeward-media-", ".upload");
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			MediaItems.Item item = ingestion.ingest(
					new MediaIngestion.Ingest(kind, name, title, genre, language, explicit, rightsHolder.strip(),
							(int) Math.round(royaltyPercent * 100), Money.of(price, Money.USD), rentalHours),
					copy, operator);
			return MediaJson.Item.of(item, List.of());
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

	@PostMapping("/api/v1/admin/media/albums")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Operators sell tracks of the catalogue together as an album")
	MediaJson.Item album(Caller caller, @Valid @RequestBody AlbumRequest request) {
		MediaItems.Item album = ingestion.album(
				new MediaIngestion.Album(request.title().strip(), request.creator(), request.genre(),
						request.explicit(), request.rightsHolder().strip(),
						(int) Math.round(request.royaltyPercent() * 100), request.price(), request.tracks()),
				caller.operator());
		return MediaJson.Item.of(album, request.tracks());
	}

	@GetMapping("/api/v1/admin/media/items/{id}")
	@Operation(summary = "An item of the catalogue as it was put in")
	MediaJson.Item item(Caller caller, @PathVariable UUID id) {
		caller.operator();
		MediaItems.Item item = items.byId(id).orElseThrow(() -> new NotFoundException("item"));
		return MediaJson.Item.of(item, items.tracks(id).stream().map(MediaItems.Item::id).toList());
	}

	@GetMapping("/api/v1/agencies/{code}/media/policy")
	@Operation(summary = "What the agency's media store offers: kinds, explicit content, its commission")
	PolicyJson policy(Caller caller, @PathVariable @Size(max = 32) String code) {
		return PolicyJson.of(policies.policy(agencies.toRead(caller, code).id()));
	}

	@PutMapping("/api/v1/agencies/{code}/media/policy")
	@Operation(summary = "The agency's administrators set what its media store offers, for sales from now on")
	PolicyJson setPolicy(Caller caller, @PathVariable @Size(max = 32) String code,
			@Valid @RequestBody PolicyJson policy) {
		return PolicyJson
			.of(policies.setPolicy(caller, agencies.toAnyone(code).id(), new MediaPolicies.Policy(policy.kinds(),
					policy.explicitAllowed(), (int) Math.round(policy.commissionPercent() * 100))));
	}

	@PostMapping("/api/v1/staff/media/items/{id}/block")
	@Operation(summary = "Staff block an item for their agency, with the reason (audited); what was bought stays "
			+ "its owner's")
	void block(Caller caller, @PathVariable UUID id, @Valid @RequestBody BlockRequest request) {
		policies.block(caller, id, request.reason());
	}

	@DeleteMapping("/api/v1/staff/media/items/{id}/block")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Staff lift their agency's block of an item")
	void unblock(Caller caller, @PathVariable UUID id) {
		policies.unblock(caller, id);
	}

	@PutMapping("/api/v1/staff/media/items/{id}/price")
	@Operation(summary = "The agency's administrators set their own price for an item (null: the catalogue's)")
	void price(Caller caller, @PathVariable UUID id, @RequestBody PriceRequest request) {
		policies.price(caller, id, request.price());
	}

	record AlbumRequest(@NotBlank @Size(max = 300) String title, @Size(max = 300) @Nullable String creator,
			@Size(max = 100) @Nullable String genre, boolean explicit, @NotBlank @Size(max = 200) String rightsHolder,
			@DecimalMin("0") @DecimalMax("100") double royaltyPercent, @NotNull Money price,
			@NotEmpty @Size(max = 100) List<UUID> tracks) {
	}

	record PolicyJson(@NotNull @Size(max = 5) List<MediaKind> kinds, boolean explicitAllowed,
			@DecimalMin("0") @DecimalMax("100") double commissionPercent) {

		static PolicyJson of(MediaPolicies.Policy policy) {
			return new PolicyJson(policy.kinds(), policy.explicitAllowed(), policy.commissionBps() / 100.0);
		}

	}

	record BlockRequest(@NotBlank @Size(max = 300) String reason) {
	}

	record PriceRequest(@Nullable Money price) {
	}

}
