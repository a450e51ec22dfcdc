package org.gongkai.org.security;

import java.time.Clock;
import java.util.Optional;
import org.gongkai.org.ApiTokens;
import org.gongkai.platform.security.TokenAuthenticator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A bearer token authenticates as its account, with the same principal a form login gives, while the account is
 * enabled. A lock from wrong passwords does not stop tokens: guessing a password must not cut off the API.
 */
@Component
class StaffTokenAuthenticator implements TokenAuthenticator {

    private final ApiTokens tokens;
    private final Clock clock;

    StaffTokenAuthenticator(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> authenticate(String token) {
        return tokens.accountOf(token)
                .map(a -> new StaffPrincipal(a, a.lockedAt(clock.instant())))
                .filter(StaffPrincipal::isEnabled)
                .map(p -> UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }
}
