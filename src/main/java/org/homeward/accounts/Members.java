package org.homeward.accounts;

import java.util.Optional;
import java.util.UUID;

/** What other modules may know of an account: where to write to its owner. */
public interface Members {

	/** The e-mail address of an active account. */
	Optional<String> emailOf(UUID account);

}
