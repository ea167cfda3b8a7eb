package org.homeward.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Posts balanced entries and reads balances. */
public interface Ledger {

	/**
	 * Posts an entry within the current transaction (or a new one), all lines or none.
	 * @return {@link PostingResult.Posted}, or {@link PostingResult.InsufficientFunds}
	 * when an account that may not go negative would; then nothing moved
	 * @throws IdempotencyConflict when the key was used for a different entry
	 */
	PostingResult post(PostEntry entry);

	/** The account's balance in minor units; zero for an account never used. */
	long balance(AccountKey account);

	/** The balances of every account of this kind that the owner has, by unit. */
	Map<Unit, Long> balancesOf(AccountKind kind, UUID owner);

	/**
	 * The owners of the accounts of this kind and unit whose balance is above zero (e.g.
	 * who holds an agency's stamps).
	 */
	List<UUID> ownersWithBalance(AccountKind kind, Unit unit);

	/** The newest movements on an account, newest first. */
	List<StatementLine> statement(AccountKey account, int limit);

	/**
	 * The lines of the entries posted under these idempotency keys, by key: what the
	 * books say happened, for reconciling another record (a settlement file) against
	 * them. Keys never posted are absent.
	 */
	Map<String, List<PostEntry.Line>> linesOf(Collection<String> idempotencyKeys);

	/**
	 * The net of the postings on an account whose entries were recorded from {@code from}
	 * until before {@code to}, by the kind of entry that made them (a month's commissions
	 * for the agency's statement). Kinds with no posting are absent.
	 */
	Map<String, Long> movementsByEntryKind(AccountKey account, Instant from, Instant to);

	/**
	 * The sum of every posting per unit: zero for every unit, always (for checks and
	 * monitoring).
	 */
	Map<Unit, Long> totalsByUnit();

	/**
	 * How many accounts' balances differ from the sum of their postings: zero, always.
	 */
	int accountsOutOfBalance();

}
