package org.gongkai.requests.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.fees.FeePolicy;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.requests.Act;
import org.gongkai.requests.DisclosureRequest;
import org.gongkai.requests.LetterStore;
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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestsDemo.class);
    static final String GOVERNMENT = "001008099";
    static final int FIRST_YEAR = 2021;
    private static final ZoneId ZONE = China.ZONE;
    static final Map<String, String> HANDLERS = Map.of("013", "zhujian", "011", "ziranziyuan", "101", "chengguan");
    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, GOVERNMENT + "001");

    private final RequestRepository requests;
    private final ReplyLetters letters;
    private final LetterStore letterStore;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final FeePolicy fees;
    private final Clock clock;

    RequestsDemo(
            RequestRepository requests,
            ReplyLetters letters,
            LetterStore letterStore,
            UnitDirectory units,
            WorkingCalendar calendar,
            FeePolicy fees,
            Clock clock) {
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
        long started = System.nanoTime();
        Random random = new Random(20210101L);
        DemoApplicants people = new DemoApplicants(random);
        LocalDate today = LocalDate.now(clock);
        List<DisclosureRequest> cases = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            int perYear = 110 + random.nextInt(50);
            for (int n = 0; n < perYear; n++) {
                LocalDate submitted = LocalDate.of(year, 1, 4).plusDays(random.nextInt(358));
                if (submitted.isAfter(today) || !workingDay(submitted)) {
                    continue;
                }
                String secret = TrackingCodes.newSecret(random);
                cases.add(new DemoCase(calendar, fees, random, people, today, submitted, secret).walk(null));
                secrets.add(secret);
            }
        }
        // A few cases deliberately open today in each waiting state, so the console shows every state.
        Status[] open = {
            Status.AWAITING_CONFIRMATION,
            Status.REGISTERED,
            Status.CORRECTION_REQUESTED,
            Status.CONSULTATION,
            Status.EXTENDED,
            Status.FEE_NOTICE
        };
        int[] daysBack = {0, 12, 4, 9, 26, 8};
        for (int k = 0; k < 3 * open.length; k++) {
            LocalDate submitted = today.minusDays(daysBack[k % open.length] + random.nextInt(3));
            boolean online = open[k % open.length] == Status.AWAITING_CONFIRMATION;
            if (!online && !workingDay(submitted)) {
                continue;
            }
            String secret = TrackingCodes.newSecret(random);
            cases.add(
                    new DemoCase(calendar, fees, random, people, today, submitted, secret).walk(open[k % open.length]));
            secrets.add(secret);
        }
        // One registered case left past its due date (the overdue list, the supervision's self-inspection) ...
        LocalDate late = today.minusDays(45);
        while (!workingDay(late)) {
            late = late.minusDays(1);
        }
        String lateSecret = TrackingCodes.newSecret(random);
        cases.add(new DemoCase(calendar, fees, random, people, today, late, lateSecret).walk(Status.REGISTERED));
        secrets.add(lateSecret);
        // and an online application nobody has confirmed for a week.
        String waitingSecret = TrackingCodes.newSecret(random);
        cases.add(new DemoCase(calendar, fees, random, people, today, today.minusDays(7), waitingSecret)
                .walk(Status.AWAITING_CONFIRMATION));
        secrets.add(waitingSecret);
        List<DisclosureRequest> replied = new ArrayList<>();
        for (DisclosureRequest c : cases) {
            long id = requests.insert(c);
            if (c.state().reply() != null && !c.state().reply().outcome().isClosureByExpiry()) {
                replied.add(requests.find(id).orElseThrow());
            }
        }
        // Letters are numbered per unit and year in the order they were sent, as the handlers would have.
        replied.sort(
                Comparator.comparing((DisclosureRequest r) -> r.state().reply().date())
                        .thenComparing(r -> r.intake().id()));
        for (DisclosureRequest r : replied) {
            var reply = r.state().reply();
            letters.issue(r, letters.draft(r, reply.outcome(), reply.article()), reply.by());
        }
        int shown = cases.size() - 1;
        while (shown > 0 && cases.get(shown).state().reply() == null) {
            shown--;
        }
        LOG.info("Seeded {} demo applications in {} ms", cases.size(), (System.nanoTime() - started) / 1_000_000);
        log.say("依申请公开演示数据：" + cases.size() + " 件（" + FIRST_YEAR + "–" + today.getYear() + "）。");
        log.say("  门户查询示例：/portal/track 查询码 " + cases.get(shown).intake().trackingCode() + " 查询密码 "
                + secrets.get(shown));
    }

    private boolean workingDay(LocalDate day) {
        try {
            return calendar.isWorkingDay(day);
        } catch (MissingCalendarYearException e) {
            return false;
        }
    }

    static Act act(StaffMember staff, LocalDate day, String reason) {
        return new Act(staff.username(), staff, at(day), day, reason);
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }
}
