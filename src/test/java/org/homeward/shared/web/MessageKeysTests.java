package org.homeward.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a page, an e-mail or a module's navigation names is defined in both
 * languages: a key missing in one shows the visitor {@code ??key_es??}. A key built from
 * a prefix and a value ({@code #{'deposits.status.' + ${status}}}) needs the same words
 * under that prefix in both languages.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LITERAL = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)");

	private static final Pattern PREFIX = Pattern.compile("#\\{'([A-Za-z][\\w.\\-]*\\.)' \\+");

	private static final Pattern JAVA_KEY = Pattern
		.compile("new (?:Link\\(\\d+, ShownTo\\.\\w+, |Banner\\()\"([\\w.\\-]+)\"");

	@Test
	void everyKeyAPageNamesIsWrittenInEnglishAndSpanish() throws IOException {
		Set<String> english = keys("");
		Set<String> spanish = keys("_es");
		Map<String, Set<String>> used = used(LITERAL);
		assertThat(used).as("keys found in the templates").hasSizeGreaterThan(300);
		Map<String, Set<String>> missingInEnglish = missing(used, english);
		Map<String, Set<String>> missingInSpanish = missing(used, spanish);
		assertThat(missingInEnglish).as("keys with no English words (key: the files that use it)").isEmpty();
		assertThat(missingInSpanish).as("keys with no Spanish words (key: the files that use it)").isEmpty();
	}

	@Test
	void wordsBuiltFromAValueExistForTheSameValuesInBothLanguages() throws IOException {
		Set<String> english = keys("");
		Set<String> spanish = keys("_es");
		Map<String, Set<String>> prefixes = used(PREFIX);
		assertThat(prefixes).as("prefixes found in the templates").hasSizeGreaterThan(10);
		prefixes.keySet().forEach(prefix -> {
			Set<String> en = under(prefix, english);
			assertThat(en).as("English words under " + prefix).isNotEmpty();
			assertThat(under(prefix, spanish)).as("Spanish words under " + prefix).isEqualTo(en);
		});
	}

	@Test
	void navigationAndBannersNameKeysBothLanguagesDefine() throws IOException {
		Set<String> english = keys("");
		Set<String> spanish = keys("_es");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					named.add(matcher.group(1));
				}
			}
		}
		assertThat(named).as("navigation links found").hasSizeGreaterThan(5);
		assertThat(english).containsAll(named);
		assertThat(spanish).containsAll(named);
	}

	private static Set<String> under(String prefix, Set<String> keys) {
		return keys.stream()
			.filter(k -> k.startsWith(prefix))
			.map(k -> k.substring(prefix.length()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Map<String, Set<String>> missing(Map<String, Set<String>> used, Set<String> defined) {
		Map<String, Set<String>> missing = new TreeMap<>(used);
		missing.keySet().removeAll(defined);
		return missing;
	}

	/** The keys the pattern finds in the templates, each with the files that use it. */
	private static Map<String, Set<String>> used(Pattern pattern) throws IOException {
		Map<String, Set<String>> used = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					used.computeIfAbsent(matcher.group(1), k -> new TreeSet<>())
						.add(TEMPLATES.relativize(file).toString());
				}
			}
		}
		return used;
	}

	/** The keys of one language: its messages and its state names. */
	private static Set<String> keys(String suffix) throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : new String[] { "messages", "states" }) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(
					Path.of("src/main/resources/messages", bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			keys.addAll(properties.stringPropertyNames());
		}
		return keys;
	}

}
