package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.WaitingWork;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A round, its findings, a notice with rectification tasks, the unit's answer and the office's decision. */
@GongkaiTest
class RectificationRoundTest {

    static final String GOVERNMENT = "001008099";
    static final String OFFICE = GOVERNMENT + "001";
    static final String ZHUJIAN = GOVERNMENT + "013";
    static final StaffMember REVIEWER = new StaffMember("reviewer", "审核", Role.REVIEWER, OFFICE);
    static final StaffMember HANDLER = new StaffMember("zhujian", "住建", Role.HANDLER, ZHUJIAN);
    static final StaffMember OTHER = new StaffMember("chengguan", "城关", Role.HANDLER, GOVERNMENT + "101");

    @Autowired
    Inspections inspections;

    @Autowired
    Notices notices;

    @Autowired
    Rectification rectification;

    @Autowired
    AuditLog audit;

    @Autowired
    org.gongkai.org.UnitDirectory units;

    @Autowired
    List<WaitingWork> waiting;

    @Autowired
    java.time.Clock clock;

    @Test
    void theOfficeIssuesANoticeTheUnitAnswersAndTheOfficeReturnsThenAccepts() {
        // the platform's day (China), which differs from the JVM's between 16:00 and 24:00 UTC
        LocalDate today = LocalDate.now(clock);
        Round round = inspections.plan(
                REVIEWER,
                new Inspections.RoundForm(
                        "QUARTERLY_CROSS", "测试交叉检查", today.toString(), today.toString(), "栏目更新\n政策解读"));
        Finding f = inspections.record(REVIEWER, round.id(), ZHUJIAN, 2, "HIGH", "规范性文件未同步解读", today);
        assertThat(f.message()).isEqualTo("政策解读：规范性文件未同步解读");
        Notice n = notices.issue(REVIEWER, new Notices.NoticeForm("关于测试的通报", "正文", List.of(f.id()), "5", true), today);
        assertThat(n.number()).startsWith("示例县政务公开通报〔" + today.getYear() + "〕第");
        assertThat(notices.pdf(n)).startsWith("%PDF".getBytes());
        assertThat(notices.docx(n)).startsWith(new byte[] {'P', 'K'});
        Task t = rectification.list(HANDLER).stream()
                .filter(x -> x.findingId() == f.id())
                .findFirst()
                .orElseThrow();
        assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(t.deadline()).isAfter(today);
        assertThatThrownBy(() -> rectification.get(OTHER, t.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rectification.answer(HANDLER, t.id(), t.version(), " ", null, null))
                .isInstanceOf(InvalidInputException.class);
        Task answered = rectification.answer(HANDLER, t.id(), t.version(), "已发布解读", "shot.png", png());
        assertThat(answered.fileName()).isEqualTo("shot.png");
        assertThatThrownBy(() -> rectification.decide(HANDLER, t.id(), answered.version(), true, ""))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rectification.decide(REVIEWER, t.id(), answered.version(), false, ""))
                .isInstanceOf(InvalidInputException.class);
        Task returned = rectification.decide(REVIEWER, t.id(), answered.version(), false, "解读未链接原文");
        assertThat(returned.allowed()).containsExactly(TaskStep.ANSWER);
        Task again = rectification.answer(HANDLER, t.id(), returned.version(), "已补充链接", null, null);
        assertThatThrownBy(() -> rectification.answer(HANDLER, t.id(), again.version(), "再次", null, null))
                .isInstanceOf(ConflictException.class);
        Task accepted = rectification.decide(REVIEWER, t.id(), again.version(), true, "");
        assertThat(accepted.status()).isEqualTo(TaskStatus.ACCEPTED);
        assertThat(inspections.findings(REVIEWER, round.id()).getFirst().resolvedOn())
                .isEqualTo(today);
        assertThat(audit.forEntity("supervision_task", String.valueOf(t.id())))
                .extracting(e -> e.action())
                .contains(
                        "supervision.task.assign",
                        "supervision.task.answer",
                        "supervision.task.return",
                        "supervision.task.accept");
    }

    static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheOfficePlansRoundsAndIssuesNotices() {
        assertThatThrownBy(() -> inspections.plan(
                        HANDLER, new Inspections.RoundForm("MONTHLY_THEME", "x", "2026-01-01", "2026-01-02", "a")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> notices.issue(
                        HANDLER, new Notices.NoticeForm("x", "y", List.of(1L), "5", false), LocalDate.now(China.ZONE)))
                .isInstanceOf(ForbiddenException.class);
        InvalidInputException bad = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                inspections.plan(REVIEWER, new Inspections.RoundForm("YEARLY", "", "2026-02-01", "2026-01-01", "")));
        assertThat(bad.fields()).extracting(p -> p.field()).contains("kind", "theme", "endsOn", "checklist");
    }

    @Test
    void overdueTasksWaitOnTheOfficesConsoleHomePerUnit() {
        Map<String, Long> overdue = rectification.overdue(units.visibleUnitCodes(REVIEWER));
        assertThat(overdue).isNotEmpty();
        assertThat(waiting.stream()
                        .flatMap(w -> w.waiting(REVIEWER, java.util.Set.copyOf(overdue.keySet())).stream())
                        .filter(w -> w.kind().equals("rectification-overdue")))
                .isNotEmpty();
    }
}
