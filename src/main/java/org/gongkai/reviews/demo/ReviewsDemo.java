package org.gongkai.reviews.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.reviews.ReviewCaseForm;
import org.gongkai.reviews.ReviewCases;
import org.gongkai.reviews.ReviewRepository;
import org.springframework.stereotype.Component;

/**
 * Reconsideration and litigation cases of the demo county, 2021 to today: mostly about land, housing and
 * enforcement units, some still pending, a few suits after reconsideration in which the county government
 * (the reconsideration body) is co-defendant. Each is linked to a reply of the demo applications (order 300) made
 * shortly before it where there is one. Deterministic (seeded).
 */
@Component
class ReviewsDemo implements DemoContributor {

    private static final String GOVERNMENT = "001008099";
    /** Units that attract challenges, with a weight each. */
    private static final List<String> UNITS =
            List.of("001", "011", "011", "011", "013", "013", "006", "026", "026", "101", "101", "102", "201", "016");

    private static final RequestStatistics.Row REPLIED = RequestStatistics.Row.of(RequestStatistics.Kind.REPLIED);
    /** More replies than a demo unit makes in a year. */
    private static final int REPLIES_A_YEAR = 10_000;

    private final ReviewCases cases;
    private final ReviewRepository repo;
    private final RequestStatistics applications;
    private final Clock clock;

    ReviewsDemo(ReviewCases cases, ReviewRepository repo, RequestStatistics applications, Clock clock) {
        this.cases = cases;
        this.repo = repo;
        this.applications = applications;
        this.clock = clock;
    }

    /** The tracking code of a reply of the unit in the 90 days before the challenge, if the demo has one. */
    private String challenged(String unit, LocalDate filed) {
        LocalDate from = filed.minusDays(90);
        return IntStream.rangeClosed(from.getYear(), filed.getYear())
                .boxed()
                .flatMap(
                        y -> applications.casesIn(List.of(unit), y, REPLIED, Optional.empty(), REPLIES_A_YEAR).stream())
                .filter(c -> !c.replyDate().isBefore(from) && !c.replyDate().isAfter(filed))
                .max(Comparator.comparing(RequestStatistics.CaseRef::replyDate)
                        .thenComparing(Comparator.comparingLong(RequestStatistics.CaseRef::id)
                                .reversed()))
                .map(RequestStatistics.CaseRef::trackingCode)
                .orElse("");
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void seed(DemoLog log) {
        StaffMember admin = new StaffMember("admin", "系统管理员", Role.ADMIN, GOVERNMENT + "001");
        Random random = new Random(500);
        LocalDate today = LocalDate.now(clock);
        int serial = 0;
        for (int year = 2021; year <= today.getYear(); year++) {
            int n = 10 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                LocalDate filed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                if (filed.isAfter(today)) {
                    continue;
                }
                serial++;
                String unit = GOVERNMENT + UNITS.get(random.nextInt(UNITS.size()));
                int kind = random.nextInt(20);
                String stage = kind < 10
                        ? "reconsideration"
                        : kind < 17 ? "litigation_direct" : "litigation_after_reconsideration";
                LocalDate decided = filed.plusDays(40 + random.nextInt(150));
                String decision = "";
                if (decided.isAfter(today)) {
                    decided = null;
                } else {
                    int r = random.nextInt(20);
                    decision = r < 12 ? "upheld" : r < 15 ? "corrected" : "other";
                }
                boolean suit = !stage.equals("reconsideration");
                String body = suit
                        ? (random.nextInt(3) == 0 ? "温州市鹿城区人民法院" : "示例县人民法院")
                        : unit.equals(GOVERNMENT + "001") ? "温州市人民政府" : "示例县人民政府";
                String number = suit
                        ? String.format("（%d）浙0399行初%d号", year, 20 + serial)
                        : String.format("示政复〔%d〕%d号", year, serial);
                String coDefendant = stage.equals("litigation_after_reconsideration")
                                && !unit.equals(GOVERNMENT + "001")
                                && random.nextBoolean()
                        ? GOVERNMENT
                        : "";
                cases.create(
                        admin,
                        new ReviewCaseForm(
                                unit,
                                stage,
                                challenged(unit, filed),
                                number,
                                body,
                                filed.toString(),
                                decided == null ? "" : decided.toString(),
                                decision,
                                coDefendant,
                                "申请人对政府信息公开答复不服",
                                "演示数据"));
            }
        }
        log.say("复议诉讼案件：" + repo.count() + " 件（2021 年至今）");
    }
}
