package org.gongkai.requests.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.fees.FeeMethod;
import org.gongkai.fees.FeePolicy;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.requests.Act;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DisclosureRequest;
import org.gongkai.requests.LetterStore;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReplyLetters;
import org.gongkai.requests.RequestRepository;
import org.gongkai.requests.Status;
import org.gongkai.requests.TrackingCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications to the demo county from 2021 to today, each walked through the domain step by step on its own
 * dates (so receipt dates, due dates, pauses, extensions, closures and history are what the rules give), with a
 * seeded random source so every run is the same. Cases whose next step would fall after today stay open there.
 */
@Component
class RequestsDemo implements DemoContributor {

    static final String GOVERNMENT = "001008099";
    static final int FIRST_YEAR = 2021;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> HANDLERS = Map.of("013", "zhujian", "011", "ziranziyuan",
            "101", "chengguan");
    private static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER,
            GOVERNMENT + "001");

    private final RequestRepository requests;
    private final ReplyLetters letters;
    private final LetterStore letterStore;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final FeePolicy fees;
    private final Clock clock;

    RequestsDemo(RequestRepository requests, ReplyLetters letters, LetterStore letterStore, UnitDirectory units,
                 WorkingCalendar calendar, FeePolicy fees, Clock clock) {
        this.requests = requests;
        this.letters = letters;
        this.letterStore = letterStore;
        this.units = units;
        this.calendar = calendar;
        this.fees = fees;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional
    public void seed(DemoLog log) {
        if (units.find(GOVERNMENT + "013").isEmpty()) {
            return;
        }
        DemoTopics.SHORT_NAMES.forEach((suffix, name) -> letterStore.setShortName(GOVERNMENT + suffix, name));
        Random random = new Random(20210101L);
        DemoApplicants people = new DemoApplicants(random);
        LocalDate today = LocalDate.now(clock);
        List<DisclosureRequest> cases = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            int perYear = 110 + random.nextInt(50);
            for (int n = 0; n < perYear; n++) {
                LocalDate submitted = LocalDate.of(year, 1, 4).plusDays(random.nextInt(358));
                if (submitted.isAfter(today) || !calendar.isWorkingDay(submitted)) {
                    continue;
                }
                String secret = TrackingCodes.newSecret(random);
                cases.add(new DemoCase(random, people, today, submitted, secret).walk());
                secrets.add(secret);
            }
        }
        List<Long> ids = requests.insertAll(cases);
        for (int i = 0; i < cases.size(); i++) {
            DisclosureRequest r = cases.get(i).withId(ids.get(i));
            if (r.state().reply() != null && !r.state().reply().outcome().isClosureByExpiry()) {
                letters.issue(r, letters.draft(r, r.state().reply().outcome(), r.state().reply().article()),
                        r.state().reply().by());
            }
        }
        int shown = cases.size() - 1;
        while (shown > 0 && cases.get(shown).state().reply() == null) {
            shown--;
        }
        log.say("依申请公开演示数据：" + cases.size() + " 件（" + FIRST_YEAR + "–" + today.getYear() + "）。");
        log.say("  门户查询示例：/portal/track 查询码 " + cases.get(shown).intake().trackingCode() + " 查询密码 "
                + secrets.get(shown));
    }

    /** One application walked through the rules on its own dates. */
    private final class DemoCase {
        private final Random random;
        private final DemoApplicants people;
        private final LocalDate today;
        private final LocalDate submitted;
        private final String secret;
        private final String suffix;
        private final StaffMember handler;

        DemoCase(Random random, DemoApplicants people, LocalDate today, LocalDate submitted, String secret) {
            this.random = random;
            this.people = people;
            this.today = today;
            this.submitted = submitted;
            this.secret = secret;
            this.suffix = pickUnit();
            String username = HANDLERS.getOrDefault(suffix, "handler" + suffix);
            this.handler = new StaffMember(username, username, Role.HANDLER, GOVERNMENT + suffix);
        }

        DisclosureRequest walk() {
            Channel channel = channel();
            ApplicantType type = people.type();
            Applicant applicant = people.applicant(type);
            Instant at = at(submitted);
            DisclosureRequest.Intake intake = new DisclosureRequest.Intake(null,
                    TrackingCodes.newTrackingCode(submitted.getYear(), random), TrackingCodes.hash(secret),
                    GOVERNMENT + suffix, channel, applicant,
                    DemoTopics.description(suffix, submitted.getYear(), people.place(), random),
                    applicant.email() != null ? "email" : "post", at);
            boolean online = channel.awaitsConfirmation();
            DisclosureRequest r = DisclosureRequest.submit(intake,
                    online ? new Act(Act.APPLICANT, null, at, submitted, null) : act(handler, submitted, null),
                    calendar);
            LocalDate day = submitted;
            if (online) {
                day = later(day, random.nextInt(3));
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
            r.reply(act(handler, replyOn, null), outcome, outcome.defaultArticle());
            LocalDate archive = replyOn.plusDays(10 + random.nextInt(30));
            if (!archive.isAfter(today) && random.nextInt(10) < 8) {
                r.archive(act(handler, archive, null));
            }
            return r;
        }

        private LocalDate correction(DisclosureRequest r, LocalDate day, Outcome outcome) {
            boolean asked = outcome == Outcome.OTHER_NO_CORRECTION || outcome == Outcome.UNABLE_UNCLEAR
                    || random.nextInt(100) < 6;
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
            r.startConsultation(act(handler, start, "涉及第三方权益，书面征求意见"), thirdParty
                    ? org.gongkai.requests.CaseParts.ConsultationKind.THIRD_PARTY
                    : org.gongkai.requests.CaseParts.ConsultationKind.OTHER_AGENCY,
                    thirdParty ? "申请所涉企业" : "县自然资源和规划局", calendar);
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
            r.extend(act(REVIEWER, on, "所需信息分散于多个档案卷宗，需逐一检索核对"), 10 + random.nextInt(11), calendar);
            return on;
        }

        private LocalDate fee(DisclosureRequest r, LocalDate day, Outcome outcome) {
            boolean charge = outcome == Outcome.OTHER_UNPAID_FEE
                    || outcome == Outcome.GRANTED && random.nextInt(100) < 3;
            if (!charge) {
                return day;
            }
            LocalDate on = later(day, 2 + random.nextInt(4));
            if (on == null) {
                return null;
            }
            int pages = 120 + random.nextInt(300);
            r.noticeFee(act(handler, on, null), org.gongkai.requests.CaseParts.FeeBasis.PAGES, pages,
                    (int) fees.quote(FeeMethod.BY_PAGES, pages, r.intake().applicant().type().key()).netYuan(), later(on, 1) == null ? on : later(on, 1), calendar);
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

        private LocalDate replyDay(DisclosureRequest r, LocalDate day) {
            LocalDate due = r.dueDate();
            LocalDate on = later(day, 2 + random.nextInt(16));
            if (on != null && due != null && on.isAfter(due) && random.nextInt(100) >= 3) {
                on = due.isBefore(day) ? day : due;
            }
            return on == null || on.isAfter(today) ? null : on;
        }

        /** The working day {@code n} working days after {@code day}, or null when that is after today. */
        private LocalDate later(LocalDate day, int n) {
            LocalDate d = calendar.plusWorkingDays(day, n);
            return d.isAfter(today) ? null : d;
        }

        private Channel channel() {
            int n = random.nextInt(100);
            return n < 55 ? Channel.ONLINE : n < 73 ? Channel.IN_PERSON : n < 85 ? Channel.REGISTERED_MAIL
                    : n < 90 ? Channel.ORDINARY_LETTER : n < 97 ? Channel.EMAIL : Channel.FAX;
        }

        private Outcome outcome() {
            int n = random.nextInt(100);
            Outcome[] table = {Outcome.GRANTED, Outcome.PARTIALLY_GRANTED, Outcome.WITHHELD_THIRD_PARTY,
                    Outcome.WITHHELD_PROCESS_INFO, Outcome.WITHHELD_INTERNAL_AFFAIRS, Outcome.WITHHELD_ENFORCEMENT_FILE,
                    Outcome.UNABLE_NOT_HELD, Outcome.UNABLE_NEEDS_CREATION, Outcome.UNABLE_UNCLEAR,
                    Outcome.REJECTED_COMPLAINT, Outcome.REJECTED_DUPLICATE, Outcome.REJECTED_PUBLICATION,
                    Outcome.REJECTED_MASS_REPEATED, Outcome.REJECTED_CONFIRMATION, Outcome.OTHER_NO_CORRECTION,
                    Outcome.OTHER_UNPAID_FEE, Outcome.OTHER_OTHER, Outcome.WITHHELD_STATE_SECRET,
                    Outcome.WITHHELD_PROHIBITED_BY_LAW, Outcome.WITHHELD_SECURITY_STABILITY,
                    Outcome.WITHHELD_ADMINISTRATIVE_QUERY};
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
            int total = DemoTopics.WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
            int n = random.nextInt(total);
            for (Map.Entry<String, Integer> e : DemoTopics.WEIGHTS.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                n -= e.getValue();
                if (n < 0) {
                    return e.getKey();
                }
            }
            return "013";
        }
    }

    private static Act act(StaffMember staff, LocalDate day, String reason) {
        return new Act(staff.username(), staff, at(day), day, reason);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }
}
