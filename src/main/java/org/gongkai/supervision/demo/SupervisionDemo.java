package org.gongkai.supervision.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemContent;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.requests.IntakeForm;
import org.gongkai.requests.RequestIntake;
import org.gongkai.supervision.SelfInspection;
import org.gongkai.supervision.SupervisedItem;
import org.gongkai.supervision.SupervisedItems;
import org.springframework.stereotype.Component;

/**
 * The demo county's supervision: a few catalogue slips of the kind the self-inspection looks for (written through
 * the catalogue's own workflow), the year's assessment, inspection rounds and notices with their rectification
 * tasks, training and guidance records; then today's self-inspection.
 */
@Component
class SupervisionDemo implements DemoContributor {

    static final String GOVERNMENT = "001008099";
    static final String OFFICE = GOVERNMENT + "001";
    static final StaffMember ADMIN = new StaffMember("admin", "系统管理员", Role.ADMIN, OFFICE);
    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, OFFICE);
    static final Map<String, StaffMember> HANDLERS = Map.of(
            GOVERNMENT + "013", new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, GOVERNMENT + "013"),
            GOVERNMENT + "011", new StaffMember("ziranziyuan", "县自然资源和规划局 陈经办", Role.HANDLER, GOVERNMENT + "011"),
            GOVERNMENT + "101", new StaffMember("chengguan", "城关镇 张经办", Role.HANDLER, GOVERNMENT + "101"));

    private final CatalogWorkflow catalog;
    private final CatalogColumns columns;
    private final SelfInspection inspection;
    private final AssessmentDemo assessment;
    private final SupervisedItems items;
    private final UnitDirectory units;
    private final AnnualReports reports;
    private final RequestIntake intake;
    private final WorkingCalendar calendar;
    private final Clock clock;

    SupervisionDemo(
            CatalogWorkflow catalog,
            CatalogColumns columns,
            SelfInspection inspection,
            AssessmentDemo assessment,
            SupervisedItems items,
            UnitDirectory units,
            AnnualReports reports,
            RequestIntake intake,
            WorkingCalendar calendar,
            Clock clock) {
        this.catalog = catalog;
        this.columns = columns;
        this.inspection = inspection;
        this.assessment = assessment;
        this.items = items;
        this.units = units;
        this.reports = reports;
        this.intake = intake;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void seed(DemoLog log) {
        if (units.find(OFFICE).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        slips(today);
        assessment.seed(today.getYear() - 1);
        items(today);
        oldSiteReport(today.getYear() - 3);
        letterDueSoon(today);
        SelfInspection.Outcome o = inspection.run("system", GOVERNMENT);
        log.say("督查考核：自查发现 " + o.detected() + " 个问题（用时 " + o.millis() + " 毫秒），见 /console/supervision");
    }

    /** Slips a busy office makes: each one is what a self-inspection rule is for. */
    private void slips(LocalDate today) {
        String culture = GOVERNMENT + "018";
        String health = GOVERNMENT + "019";
        String town = GOVERNMENT + "103";
        publish(
                item(
                        culture,
                        "示例县文化和广电旅游体育局开展“送戏下乡”活动",
                        DocumentType.NOTICE,
                        today.minusDays(32),
                        "工作动态",
                        "本月共组织送戏下乡演出 12 场，惠及群众 3000 余人。"),
                today.minusDays(30));
        publish(
                item(
                        health,
                        "示例县卫生健康局关于医疗机构校验结果的公告",
                        DocumentType.NOTICE,
                        today.minusDays(70),
                        "通知公告",
                        "经审核，下列医疗机构校验合格，现予公告。"),
                today.minusDays(8));
        publish(
                item(
                        town,
                        "西山镇关于高龄津贴发放对象的公示",
                        DocumentType.NOTICE,
                        today.minusDays(6),
                        "通知公告",
                        "公示对象：王某某，身份证号 33032719480512001X，联系电话 13805771234。"),
                today.minusDays(5));
        publish(
                item(
                        town,
                        "西山镇关于做好" + today.getYear() + "年防汛防台工作的通知",
                        DocumentType.NOTICE,
                        today.minusDays(4),
                        "通知公告",
                        "各村（社区）：现将防汛防台工作安排印发给你们，具体任务分工详见附件。"),
                today.minusDays(3));
        publish(
                item(
                        health,
                        "示例县基本公共卫生服务项目管理办法",
                        DocumentType.NORMATIVE,
                        today.minusDays(12),
                        "规范性文件",
                        "第一条 为规范基本公共卫生服务项目管理，制定本办法。"),
                today.minusDays(10));
        CatalogItem gone = publish(
                item(culture, "示例县文化和广电旅游体育局文物保护单位名录", DocumentType.NOTICE, today.minusDays(40), "文物保护", "县级文物保护单位名录。"),
                today.minusDays(38));
        catalog.withdraw(REVIEWER, gone.id(), "名录调整，待重新发布");
        publish(
                item(
                        culture,
                        "示例县文化和广电旅游体育局关于开展文物安全检查的通知",
                        DocumentType.NOTICE,
                        today.minusDays(9),
                        "通知公告",
                        "各乡镇（街道）：请对照县级文物保护单位名录（/portal/catalog/items/" + gone.indexNumber() + "）逐处开展安全检查。"),
                today.minusDays(8));
    }

    /**
     * The office enters the culture bureau's report of the year before the platform, read from the old website: its
     * 结转下年度 disagrees with the 上年结转 of the platform's first published report, which now fails its carry-over
     * check.
     */
    private void oldSiteReport(int firstYear) {
        String culture = GOVERNMENT + "018";
        AnnualReport first = reports.view(REVIEWER, culture, firstYear).report();
        if (first == null || first.requests() == null) {
            return;
        }
        AnnualReport old = ReportJson.read(ReportJson.write(first));
        String column = Layouts.APPLICANT_COLUMNS.getFirst();
        old.year(firstYear - 1).published(null).source("原政府网站年度报告（人工录入）");
        old.requests().set("carried_forward", column, first.requests().count("carried_over", column) + 2);
        reports.importPublished(REVIEWER, culture, firstYear - 1, old);
    }

    /**
     * A letter the housing bureau signed for some weeks ago and registered now: its 20 working days end within the
     * next two, whatever day the demo is made.
     */
    private void letterDueSoon(LocalDate today) {
        LocalDate by = calendar.plusWorkingDays(today, 2);
        LocalDate received = today;
        while (calendar.plusWorkingDays(received, 20).isAfter(by)) {
            received = received.minusDays(1);
        }
        String unit = GOVERNMENT + "013";
        intake.register(
                HANDLERS.get(unit),
                new IntakeForm(
                        unit,
                        "natural_person",
                        "刘某某",
                        "resident_id",
                        "11010519491231002X",
                        null,
                        null,
                        "13912345678",
                        null,
                        "示例县城关镇解放路 8 号",
                        "申请公开本小区加装电梯的审批材料",
                        "registered_mail",
                        "post"),
                received,
                java.util.List.of());
    }

    /** 督办: a livelihood project and a work-report task on the portal, a decision kept inside. */
    private void items(LocalDate today) {
        int y = today.getYear();
        SupervisedItem housing = items.open(
                REVIEWER,
                new SupervisedItems.ItemForm(
                        "LIVELIHOOD_PROJECT",
                        y + "年城区老旧小区综合改造",
                        "完成城东、城西片区 12 个老旧小区的管网、屋面和适老化改造，惠及居民 2600 余户。",
                        GOVERNMENT + "013, " + GOVERNMENT + "101",
                        y + "-03-31 完成项目招标\n" + y + "-09-30 完成 8 个小区主体改造\n" + y + "-12-31 全部完工验收",
                        true));
        long tender = housing.milestones().getFirst().id();
        items.report(HANDLERS.get(GOVERNMENT + "013"), housing.id(), GOVERNMENT + "013", "项目已完成公开招标，中标单位已进场。", tender);
        items.report(HANDLERS.get(GOVERNMENT + "101"), housing.id(), GOVERNMENT + "101", "城关片区 4 个小区已完成居民意见征集。", null);
        items.open(
                REVIEWER,
                new SupervisedItems.ItemForm(
                        "WORK_REPORT_TASK",
                        "政府工作报告：推进政务服务“一网通办”",
                        "依申请公开网上申请、答复全程网办，年度网上办理率达到 90% 以上。",
                        GOVERNMENT + "011",
                        y + "-06-30 完成网上申请渠道改造\n" + y + "-12-31 网上办理率达到 90%",
                        true));
        items.open(
                REVIEWER,
                new SupervisedItems.ItemForm(
                        "MAJOR_DECISION",
                        "县域国土空间总体规划编制",
                        "按规定组织编制并公开征求意见。",
                        GOVERNMENT + "011",
                        (y + 1) + "-06-30 形成规划草案并公开征求意见",
                        false));
    }

    private static ItemContent item(
            String unit, String title, DocumentType type, LocalDate written, String column, String body) {
        return new ItemContent(
                unit,
                title,
                type == DocumentType.NORMATIVE ? "示卫健规〔" + written.getYear() + "〕1号" : null,
                type,
                written,
                type.defaultArticle20Item(),
                column,
                DisclosureMode.PROACTIVE,
                null,
                body,
                "",
                null,
                null);
    }

    private CatalogItem publish(ItemContent content, LocalDate on) {
        // the office adds the column to the county's list the first time an item needs it
        if (!columns.isKnown(content.unitCode(), content.column())) {
            columns.create(REVIEWER, content.column(), ColumnKind.COLUMN, null, null);
        }
        CatalogItem item = catalog.create(REVIEWER, content);
        catalog.submit(REVIEWER, item.id());
        return catalog.approve(ADMIN, item.id(), "经保密审查，同意公开", on);
    }
}
