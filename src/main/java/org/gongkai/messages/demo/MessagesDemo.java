package org.gongkai.messages.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.messages.Act;
import org.gongkai.messages.Comment;
import org.gongkai.messages.Consultation;
import org.gongkai.messages.ConsultationForm;
import org.gongkai.messages.ConsultationRepository;
import org.gongkai.messages.Message;
import org.gongkai.messages.MessageForm;
import org.gongkai.messages.MessageIntake;
import org.gongkai.messages.MessageRepository;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.platform.text.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Messages and consultations of the demo county: messages of the last year (most answered through a unit's draft
 * and the office's approval, several published with personal data removed, a few still open), a closed
 * consultation on a normative document with its adoption feedback linked to the published document, a concluded
 * survey with results, and an open consultation taking comments. Deterministic; dates relative to today.
 */
@Component
class MessagesDemo implements DemoContributor {

    private static final String GOV = "001008099";
    private static final StaffMember OFFICE = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, GOV + "001");

    /** Unit, handler, sender, phone, subject, body, reply, public wanted. */
    private record Sample(
            String unit,
            String handler,
            String name,
            String phone,
            String subject,
            String body,
            String reply,
            boolean publicWanted) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "013",
                    "zhujian",
                    "陈立新",
                    "13957701234",
                    "老旧小区改造何时开工",
                    "我叫陈立新，住在城关镇人民路18号3栋2单元501室，小区列入改造计划已一年，请问何时开工？联系电话13957701234。",
                    "您好！人民路片区老旧小区改造已完成设计招标，预计下季度开工，施工前将在小区公告栏公示。",
                    true),
            new Sample(
                    "011",
                    "ziranziyuan",
                    "林美华",
                    "13812345670",
                    "宅基地审批需要哪些材料",
                    "本人户籍在城关镇东门村，身份证号330327198803150026，想翻建旧房，请问宅基地审批要准备哪些材料？",
                    "您好！农村宅基地审批需提交申请表、户口簿、现有住房情况说明和村民代表会议意见，可在镇便民服务中心办理。",
                    true),
            new Sample(
                    "101",
                    "chengguan",
                    "黄建国",
                    "0577-68812345",
                    "菜市场周边占道经营",
                    "城关镇菜市场周边早上占道经营严重，车辆难以通行，希望加强管理。我的邮箱hjg1970@example.com。",
                    "您好！镇综合行政执法队已在早市时段增派人员巡查，并在菜市场西侧设置临时疏导点。感谢您的监督。",
                    true),
            new Sample(
                    "013",
                    "zhujian",
                    "吴晓燕",
                    "13606771122",
                    "公租房申请进度查询",
                    "我于今年三月提交公租房申请，至今未收到审核结果，请帮忙查询。电话13606771122。",
                    "您好！您的申请已通过资格审核，正在轮候配租，配租结果将以短信通知。",
                    false),
            new Sample(
                    "011",
                    "ziranziyuan",
                    "周海涛",
                    "15005771888",
                    "国土空间规划何时公示",
                    "请问县国土空间总体规划批复后何时向社会公示？想了解我村是否在城镇开发边界内。",
                    "您好！县国土空间总体规划已获批，全文将在本网站“规划信息”栏目公开，您可查阅附图了解开发边界。",
                    true),
            new Sample(
                    "101",
                    "chengguan",
                    "郑丽",
                    "18857709876",
                    "路灯损坏无人维修",
                    "城关镇解放路南段有三盏路灯损坏一个多月，夜间出行不便，请尽快维修。",
                    "您好！损坏路灯已于本周更换，今后您可拨打城管服务热线报修。",
                    true),
            new Sample(
                    "013",
                    "zhujian",
                    "钱志明",
                    "13777705555",
                    "加装电梯补助标准",
                    "老旧小区加装电梯有没有补助？标准是多少？我的电话是13777705555。",
                    null,
                    true),
            new Sample("101", "chengguan", "孙芳", "13566778899", "学校门口交通拥堵", "城关一小门口上下学时段拥堵严重，建议增设临时停车点。", null, true));

    private final MessageIntake intake;
    private final MessageRepository messages;
    private final ConsultationRepository consultations;
    private final PublicCatalog catalog;
    private final Clock clock;

    MessagesDemo(
            MessageIntake intake,
            MessageRepository messages,
            ConsultationRepository consultations,
            PublicCatalog catalog,
            Clock clock) {
        this.intake = intake;
        this.messages = messages;
        this.consultations = consultations;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public boolean hasData() {
        return !messages.published(1).isEmpty() || !consultations.all().isEmpty();
    }

    @Override
    public void seed(DemoLog log) {
        LocalDate today = LocalDate.now(clock);
        int answered = 0;
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample s = SAMPLES.get(i);
            // spread over the last fifteen months, so last year's report has messages to count as well as this year's
            LocalDate received = today.minusDays(420L - i * 50L);
            MessageForm form =
                    new MessageForm(GOV + s.unit(), s.name(), s.phone(), null, s.subject(), s.body(), s.publicWanted());
            long id = intake.submit(form, List.of(), act(Act.SENDER, null, received))
                    .id();
            Message m = messages.find(id).orElseThrow();
            m.route(act(OFFICE.username(), OFFICE, received.plusDays(1)), GOV + s.unit());
            if (s.reply() != null) {
                StaffMember handler = new StaffMember(s.handler(), s.handler(), Role.HANDLER, GOV + s.unit());
                m.draft(act(handler.username(), handler, received.plusDays(5)), s.reply(), true);
                m.approve(act(OFFICE.username(), OFFICE, received.plusDays(6 + i % 3 * 9)));
                answered++;
            }
            messages.update(m);
        }
        seedConsultations(today);
        log.say("留言 " + SAMPLES.size() + " 条（已答复 " + answered + " 条），意见征集 3 项");
    }

    private void seedConsultations(LocalDate today) {
        StaffMember zhujian = new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, GOV + "013");
        // A closed consultation on a normative document, its feedback published and the final document linked
        Consultation closed = Consultation.create(new ConsultationForm(
                GOV + "013",
                "normative-document",
                "《示例县既有住宅加装电梯管理办法（征求意见稿）》公开征求意见",
                "第一条 为改善既有住宅居住条件，规范加装电梯工作，制定本办法。\n第二条 本县行政区域内既有住宅加装电梯，适用本办法。\n"
                        + "第三条 加装电梯应当经本单元房屋专有部分面积占比三分之二以上的业主同意。",
                "起草背景：全县有老旧住宅约 1.2 万户，居民加装电梯意愿强烈。本办法明确申请条件、审批流程和财政补助标准。",
                today.minusDays(120).toString(),
                today.minusDays(90).toString(),
                null));
        long closedId = consultations.insert(closed, zhujian.username(), clock.instant());
        comment(closedId, "张伟", "请明确低楼层住户的补偿标准，我的电话13905771234。", Comment.Adoption.ADOPTED, null, 118);
        comment(
                closedId,
                "李娜",
                "建议财政补助提高到每台20万元。",
                Comment.Adoption.PARTLY_ADOPTED,
                "补助标准综合考虑财政承受能力，调整为每台最高15万元。",
                110);
        comment(closedId, null, "建议取消业主同意比例要求。", Comment.Adoption.NOT_ADOPTED, "业主同意比例系《民法典》第二百七十八条的规定，不能取消。", 100);
        Consultation c = consultations.find(closedId).orElseThrow();
        c.publishFeedback(
                zhujian,
                today.minusDays(80),
                "征求意见期间共收到意见 3 条，采纳 1 条，部分采纳 1 条，未采纳 1 条。未采纳的理由见各条意见。",
                consultations.comments(closedId));
        catalog.latest(200).stream()
                .filter(i -> i.content().docType() == DocumentType.NORMATIVE)
                .findFirst()
                .map(CatalogItem::id)
                .ifPresent(item -> c.linkFinal(zhujian, today.minusDays(80), item));
        consultations.update(c);

        // A concluded survey with its results
        Consultation survey = Consultation.create(new ConsultationForm(
                GOV + "001",
                "survey",
                "政务公开专区服务满意度网上调查",
                "本次调查了解群众对县政务公开专区的评价，调查结果将用于改进服务。",
                "调查共 2 题，均为单选。",
                today.minusDays(400).toString(),
                today.minusDays(370).toString(),
                "您是否到过县政务公开专区？|到过|没到过\n您对专区服务的总体评价是？|满意|基本满意|不满意"));
        long surveyId = consultations.insert(survey, OFFICE.username(), clock.instant());
        Consultation s = consultations.find(surveyId).orElseThrow();
        int[][] answers = {{0, 0}, {0, 1}, {1, 0}, {0, 0}, {1, 1}, {0, 2}, {0, 0}};
        for (int[] a : answers) {
            for (int q = 0; q < a.length; q++) {
                consultations.answer(s.questions().get(q).id(), a[q], clock.instant());
            }
        }
        s.publishFeedback(OFFICE, today.minusDays(365), "共收到有效问卷 7 份，满意和基本满意的占 86%。将增加专区开放时间。", List.of());
        consultations.update(s);

        // An open consultation taking comments
        Consultation open = Consultation.create(new ConsultationForm(
                GOV + "013",
                "plan",
                "《示例县城区停车设施专项规划（2026—2035年）（草案）》公开征求意见",
                "规划目标：到2030年，城区新增公共停车泊位5000个，基本缓解老城区停车难问题。",
                "起草说明：本规划依据县国土空间总体规划编制，重点解决老旧小区、学校和医院周边停车难题。",
                today.minusDays(5).toString(),
                today.plusDays(25).toString(),
                null));
        long openId = consultations.insert(open, zhujian.username(), clock.instant());
        comment(openId, "王强", "建议在城关一小附近建设立体停车库。联系电话13857708888。", null, null, 3);
    }

    private void comment(long consultationId, String name, String text, Comment.Adoption a, String why, int daysAgo) {
        java.time.Instant at = LocalDate.now(clock)
                .minusDays(daysAgo)
                .atTime(10, 0)
                .atZone(China.ZONE)
                .toInstant();
        long id = consultations.insertComment(new Comment(
                null,
                consultationId,
                name,
                null,
                text,
                PersonalData.redact(text, name == null ? List.of() : List.of(name)),
                at,
                Comment.Moderation.PENDING,
                null,
                null));
        Comment k = consultations.comment(id).orElseThrow();
        consultations.updateComment(new Comment(
                k.id(),
                k.consultationId(),
                k.authorName(),
                k.authorContact(),
                k.text(),
                k.publicText(),
                k.submittedAt(),
                Comment.Moderation.SHOWN,
                a,
                why));
    }

    private Act act(String actor, StaffMember staff, LocalDate on) {
        return new Act(actor, staff, on.atTime(9, 30).atZone(China.ZONE).toInstant(), on);
    }
}
