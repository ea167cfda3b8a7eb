package org.homeward.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix as a table: one line per call, {@code METHOD path | answers},
 * the answers in the order of the callers. A path names its records as
 * {@code {variable}}; {@code {unique}} is a fresh value on every request.
 */
final class Matrix {

	/** One call and what each caller is answered. */
	record Row(String method, String path, List<String> expected) {

		String key() {
			return method + " " + path;
		}

		/**
		 * The route this row exercises, as Spring MVC declares it (variables and query
		 * left out).
		 */
		String route() {
			return method + " " + routeOf(path);
		}

	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z0-9]+)}");

	private Matrix() {
	}

	static List<Row> parse(String table, int callers) {
		List<Row> rows = new ArrayList<>();
		for (String line : table.strip().split("\n")) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			String[] halves = line.split("\\|");
			String[] call = halves[0].strip().split("\\s+");
			List<String> expected = List.of(halves[1].strip().split("\\s+"));
			if (call.length != 2 || expected.size() != callers) {
				throw new IllegalArgumentException("a row needs METHOD path | " + callers + " answers: " + line);
			}
			rows.add(new Row(call[0], call[1], expected));
		}
		return rows;
	}

	/**
	 * Fills in the variables of a path, body or file; every {@code {unique}} of one text
	 * gets the same fresh value.
	 */
	static String fill(String text, Map<String, String> variables) {
		String unique = UUID.randomUUID().toString().substring(0, 13);
		Matcher matcher = VARIABLE.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = name.equals("unique") ? unique : variables.get(name);
			if (value == null) {
				throw new IllegalArgumentException("no variable {" + name + "} for " + text);
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(filled).toString();
	}

	/**
	 * Every route of Homeward's own controllers, as {@code METHOD path} with its
	 * variables written {@code {}}.
	 */
	static Set<String> routes(RequestMappingHandlerMapping mapping) {
		Set<String> routes = new TreeSet<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.homeward")) {
				for (String pattern : info.getPatternValues()) {
					info.getMethodsCondition()
						.getMethods()
						.forEach(method -> routes.add(method + " " + routeOf(pattern)));
				}
			}
		});
		return routes;
	}

	private static String routeOf(String path) {
		int query = path.indexOf('?');
		return VARIABLE.matcher(query < 0 ? path : path.substring(0, query)).replaceAll("{}");
	}

}
