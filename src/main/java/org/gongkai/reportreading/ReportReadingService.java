package org.gongkai.reportreading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.ReportChecks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Staff upload published reports; each is read, audited, kept, and can be compared and exported. */
@Service
public class ReportReadingService {

    private static final String ENTITY = "read_report";

    /** At most this many files in one upload. */
    public static final int MAX_FILES = 30;
    /** At most this many bytes per file. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** At most this many reports inside one ZIP sent for an audit. */
    public static final int MAX_ARCHIVED = 500;

    /** One uploaded file. */
    public record Upload(String fileName, byte[] content) {}

    /** What became of one file: kept under {@code id}, or refused with a message code and the file name. */
    public record Outcome(String fileName, Long id, String errorCode, String detail, Object[] args) {
        public Outcome(String fileName, Long id, String errorCode, String detail) {
            this(fileName, id, errorCode, detail, new Object[0]);
        }

        public boolean ok() {
            return id != null;
        }
    }

    private final AnnualReportReader reader = new AnnualReportReader();
    /** How long a console audit's result stays for its owner. */
    static final java.time.Duration AUDIT_KEPT = java.time.Duration.ofDays(7);

    /** Reports listed in the HTML summary of a console audit. */
    static final int AUDIT_TOP = 50;

    private final ReadReports store;
    private final AuditResults audits;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    public ReportReadingService(
            ReadReports store, AuditResults audits, AuditLog audit, Clock clock, MessageSource messages) {
        this.store = store;
        this.audits = audits;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Reads and keeps the files for the uploader's unit. Read-only accounts (auditors) upload nothing: refused,
     * and the refusal is recorded.
     */
    public List<Outcome> upload(StaffMember staff, List<Upload> files) {
        if (!staff.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("reportreading.upload", ENTITY, null, staff.unitCode()),
                    "reportreading.error.read-only");
        }
        String actor = staff.username();
        List<Outcome> out = new ArrayList<>();
        List<AnnualReport> read = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (Upload u : files) {
            String name = u.fileName() == null || u.fileName().isBlank() ? "report" : u.fileName();
            if (u.content() == null || u.content().length == 0) {
                out.add(new Outcome(name, null, "reportreading.upload.empty", ""));
                continue;
            }
            if (u.content().length > MAX_BYTES) {
                out.add(new Outcome(name, null, "reportreading.upload.tooLarge", ""));
                continue;
            }
            try {
                AnnualReport r = reader.read(u.content(), name);
                read.add(r);
                index.add(out.size());
                out.add(null);
            } catch (UploadRefusedException e) {
                out.add(new Outcome(name, null, e.messageCode(), "", e.messageArgs()));
            } catch (UnreadableReportException e) {
                out.add(new Outcome(name, null, e.messageCode(), "", e.messageArgs()));
            } catch (RuntimeException e) {
                out.add(new Outcome(name, null, "reportreading.upload.unreadable", e.toString()));
            }
        }
        // consecutive years of one unit uploaded together, or against what is kept already
        List<AnnualReport> series = new ArrayList<>(read);
        store.recent(500).forEach(s -> series.add(s.report()));
        ReportChecks.checkSeries(series); // only the new reports are saved; kept ones stay as stored
        for (int i = 0; i < read.size(); i++) {
            AnnualReport r = read.get(i);
            long id = store.save(actor, staff.unitCode(), clock.instant(), r.source(), r);
            audit.record(AuditEvent.by(actor, "reportreading.upload")
                    .on(ENTITY, id)
                    .inUnit(staff.unitCode())
                    .detail(r.source() + " " + (r.unit() == null ? "" : r.unit()) + " "
                            + (r.year() == null ? "" : r.year()) + " findings="
                            + r.findings().size()));
            out.set(index.get(i), new Outcome(r.source(), id, null, null));
        }
        return out;
    }

    /**
     * Audits the files sent (a ZIP gives the reports inside it, within the upload limits) as {@code report
     * audit} does a folder; nothing is kept. Any staff member may, auditors and supervisors included; recorded.
     */
    public ReportAudit.Result audit(StaffMember staff, List<Upload> files) {
        List<ReportAudit.Input> inputs = new ArrayList<>();
        List<ReportAudit.Failure> refused = new ArrayList<>();
        for (Upload u : files) {
            String name = u.fileName() == null || u.fileName().isBlank() ? "report" : u.fileName();
            byte[] content = u.content() == null ? new byte[0] : u.content();
            if (content.length == 0) {
                refused.add(new ReportAudit.Failure(name, text("reportreading.upload.empty")));
            } else if (content.length > MAX_BYTES) {
                refused.add(new ReportAudit.Failure(name, text("reportreading.upload.tooLarge")));
            } else if (Uploads.detect(content) == UploadType.ZIP) {
                try {
                    for (ReportArchive.Entry e : ReportArchive.entries(name, content, MAX_ARCHIVED, MAX_BYTES)) {
                        inputs.add(new ReportAudit.Input(e.name(), e::content));
                    }
                } catch (ReportArchive.Refused e) {
                    refused.add(new ReportAudit.Failure(name, text(e.code, e.args)));
                }
            } else {
                inputs.add(new ReportAudit.Input(name, () -> content));
            }
        }
        ReportAudit.Result audited = new ReportAudit(2).audit(inputs);
        List<ReportAudit.Failure> failures = new ArrayList<>(refused);
        failures.addAll(audited.failures());
        ReportAudit.Result result = new ReportAudit.Result(audited.ranking(), failures);
        audit.record(AuditEvent.by(staff.username(), "reportreading.audit")
                .on(ENTITY, null)
                .inUnit(staff.unitCode())
                .detail("reports=" + result.ranking().size() + " findings=" + result.withFindings() + " unreadable="
                        + failures.size()));
        java.time.Instant now = clock.instant();
        audits.keep(staff.username(), staff.unitCode(), now, KeptAudit.of(result, AUDIT_TOP), now.minus(AUDIT_KEPT));
        return result;
    }

    /** The staff member's last console audit (the past week's, made in the unit they are in now). */
    public java.util.Optional<KeptAudit> lastAudit(StaffMember staff) {
        return audits.last(staff.username(), staff.unitCode(), clock.instant().minus(AUDIT_KEPT));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.SIMPLIFIED_CHINESE);
    }

    public static boolean mayDelete(StaffMember staff, ReadReports.StoredReport s) {
        return staff.role() == Role.ADMIN
                || (staff.mayChange() && staff.unitCode().equals(s.unitCode()));
    }

    public List<ReadReports.StoredReport> recent() {
        return store.recent(200);
    }

    public Optional<ReadReports.StoredReport> find(long id) {
        return store.find(id);
    }

    public List<ReadReports.StoredReport> find(List<Long> ids) {
        return store.find(ids);
    }

    /** An upload is deleted by its unit's staff (not an auditor) or by an administrator; others are refused. */
    public boolean delete(StaffMember staff, long id) {
        ReadReports.StoredReport s = store.find(id).orElseThrow(() -> new NotFoundException("reportreading.notFound"));
        if (!mayDelete(staff, s)) {
            throw new ForbiddenException(
                    Refusal.of("reportreading.delete", ENTITY, id, s.unitCode()), "reportreading.error.not-owner");
        }
        String actor = staff.username();
        boolean done = store.delete(id);
        if (done) {
            audit.record(
                    AuditEvent.by(actor, "reportreading.delete").on(ENTITY, id).inUnit(staff.unitCode()));
        }
        return done;
    }
}
