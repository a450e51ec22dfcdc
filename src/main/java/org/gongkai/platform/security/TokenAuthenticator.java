package org.gongkai.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Turns an API token ({@code Authorization: Bearer …}) into the same authentication a form login of its account
 * gives. Implemented by the org module, which keeps the accounts and their tokens.
 */
public interface TokenAuthenticator {

    /** The account's authentication, or empty when the token is unknown, expired, revoked or its account may not log in. */
    Optional<Authentication> authenticate(String token);
}
