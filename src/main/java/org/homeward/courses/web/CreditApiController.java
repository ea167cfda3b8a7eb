package org.homeward.courses.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.homeward.courses.internal.EarnedTime;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Earned time for the agency's records staff over the API: the rule, the month's credits
 * per person (JSON and CSV), and their approval.
 */
@RestController
@Validated
@Tag(name = "Courses")
class CreditApiController {

	static final String MONTH = "\\d{4}-\\d{2}";

	private final EarnedTime earned;

	private final AgencyAccess agencies;

	CreditApiController(EarnedTime earned, AgencyAccess agencies) {
		this.earned = earned;
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/agencies/{code}/credit-rule")
	@Operation(summary = "The agency's earned-time rule: days per completed course, the month's maximum, the courses "
			+ "that count (none: all)")
	ResponseEntity<RuleJson> rule(Caller caller, @PathVariable @Size(max = 32) String code) {
		return earned.rule(agencies.toRead(caller, code).id())
			.map(RuleJson::of)
			.map(ResponseEntity::ok)
			.orElse(ResponseEntity.noContent().build());
	}

	@PutMapping("/api/v1/agencies/{code}/credit-rule")
	@Operation(summary = "The agency's administrators set the earned-time rule, for completions from now on")
	RuleJson setRule(Caller caller, @PathVariable @Size(max = 32) String code, @Valid @RequestBody RuleJson rule) {
		AgencyView agency = agencies.toAdminister(caller, code);
		return RuleJson.of(earned.setRule(caller, agency.id(),
				new EarnedTime.Rule(rule.daysPerCourse(), rule.maxDaysPerMonth(), rule.courseCodes())));
	}

	@GetMapping("/api/v1/agencies/{code}/credits")
	@Operation(summary = "The month's earned-time credits, a line per person (the agency's administrators)")
	List<EarnedTime.Line> credits(Caller caller, @PathVariable @Size(max = 32) String code,
			@RequestParam @Pattern(regexp = MONTH) @Size(max = 7) String month,
			@RequestParam(required = false) @Nullable UUID facilityId) {
		return earned.report(caller, agencies.toRead(caller, code).id(), EarnedTime.month(month), facilityId);
	}

	@GetMapping("/api/v1/agencies/{code}/credits.csv")
	@Operation(summary = "The month's earned-time credits as CSV, for the records system")
	ResponseEntity<String> csv(Caller caller, @PathVariable @Size(max = 32) String code,
			@RequestParam @Pattern(regexp = MONTH) @Size(max = 7) String month,
			@RequestParam(required = false) @Nullable UUID facilityId) {
		return csv(earned, caller, agencies.toRead(caller, code), month, facilityId);
	}

	@PostMapping("/api/v1/agencies/{code}/credits/approval")
	@Operation(summary = "Approve the month's pending credits (at one facility, when given): each once, audited")
	Approved approve(Caller caller, @PathVariable @Size(max = 32) String code, @Valid @RequestBody Approval approval) {
		return new Approved(earned.approve(caller, agencies.toRead(caller, code).id(),
				EarnedTime.month(approval.month()), approval.facilityId()));
	}

	static ResponseEntity<String> csv(EarnedTime earned, Caller caller, AgencyView agency, String month,
			@Nullable UUID facilityId) {
		YearMonth which = EarnedTime.month(month);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("credits-" + agency.code() + "-" + which + ".csv")
						.build()
						.toString())
			.body(earned.csv(caller, agency.id(), which, facilityId));
	}

	record RuleJson(@Min(1) @Max(365) int daysPerCourse, @Nullable @Min(1) @Max(365) Integer maxDaysPerMonth,
			@NotNull @Size(max = 50) List<@Size(max = 40) String> courseCodes) {

		static RuleJson of(EarnedTime.Rule rule) {
			return new RuleJson(rule.daysPerCourse(), rule.maxDaysPerMonth(), rule.courseCodes());
		}

	}

	record Approval(@NotNull @Pattern(regexp = MONTH) @Size(max = 7) String month, @Nullable UUID facilityId) {
	}

	record Approved(int approved) {
	}

}
