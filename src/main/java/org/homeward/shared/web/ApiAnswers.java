package org.homeward.shared.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * What every answer of the API carries, declared once in the document's components and
 * referred to by each operation: the errors (each an RFC 9457 problem), the rate-limit
 * headers and the CORS header.
 */
final class ApiAnswers {

	private ApiAnswers() {
	}

	/** An error the API answers with: its status, its component's name, what it means. */
	private record Error(String status, String name, String description) {

		String ref() {
			return "#/components/responses/" + name;
		}

	}

	private static final Map<String, Error> ERRORS = new LinkedHashMap<>();

	static {
		for (Error error : new Error[] {
				new Error("400", "BadRequest",
						"The request is malformed or a field is invalid; errors name each field."),
				new Error("401", "Unauthorized", "Not signed in, or the session has ended."),
				new Error("402", "CardDeclined",
						"The card was declined: nothing was charged; the problem names the declined attempt."),
				new Error("403", "Forbidden", "The caller's kind of account or role may not do this."),
				new Error("404", "NotFound",
						"No such record, or it is not the caller's (another agency's or family's)."),
				new Error("409", "Conflict",
						"A conflict: the record changed, or an Idempotency-Key was reused for another request."),
				new Error("413", "TooLarge", "The body or upload is larger than allowed."),
				new Error("422", "Refused",
						"Refused by a rule of the service (a limit, a policy, a status); code names the rule."),
				new Error("429", "TooManyRequests", "Too many requests: wait the seconds in Retry-After."),
				new Error("500", "ServerError", "Something went wrong on Homeward's side; nothing was lost.") }) {
			ERRORS.put(error.status(), error);
		}
	}

	private static final String RETRY_AFTER = "Retry-After";

	private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	/** The shared errors and headers, in the document's components. */
	static void declare(Components components) {
		components.addHeaders(ApiRateLimits.LIMIT, count("Requests allowed in the current window."));
		components.addHeaders(ApiRateLimits.REMAINING, count("Requests left in the current window."));
		components.addHeaders(ApiRateLimits.RESET, count("Seconds until the window starts again."));
		components.addHeaders(RETRY_AFTER, count("Seconds to wait before trying again."));
		components.addHeaders(ALLOW_ORIGIN,
				new Header().description("Only to a browser calling from an origin Homeward is configured to allow.")
					.schema(new StringSchema().maxLength(2048)));
		ERRORS.values().forEach(error -> {
			ApiResponse response = new ApiResponse().description(error.description())
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ApiDocument.PROBLEM))));
			addHeaders(error.status(), response);
			components.addResponses(error.name(), response);
		});
	}

	/** The errors an operation can answer, each a reference to its component. */
	static void errors(Operation operation, PathItem.HttpMethod method, String path, boolean anyone) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		for (Error error : ERRORS.values()) {
			if (applies(error.status(), method, path, anyone)) {
				responses.putIfAbsent(error.status(), new ApiResponse().$ref(error.ref()));
			}
		}
		operation.setResponses(responses);
	}

	private static boolean applies(String status, PathItem.HttpMethod method, String path, boolean anyone) {
		return switch (status) {
			// only paid calls say so, each with its own answer's reference
			case "402" -> false;
			case "401", "403" -> !anyone;
			case "404" -> path.contains("{") || !anyone;
			case "409", "413", "422" -> method != PathItem.HttpMethod.GET;
			default -> true;
		};
	}

	/** The headers of the operation's own answers (its errors have theirs). */
	static void headers(ApiResponses responses) {
		responses.forEach((status, response) -> {
			if (response.get$ref() == null) {
				addHeaders(status, response);
			}
		});
	}

	private static void addHeaders(String status, ApiResponse response) {
		if (status.equals("429")) {
			response.addHeaderObject(RETRY_AFTER, headerRef(RETRY_AFTER));
		}
		response.addHeaderObject(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
		if (status.startsWith("2") || status.startsWith("4")) {
			response.addHeaderObject(ApiRateLimits.LIMIT, headerRef(ApiRateLimits.LIMIT));
			response.addHeaderObject(ApiRateLimits.REMAINING, headerRef(ApiRateLimits.REMAINING));
			response.addHeaderObject(ApiRateLimits.RESET, headerRef(ApiRateLimits.RESET));
		}
	}

	private static Header headerRef(String name) {
		return new Header().$ref("#/components/headers/" + name);
	}

	private static Header count(String description) {
		return new Header().description(description)
			.schema(new IntegerSchema().format("int32")
				.minimum(BigDecimal.ZERO)
				.maximum(BigDecimal.valueOf(1_000_000)));
	}

}
