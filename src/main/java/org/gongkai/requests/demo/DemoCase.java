package org.gongkai.requests.demo;

import static org.gongkai.requests.demo.RequestsDemo.act;
import static org.gongkai.requests.demo.RequestsDemo.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.fees.FeeMethod;
import org.gongkai.fees.FeePolicy;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.requests.Act;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DisclosureRequest;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReviewPolicy;
import org.gongkai.requests.Status;
import org.gongkai.requests.TrackingCodes;

/** One application walked through the rules on its own dates. */
final class DemoCase {
    private final WorkingCalendar calendar;
    private final FeePolicy fees;
    private final Random random;
    private final DemoApplicants people;
    private final LocalDate today;
    private final LocalDate submitted;
    private final String secret;
    private final String suffix;
    private final StaffMember handler;

    DemoCase(
            WorkingCalendar calendar,
            FeePolicy fees,
            Random random,
            DemoApplicants people,
            LocalDate today,
            LocalDate submitted,
            String secret) {
        this.calendar = calendar;
        this.fees = fees;
        this.random = random;
        this.people = people;
        this.today = today;
        this.submitted = submitted;
        this.secret = secret;
        this.suffix = pickUnit();
        String username = RequestsDemo.HANDLERS.getOrDefault(suffix, "handler" + suffix);
        this.handler = new StaffMember(username, username, Role.HANDLER, RequestsDemo.GOVERNMENT + suffix);
    }

    /** Walks the case to its end, or (with {@code stopIn}) until it reaches that waiting state. */
    DisclosureRequest walk(Status stopIn) {
        Channel channel = stopIn == Status.AWAITING_CONFIRMATION ? Channel.ONLINE : channel();
        ApplicantType type = people.type();
        Applicant applicant = people.applicant(type);
        Instant at = at(submitted);
        DisclosureRequest.Intake intake = new DisclosureRequest.Intake(
                null,
                TrackingCodes.newTrackingCode(submitted.getYear(), random),
                TrackingCodes.hash(secret),
                RequestsDemo.GOVERNMENT + suffix,
                channel,
                applicant,
                DemoTopics.description(suffix, submitted.getYear(), people.place(), random),
                applicant.email() != null ? "email" : "post",
                at);
        boolean online = channel.awaitsConfirmation();
        DisclosureRequest r = DisclosureRequest.submit(
                intake,
                online ? new Act(Act.APPLICANT, null, at, submitted, null) : act(handler, submitted, null),
                calendar);
        try {
            return stopIn == null ? walkOn(r, online) : openIn(r, stopIn);
        } catch (ConflictException | MissingCalendarYearException e) {
            return r; // a step that needs a year with no calendar yet: the case waits where it is
        }
    }

    private DisclosureRequest openIn(DisclosureRequest r, Status target) {
        LocalDate day = submitted;
        if (target != Status.AWAITING_CONFIRMATION && r.status() == Status.AWAITING_CONFIRMATION) {
            r.confirm(act(handler, day, null), calendar);
        }
        switch (target) {
            case CORRECTION_REQUESTED ->
                r.requestCorrection(act(handler, capped(day, 1), "请补充所需信息的具体时间范围和文号"), 15, calendar);
            case CONSULTATION ->
                r.startConsultation(
                        act(handler, capped(day, 2), "涉及第三方商业信息"), ConsultationKind.THIRD_PARTY, "申请所涉企业", calendar);
            case EXTENDED ->
                r.extend(act(RequestsDemo.REVIEWER, capped(day, 17), "所需信息分散于多个档案卷宗，需逐一检索核对"), 15, calendar);
            case FEE_NOTICE -> {
                int pages = 150 + random.nextInt(200);
                LocalDate on = capped(day, 3);
                r.noticeFee(
                        act(handler, on, null),
                        FeeBasis.PAGES,
                        pages,
                        (int) fees.quote(
                                        FeeMethod.BY_PAGES,
                                        pages,
                                        r.intake().applicant().type().key())
                                .netYuan(),
                        capped(on, 1),
                        calendar);
            }
            default -> {}
        }
        return r;
    }

    private DisclosureRequest walkOn(DisclosureRequest r, boolean online) {
        LocalDate day = submitted;
        if (online) {
            day = later(day, random.nextInt(4));
            if (day == null) {
                return r;
            }
            r.confirm(act(handler, day, null), calendar);
        }
        Outcome outcome = outcome();
        day = correction(r, day, outcome);
        if (day == null || r.status() == Status.CLOSED || outcome == Outcome.OTHER_NO_CORRECTION) {
            return r;
        }
        day = consultation(r, day, outcome);
        if (day == null) {
            return r;
        }
        day = extension(r, day);
        if (day == null) {
            return r;
        }
        day = fee(r, day, outcome);
        if (day == null || outcome == Outcome.OTHER_UNPAID_FEE) {
            return r;
        }
        LocalDate replyOn = replyDay(r, day);
        if (replyOn == null) {
            return r;
        }
        if (ReviewPolicy.DEFAULT.requires(outcome)) {
            r.submitReview(act(handler, replyOn, null), outcome, outcome.defaultArticle(), null);
            r.approveReply(act(RequestsDemo.REVIEWER, replyOn, null));
        }
        r.reply(act(handler, replyOn, null), outcome, outcome.defaultArticle(), ReviewPolicy.DEFAULT);
        LocalDate archive = replyOn.plusDays(10 + random.nextInt(30));
        if (!archive.isAfter(today) && random.nextInt(10) < 8) {
            r.archive(act(handler, archive, null));
        }
        return r;
    }

    private LocalDate correction(DisclosureRequest r, LocalDate day, Outcome outcome) {
        boolean asked =
                outcome == Outcome.OTHER_NO_CORRECTION || outcome == Outcome.UNABLE_UNCLEAR || random.nextInt(100) < 6;
        if (!asked) {
            return day;
        }
        LocalDate on = later(day, 1 + random.nextInt(5));
        if (on == null) {
            return null;
        }
        r.requestCorrection(act(handler, on, "请明确所需信息的具体名称、文号或时间范围"), 15, calendar);
        if (outcome == Outcome.OTHER_NO_CORRECTION) {
            r.closeIfExpired(new Act("system", null, at(today), today, null));
            return null;
        }
        LocalDate corrected = later(on, 2 + random.nextInt(8));
        if (corrected == null) {
            return null;
        }
        r.recordCorrection(act(handler, corrected, null), calendar);
        return corrected;
    }

    private LocalDate consultation(DisclosureRequest r, LocalDate day, Outcome outcome) {
        boolean consult = outcome == Outcome.WITHHELD_THIRD_PARTY || random.nextInt(100) < 7;
        if (!consult) {
            return day;
        }
        LocalDate start = later(day, 2 + random.nextInt(6));
        if (start == null) {
            return null;
        }
        boolean thirdParty = outcome == Outcome.WITHHELD_THIRD_PARTY || random.nextBoolean();
        r.startConsultation(
                act(handler, start, "涉及第三方权益，书面征求意见"),
                thirdParty ? ConsultationKind.THIRD_PARTY : ConsultationKind.OTHER_AGENCY,
                thirdParty ? "申请所涉企业" : "县自然资源和规划局",
                calendar);
        LocalDate end = later(start, 4 + random.nextInt(12));
        if (end == null) {
            return null;
        }
        r.endConsultation(act(handler, end, thirdParty ? "第三方书面回复不同意公开" : "该机关书面回复同意公开"), calendar);
        return end;
    }

    private LocalDate extension(DisclosureRequest r, LocalDate day) {
        if (random.nextInt(100) >= 6 || r.status() != Status.REGISTERED || r.dueDate() == null) {
            return day;
        }
        LocalDate on = later(day, 3 + random.nextInt(5));
        if (on == null) {
            return null;
        }
        if (on.isAfter(r.dueDate())) {
            return day;
        }
        r.extend(act(RequestsDemo.REVIEWER, on, "所需信息分散于多个档案卷宗，需逐一检索核对"), 10 + random.nextInt(11), calendar);
        return on;
    }

    private LocalDate fee(DisclosureRequest r, LocalDate day, Outcome outcome) {
        boolean charge = outcome == Outcome.OTHER_UNPAID_FEE || outcome == Outcome.GRANTED && random.nextInt(100) < 3;
        if (!charge) {
            return day;
        }
        LocalDate on = later(day, 2 + random.nextInt(4));
        if (on == null) {
            return null;
        }
        int pages = 120 + random.nextInt(300);
        r.noticeFee(
                act(handler, on, null),
                FeeBasis.PAGES,
                pages,
                (int) fees.quote(
                                FeeMethod.BY_PAGES,
                                pages,
                                r.intake().applicant().type().key())
                        .netYuan(),
                later(on, 1) == null ? on : later(on, 1),
                calendar);
        if (outcome == Outcome.OTHER_UNPAID_FEE) {
            r.closeIfExpired(new Act("system", null, at(today), today, null));
            return null;
        }
        LocalDate paid = later(on, 3 + random.nextInt(10));
        if (paid == null) {
            return null;
        }
        r.recordFeePaid(act(handler, paid, null), calendar);
        return paid;
    }

    /**
     * Most replies come well within the period, a quarter near the due date and a few late, so that the
     * last weeks before today leave cases due soon and overdue on the deadlines view.
     */
    private LocalDate replyDay(DisclosureRequest r, LocalDate day) {
        LocalDate due = r.dueDate();
        int n = random.nextInt(100);
        LocalDate on;
        if (due == null || n < 70) {
            on = calendar.plusWorkingDays(day, 2 + random.nextInt(13));
            on = due != null && on.isAfter(due) ? due : on;
        } else if (n < 96) {
            LocalDate early = calendar.plusWorkingDays(day, 1);
            on = due.minusDays(random.nextInt(4));
            on = on.isBefore(early) ? early : on;
        } else {
            on = calendar.plusWorkingDays(due, 1 + random.nextInt(8));
        }
        return on.isAfter(today) ? null : on;
    }

    /** The working day {@code n} working days after {@code day}, but not after today. */
    private LocalDate capped(LocalDate day, int n) {
        LocalDate d = later(day, n);
        return d == null ? today : d;
    }

    /** The working day {@code n} working days after {@code day}, or null when that is after today. */
    private LocalDate later(LocalDate day, int n) {
        LocalDate d = calendar.plusWorkingDays(day, n);
        return d.isAfter(today) ? null : d;
    }

    private Channel channel() {
        int n = random.nextInt(100);
        return n < 55
                ? Channel.ONLINE
                : n < 73
                        ? Channel.IN_PERSON
                        : n < 85
                                ? Channel.REGISTERED_MAIL
                                : n < 90 ? Channel.ORDINARY_LETTER : n < 97 ? Channel.EMAIL : Channel.FAX;
    }

    private Outcome outcome() {
        int n = random.nextInt(100);
        Outcome[] table = {
            Outcome.GRANTED,
            Outcome.PARTIALLY_GRANTED,
            Outcome.WITHHELD_THIRD_PARTY,
            Outcome.WITHHELD_PROCESS_INFO,
            Outcome.WITHHELD_INTERNAL_AFFAIRS,
            Outcome.WITHHELD_ENFORCEMENT_FILE,
            Outcome.UNABLE_NOT_HELD,
            Outcome.UNABLE_NEEDS_CREATION,
            Outcome.UNABLE_UNCLEAR,
            Outcome.REJECTED_COMPLAINT,
            Outcome.REJECTED_DUPLICATE,
            Outcome.REJECTED_PUBLICATION,
            Outcome.REJECTED_MASS_REPEATED,
            Outcome.REJECTED_CONFIRMATION,
            Outcome.OTHER_NO_CORRECTION,
            Outcome.OTHER_UNPAID_FEE,
            Outcome.OTHER_OTHER,
            Outcome.WITHHELD_STATE_SECRET,
            Outcome.WITHHELD_PROHIBITED_BY_LAW,
            Outcome.WITHHELD_SECURITY_STABILITY,
            Outcome.WITHHELD_ADMINISTRATIVE_QUERY
        };
        int[] upTo = {33, 41, 43, 45, 46, 47, 67, 73, 75, 79, 83, 84, 85, 86, 90, 91, 95, 96, 97, 98, 100};
        for (int i = 0; i < upTo.length; i++) {
            if (n < upTo[i]) {
                Outcome o = table[i];
                return o;
            }
        }
        return Outcome.GRANTED;
    }

    private String pickUnit() {
        int total =
                DemoTopics.WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int n = random.nextInt(total);
        for (Map.Entry<String, Integer> e : DemoTopics.WEIGHTS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            n -= e.getValue();
            if (n < 0) {
                return e.getKey();
            }
        }
        return "013";
    }
}
