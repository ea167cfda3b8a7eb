package org.homeward.ledger;

import java.util.UUID;

/** What became of a posting: taken (perhaps earlier, under the same key), or refused. */
public sealed interface PostingResult {

	/**
	 * @param replayed whether an entry with this key existed already (and nothing moved
	 * now)
	 */
	record Posted(UUID entryId, boolean replayed) implements PostingResult {
	}

	/** Nothing moved: the account may not go below zero and does not hold enough. */
	record InsufficientFunds(AccountKey account) implements PostingResult {
	}

}
