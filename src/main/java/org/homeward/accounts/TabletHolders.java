package org.homeward.accounts;

import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a tablet, for the tablet's sign-in: asked by accounts, answered by the module
 * that keeps the tablets (media), so that sign-in does not depend on it.
 */
public interface TabletHolders {

	/**
	 * The inmate a tablet is issued to, when its secret is right; empty for an unknown
	 * serial, a wrong secret, or a tablet not issued.
	 */
	Optional<UUID> holder(String serial, String secret);

}
