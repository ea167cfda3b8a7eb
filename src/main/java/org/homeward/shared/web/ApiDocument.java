package org.homeward.shared.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.homeward.shared.WebAccess;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API's own document ({@code /v3/api-docs}), as the mobile app, tablet vendors and
 * retail partners read it: the bearer scheme and, per operation, whether it needs it
 * (from the modules' {@link WebAccess} rules, the same that the security configuration
 * enforces); the problem every error answers with, for each error an operation can give;
 * and the rate-limit headers every answer carries.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	static final String BEARER = "bearer";

	/**
	 * The same kind of token, held only by platform operators (signed in with their
	 * second factor).
	 */
	static final String OPERATOR = "operatorBearer";

	static final String PROBLEM = "Problem";

	static {
		SpringDocUtils.getConfig()
			// the signed-in caller is resolved from the bearer token, never sent as a
			// parameter
			.addRequestWrapperToIgnore(Caller.class)
			// money as the API writes and reads it (MoneyJson), not as the Java type
			// holds it
			.replaceWithSchema(Money.class, money());
	}

	@Bean
	OpenAPI homewardApi() {
		return new OpenAPI()
			.info(new Info().title("Homeward API")
				.version("v1")
				.description("Messages, money, stamps and contacts between families and the people they love "
						+ "in prisons and jails. Money is {\"amount\": \"25.00\", \"currency\": \"USD\"}; every paid "
						+ "call takes an Idempotency-Key; every error is an RFC 9457 problem.")
				.license(new License().name("Proprietary")))
			.servers(List.of(new Server().url("/")
				.description("This Homeward: production, or the local demo it was started as")
				.extensions(Map.of("x-internal", false))))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A session token: POST /api/v1/sessions (families, staff, operators) or "
									+ "POST /api/v1/kiosk/sessions (inmates)."))
				.addSecuritySchemes(OPERATOR, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A platform operator's session token (POST /api/v1/sessions with the operator's "
							+ "password and second-factor code): the only token /api/v1/admin/** takes.")));
	}

	@Bean
	OpenApiCustomizer securityAndErrors(List<WebAccess.Rules> modules, RequestSizeLimits.Settings sizes) {
		List<Public> open = modules.stream()
			.flatMap(module -> module.webAccess().stream())
			.filter(access -> access.channel() == WebAccess.Channel.API
					&& access.audience() == WebAccess.Audience.ANYONE)
			.flatMap(access -> access.paths()
				.stream()
				.map(path -> new Public(access.method(), PathPatternParser.defaultInstance.parse(path))))
			.toList();
		return api -> {
			// (the scanned models replace the schemas declared with the document, so
			// added here)
			api.getComponents().addSchemas(PROBLEM, problem());
			api.getComponents().getSchemas().values().forEach(ApiDocument::formatLengths);
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean anyone = open.stream().anyMatch(rule -> rule.matches(method, path));
				String scheme = path.startsWith("/api/v1/admin/") ? OPERATOR : BEARER;
				operation.setSecurity(anyone ? List.of() : List.of(new SecurityRequirement().addList(scheme)));
				errors(operation, method, path, anyone);
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(parameter -> formatLengths(parameter.getSchema()));
				}
				uploadLengths(operation,
						path.startsWith("/api/v1/attachments") ? sizes.maxUpload() : sizes.maxImport());
				rateLimitHeaders(operation.getResponses());
			}));
		};
	}

	/** A path open to anyone, for one method or all. */
	private record Public(String method, PathPattern pattern) {

		boolean matches(PathItem.HttpMethod httpMethod, String path) {
			return (method == null || method.equals(httpMethod.name()))
					&& pattern.matches(PathContainer.parsePath(path));
		}

	}

	/** The errors an operation can answer, each with the problem it answers with. */
	private static void errors(Operation operation, PathItem.HttpMethod method, String path, boolean anyone) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "The request is malformed or a field is invalid; errors name each field.");
		if (!anyone) {
			errors.put("401", "Not signed in, or the session has ended.");
			errors.put("403", "The caller's kind of account or role may not do this.");
		}
		if (path.contains("{") || !anyone) {
			errors.put("404", "No such record, or it is not the caller's (another agency's or family's).");
		}
		if (method != PathItem.HttpMethod.GET) {
			errors.put("409", "A conflict: the record changed, or an Idempotency-Key was reused for another request.");
			errors.put("413", "The body or upload is larger than allowed.");
			errors.put("422", "Refused by a rule of the service (a limit, a policy, a status); code names the rule.");
		}
		errors.put("429", "Too many requests: wait the seconds in Retry-After.");
		errors.put("500", "Something went wrong on Homeward's side; nothing was lost.");
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		errors.forEach((status, description) -> responses.putIfAbsent(status,
				new ApiResponse().description(description)
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
		operation.setResponses(responses);
	}

	private static void rateLimitHeaders(ApiResponses responses) {
		responses.forEach((status, response) -> {
			if (status.equals("429")) {
				response.addHeaderObject("Retry-After", header("Seconds to wait before trying again."));
			}
			response.addHeaderObject("Access-Control-Allow-Origin",
					new Header()
						.description("Only to a browser calling from an origin Homeward is configured to allow.")
						.schema(new StringSchema().maxLength(2048)));
			if (status.startsWith("2") || status.startsWith("4")) {
				response.addHeaderObject(ApiRateLimits.LIMIT, header("Requests allowed in the current window."));
				response.addHeaderObject(ApiRateLimits.REMAINING, header("Requests left in the current window."));
				response.addHeaderObject(ApiRateLimits.RESET, header("Seconds until the window starts again."));
			}
		});
	}

	private static Header header(String description) {
		return new Header().description(description)
			.schema(new IntegerSchema().format("int32")
				.minimum(BigDecimal.ZERO)
				.maximum(BigDecimal.valueOf(1_000_000)));
	}

	/**
	 * A file sent as a form's part is at most as large as the address takes
	 * (RequestSizeLimits).
	 */
	private static void uploadLengths(Operation operation, DataSize largest) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		MediaType form = operation.getRequestBody().getContent().get("multipart/form-data");
		if (form == null || form.getSchema() == null || form.getSchema().getProperties() == null) {
			return;
		}
		Schema<?> parts = form.getSchema();
		for (Schema<?> part : parts.getProperties().values()) {
			if ("binary".equals(part.getFormat()) && part.getMaxLength() == null) {
				part.setMaxLength((int) Math.min(Integer.MAX_VALUE, largest.toBytes()));
			}
		}
	}

	/** A pattern that is a choice of words. */
	private static final Pattern WORDS = Pattern.compile("\\^?[A-Za-z_]+(\\|[A-Za-z_]+)*\\$?");

	/** The longest text of each string format Homeward reads and writes. */
	private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35, "email",
			254);

	/**
	 * Gives strings of a fixed format their length (an id, a date, a time, an address
	 * cannot be longer), in the schema and every schema inside it.
	 */
	private static void formatLengths(@Nullable Schema<?> schema) {
		if (schema == null) {
			return;
		}
		if ("string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"))) {
			Integer length = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
			if (length != null && schema.getMaxLength() == null) {
				schema.setMaxLength(length);
			}
			// a pattern that allows only some words (APPROVE|DECLINE) is those words
			if (schema.getPattern() != null && schema.getEnum() == null
					&& WORDS.matcher(schema.getPattern()).matches()) {
				@SuppressWarnings("unchecked")
				Schema<Object> words = (Schema<Object>) schema;
				words.setEnum(List.of((Object[]) schema.getPattern().replaceAll("^\\^|\\$$", "").split("\\|")));
			}
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(ApiDocument::formatLengths);
		}
		formatLengths(schema.getItems());
	}

	/** Money as {@code MoneyJson} writes and reads it. */
	private static Schema<?> money() {
		return new ObjectSchema().description("An amount of money: a decimal string, never a number.")
			.addProperty("amount",
					new StringSchema().pattern("^-?\\d{1,15}(\\.\\d{1,2})?$")
						.maxLength(19)
						.example("25.00")
						.description("Dollars and cents; requests take at most 9999999.99, never negative."))
			.addProperty("currency", new StringSchema()._enum(List.of("USD")).example("USD"))
			.required(List.of("amount", "currency"));
	}

	/** RFC 9457, with Homeward's additions: the rule's code and the fields in error. */
	private static Schema<?> problem() {
		Schema<?> fieldError = new ObjectSchema().description("One field in error.")
			.addProperty("field", new StringSchema().maxLength(200).description("The field as the client wrote it."))
			.addProperty("message", new StringSchema().maxLength(1000).description("What is wrong, in words."));
		return new ObjectSchema().description("An RFC 9457 problem: what went wrong, in words a person can act on.")
			.addProperty("type", new StringSchema().maxLength(200).description("/problems/<code>"))
			.addProperty("title", new StringSchema().maxLength(200))
			.addProperty("status",
					new IntegerSchema().format("int32")
						.minimum(BigDecimal.valueOf(400))
						.maximum(BigDecimal.valueOf(599)))
			.addProperty("detail", new StringSchema().maxLength(2000))
			.addProperty("instance", new StringSchema().maxLength(2000))
			.addProperty("code", new StringSchema().maxLength(100).description("The rule that refused the request."))
			.addProperty("errors", new ArraySchema().items(fieldError).maxItems(100));
	}

}
