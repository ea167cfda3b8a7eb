package org.homeward.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SecretBoxTests {

	static final String KEY = "a-test-key-of-more-than-32-characters-0123";

	static SecretBox box(String key) {
		return new SecretBox(new AccountsSettings(Duration.ofMinutes(10), 5, Duration.ofMinutes(15),
				AccountsSettings.SecondFactorMode.REQUIRED, key));
	}

	@Test
	void sealsSoThatOnlyTheSameKeyOpens() {
		SecretBox box = box(KEY);
		String sealed = box.seal("JBSWY3DPEHPK3PXP");
		assertThat(sealed).startsWith(SecretBox.PREFIX).doesNotContain("JBSWY3DPEHPK3PXP");
		assertThat(box.seal("JBSWY3DPEHPK3PXP")).as("a random IV each time").isNotEqualTo(sealed);
		assertThat(box.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(box(KEY).open(sealed)).as("the same key after a restart").isEqualTo("JBSWY3DPEHPK3PXP");
		assertThatThrownBy(() -> box(KEY + "x").open(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anAlteredValueDoesNotOpen() {
		SecretBox box = box(KEY);
		String sealed = box.seal("JBSWY3DPEHPK3PXP");
		int at = sealed.length() - 5;
		String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
		assertThatThrownBy(() -> box.open(altered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aValueStoredBeforeEncryptionOpensAsItIs() {
		assertThat(box(KEY).open("JBSWY3DPEHPK3PXP")).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(SecretBox.isSealed("JBSWY3DPEHPK3PXP")).isFalse();
	}

	@Test
	void refusesToStartWithoutALongKey() {
		assertThatThrownBy(() -> box(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HOMEWARD_SECRET_KEY");
		assertThatThrownBy(() -> box("short-key")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("at least 32");
	}

}
