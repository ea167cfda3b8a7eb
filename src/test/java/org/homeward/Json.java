package org.homeward;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading an answer's JSON in tests, with a real parser. */
public final class Json {

	private Json() {
	}

	/**
	 * The JSON with its objects' keys in order and two-space indentation, so that two
	 * documents that say the same compare equal as text, and a difference reads as lines.
	 */
	public static String canonical(String json) {
		JsonMapper mapper = JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.build();
		return mapper.writeValueAsString(mapper.readValue(json, Object.class)) + "\n";
	}

	/** The {@code id} of the object the JSON is. */
	public static String id(String json) {
		return JsonPath.read(json, "$.id");
	}

	/** The id of the stamp bundle of this many stamps in a list of bundles. */
	public static String bundle(String bundles, int stamps) {
		List<String> ids = JsonPath.read(bundles, "$[?(@.stamps == " + stamps + ")].id");
		if (ids.isEmpty()) {
			throw new AssertionError("no bundle of " + stamps + " stamps in " + bundles);
		}
		return ids.get(0);
	}

}
