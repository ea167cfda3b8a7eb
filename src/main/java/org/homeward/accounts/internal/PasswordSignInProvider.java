package org.homeward.accounts.internal;

import org.homeward.shared.Caller;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Page sign-in with e-mail and password, through the same checks and lockout as the API.
 */
@Component
class PasswordSignInProvider implements AuthenticationProvider {

	private final SignIn signIn;

	private final SecondFactorStep secondFactor;

	PasswordSignInProvider(SignIn signIn, SecondFactorStep secondFactor) {
		this.signIn = signIn;
		this.secondFactor = secondFactor;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			Caller caller = signIn.signIn(authentication.getName(), String.valueOf(authentication.getCredentials()));
			SecondFactorStep.Need need = secondFactor.after(caller);
			return need == SecondFactorStep.Need.NONE ? new CallerAuthentication(caller)
					: new PendingSecondFactor(caller, need);
		}
		catch (SignIn.Refused refused) {
			if (refused.locked()) {
				throw new LockedException("locked");
			}
			throw new BadCredentialsException("bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
