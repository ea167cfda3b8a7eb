package org.homeward.accounts.internal;

import org.homeward.accounts.internal.AccountsSettings.SecondFactorMode;
import org.homeward.shared.Caller;
import org.springframework.stereotype.Component;

/** What a caller who gave the right password must still do before being signed in. */
@Component
public class SecondFactorStep {

	public enum Need {

		NONE, CODE, ENROLLMENT

	}

	private final SecondFactors factors;

	private final AccountsSettings settings;

	SecondFactorStep(SecondFactors factors, AccountsSettings settings) {
		this.factors = factors;
		this.settings = settings;
	}

	public Need after(Caller caller) {
		if (caller.kind() != Caller.Kind.STAFF && caller.kind() != Caller.Kind.OPERATOR
				&& caller.kind() != Caller.Kind.SUPPORT) {
			return Need.NONE;
		}
		if (factors.enrolled(caller.accountId())) {
			return Need.CODE;
		}
		return settings.staffSecondFactor() == SecondFactorMode.REQUIRED ? Need.ENROLLMENT : Need.NONE;
	}

}
