package org.gongkai.catalog.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemContent;
import org.gongkai.catalog.Validity;
import org.gongkai.org.Unit;

/** One demo unit's catalogue: its functions, normative documents with interpretations, budgets and yearly work. */
final class DemoUnitItems {

    private static final Map<String, String> TOPIC_AREA = Map.ofEntries(
            Map.entry("最低生活保障", "社会救助"),
            Map.entry("特困人员救助供养", "社会救助"),
            Map.entry("临时救助", "社会救助"),
            Map.entry("困难群众救助", "社会救助"),
            Map.entry("养老服务补贴", "养老服务"),
            Map.entry("农村危房改造", "农村危房改造"),
            Map.entry("公共租赁住房保障", "保障性住房"),
            Map.entry("义务教育招生入学", "义务教育"),
            Map.entry("就业创业补贴", "就业"),
            Map.entry("城乡居民基本养老保险", "社会保险"),
            Map.entry("国土空间总体规划", "城乡规划"),
            Map.entry("村庄规划", "城乡规划"),
            Map.entry("农村集体土地征收", "农村集体土地征收"),
            Map.entry("大气污染防治", "生态环境"),
            Map.entry("城市管理综合执法", "城市综合执法"),
            Map.entry("耕地地力保护补贴", "涉农补贴"),
            Map.entry("基本公共卫生服务", "卫生健康"),
            Map.entry("安全生产责任", "安全生产"),
            Map.entry("自然灾害救助", "救灾"),
            Map.entry("食品安全抽检", "食品药品监管"),
            Map.entry("重大建设项目", "重大建设项目"),
            Map.entry("政府采购", "公共资源交易"),
            Map.entry("财政预决算公开", "财政预决算"));

    private final CatalogDemo.DemoPublisher publish;
    private final Unit unit;
    private final Map<String, Long> areas;
    private final LocalDate today;
    private final DemoTopics.Theme theme;
    private final boolean town;
    private int count;

    DemoUnitItems(CatalogDemo.DemoPublisher publish, Unit unit, Map<String, Long> areas, LocalDate today) {
        this.publish = publish;
        this.unit = unit;
        this.areas = areas;
        this.today = today;
        this.theme = DemoTopics.of(unit.code());
        this.town = theme == DemoTopics.TOWN;
    }

    int seed(Random r) {
        LocalDate first = LocalDate.of(2019, 1, 8 + r.nextInt(20));
        add(
                content(
                        DocumentType.ORGANISATION,
                        unit.name() + "机构职能",
                        null,
                        first,
                        "机构职能",
                        unit.name()
                                + "主要职责：贯彻执行国家、省、市有关方针政策和法律法规；负责本领域政策措施的组织实施和监督管理。内设机构："
                                + "办公室、政策法规科、业务科室。办公地址、办公时间和联系电话见政府信息公开指南。",
                        null),
                first);
        int normative = town ? 1 : Math.min(2, theme.topics().size());
        for (int t = 0; t < normative; t++) {
            normativeDocument(theme.topics().get(t), r);
        }
        for (int year = 2019; year <= today.getYear(); year++) {
            if (!town) {
                budget(year, false, r);
                if (year > 2019 && r.nextInt(3) > 0) {
                    budget(year, true, r);
                }
            }
            if (!town
                    && year > 2019
                    && DemoTopics.THEMES.containsKey(unit.code().substring(9))) {
                annualReport(year, r);
            }
            int activities = 1 + r.nextInt(2);
            for (int i = 0; i < activities; i++) {
                activity(year, r);
            }
        }
        return count;
    }

    private void normativeDocument(String topic, Random r) {
        int year = 2019 + r.nextInt(Math.max(1, today.getYear() - 2019 + 1));
        LocalDate written = date(year, r);
        LocalDate published = written.plusDays(3 + r.nextInt(8));
        String number = docNumber(year, r);
        CatalogItem doc = add(
                content(
                        DocumentType.NORMATIVE,
                        DemoText.normativeTitle(unit.name(), topic),
                        number,
                        written,
                        "规范性文件",
                        DemoText.normativeBody(topic, written, r),
                        topic),
                published);
        if (doc == null) {
            return;
        }
        interpretMaybe(doc, topic, r);
        LocalDate expires = written.plusDays(30).plusYears(5);
        if (r.nextInt(5) == 0 && year + 2 <= today.getYear()) {
            LocalDate revisedWritten = date(year + 1 + r.nextInt(Math.max(1, today.getYear() - year - 1)), r);
            String revisedNumber = docNumber(revisedWritten.getYear(), r);
            String title = DemoText.normativeTitle(unit.name(), topic + "（修订）");
            CatalogItem revised = add(
                    content(
                            DocumentType.NORMATIVE,
                            title,
                            revisedNumber,
                            revisedWritten,
                            "规范性文件",
                            DemoText.normativeBody(topic, revisedWritten, r),
                            topic),
                    revisedWritten.plusDays(5));
            if (revised != null) {
                interpretMaybe(revised, topic + "（修订）", r);
                LocalDate on =
                        revised.publishedOn().isBefore(doc.publishedOn()) ? doc.publishedOn() : revised.publishedOn();
                publish.end(doc, Validity.REPEALED, on, "《" + title + "》（" + revisedNumber + "）");
            }
        } else if (!expires.isAfter(today)) {
            publish.end(doc, Validity.EXPIRED, expires, null);
        }
    }

    private void interpretMaybe(CatalogItem doc, String topic, Random r) {
        if (r.nextInt(10) < 8 || topic.startsWith("老旧小区")) {
            ItemContent c = new ItemContent(
                    unit.code(),
                    DemoText.interpretationTitle(topic),
                    null,
                    DocumentType.INTERPRETATION,
                    doc.publishedOn(),
                    1,
                    "政策解读",
                    DisclosureMode.PROACTIVE,
                    null,
                    DemoText.interpretationBody(topic, r),
                    topic + ",政策解读",
                    null,
                    CatalogDemo.form(r));
            CatalogItem interpretation = add(c, doc.publishedOn());
            if (interpretation != null) {
                publish.interpret(doc, interpretation);
            }
        }
    }

    private void budget(int year, boolean finalAccounts, Random r) {
        int about = finalAccounts ? year - 1 : year;
        LocalDate on =
                finalAccounts ? LocalDate.of(year, 8, 5 + r.nextInt(20)) : LocalDate.of(year, 2, 10 + r.nextInt(18));
        String title = unit.name() + about + "年度" + (finalAccounts ? "部门决算" : "部门预算");
        ItemContent c = new ItemContent(
                unit.code(),
                title,
                null,
                DocumentType.BUDGET,
                on.minusDays(5),
                7,
                "财政预决算",
                DisclosureMode.PROACTIVE,
                null,
                DemoText.budgetBody(unit.name(), about, finalAccounts, r),
                "财政预决算,三公经费",
                areas.get("财政预决算"),
                null);
        add(c, on);
    }

    /** Departments publish their report on the previous year by 31 January (条例 art. 49). */
    private void annualReport(int year, Random r) {
        LocalDate on = LocalDate.of(year, 1, 15 + r.nextInt(15));
        String title = unit.name() + (year - 1) + "年政府信息公开工作年度报告";
        add(
                new ItemContent(
                        unit.code(),
                        title,
                        null,
                        DocumentType.ANNUAL_REPORT,
                        on.minusDays(3),
                        15,
                        "政府信息公开年报",
                        DisclosureMode.PROACTIVE,
                        null,
                        DemoText.reportBody(unit.name(), year - 1, r),
                        "政府信息公开,年度报告",
                        null,
                        null),
                on);
    }

    private void activity(int year, Random r) {
        String topic = DemoText.pick(theme.topics(), r);
        DocumentType type = activityType(r);
        LocalDate written = date(year, r);
        String title = switch (type) {
            case LICENSING -> unit.name() + year + "年第" + (1 + r.nextInt(4)) + "季度行政许可办理结果公示";
            case PENALTY ->
                unit.name() + "行政处罚决定书（示" + unit.code().substring(9) + "罚〔" + year + "〕" + (1 + r.nextInt(200)) + "号）";
            case PROCUREMENT -> unit.name() + year + "年政府集中采购目录及限额标准执行情况";
            case PROJECT -> "示例县" + year + "年" + topic + "重大建设项目批准和实施情况";
            case STATISTICS -> "示例县" + year + "年" + (1 + r.nextInt(12)) + "月主要经济指标";
            default -> DemoText.noticeTitle(unit.name(), topic, year, r);
        };
        int item = type == DocumentType.NOTICE ? article20For(topic) : type.defaultArticle20Item();
        String column = switch (type) {
            case LICENSING -> "行政许可";
            case PENALTY -> "行政处罚";
            case PROCUREMENT -> "政府采购";
            case PROJECT -> "重大建设项目";
            case STATISTICS -> "统计信息";
            default -> town ? "工作动态" : "通知公告";
        };
        DisclosureMode mode = r.nextInt(40) == 0 ? DisclosureMode.ON_APPLICATION : DisclosureMode.PROACTIVE;
        String topicArea = TOPIC_AREA.get(topic);
        add(
                new ItemContent(
                        unit.code(),
                        title,
                        null,
                        type,
                        written,
                        item,
                        column,
                        mode,
                        null,
                        DemoText.noticeBody(topic, year, r),
                        topic,
                        topicArea == null ? null : areas.get(topicArea),
                        null),
                written.plusDays(1 + r.nextInt(10)));
    }

    private DocumentType activityType(Random r) {
        String suffix = unit.code().substring(unit.code().length() - 3);
        return switch (suffix) {
            case "028", "014" -> DocumentType.LICENSING;
            case "027", "023", "012" -> r.nextBoolean() ? DocumentType.PENALTY : DocumentType.NOTICE;
            case "009" -> r.nextBoolean() ? DocumentType.PROCUREMENT : DocumentType.NOTICE;
            case "002", "013" -> r.nextBoolean() ? DocumentType.PROJECT : DocumentType.NOTICE;
            case "024" -> DocumentType.STATISTICS;
            default -> DocumentType.NOTICE;
        };
    }

    private static int article20For(String topic) {
        if (topic.matches(".*(救助|教育|医保|医疗|就业|养老|保险|补贴|资助|欠薪|住房).*")) {
            return 11;
        }
        if (topic.matches(".*(防汛|应急|灾害).*")) {
            return 12;
        }
        if (topic.matches(".*(安全|食品|环境|污染|卫生|防控|抽检).*")) {
            return 13;
        }
        return 15;
    }

    private ItemContent content(
            DocumentType type,
            String title,
            String number,
            LocalDate written,
            String column,
            String body,
            String topics) {
        String area = topics == null ? null : TOPIC_AREA.get(topics);
        return new ItemContent(
                unit.code(),
                title,
                number,
                type,
                written,
                type.defaultArticle20Item(),
                column,
                DisclosureMode.PROACTIVE,
                null,
                body,
                topics,
                area == null ? null : areas.get(area),
                null);
    }

    private CatalogItem add(ItemContent content, LocalDate on) {
        CatalogItem item = publish.publish(content, on);
        if (item != null) {
            count++;
        }
        return item;
    }

    private String docNumber(int year, Random r) {
        String prefix = town ? unit.name().substring(0, 2) + theme.docPrefix() : theme.docPrefix();
        return prefix + "〔" + year + "〕" + (1 + r.nextInt(40)) + "号";
    }

    private LocalDate date(int year, Random r) {
        LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(300));
        return d.isAfter(today) ? today.minusDays(r.nextInt(20)) : d;
    }
}
