package org.homeward.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states of one lifecycle (a message, a deposit, a purchase...) and the moves allowed
 * between them: one small table that every class moving such a thing consults, so that no
 * move the business does not know is ever written. The stores still move rows by
 * compare-and-set; the table says which states a compare-and-set may start from.
 *
 * @param <S> the lifecycle's states
 */
public final class Lifecycle<S extends Enum<S>> {

	/**
	 * A move the lifecycle does not allow: a defect of the code that asked for it, never
	 * a user's mistake.
	 */
	public static final class IllegalMove extends IllegalStateException {

		IllegalMove(String lifecycle, Enum<?> from, Enum<?> to) {
			super("A " + lifecycle + " cannot move from " + from + " to " + to + ".");
		}

	}

	private final String name;

	private final Class<S> states;

	private final Map<S, Set<S>> next;

	private Lifecycle(String name, Class<S> states, Map<S, Set<S>> next) {
		this.name = name;
		this.states = states;
		this.next = next;
	}

	/**
	 * @param name what moves, for messages ("deposit")
	 * @param moves for each state, the states it may move to (a state missing here is
	 * final)
	 */
	public static <S extends Enum<S>> Lifecycle<S> of(String name, Class<S> states, Map<S, Set<S>> moves) {
		Map<S, Set<S>> next = new EnumMap<>(states);
		for (S state : states.getEnumConstants()) {
			Set<S> to = moves.getOrDefault(state, Set.of());
			next.put(state, Collections.unmodifiableSet(to.isEmpty() ? EnumSet.noneOf(states) : EnumSet.copyOf(to)));
		}
		return new Lifecycle<>(name, states, Collections.unmodifiableMap(next));
	}

	public boolean allows(S from, S to) {
		return next.get(from).contains(to);
	}

	/**
	 * @return {@code to}, when the move is allowed
	 * @throws IllegalMove otherwise
	 */
	public S move(S from, S to) {
		if (!allows(from, to)) {
			throw new IllegalMove(name, from, to);
		}
		return to;
	}

	/**
	 * The states from which {@code to} may be reached: what a compare-and-set moving a
	 * row to it may start from.
	 */
	public Set<S> sourcesOf(S to) {
		Set<S> sources = EnumSet.noneOf(states);
		next.forEach((from, targets) -> {
			if (targets.contains(to)) {
				sources.add(from);
			}
		});
		if (sources.isEmpty()) {
			throw new IllegalMove(name, to, to);
		}
		return Collections.unmodifiableSet(sources);
	}

	/** Whether nothing moves on from the state. */
	public boolean isFinal(S state) {
		return next.get(state).isEmpty();
	}

	/** The names of {@link #sourcesOf}, as the stores' SQL takes them. */
	public List<String> sourceNamesOf(S to) {
		return sourcesOf(to).stream().map(Enum::name).toList();
	}

}
