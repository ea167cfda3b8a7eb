package org.homeward.shared.web;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The limits of what the API answers, where the code that answers does not declare a
 * tighter one (requests declare theirs with their validation, field by field):
 * <ul>
 * <li>text is at most as long as the largest request body Homeward takes
 * ({@code homeward.web.max-body}): every text it answers with was written by a request, a
 * field at a time;</li>
 * <li>a list has at most {@link #LONGEST_LIST} items: the lists that grow (messages,
 * deposits, searches) answer their newest 200 or 500, the others are an agency's or a
 * family's settings;</li>
 * <li>a whole number is within its type (32 or 64 bits);</li>
 * <li>a photo is at most as large as an upload ({@code max-upload}); other files (an
 * evidence PDF, a settlement file) at most what one answer can hold.</li>
 * </ul>
 */
final class ApiAnswerLimits {

	static final int LONGEST_LIST = 1000;

	private ApiAnswerLimits() {
	}

	static void apply(OpenAPI api, DataSize longestText, DataSize largestPhoto) {
		Set<String> requested = new HashSet<>();
		api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
			if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				operation.getRequestBody()
					.getContent()
					.values()
					.forEach(content -> named(api, content.getSchema(), requested));
			}
		}));
		int text = (int) Math.min(Integer.MAX_VALUE, longestText.toBytes());
		api.getComponents().getSchemas().forEach((name, schema) -> {
			if (!requested.contains(name)) {
				limit(schema, text);
			}
		});
		api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			if (operation.getResponses() == null) {
				return;
			}
			operation.getResponses().values().forEach(response -> {
				if (response.getContent() == null) {
					return;
				}
				for (Map.Entry<String, MediaType> content : response.getContent().entrySet()) {
					Schema<?> schema = content.getValue().getSchema();
					if (schema != null && isFile(schema)) {
						schema.setFormat("binary");
						schema.setMaxLength(path.contains("/attachments/")
								? (int) Math.min(Integer.MAX_VALUE, largestPhoto.toBytes()) : Integer.MAX_VALUE);
					}
					else {
						limit(schema, text);
					}
				}
			});
		}));
	}

	/** The components a schema names, and those they name, into {@code names}. */
	private static void named(OpenAPI api, @Nullable Schema<?> schema, Set<String> names) {
		if (schema == null) {
			return;
		}
		if (schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			if (names.add(name)) {
				named(api, api.getComponents().getSchemas().get(name), names);
			}
			return;
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(property -> named(api, property, names));
		}
		named(api, schema.getItems(), names);
		if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			named(api, values, names);
		}
	}

	private static boolean isFile(Schema<?> schema) {
		return is(schema, "string") && ("byte".equals(schema.getFormat()) || "binary".equals(schema.getFormat())
				|| schema.getFormat() == null && schema.getMaxLength() == null && schema.getEnum() == null);
	}

	private static void limit(@Nullable Schema<?> schema, int longestText) {
		if (schema == null || schema.get$ref() != null) {
			return;
		}
		if (is(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null) {
			schema.setMaxLength(longestText);
		}
		if (is(schema, "array") && schema.getMaxItems() == null) {
			schema.setMaxItems(LONGEST_LIST);
		}
		if (is(schema, "integer")) {
			boolean small = "int32".equals(schema.getFormat());
			if (schema.getMinimum() == null) {
				schema.setMinimum(BigDecimal.valueOf(small ? Integer.MIN_VALUE : Long.MIN_VALUE));
			}
			if (schema.getMaximum() == null) {
				schema.setMaximum(BigDecimal.valueOf(small ? Integer.MAX_VALUE : Long.MAX_VALUE));
			}
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(property -> limit(property, longestText));
		}
		limit(schema.getItems(), longestText);
		if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			limit(values, longestText);
		}
	}

	private static boolean is(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}

}
