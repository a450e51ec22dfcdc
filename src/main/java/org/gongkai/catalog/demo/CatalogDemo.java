package org.gongkai.catalog.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogWorkflow;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.InterpretationForm;
import org.gongkai.catalog.ItemContent;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.catalog.Validity;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's catalogue, 2019 to today: normative documents (some later repealed or expired) with their
 * interpretations, budgets, annual reports, notices, licensing and penalty information, rules and the guide. All
 * written through the catalogue workflow (drafted by one person, reviewed by another), deterministic (seeded).
 */
@Component
class CatalogDemo implements DemoContributor {

    static final String GOVERNMENT = "001008099";
    static final String OFFICE = GOVERNMENT + "001";
    private static final StaffMember ADMIN = new StaffMember("admin", "系统管理员", Role.ADMIN, OFFICE);
    private static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, OFFICE);
    private static final Map<String, StaffMember> HANDLERS = Map.of(
            GOVERNMENT + "013", new StaffMember("zhujian", "县住建局 李经办", Role.HANDLER, GOVERNMENT + "013"),
            GOVERNMENT + "011", new StaffMember("ziranziyuan", "县自然资源和规划局 陈经办", Role.HANDLER, GOVERNMENT + "011"),
            GOVERNMENT + "101", new StaffMember("chengguan", "城关镇 张经办", Role.HANDLER, GOVERNMENT + "101"));
    private static final int FIRST_YEAR = 2019;

    private final CatalogWorkflow workflow;
    private final CatalogColumns columns;
    private final StandardCatalog standard;
    private final UnitDirectory units;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CatalogDemo(
            CatalogWorkflow workflow,
            CatalogColumns columns,
            StandardCatalog standard,
            UnitDirectory units,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.workflow = workflow;
        this.columns = columns;
        this.standard = standard;
        this.units = units;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public int order() {
        return 400;
    }

    /** One transaction for the whole catalogue: the search index follows once it commits. */
    @Override
    public void seed(DemoLog log) {
        if (units.find(OFFICE).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int count = transaction.execute(status -> seedAll());
        log.say("主动公开目录：已生成 " + count + " 条演示信息（" + FIRST_YEAR + "—"
                + LocalDate.now(clock).getYear() + " 年，用时 " + (System.nanoTime() - started) / 1_000_000 + " 毫秒）。");
    }

    private int seedAll() {
        Random r = new Random(20190515L);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> areas = StandardCatalogDemo.seed(standard, OFFICE);
        List<Unit> all = units.all().stream().filter(u -> !u.isRoot()).toList();
        StandardCatalogDemo.offices(standard, all, OFFICE);
        DemoPublisher publish = new DemoPublisher(workflow, columns, today);
        int count = 0;
        count += new DemoOfficeItems(publish, units.require(OFFICE)).seed(r);
        for (Unit u : all) {
            StaffMember author = HANDLERS.getOrDefault(u.code(), REVIEWER);
            StaffMember approver = author == REVIEWER ? ADMIN : REVIEWER;
            count += new DemoUnitItems(publish.as(author, approver), u, areas, today).seed(new Random(r.nextLong()));
        }
        count += pendingWork(today);
        return count;
    }

    /** Work waiting in the console: drafts and items awaiting the secrecy review, and one withdrawn item. */
    private int pendingWork(LocalDate today) {
        StaffMember zhujian = HANDLERS.get(GOVERNMENT + "013");
        String unit = zhujian.unitCode();
        List<CatalogItem> made = new ArrayList<>();
        String[] titles = {
            "示例县住房和城乡建设局关于" + today.getYear() + "年老旧小区综合改造项目计划的公示",
            "示例县住房和城乡建设局关于开展住宅小区消防通道专项整治的通知",
            "示例县住房和城乡建设局" + today.getYear() + "年公共租赁住房分配结果公示"
        };
        for (String title : titles) {
            made.add(workflow.create(
                    zhujian,
                    new ItemContent(
                            unit,
                            title,
                            null,
                            DocumentType.NOTICE,
                            today,
                            15,
                            "通知公告",
                            DisclosureMode.PROACTIVE,
                            null,
                            title + "。具体内容详见正文附件。",
                            "住房保障",
                            null,
                            null)));
        }
        workflow.submit(zhujian, made.get(0).id());
        workflow.submit(zhujian, made.get(1).id());
        CatalogItem wrong = workflow.create(
                zhujian,
                new ItemContent(
                        unit,
                        "示例县住房和城乡建设局关于建筑工地扬尘治理的通知（误发）",
                        null,
                        DocumentType.NOTICE,
                        today.minusDays(3),
                        13,
                        "通知公告",
                        DisclosureMode.PROACTIVE,
                        null,
                        "该信息因附件内容有误已撤回。",
                        "扬尘治理",
                        null,
                        null));
        workflow.submit(zhujian, wrong.id());
        workflow.approve(REVIEWER, wrong.id(), "同意发布", today.minusDays(2));
        workflow.withdraw(REVIEWER, wrong.id(), "附件含有个人信息，撤回后重新发布");
        return titles.length + 1;
    }

    /** Drafts, submits and approves items as a pair of staff (author and reviewer). */
    static final class DemoPublisher {
        /** Key areas the demo county gives a topic page (专题专栏). */
        private static final java.util.Set<String> TOPICS = java.util.Set.of("重大建设项目", "政府采购");

        private final CatalogWorkflow workflow;
        private final CatalogColumns columns;
        private final LocalDate today;
        private final StaffMember author;
        private final StaffMember approver;

        DemoPublisher(CatalogWorkflow workflow, CatalogColumns columns, LocalDate today) {
            this(workflow, columns, today, REVIEWER, ADMIN);
        }

        private DemoPublisher(
                CatalogWorkflow workflow,
                CatalogColumns columns,
                LocalDate today,
                StaffMember author,
                StaffMember approver) {
            this.workflow = workflow;
            this.columns = columns;
            this.today = today;
            this.author = author;
            this.approver = approver;
        }

        DemoPublisher as(StaffMember newAuthor, StaffMember newApprover) {
            return new DemoPublisher(workflow, columns, today, newAuthor, newApprover);
        }

        /** The office adds the column to the county's list the first time an item needs it. */
        private void column(ItemContent content) {
            if (!columns.isKnown(content.unitCode(), content.column())) {
                columns.create(
                        REVIEWER,
                        content.column(),
                        TOPICS.contains(content.column()) ? ColumnKind.TOPIC : ColumnKind.COLUMN,
                        null,
                        null);
            }
        }

        LocalDate today() {
            return today;
        }

        /** Publishes on {@code on}; returns null when that date is still in the future. */
        CatalogItem publish(ItemContent content, LocalDate on) {
            if (on.isAfter(today) || content.writtenOn().isAfter(on)) {
                return null;
            }
            column(content);
            CatalogItem item = workflow.create(author, content);
            workflow.submit(author, item.id());
            return workflow.approve(approver, item.id(), "经保密审查，同意公开", on);
        }

        void interpret(CatalogItem document, CatalogItem interpretation) {
            workflow.linkInterpretation(approver, document.id(), interpretation.id());
        }

        void end(CatalogItem item, Validity validity, LocalDate on, String repealedBy) {
            workflow.endValidity(approver, item.id(), validity, on, repealedBy);
        }
    }

    static InterpretationForm form(Random r) {
        int n = r.nextInt(20);
        return n < 12 ? InterpretationForm.TEXT : n < 17 ? InterpretationForm.GRAPHIC : InterpretationForm.VIDEO;
    }
}
