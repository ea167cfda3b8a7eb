package org.homeward.shared.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
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

	static final String PARTNER = "partnerSignature";

	static final String PROBLEM = "Problem";

	static final String MONEY = "Money";

	static {
		SpringDocUtils.getConfig()
			// the signed-in caller is resolved from the bearer token, never sent as a
			// parameter
			.addRequestWrapperToIgnore(Caller.class)
			// money as the API writes and reads it (MoneyJson), not as the Java type
			// holds it
			.replaceWithSchema(Money.class, new Schema<>().$ref("#/components/schemas/" + MONEY));
	}

	@Bean
	OpenAPI homewardApi() {
		return new OpenAPI()
			.info(new Info().title("Homeward API")
				.version("v1")
				.description("Messages, money, stamps and contacts between families and the people they love "
						+ "in prisons and jails. Money is {\"amount\": \"25.00\", \"currency\": \"USD\"}; every paid "
						+ "call takes an Idempotency-Key; every error is an RFC 9457 problem.")
				.license(new License().name("Proprietary").identifier("LicenseRef-Homeward-Proprietary")))
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
							+ "password and second-factor code): the only token /api/v1/admin/** takes."))
				.addSecuritySchemes(PARTNER, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name("X-Homeward-Signature")
					.description(
							"A partner's request signature: hex HMAC-SHA256 of \"<X-Homeward-Timestamp>.<raw body>\" "
									+ "with the partner's secret, beside X-Homeward-Partner and X-Homeward-Timestamp "
									+ "(docs/retail-deposits.md); the only credential /api/v1/partners/** takes.")));
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
			api.getComponents().addSchemas(MONEY, money());
			ApiAnswers.declare(api.getComponents());
			api.getComponents().getSchemas().values().forEach(ApiDocument::formatLengths);
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				operation.setOperationId(operationId(method, path));
				boolean partner = path.startsWith("/api/v1/partners/");
				boolean anyone = !partner && open.stream().anyMatch(rule -> rule.matches(method, path));
				String scheme = partner ? PARTNER : path.startsWith("/api/v1/admin/") ? OPERATOR : BEARER;
				operation.setSecurity(anyone ? List.of() : List.of(new SecurityRequirement().addList(scheme)));
				ApiAnswers.errors(operation, method, path, anyone);
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(parameter -> formatLengths(parameter.getSchema()));
				}
				uploadLengths(operation,
						path.startsWith("/api/v1/attachments") ? sizes.maxUpload() : sizes.maxImport());
				ApiAnswers.headers(operation.getResponses());
			}));
			ApiAnswerLimits.apply(api, sizes.maxBody(), sizes.maxUpload());
		};
	}

	/**
	 * An operation's name from its method and path, the same on every run (a client's
	 * method names): {@code GET /api/v1/messages/{id}} is {@code getMessagesById}.
	 */
	static String operationId(PathItem.HttpMethod method, String path) {
		StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
		for (String segment : path.replaceFirst("^/api/v1/", "").split("[/.]")) {
			boolean variable = segment.startsWith("{");
			String words = variable ? "by-" + segment.substring(1, segment.length() - 1) : segment;
			for (String word : words.split("[-_]")) {
				if (!word.isEmpty()) {
					id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
				}
			}
		}
		return id.toString();
	}

	/** A path open to anyone, for one method or all. */
	private record Public(String method, PathPattern pattern) {

		boolean matches(PathItem.HttpMethod httpMethod, String path) {
			return (method == null || method.equals(httpMethod.name()))
					&& pattern.matches(PathContainer.parsePath(path));
		}

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
