package org.gongkai.supervision.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.supervision.Activities;
import org.gongkai.supervision.Assessments;
import org.gongkai.supervision.Finding;
import org.gongkai.supervision.Inspections;
import org.gongkai.supervision.Notice;
import org.gongkai.supervision.Notices;
import org.gongkai.supervision.Rectification;
import org.gongkai.supervision.Round;
import org.gongkai.supervision.SchemeForm;
import org.gongkai.supervision.SchemeForm.IndicatorForm;
import org.gongkai.supervision.Task;
import org.springframework.stereotype.Component;

/**
 * A full year of the office's supervision, written through the module's services: three inspection rounds with
 * their findings, two notices with rectification tasks (some answered and accepted, some left late), training and
 * guidance records, and the year's assessment scheme with its manual items.
 */
@Component
class AssessmentDemo {

    private static final String[][] CHECKS = {
        {"栏目信息更新不及时，部分栏目超过规定时限未更新", "MEDIUM"},
        {"政策文件未同步发布解读材料", "MEDIUM"},
        {"公开信息中含有公民身份证号码等个人信息", "HIGH"},
        {"依申请公开答复文书要素不全，未告知救济途径", "HIGH"},
        {"信息发布未标注索引号、发文日期等要素", "LOW"}
    };
    private final Inspections inspections;
    private final Notices notices;
    private final Rectification rectification;
    private final Assessments assessments;
    private final Activities activities;
    private final UnitDirectory units;

    AssessmentDemo(
            Inspections inspections,
            Notices notices,
            Rectification rectification,
            Assessments assessments,
            Activities activities,
            UnitDirectory units) {
        this.inspections = inspections;
        this.notices = notices;
        this.rectification = rectification;
        this.assessments = assessments;
        this.activities = activities;
        this.units = units;
    }

    void seed(int year) {
        List<Unit> members = units.subtree(SupervisionDemo.GOVERNMENT).stream()
                .filter(u -> !u.isRoot())
                .toList();
        String checklist =
                String.join("\n", java.util.Arrays.stream(CHECKS).map(c -> c[0]).toList());
        Round q1 = plan("QUARTERLY_CROSS", year + "年第一季度政务公开交叉检查", LocalDate.of(year, 3, 10), checklist);
        Round theme = plan("MONTHLY_THEME", year + "年6月政策解读专项检查", LocalDate.of(year, 6, 2), checklist);
        Round q3 = plan("QUARTERLY_CROSS", year + "年第三季度政务公开交叉检查", LocalDate.of(year, 9, 8), checklist);
        List<Finding> first = record(q1, members, 0, 3);
        record(theme, members, 1, 5);
        List<Finding> third = record(q3, members, 2, 4);
        Notice spring = issue(year + "年第一季度政务公开交叉检查情况的通报", first, LocalDate.of(year, 3, 28), true);
        issue(year + "年第三季度政务公开交叉检查情况的通报", third, LocalDate.of(year, 9, 26), false);
        for (Task t : rectification.list(SupervisionDemo.REVIEWER)) {
            org.gongkai.org.StaffMember handler = SupervisionDemo.HANDLERS.get(t.unitCode());
            if (t.noticeId() == spring.id() && handler != null) {
                Task answered =
                        rectification.answer(handler, t.id(), t.version(), "已逐项核查并完成整改，相关信息已重新审核发布。", null, null);
                rectification.decide(SupervisionDemo.REVIEWER, t.id(), answered.version(), true, "整改到位");
            }
        }
        activities(year);
        scheme(year, members);
    }

    private Round plan(String kind, String theme, LocalDate starts, String checklist) {
        return inspections.plan(
                SupervisionDemo.REVIEWER,
                new Inspections.RoundForm(
                        kind, theme, starts.toString(), starts.plusDays(11).toString(), checklist));
    }

    /** Findings in every {@code every}-th unit from {@code offset}, on the round's second day. */
    private List<Finding> record(Round r, List<Unit> members, int offset, int every) {
        List<Finding> out = new ArrayList<>();
        for (int i = offset; i < members.size(); i += every) {
            int item = (i % CHECKS.length) + 1;
            out.add(inspections.record(
                    SupervisionDemo.REVIEWER,
                    r.id(),
                    members.get(i).code(),
                    item,
                    CHECKS[item - 1][1],
                    "抽查发现 " + (1 + i % 4) + " 条信息存在该问题。",
                    r.startsOn().plusDays(1 + i % 8)));
        }
        return out;
    }

    private Notice issue(String title, List<Finding> findings, LocalDate on, boolean publish) {
        return notices.issue(
                SupervisionDemo.REVIEWER,
                new Notices.NoticeForm(
                        "关于" + title,
                        "各乡镇人民政府、街道办事处，县政府各部门：\n现将检查发现的问题通报如下，请各单位对照问题清单逐项整改，并在期限内报送整改情况。",
                        findings.stream().map(Finding::id).toList(),
                        "10",
                        publish),
                on);
    }

    private void activities(int year) {
        String all = String.join(
                ",",
                units.subtree(SupervisionDemo.GOVERNMENT).stream()
                        .filter(u -> !u.isRoot())
                        .map(Unit::code)
                        .toList());
        record("TRAINING", LocalDate.of(year, 4, 16), "政府信息公开条例及依申请公开办理业务培训", all, "86");
        record("TRAINING", LocalDate.of(year, 10, 22), "政策解读与政务新媒体管理专题培训", all, "74");
        for (int m = 1; m <= 12; m += 2) {
            String unit = SupervisionDemo.GOVERNMENT + String.format("%03d", 100 + m % 7 + 1);
            record("GUIDANCE", LocalDate.of(year, m, 18), "赴基层开展政务公开标准化规范化指导", unit, "6");
        }
        record(
                "ACCOUNTABILITY",
                LocalDate.of(year, 11, 5),
                "依申请公开超期答复约谈单位负责人",
                SupervisionDemo.GOVERNMENT + "013",
                "2");
    }

    private void record(String kind, LocalDate on, String topic, String units, String attendees) {
        activities.record(
                SupervisionDemo.REVIEWER, new Activities.ActivityForm(kind, on.toString(), topic, units, attendees));
    }

    private void scheme(int year, List<Unit> members) {
        String gov = SupervisionDemo.GOVERNMENT;
        assessments.configure(
                SupervisionDemo.REVIEWER,
                gov,
                year,
                new SchemeForm(
                        "100",
                        List.of(
                                new IndicatorForm(
                                        "findings-serious", "检查发现严重问题", "DEDUCTION", "FINDINGS_SERIOUS", "2", "10"),
                                new IndicatorForm(
                                        "findings-other", "检查发现一般问题", "DEDUCTION", "FINDINGS_OTHER", "1", "6"),
                                new IndicatorForm("late-replies", "依申请公开超期答复", "DEDUCTION", "LATE_REPLIES", "2", "10"),
                                new IndicatorForm(
                                        "reviews-corrected", "复议诉讼被纠错", "DEDUCTION", "REVIEWS_CORRECTED", "3", "9"),
                                new IndicatorForm("report-late", "年度报告未按时公布", "DEDUCTION", "REPORT_LATE", "5", "5"),
                                new IndicatorForm(
                                        "rectification-overdue",
                                        "整改逾期",
                                        "DEDUCTION",
                                        "RECTIFICATION_OVERDUE",
                                        "2",
                                        "8"),
                                new IndicatorForm("other-deduction", "其他扣分事项", "DEDUCTION", "MANUAL", "5", "10"),
                                new IndicatorForm("good-practice", "经验做法被上级采用推广", "BONUS", "MANUAL", "3", "5"))));
        assessments.addManualItem(
                SupervisionDemo.REVIEWER,
                gov,
                year,
                members.get(3).code(),
                "good-practice",
                "3",
                "“政策解读进社区”做法被市政务公开办专刊推广");
        assessments.addManualItem(
                SupervisionDemo.REVIEWER,
                gov,
                year,
                members.get(12).code(),
                "good-practice",
                "2",
                "政务公开专区建设经验在全市会议上交流");
        assessments.addManualItem(
                SupervisionDemo.REVIEWER, gov, year, members.get(12).code(), "good-practice", "3", "标准目录动态调整机制被省级简报刊载");
        assessments.addManualItem(
                SupervisionDemo.REVIEWER,
                gov,
                year,
                members.get(20).code(),
                "other-deduction",
                "4",
                "政务新媒体账号超过两周未更新，被市级通报");
    }
}
