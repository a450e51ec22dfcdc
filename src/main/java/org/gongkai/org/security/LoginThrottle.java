package org.gongkai.org.security;

import java.time.Clock;
import java.time.Duration;
import org.gongkai.org.StaffRepository;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for 15 minutes after 5 wrong passwords in a row. */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final StaffRepository staff;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(StaffRepository staff, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        int failures = staff.recordFailure(username);
        if (failures >= MAX_FAILURES) {
            staff.lockUntil(username, clock.instant().plus(LOCK));
            audit.record(AuditEvent.by(username, "login.locked")
                    .on("staff_account", username)
                    .because(failures + " 次密码错误"));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        staff.resetFailures(event.getAuthentication().getName());
    }
}
