package org.homeward.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in caller, by API token or page session. Authorities are {@code ROLE_<kind>}
 * and {@code ROLE_<staff role>}.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	CallerAuthentication(Caller caller) {
		super(authorities(caller));
		this.caller = caller;
		setAuthenticated(true);
	}

	static List<GrantedAuthority> authorities(Caller caller) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + caller.kind().name()));
		for (Role role : caller.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		}
		return authorities;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Caller getPrincipal() {
		return caller;
	}

	@Override
	public String getName() {
		return caller.accountId().toString();
	}

}
