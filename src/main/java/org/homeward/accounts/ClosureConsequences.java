package org.homeward.accounts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What closing a family account would mean for what a module holds of it (stamps
 * refunded, deposits in flight), shown to the member before they confirm. Modules that
 * hold balances provide one as a bean.
 */
public interface ClosureConsequences {

	/**
	 * Sentences in the member's language; empty when the module holds nothing of theirs.
	 */
	List<String> describe(UUID account, Locale locale);

}
