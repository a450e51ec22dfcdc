package org.gongkai.catalog.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.ItemContent;
import org.gongkai.org.Unit;

/** The county government office's disclosure rules, its guide and the government's annual reports. */
final class DemoOfficeItems {

    private static final List<String> RULES =
            List.of("政府信息公开保密审查制度", "政府信息依申请公开工作规程", "政策解读工作实施办法", "政府信息主动公开目录动态更新制度", "政府信息公开工作考核办法", "政府信息公开社会评议制度");

    private final CatalogDemo.DemoPublisher publish;
    private final Unit office;
    private int count;

    DemoOfficeItems(CatalogDemo.DemoPublisher publish, Unit office) {
        this.publish = publish;
        this.office = office;
    }

    int seed(Random r) {
        LocalDate today = publish.today();
        for (int i = 0; i < RULES.size(); i++) {
            String rule = RULES.get(i);
            LocalDate on = LocalDate.of(2019, 6, 3).plusDays(i * 17L);
            add(
                    new ItemContent(
                            office.code(),
                            "示例县" + rule,
                            "示政办发〔2019〕" + (20 + i) + "号",
                            DocumentType.RULE,
                            on,
                            2,
                            "政府信息公开制度",
                            DisclosureMode.PROACTIVE,
                            null,
                            "第一条 为规范本县"
                                    + rule.replace("制度", "").replace("办法", "").replace("规程", "")
                                    + "工作，根据《中华人民共和国政府信息公开条例》，制定本制度。\n"
                                    + "第二条 本县各级行政机关适用本制度。\n第三条 政府信息公开工作机构负责组织实施，县政府办公室负责"
                                    + "指导和监督。\n第四条 本制度自印发之日起施行。",
                            "政务公开,制度",
                            null,
                            null),
                    on.plusDays(2));
        }
        for (int year : new int[] {2019, 2023}) {
            LocalDate on = LocalDate.of(year, 5, 20);
            add(
                    new ItemContent(
                            office.code(),
                            "示例县人民政府信息公开指南（" + year + "年修订）",
                            null,
                            DocumentType.GUIDE,
                            on,
                            2,
                            "政府信息公开指南",
                            DisclosureMode.PROACTIVE,
                            null,
                            "一、主动公开：公开范围、公开方式和公开时限。二、依申请公开：受理机构、申请方式、办理流程和答复时限。"
                                    + "三、监督和救济。四、政府信息公开工作机构：示例县人民政府办公室，地址：示例县城关镇人民大道1号。",
                            "政务公开,公开指南",
                            null,
                            null),
                    on);
        }
        for (int year = 2020; year <= today.getYear(); year++) {
            LocalDate on = LocalDate.of(year, 3, 10 + r.nextInt(20));
            String title = "示例县人民政府" + (year - 1) + "年政府信息公开工作年度报告";
            add(
                    new ItemContent(
                            office.code(),
                            title,
                            null,
                            DocumentType.ANNUAL_REPORT,
                            on.minusDays(5),
                            15,
                            "政府信息公开年报",
                            DisclosureMode.PROACTIVE,
                            null,
                            DemoText.reportBody("示例县人民政府", year - 1, r),
                            "政府信息公开,年度报告",
                            null,
                            null),
                    on);
        }
        return count;
    }

    private void add(ItemContent content, LocalDate on) {
        CatalogItem item = publish.publish(content, on);
        if (item != null) {
            count++;
        }
    }
}
