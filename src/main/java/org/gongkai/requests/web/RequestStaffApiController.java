package org.gongkai.requests.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.DisclosureRequest;
import org.gongkai.requests.Letter;
import org.gongkai.requests.NewAttachment;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReplyLetters;
import org.gongkai.requests.ReplyLetters.ReplyDraft;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestStep;
import org.gongkai.requests.RequestSummary;
import org.gongkai.requests.RequestWorkflow;
import org.gongkai.requests.Status;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff's cases through the API (Bearer token): the list, one case with the steps allowed now, its history and
 * letters, files to provide, and each workflow step with the same rules and refusals as the console (409 naming
 * the reason, 400 naming the fields, 403 for another unit's case).
 */
@RestController
class RequestStaffApiController {

    private final RequestQueries queries;
    private final RequestWorkflow workflow;
    private final ReplyLetters replies;
    private final LetterFiles files;

    RequestStaffApiController(
            RequestQueries queries, RequestWorkflow workflow, ReplyLetters replies, LetterFiles files) {
        this.queries = queries;
        this.workflow = workflow;
        this.replies = replies;
        this.files = files;
    }

    @GetMapping("/api/v1/requests")
    List<Map<String, Object>> list(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status) {
        Status s = null;
        if (status != null && !status.isBlank()) {
            s = java.util.Arrays.stream(Status.values())
                    .filter(v -> v.name().equalsIgnoreCase(status.strip()))
                    .findFirst()
                    .orElseThrow(() -> InvalidInputException.of("status", "error.api.status", status));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (RequestSummary r : queries.list(p.member(), unit, s, null, 0, 500).rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trackingCode", r.trackingCode());
            m.put("status", key(r.status()));
            m.put("unitCode", r.unitCode());
            m.put("receivedOn", r.receiptDate());
            m.put("dueDate", r.dueDate());
            m.put("dueDateProvisional", r.calendarMissingYear() != null);
            out.add(m);
        }
        return out;
    }

    @GetMapping("/api/v1/requests/{trackingCode}")
    Map<String, Object> one(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String trackingCode) {
        return body(p.member(), queries.viewByCode(p.member(), trackingCode));
    }

    @PostMapping(path = "/api/v1/requests/{trackingCode}/files", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> upload(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String trackingCode,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "error.attachment.missing");
        }
        CaseView c = queries.viewByCode(p.member(), trackingCode);
        long id = replies.upload(
                p.member(), c.request().intake().id(), new NewAttachment(file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + trackingCode + "/files/" + id))
                .body(Map.of("id", id));
    }

    @GetMapping("/api/v1/requests/{trackingCode}/letters/{id}")
    ResponseEntity<byte[]> letter(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String trackingCode,
            @PathVariable long id,
            @RequestParam(defaultValue = "pdf") String format) {
        CaseView c = queries.viewByCode(p.member(), trackingCode);
        Letter letter = c.letters().stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        return files.letter(letter, format);
    }

    @PostMapping("/api/v1/requests/{trackingCode}/steps/{step}")
    Map<String, Object> step(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String trackingCode,
            @PathVariable String step,
            @RequestBody(required = false) Map<String, Object> body) {
        StaffMember staff = p.member();
        StepBody b = new StepBody(body == null ? Map.of() : body);
        long id = queries.viewByCode(staff, trackingCode).request().intake().id();
        RequestStep s =
                ApiSteps.fromName(step).orElseThrow(() -> new NotFoundException("error.api.step-unknown", step));
        switch (s) {
            case CONFIRM -> workflow.confirm(staff, id);
            case REQUEST_CORRECTION -> {
                int days = b.integer("periodDays", 15);
                String note = b.required("note");
                b.done();
                workflow.requestCorrection(staff, id, days, note);
            }
            case RECORD_CORRECTION -> workflow.recordCorrection(staff, id, b.date("receivedOn"));
            case START_CONSULTATION -> {
                String kind = b.text("kind");
                ConsultationKind k = kind == null || kind.equalsIgnoreCase("third_party")
                        ? ConsultationKind.THIRD_PARTY
                        : kind.equalsIgnoreCase("other_agency") ? ConsultationKind.OTHER_AGENCY : b.bad("kind");
                String party = b.required("party");
                b.done();
                workflow.startConsultation(staff, id, k, party, b.text("reason"));
            }
            case END_CONSULTATION -> workflow.endConsultation(staff, id, b.text("reason"));
            case EXTEND -> {
                int days = b.integer("days", 20);
                String reason = b.required("reason");
                b.done();
                workflow.extend(staff, id, days, reason);
            }
            case FEE_NOTICE -> {
                String basis = b.text("basis");
                FeeBasis fb = basis == null || basis.equalsIgnoreCase("count")
                        ? FeeBasis.COUNT
                        : basis.equalsIgnoreCase("pages") ? FeeBasis.PAGES : b.bad("basis");
                int pages = b.integer("pages", 0);
                LocalDate received = b.date("receivedOn");
                b.done();
                workflow.noticeFee(staff, id, fb, pages, received);
            }
            case FEE_RECEIVED -> workflow.recordFeeReceipt(staff, id, b.date("receivedOn"));
            case FEE_PAID -> workflow.recordFeePaid(staff, id, b.date("paidOn"));
            case REPLY -> replies.reply(staff, id, draft(b));
            case SUBMIT_REVIEW -> replies.submitForReview(staff, id, draft(b));
            case APPROVE_REPLY -> workflow.approveReply(staff, id, b.text("note"));
            case RETURN_REPLY -> {
                String reason = b.required("reason");
                b.done();
                workflow.returnReply(staff, id, reason);
            }
            case ARCHIVE -> workflow.archive(staff, id);
        }
        return body(staff, queries.view(staff, id));
    }

    /** The reply in a step's body: {@code outcome}, {@code article}, {@code letterText}, {@code reason}, {@code fileIds}. */
    private static ReplyDraft draft(StepBody b) {
        Outcome o = Outcome.fromKey(b.text("outcome"))
                .filter(x -> !x.isClosureByExpiry())
                .orElse(null);
        if (o == null) {
            b.bad("outcome");
        }
        var article = o == null ? null : o.article(b.text("article")).orElse(null);
        if (o != null && article == null) {
            b.bad("article");
        }
        String text = b.required("letterText");
        List<Long> fileIds = b.ids("fileIds");
        b.done();
        return new ReplyDraft(o, article, text, b.text("reason"), fileIds);
    }

    /** The correction, consultation and fee deadlines the case has, each flagged when provisional. */
    private static List<Map<String, Object>> stepDeadlines(DisclosureRequest.State s) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (s.correction() != null) {
            out.add(deadline(
                    "correction", s.correction().deadline(), s.correction().provisional()));
        }
        if (s.consultation() != null) {
            out.add(deadline(
                    "consultation",
                    s.consultation().deadline(),
                    s.consultation().provisional()));
        }
        if (s.fee() != null) {
            out.add(deadline("fee", s.fee().deadline(), s.fee().provisional()));
        }
        return out;
    }

    private static Map<String, Object> deadline(String kind, java.time.LocalDate date, boolean provisional) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", kind);
        d.put("deadline", date);
        d.put("provisional", provisional);
        return d;
    }

    private Map<String, Object> body(StaffMember staff, CaseView c) {
        DisclosureRequest r = c.request();
        String code = r.intake().trackingCode();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trackingCode", code);
        m.put("status", key(r.status()));
        m.put("unitCode", r.intake().unitCode());
        m.put("receivedOn", r.state().receiptDate());
        m.put("dueDate", r.dueDate());
        m.put(
                "dueDateProvisional",
                r.state().clock() != null && r.state().clock().provisional());
        m.put("allowedSteps", r.allowedSteps(staff).stream().map(ApiSteps::name).toList());
        m.put("stepDeadlines", stepDeadlines(r.state()));
        m.put(
                "history",
                c.history().stream()
                        .map(e -> {
                            Map<String, Object> h = new LinkedHashMap<>();
                            h.put("step", e.action());
                            h.put("at", e.at());
                            h.put("by", e.actor());
                            h.put("reason", e.reason());
                            return h;
                        })
                        .toList());
        m.put(
                "letters",
                c.letters().stream()
                        .map(l -> Map.of(
                                "number",
                                l.letterNo(),
                                "kind",
                                l.kind(),
                                "url",
                                "/api/v1/requests/" + code + "/letters/" + l.id() + "?format=pdf"))
                        .toList());
        m.put(
                "files",
                c.attachments().stream()
                        .map(a -> Map.of(
                                "id", a.id(), "filename", a.filename(), "source", a.source(), "released", a.released()))
                        .toList());
        return m;
    }

    private static String key(Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** A step's JSON body, read field by field; every bad field is named before anything changes. */
    private static final class StepBody {
        private final Map<String, Object> body;
        private final List<FieldProblem> problems = new ArrayList<>();

        StepBody(Map<String, Object> body) {
            this.body = body;
        }

        String text(String field) {
            Object v = body.get(field);
            return v == null ? null : String.valueOf(v);
        }

        String required(String field) {
            String v = text(field);
            if (v == null || v.isBlank()) {
                problems.add(new FieldProblem(field, "error.api.required"));
            }
            return v;
        }

        int integer(String field, int otherwise) {
            Object v = body.get(field);
            if (v == null) {
                return otherwise;
            }
            if (v instanceof Number n) {
                return n.intValue();
            }
            try {
                return Integer.parseInt(String.valueOf(v).strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "error.api.number"));
                return otherwise;
            }
        }

        LocalDate date(String field) {
            String v = text(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "error.api.date"));
                done();
                return null;
            }
        }

        List<Long> ids(String field) {
            Object v = body.get(field);
            List<Long> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!(v instanceof List<?> list)) {
                problems.add(new FieldProblem(field, "error.api.ids"));
                return out;
            }
            for (Object o : list) {
                try {
                    out.add(o instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(o)));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(field, "error.api.ids"));
                }
            }
            return out;
        }

        <T> T bad(String field) {
            problems.add(new FieldProblem(field, "error.api.value"));
            return null;
        }

        void done() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
