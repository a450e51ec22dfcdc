package org.gongkai.requests.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Article;
import org.gongkai.requests.CaseParts.Consultation;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.Correction;
import org.gongkai.requests.CaseParts.Extension;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.gongkai.requests.CaseParts.FeeNotice;
import org.gongkai.requests.CaseParts.Reply;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DisclosureRequest;
import org.gongkai.requests.DisclosureRequest.Intake;
import org.gongkai.requests.DisclosureRequest.State;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReplyClock;
import org.gongkai.requests.ReplyReview;
import org.gongkai.requests.RequestSummary;
import org.gongkai.requests.Status;

/** Maps a case to and from its row. */
final class RequestRows {

    static final String STATE_COLUMNS = "status, receipt_date, clock_start, paused_days, extension_days, paused_since, "
            + "due_date, calendar_missing_year, status_before_pause, correction_requested_on, correction_deadline, "
            + "correction_note, correction_received_on, correction_text, consultation_kind, consultation_party, "
            + "consultation_started_on, consultation_deadline, consultation_ended_on, extension_approved_by, "
            + "extension_reason, extension_on, fee_basis, fee_quantity, fee_amount, fee_notice_on, fee_received_on, "
            + "fee_deadline, fee_paid_on, reply_date, outcome, article, replied_by, archived_on, review_outcome, "
            + "review_article, review_body, review_reason, review_submitted_by, review_submitted_on, review_decision, "
            + "review_decided_by, review_decided_on, review_note, correction_period_days, correction_missing_year, "
            + "consultation_missing_year, fee_missing_year, provisional_pauses";
    static final String INTAKE_COLUMNS = "tracking_code, secret_hash, unit_code, channel, applicant_type, "
            + "applicant_name, applicant_key, id_type, id_number, org_name, credit_code, phone, email, address, "
            + "description, delivery, submitted_at";
    static final String SUMMARY_COLUMNS = "id, tracking_code, unit_code, channel, applicant_type, applicant_name, "
            + "coalesce(id_number, credit_code) as id_number, phone, description, status, receipt_date, due_date, "
            + "calendar_missing_year, reply_date, outcome";

    private RequestRows() {}

    static Map<String, Object> intakeValues(Intake i) {
        Applicant a = i.applicant();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tracking_code", i.trackingCode());
        m.put("secret_hash", i.secretHash());
        m.put("unit_code", i.unitCode());
        m.put("channel", i.channel().key());
        m.put("applicant_type", a.type().key());
        m.put("applicant_name", a.name());
        m.put("applicant_key", a.identityKey());
        m.put("id_type", a.idType());
        m.put("id_number", a.idNumber());
        m.put("org_name", a.orgName());
        m.put("credit_code", a.creditCode());
        m.put("phone", a.phone());
        m.put("email", a.email());
        m.put("address", a.address());
        m.put("description", i.description());
        m.put("delivery", i.delivery());
        m.put("submitted_at", java.sql.Timestamp.from(i.submittedAt()));
        return m;
    }

    static Map<String, Object> stateValues(State s) {
        Map<String, Object> m = new LinkedHashMap<>();
        ReplyClock c = s.clock();
        m.put("status", s.status().name());
        m.put("receipt_date", date(s.receiptDate()));
        m.put("clock_start", c == null ? null : date(c.start()));
        m.put("paused_days", c == null ? 0 : c.pausedDays());
        m.put("extension_days", c == null ? 0 : c.extensionDays());
        m.put("paused_since", c == null ? null : date(c.pausedSince()));
        m.put("due_date", c == null ? null : date(c.dueDate()));
        m.put("calendar_missing_year", c == null ? null : c.missingYear());
        m.put(
                "status_before_pause",
                s.statusBeforePause() == null ? null : s.statusBeforePause().name());
        Correction k = s.correction();
        m.put("correction_requested_on", k == null ? null : date(k.requestedOn()));
        m.put("correction_deadline", k == null ? null : date(k.deadline()));
        m.put("correction_note", k == null ? null : k.note());
        m.put("correction_received_on", k == null ? null : date(k.receivedOn()));
        m.put("correction_text", k == null ? null : k.correctedText());
        Consultation q = s.consultation();
        m.put("consultation_kind", q == null ? null : q.kind().name());
        m.put("consultation_party", q == null ? null : q.party());
        m.put("consultation_started_on", q == null ? null : date(q.startedOn()));
        m.put("consultation_deadline", q == null ? null : date(q.deadline()));
        m.put("consultation_ended_on", q == null ? null : date(q.endedOn()));
        Extension e = s.extension();
        m.put("extension_approved_by", e == null ? null : e.approvedBy());
        m.put("extension_reason", e == null ? null : e.reason());
        m.put("extension_on", e == null ? null : date(e.on()));
        FeeNotice f = s.fee();
        m.put("fee_basis", f == null ? null : f.basis().name());
        m.put("fee_quantity", f == null ? null : f.quantity());
        m.put("fee_amount", f == null ? null : f.amount());
        m.put("fee_notice_on", f == null ? null : date(f.noticeOn()));
        m.put("fee_received_on", f == null ? null : date(f.receivedOn()));
        m.put("fee_deadline", f == null ? null : date(f.deadline()));
        m.put("fee_paid_on", f == null ? null : date(f.paidOn()));
        Reply r = s.reply();
        m.put("reply_date", r == null ? null : date(r.date()));
        m.put("outcome", r == null ? null : r.outcome().key());
        m.put("article", r == null ? null : r.article().name());
        m.put("replied_by", r == null ? null : r.by());
        m.put("archived_on", date(s.archivedOn()));
        ReplyReview v = s.review();
        m.put("review_outcome", v == null ? null : v.outcome().key());
        m.put("review_article", v == null ? null : v.article().name());
        m.put("review_body", v == null ? null : v.body());
        m.put("review_reason", v == null ? null : v.reason());
        m.put("review_submitted_by", v == null ? null : v.submittedBy());
        m.put("review_submitted_on", v == null ? null : date(v.submittedOn()));
        m.put("review_decision", v == null ? null : v.decision().name());
        m.put("review_decided_by", v == null ? null : v.decidedBy());
        m.put("review_decided_on", v == null ? null : date(v.decidedOn()));
        m.put("review_note", v == null ? null : v.note());
        m.put("correction_period_days", k == null ? null : k.periodDays());
        m.put("correction_missing_year", k == null ? null : k.missingYear());
        m.put("consultation_missing_year", q == null ? null : q.missingYear());
        m.put("fee_missing_year", f == null ? null : f.missingYear());
        m.put("provisional_pauses", c == null ? null : pauses(c.provisionalPauses()));
        return m;
    }

    static DisclosureRequest map(ResultSet rs, int row) throws SQLException {
        Applicant a = new Applicant(
                ApplicantType.fromKey(rs.getString("applicant_type")).orElseThrow(),
                rs.getString("applicant_name"),
                rs.getString("id_type"),
                rs.getString("id_number"),
                rs.getString("org_name"),
                rs.getString("credit_code"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("address"));
        Intake intake = new Intake(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getString("secret_hash"),
                rs.getString("unit_code"),
                Channel.fromKey(rs.getString("channel")).orElseThrow(),
                a,
                rs.getString("description"),
                rs.getString("delivery"),
                rs.getTimestamp("submitted_at").toInstant());
        LocalDate start = local(rs, "clock_start");
        ReplyClock clock = start == null
                ? null
                : new ReplyClock(
                        start,
                        rs.getInt("paused_days"),
                        rs.getInt("extension_days"),
                        local(rs, "paused_since"),
                        local(rs, "due_date"),
                        (Integer) rs.getObject("calendar_missing_year"),
                        pauses(rs.getString("provisional_pauses")));
        Correction correction = local(rs, "correction_requested_on") == null
                ? null
                : new Correction(
                        local(rs, "correction_requested_on"),
                        local(rs, "correction_deadline"),
                        rs.getString("correction_note"),
                        local(rs, "correction_received_on"),
                        rs.getString("correction_text"),
                        rs.getInt("correction_period_days"),
                        (Integer) rs.getObject("correction_missing_year"));
        Consultation consultation = rs.getString("consultation_kind") == null
                ? null
                : new Consultation(
                        ConsultationKind.valueOf(rs.getString("consultation_kind")),
                        rs.getString("consultation_party"),
                        local(rs, "consultation_started_on"),
                        local(rs, "consultation_deadline"),
                        local(rs, "consultation_ended_on"),
                        (Integer) rs.getObject("consultation_missing_year"));
        Extension extension = rs.getString("extension_approved_by") == null
                ? null
                : new Extension(
                        rs.getInt("extension_days"),
                        rs.getString("extension_approved_by"),
                        rs.getString("extension_reason"),
                        local(rs, "extension_on"));
        FeeNotice fee = rs.getString("fee_basis") == null
                ? null
                : new FeeNotice(
                        FeeBasis.valueOf(rs.getString("fee_basis")),
                        rs.getInt("fee_quantity"),
                        rs.getInt("fee_amount"),
                        local(rs, "fee_notice_on"),
                        local(rs, "fee_received_on"),
                        local(rs, "fee_deadline"),
                        local(rs, "fee_paid_on"),
                        (Integer) rs.getObject("fee_missing_year"));
        Reply reply = rs.getString("outcome") == null
                ? null
                : new Reply(
                        local(rs, "reply_date"),
                        Outcome.fromKey(rs.getString("outcome")).orElseThrow(),
                        Article.valueOf(rs.getString("article")),
                        rs.getString("replied_by"));
        ReplyReview review = rs.getString("review_outcome") == null
                ? null
                : new ReplyReview(
                        Outcome.fromKey(rs.getString("review_outcome")).orElseThrow(),
                        Article.valueOf(rs.getString("review_article")),
                        rs.getString("review_body"),
                        rs.getString("review_reason"),
                        rs.getString("review_submitted_by"),
                        local(rs, "review_submitted_on"),
                        ReplyReview.Decision.valueOf(rs.getString("review_decision")),
                        rs.getString("review_decided_by"),
                        local(rs, "review_decided_on"),
                        rs.getString("review_note"));
        String before = rs.getString("status_before_pause");
        State state = new State(
                Status.valueOf(rs.getString("status")),
                local(rs, "receipt_date"),
                clock,
                before == null ? null : Status.valueOf(before),
                correction,
                consultation,
                extension,
                fee,
                reply,
                local(rs, "archived_on"),
                review);
        return DisclosureRequest.restore(intake, state);
    }

    static RequestSummary summary(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new RequestSummary(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getString("unit_code"),
                Channel.fromKey(rs.getString("channel")).orElseThrow(),
                ApplicantType.fromKey(rs.getString("applicant_type")).orElseThrow(),
                rs.getString("applicant_name"),
                rs.getString("id_number"),
                rs.getString("phone"),
                rs.getString("description"),
                Status.valueOf(rs.getString("status")),
                local(rs, "receipt_date"),
                local(rs, "due_date"),
                (Integer) rs.getObject("calendar_missing_year"),
                local(rs, "reply_date"),
                outcome == null ? null : Outcome.fromKey(outcome).orElseThrow());
    }

    private static String pauses(List<ReplyClock.Pause> pauses) {
        return pauses.isEmpty()
                ? null
                : pauses.stream()
                        .map(p -> p.from() + "/" + p.to() + "/" + p.days())
                        .collect(Collectors.joining(";"));
    }

    private static List<ReplyClock.Pause> pauses(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(";"))
                .map(p -> p.split("/"))
                .map(p -> new ReplyClock.Pause(LocalDate.parse(p[0]), LocalDate.parse(p[1]), Integer.parseInt(p[2])))
                .toList();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
