package org.homeward;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

/** Reading an answer's JSON in tests, with a real parser. */
public final class Json {

	private Json() {
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
