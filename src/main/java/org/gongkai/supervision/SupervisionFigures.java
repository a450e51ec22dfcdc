package org.gongkai.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.annualreport.YearFigures;
import org.springframework.stereotype.Component;

/**
 * The year's supervision figures for the annual report's section 1: training sessions and attendees, guidance
 * visits, accountability cases, inspection rounds, notices and rectification tasks (keys
 * {@code annualreport.figure.supervision-*}).
 */
@Component
class SupervisionFigures implements YearFigures {

    static final String GROUP = "supervision";
    private final ActivityRepository activities;

    SupervisionFigures(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public List<Figure> figures(String governmentCode, int year) {
        Map<ActivityKind, long[]> now = activities.countsIn(governmentCode, year);
        Map<ActivityKind, long[]> before = activities.countsIn(governmentCode, year - 1);
        long[] s = activities.supervisionCounts(governmentCode, year);
        long[] p = activities.supervisionCounts(governmentCode, year - 1);
        List<Figure> out = new ArrayList<>();
        out.add(figure("supervision-training", now, before, ActivityKind.TRAINING, 0));
        out.add(figure("supervision-trained", now, before, ActivityKind.TRAINING, 1));
        out.add(figure("supervision-guidance", now, before, ActivityKind.GUIDANCE, 0));
        out.add(figure("supervision-accountability", now, before, ActivityKind.ACCOUNTABILITY, 0));
        out.add(new Figure(GROUP, "supervision-rounds", s[0], p[0]));
        out.add(new Figure(GROUP, "supervision-notices", s[1], p[1]));
        out.add(new Figure(GROUP, "supervision-tasks", s[2], p[2]));
        return out;
    }

    private static Figure figure(
            String key, Map<ActivityKind, long[]> now, Map<ActivityKind, long[]> before, ActivityKind kind, int i) {
        return new Figure(
                GROUP, key, now.getOrDefault(kind, new long[2])[i], before.getOrDefault(kind, new long[2])[i]);
    }
}
