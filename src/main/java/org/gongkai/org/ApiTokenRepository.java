package org.gongkai.org;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens are kept, by the SHA-256 of the token. */
public interface ApiTokenRepository {

    long insert(String username, String tokenHash, Instant created, Instant expires);

    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> findById(long id);

    List<ApiToken> findByUsername(String username);

    void revoke(long id, Instant at);

    /** Revokes every valid token of an account; returns how many. */
    int revokeAll(String username, Instant at);
}
