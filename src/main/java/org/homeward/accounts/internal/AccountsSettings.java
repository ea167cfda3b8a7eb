package org.homeward.accounts.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param idleTimeout an API token or web session dies after this long without a request
 * @param maxFailedSignIns consecutive failed sign-ins to one e-mail address before it is
 * locked
 * @param lockout how long such a lock lasts
 * @param staffSecondFactor whether staff and operators must use a second factor; only the
 * demo profile relaxes it
 * @param secretKey the key (at least 32 random characters) that encrypts secrets Homeward
 * must read back, such as the staff's second-factor secrets; required, and never the
 * demo's in production
 */
@ConfigurationProperties("homeward.accounts")
record AccountsSettings(@DefaultValue("10m") Duration idleTimeout, @DefaultValue("5") int maxFailedSignIns,
		@DefaultValue("15m") Duration lockout, @DefaultValue("required") SecondFactorMode staffSecondFactor,
		@Nullable String secretKey) {

	enum SecondFactorMode {

		/**
		 * Every staff member and operator enrolls at first sign-in and gives a code at
		 * every sign-in.
		 */
		REQUIRED,

		/**
		 * Accounts without an enrolled factor sign in with the password alone: the demo's
		 * accounts only.
		 */
		OPTIONAL_UNTIL_ENROLLED

	}

}
