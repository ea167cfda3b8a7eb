package org.homeward.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param idleTimeout an API token or web session dies after this long without a request
 * @param maxFailedSignIns consecutive failed sign-ins to one e-mail address before it is locked
 * @param lockout how long such a lock lasts
 * @param staffSecondFactor whether staff and operators must use a second factor; only the demo profile relaxes it
 */
@ConfigurationProperties("homeward.accounts")
record AccountsSettings(@DefaultValue("10m") Duration idleTimeout, @DefaultValue("5") int maxFailedSignIns,
		@DefaultValue("15m") Duration lockout, @DefaultValue("required") SecondFactorMode staffSecondFactor) {

	enum SecondFactorMode {

		/** Every staff member and operator enrolls at first sign-in and gives a code at every sign-in. */
		REQUIRED,

		/** Accounts without an enrolled factor sign in with the password alone: the demo's accounts only. */
		OPTIONAL_UNTIL_ENROLLED

	}

}
