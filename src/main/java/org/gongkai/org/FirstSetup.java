package org.gongkai.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time setup of a platform that has no staff account yet (a start without the demo): a random token,
 * kept as its SHA-256, lets whoever holds it create the government's root unit and its first administrator.
 * Once used, or once any account exists, there is nothing to set up (404).
 */
@Service
public class FirstSetup {

    /** What the setup asks for. */
    public record Request(
            String token,
            String governmentCode,
            String governmentName,
            String username,
            String name,
            String password) {}

    public static final int MIN_PASSWORD = 12;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,40}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,60}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private final SetupTokenRepository tokens;
    private final StaffRepository staff;
    private final UnitRepository units;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public FirstSetup(
            SetupTokenRepository tokens,
            StaffRepository staff,
            UnitRepository units,
            StaffAccounts accounts,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.tokens = tokens;
        this.staff = staff;
        this.units = units;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A fresh token when there is no account yet (replacing any earlier one), else empty. */
    @Transactional
    public Optional<String> offer() {
        if (!staff.findAll().isEmpty()) {
            return Optional.empty();
        }
        String token = Secrets.random();
        tokens.replace(Secrets.sha256(token), clock.instant());
        return Optional.of(token);
    }

    /** Whether this token would open the setup now. */
    public boolean open(String token) {
        return token != null && !token.isBlank() && staff.findAll().isEmpty() && tokens.exists(Secrets.sha256(token));
    }

    /**
     * Creates the government and its administrator in one transaction; 400 naming each bad field, 404 for a dead
     * token (the refusal is audited outside that transaction, so it stays recorded).
     */
    public StaffMember complete(Request r) {
        if (!open(r.token())) {
            refuse();
        }
        validate(r);
        StaffMember admin = transactions.execute(status -> {
            if (!tokens.consume(Secrets.sha256(r.token()))) {
                return null;
            }
            units.save(new Unit(r.governmentCode(), r.governmentName().strip(), UnitKind.GOVERNMENT, null, 0));
            StaffMember created =
                    accounts.create(r.username(), r.password(), r.name().strip(), Role.ADMIN, r.governmentCode());
            audit.record(AuditEvent.by(created.username(), "setup.complete")
                    .on("unit", r.governmentCode())
                    .inUnit(r.governmentCode())
                    .detail("管理员 " + created.username()));
            return created;
        });
        if (admin == null) {
            refuse();
        }
        return admin;
    }

    private void refuse() {
        audit.record(AuditEvent.by("anonymous", "denied.setup").on("setup_token", null));
        throw new NotFoundException("error.setup-closed");
    }

    private void validate(Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.governmentCode() == null || !CODE.matcher(r.governmentCode()).matches()) {
            problems.add(new FieldProblem("government.code", "setup.error.code"));
        } else if (units.findByCode(r.governmentCode()).isPresent()) {
            problems.add(new FieldProblem("government.code", "setup.error.code-taken", r.governmentCode()));
        }
        text(problems, "government.name", r.governmentName(), 200);
        if (r.username() == null || !USERNAME.matcher(r.username()).matches()) {
            problems.add(new FieldProblem("admin.username", "setup.error.username"));
        }
        text(problems, "admin.name", r.name(), 100);
        if (r.password() == null
                || r.password().length() < MIN_PASSWORD
                || r.password().length() > 200) {
            problems.add(new FieldProblem("admin.password", "setup.error.password", MIN_PASSWORD));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null
                || value.isBlank()
                || value.strip().length() > max
                || CONTROL.matcher(value).find()) {
            problems.add(new FieldProblem(field, "setup.error.text", max));
        }
    }
}
