package org.gongkai.requests.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.requests.Article;
import org.gongkai.requests.FollowUps;
import org.gongkai.requests.IdNumbers;
import org.gongkai.requests.IntakeForm;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReplyLetters;
import org.gongkai.requests.ReplyLetters.ReplyDraft;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestSummary;
import org.gongkai.requests.RequestWorkflow;
import org.gongkai.requests.Status;
import org.gongkai.requests.Submitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's hard cases, through the module's services: an applicant who asks for nearly the same thing again, a
 * withheld reply waiting for the reviewer and one the reviewer approved, callbacks on replied cases and a replied
 * case the applicant can rate on the tracking page.
 */
@Component
class HardCasesDemo implements DemoContributor {

    private static final String UNIT = RequestsDemo.GOVERNMENT + "013";
    private static final StaffMember HANDLER = new StaffMember("zhujian", "zhujian", Role.HANDLER, UNIT);
    private static final String WITHHELD =
            "经审查，您申请获取的某置业公司商品房预售资金监管协议涉及该企业的商业秘密，" + "经书面征求该企业意见，该企业不同意公开。根据《中华人民共和国政府信息公开条例》第十五条的规定，本机关决定不予公开。";
    private static final String WITHHELD_REASON = "协议中的资金监管账户、监管额度属于企业商业秘密，公开会损害企业合法权益";

    private final RequestIntake intake;
    private final ReplyLetters letters;
    private final RequestWorkflow workflow;
    private final FollowUps followUps;
    private final RequestQueries queries;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final Clock clock;

    HardCasesDemo(
            RequestIntake intake,
            ReplyLetters letters,
            RequestWorkflow workflow,
            FollowUps followUps,
            RequestQueries queries,
            UnitDirectory units,
            WorkingCalendar calendar,
            Clock clock) {
        this.intake = intake;
        this.letters = letters;
        this.workflow = workflow;
        this.followUps = followUps;
        this.queries = queries;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    @Transactional
    public void seed(DemoLog log) {
        if (units.find(UNIT).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = lastWorkingDay(today);
        if (day == null) {
            return;
        }
        // One applicant asks for nearly the same information three times
        String person = "44030419850612031";
        person += IdNumbers.residentIdCheck(person);
        apply(person, "周六", "申请公开2024年城关镇老旧小区改造项目的资金使用情况和施工招标文件", day.minusDays(20));
        apply(person, "周六", "请提供本县2025年度保障性租赁住房的分配名单", day.minusDays(14));
        Submitted again = apply(person, "周六", "申请公开2024年城关镇老旧小区改造项目资金的使用情况及施工招标文件", day);
        // A withheld reply waiting for the reviewer, and one the reviewer approved, ready to send
        String other = "44030419790308072";
        other += IdNumbers.residentIdCheck(other);
        Submitted pending = apply(other, "吴九", "申请公开某置业公司商品房预售资金监管协议全文", day);
        ReplyDraft draft =
                new ReplyDraft(Outcome.WITHHELD_THIRD_PARTY, Article.A15, WITHHELD, WITHHELD_REASON, List.of());
        letters.submitForReview(HANDLER, pending.id(), draft);
        Submitted approved = apply(other, "吴九", "申请公开某房地产开发企业的商品房预售许可申报材料", day);
        ReplyDraft draft2 =
                new ReplyDraft(Outcome.WITHHELD_THIRD_PARTY, Article.A15, WITHHELD, WITHHELD_REASON, List.of());
        letters.submitForReview(HANDLER, approved.id(), draft2);
        workflow.approveReply(RequestsDemo.REVIEWER, approved.id(), "同意不予公开");
        // A replied case the applicant may rate, and callbacks on the unit's latest replies
        Submitted rated = apply(other, "吴九", "申请公开城关镇某小区2025年竣工验收备案表", day);
        letters.reply(
                HANDLER,
                rated.id(),
                new ReplyDraft(
                        Outcome.GRANTED,
                        Article.A36_2,
                        "经审查，您申请获取的竣工验收备案表属于可以公开的政府信息，本机关已通过电子邮件向您提供。",
                        null,
                        List.of()));
        followUps.rate(rated.id(), 5, "答复及时");
        Submitted toRate = apply(person, "周六", "申请公开城关镇某小区物业维修资金使用情况", day);
        letters.reply(
                HANDLER,
                toRate.id(),
                new ReplyDraft(
                        Outcome.GRANTED,
                        Article.A36_2,
                        "经审查，您申请获取的物业维修资金使用情况属于可以公开的政府信息，本机关已通过电子邮件向您提供。",
                        null,
                        List.of()));
        int called = 0;
        for (RequestSummary s : queries.list(HANDLER, UNIT, Status.REPLIED, today.getYear(), 0, 8)
                .rows()) {
            if (s.replyDate() != null && s.id() != rated.id() && s.id() != toRate.id()) {
                followUps.recordCallback(
                        HANDLER,
                        s.id(),
                        s.replyDate().plusDays(3).isAfter(today)
                                ? today
                                : s.replyDate().plusDays(3),
                        "电话回访，申请人表示已收到答复，对办理结果无异议");
                called++;
            }
        }
        log.say("疑难案件辅助演示：相似申请 " + again.trackingCode() + "；待审核答复 " + pending.trackingCode() + "；已审核待发出 "
                + approved.trackingCode() + "；已回访 " + called + " 件；可评价的查询码 " + toRate.trackingCode() + " 查询密码 "
                + toRate.secret());
    }

    private Submitted apply(String idNumber, String name, String description, LocalDate on) {
        IntakeForm f = new IntakeForm(
                UNIT,
                "natural_person",
                name,
                "resident_id",
                idNumber,
                null,
                null,
                "13600000000",
                null,
                "示例县城关镇解放路8号",
                description,
                "in_person",
                "post");
        return intake.register(HANDLER, f, on, List.of());
    }

    private LocalDate lastWorkingDay(LocalDate today) {
        LocalDate d = today;
        for (int i = 0; i < 30; i++, d = d.minusDays(1)) {
            try {
                if (calendar.isWorkingDay(d)) {
                    return d;
                }
            } catch (MissingCalendarYearException e) {
                return null;
            }
        }
        return null;
    }
}
