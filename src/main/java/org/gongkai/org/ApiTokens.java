package org.gongkai.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a staff member trades their password for a token (valid {@link #LIFETIME}), which then stands for
 * their account on every staff API call. Stored as SHA-256 only and shown once; revocable by its owner or an
 * administrator. Issuing and revoking are audited.
 */
@Service
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);

    /** A token just issued: the only moment its value is known. */
    public record Issued(long id, String token, Instant expires) {}

    private final ApiTokenRepository tokens;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final Clock clock;

    public ApiTokens(ApiTokenRepository tokens, StaffRepository staff, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(StaffMember member) {
        String token = Secrets.random();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        long id = tokens.insert(member.username(), Secrets.sha256(token), now, expires);
        audit.record(AuditEvent.by(member.username(), "token.issue")
                .on("api_token", Long.toString(id))
                .inUnit(member.unitCode()));
        return new Issued(id, token, expires);
    }

    /** The account a token stands for, when the token is known, not expired and not revoked. */
    public Optional<StaffAccount> accountOf(String token) {
        Instant now = clock.instant();
        return tokens.findByHash(Secrets.sha256(token))
                .filter(t -> t.validAt(now))
                .flatMap(t -> staff.findByUsername(t.username()));
    }

    public List<ApiToken> of(StaffMember member) {
        return tokens.findByUsername(member.username());
    }

    /** Revokes a token of the caller's own (or any, for an administrator); another's token is 404 to others. */
    @Transactional
    public void revoke(long id, StaffMember member) {
        ApiToken token = tokens.findById(id)
                .filter(t -> t.username().equals(member.username()) || member.role() == Role.ADMIN)
                .orElseThrow(() -> {
                    audit.record(AuditEvent.by(member.username(), "denied.token.revoke")
                            .on("api_token", Long.toString(id)));
                    return new NotFoundException("error.token-not-found", id);
                });
        tokens.revoke(token.id(), clock.instant());
        audit.record(AuditEvent.by(member.username(), "token.revoke")
                .on("api_token", Long.toString(id))
                .inUnit(member.unitCode()));
    }
}
