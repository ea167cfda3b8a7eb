package org.homeward.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTests {

	@Test
	void removesAccentsCaseAndPunctuation() {
		assertThat(NameKeys.key("Peña")).isEqualTo("pena");
		assertThat(NameKeys.key("ZOË")).isEqualTo("zoe");
		assertThat(NameKeys.key("O'Brien")).isEqualTo("obrien");
		assertThat(NameKeys.key("  Ruiz-Gómez  ")).isEqualTo("ruizgomez");
		assertThat(NameKeys.key("Nguyễn")).isEqualTo("nguyen");
	}

	@Test
	void splitsQueriesIntoWords() {
		assertThat(NameKeys.words("García, José")).containsExactly("garcia", "jose");
		assertThat(NameKeys.words("  ' - ")).isEmpty();
	}

}
