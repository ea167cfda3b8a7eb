package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key a page or a mail names ({@code #{key}}) exists in English and in
 * Spanish: a missing one shows people {@code ??key_en??}.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	@Test
	void everyKeyTheTemplatesUseIsInBothLanguages() throws IOException {
		Properties english = bundle("messages.properties", "states.properties");
		Properties spanish = bundle("messages_es.properties", "states_es.properties");
		List<String> missing = new ArrayList<>();
		TreeSet<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher key = KEY.matcher(Files.readString(file));
				while (key.find()) {
					used.add(key.group(1));
					if (!english.containsKey(key.group(1))) {
						missing.add(key.group(1) + " (English) in " + TEMPLATES.relativize(file));
					}
					if (!spanish.containsKey(key.group(1))) {
						missing.add(key.group(1) + " (Spanish) in " + TEMPLATES.relativize(file));
					}
				}
			}
		}
		assertThat(used).as("the templates name their words by key").hasSizeGreaterThan(100);
		assertThat(missing).isEmpty();
	}

	private static Properties bundle(String... names) throws IOException {
		Properties all = new Properties();
		for (String name : names) {
			try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(name), StandardCharsets.UTF_8)) {
				all.load(reader);
			}
		}
		return all;
	}

}
