package org.homeward.accounts.internal;

import java.io.Serializable;
import java.util.List;

import org.homeward.shared.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A staff member or operator who gave the right password on the sign-in page but not yet
 * the second factor. It grants nothing but the second-factor page.
 */
public final class PendingSecondFactor extends AbstractAuthenticationToken {

	/**
	 * Who is waiting; deliberately not a {@link Caller}, so that no controller takes it
	 * for a signed-in one.
	 */
	public record Who(Caller caller, SecondFactorStep.Need need) implements Serializable {
	}

	private final Who who;

	PendingSecondFactor(Caller caller, SecondFactorStep.Need need) {
		super(List.of(new SimpleGrantedAuthority("ROLE_PENDING_SECOND_FACTOR")));
		this.who = new Who(caller, need);
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Who getPrincipal() {
		return who;
	}

	/**
	 * The account's id, as for a signed-in caller: the page session is found by it (and
	 * ended with the others).
	 */
	@Override
	public String getName() {
		return who.caller().accountId().toString();
	}

}
