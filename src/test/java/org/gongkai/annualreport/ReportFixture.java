package org.gongkai.annualreport;

import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for annual-report tests: a government of its own (so no demo record is counted), units under it,
 * applications inserted with the requests module's documented columns, and staff of that government.
 */
final class ReportFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final AuditLog audit;
    final String government;

    ReportFixture(JdbcClient jdbc, UnitRepository units, AuditLog audit, String governmentCode) {
        this(jdbc, units, audit, governmentCode, "测试县" + governmentCode + "人民政府");
    }

    /**
     * Rows are written directly, each with its audit entry as the owning module writes one (report figures kept
     * by {@link ComputedFigures} follow audited changes).
     */
    ReportFixture(JdbcClient jdbc, UnitRepository units, AuditLog audit, String governmentCode, String name) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.government = governmentCode;
        units.save(new Unit(governmentCode, name, UnitKind.GOVERNMENT, null, 0));
        audit.record(AuditEvent.by("fixture", "unit.create").on("unit", governmentCode));
    }

    String unit(String suffix, String name) {
        String code = government + suffix;
        units.save(new Unit(code, name, UnitKind.DEPARTMENT, government, Integer.parseInt(suffix)));
        audit.record(AuditEvent.by("fixture", "unit.create").on("unit", code).inUnit(code));
        return code;
    }

    StaffMember reviewer() {
        return new StaffMember("reviewer", "审核", Role.REVIEWER, government);
    }

    /** A second member of the disclosure office, who writes and submits the government's report. */
    StaffMember drafter() {
        return new StaffMember("drafter", "起草", Role.REVIEWER, government);
    }

    StaffMember handler(String unitCode) {
        return new StaffMember("handler-" + unitCode, "经办", Role.HANDLER, unitCode);
    }

    /** An application; null receipt = awaiting confirmation, null reply = still open. */
    String application(String unitCode, String type, String receipt, String reply, String outcome) {
        String code =
                "T" + government.substring(government.length() - 3) + String.format("%07d", SEQ.incrementAndGet());
        jdbc.sql("""
                insert into disclosure_request (tracking_code, secret_hash, unit_code, channel, applicant_type,
                    applicant_name, applicant_key, description, delivery, submitted_at, status, receipt_date,
                    reply_date, outcome)
                values (?, 'x', ?, 'online', ?, '测试申请人', ?, '测试申请', 'email', now(), ?, ?, ?, ?)""")
                .params(
                        code,
                        unitCode,
                        type,
                        "key-" + code,
                        status(receipt, reply),
                        date(receipt),
                        date(reply),
                        outcome)
                .update();
        audit.record(AuditEvent.by("fixture", "request.submit")
                .on("disclosure_request", code)
                .inUnit(unitCode));
        return code;
    }

    void many(int n, String unitCode, String type, String receipt, String reply, String outcome) {
        for (int i = 0; i < n; i++) {
            application(unitCode, type, receipt, reply, outcome);
        }
    }

    private static String status(String receipt, String reply) {
        return receipt == null ? "AWAITING_CONFIRMATION" : reply == null ? "REGISTERED" : "REPLIED";
    }

    private static Date date(String iso) {
        return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
    }
}
