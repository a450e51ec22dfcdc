package org.gongkai.voice.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.platform.demo.DemoYears;
import org.gongkai.voice.FiguresImport;
import org.gongkai.voice.Registries;
import org.gongkai.voice.Responses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's voice records, kept by the disclosure office through the module's own services: three reading
 * points, new-media accounts (one closed, with checks), the powers list of 住建局 in two versions, responses of
 * 2024 and 2025 (concerns, press conferences and an interview with transcripts, a leader's explanation), the 2025
 * catalogue of major decisions with their stages, and the hotline and service-website figures of 2024 and 2025
 * imported as a CSV file; written for 2025 as the last full year, moved to the real one ({@link DemoYears}). Runs before the annual reports (600), whose section 1 states these figures.
 */
@Component
class VoiceDemo implements DemoContributor {

    static final String GOVERNMENT = "001008099";
    static final String OFFICE = GOVERNMENT + "001";
    private static final StaffMember OFFICER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, OFFICE);

    private final Registries registries;
    private final Responses responses;
    private final FiguresImport figures;
    private final UnitDirectory units;
    private final TransactionTemplate transaction;
    private final DemoYears years;

    VoiceDemo(
            Registries registries,
            Responses responses,
            FiguresImport figures,
            UnitDirectory units,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.registries = registries;
        this.responses = responses;
        this.figures = figures;
        this.units = units;
        this.transaction = new TransactionTemplate(transactions);
        this.years = DemoYears.relativeTo(clock, 2025);
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public void seed(DemoLog log) {
        if (units.find(OFFICE).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            readingPoints();
            accounts();
            powerLists();
            responses();
            decisions();
            figures.importFile(OFFICER, years.of("2024-2025热线与政务服务网数据.csv"), figuresCsv());
        });
        log.say(years.of("公众参与与回应：已生成查阅点、政务新媒体、权责清单、回应关切、重大行政决策和 2024、2025 年热线数据。"));
    }

    private void readingPoints() {
        registries.addReadingPoint(
                OFFICER,
                form(
                        "unitCode", OFFICE,
                        "name", "示例县政府信息公开查阅中心",
                        "address", "示例县城关镇人民路1号县行政服务中心一楼",
                        "hours", "工作日 9:00—12:00，13:30—17:00",
                        "phone", "0577-65550001",
                        "materials", "县政府及各部门主动公开的政府信息、政府公报、年度报告、政策文件汇编"));
        registries.addReadingPoint(
                OFFICER,
                form(
                        "unitCode", OFFICE,
                        "name", "示例县图书馆政府信息查阅点",
                        "address", "示例县城东街道文化路88号县图书馆二楼",
                        "hours", "周二至周日 9:00—20:00",
                        "phone", "0577-65550002",
                        "materials", "政府公报、规范性文件、统计年鉴、财政预决算"));
        registries.addReadingPoint(
                OFFICER,
                form(
                        "unitCode", GOVERNMENT + "101",
                        "name", "城关镇便民服务中心查阅点",
                        "address", "示例县城关镇解放街12号镇便民服务中心",
                        "hours", "工作日 8:30—17:00",
                        "phone", "0577-65550003",
                        "materials", "本镇主动公开的政府信息、村务公开资料"));
    }

    private void accounts() {
        registries.addAccount(
                OFFICER,
                form(
                        "unitCode", OFFICE,
                        "platform", "微信公众号",
                        "name", "示例县发布",
                        "filedOn", "2018-03-01",
                        "lastUpdateOn", "2025-12-30"));
        long weibo = registries.addAccount(
                OFFICER,
                form(
                        "unitCode", GOVERNMENT + "013",
                        "platform", "微博",
                        "name", "示例县住建",
                        "filedOn", "2016-05-10",
                        "lastUpdateOn", "2023-11-02"));
        registries.checkAccount(OFFICER, weibo, form("checkedOn", "2024-03-15", "passed", "false", "note", "超过半年未更新"));
        registries.closeAccount(OFFICER, weibo, form("closedOn", "2024-04-01", "closureReason", "整合至“示例县发布”，不再单独运营"));
        long video = registries.addAccount(
                OFFICER,
                form(
                        "unitCode", GOVERNMENT + "101",
                        "platform", "抖音",
                        "name", "城关镇发布",
                        "filedOn", "2021-09-01",
                        "lastUpdateOn", "2025-11-20"));
        registries.checkAccount(
                OFFICER,
                video,
                form(
                        "checkedOn",
                        "2025-06-30",
                        "passed",
                        "true",
                        "note",
                        "内容更新及时，无错敏信息",
                        "lastUpdateOn",
                        "2025-06-28"));
    }

    private void powerLists() {
        registries.addPowerList(
                OFFICER,
                form(
                        "unitCode", GOVERNMENT + "013",
                        "effectiveOn", "2023-01-01",
                        "itemCount", "412",
                        "changes", "首次公布：行政许可36项、行政处罚318项、行政检查41项、其他17项。"));
        registries.addPowerList(
                OFFICER,
                form(
                        "unitCode", GOVERNMENT + "013",
                        "effectiveOn", "2025-03-01",
                        "itemCount", "405",
                        "changes", "取消行政许可2项，行政处罚事项调整7项（划转综合行政执法局5项），新增行政检查2项。"));
    }

    private void responses() {
        String[][] rows = {
            {"CONCERN", "2024-07-18", "关于城区部分路段夜间施工扰民的回应", "示例县发布微信公众号", ""},
            {"CONCERN", "2025-03-05", "关于城关镇老旧小区改造进度的回应", "县政府门户网站", ""},
            {"CONCERN", "2025-08-21", "关于学校周边交通拥堵治理的回应", "示例县发布微信公众号", ""},
            {"PRESS_CONFERENCE", "2024-09-10", "示例县2024年城市更新工作新闻发布会", "县政府新闻发布厅", "县住建局局长、县发改局副局长"},
            {"PRESS_CONFERENCE", "2025-04-16", "示例县既有住宅加装电梯政策新闻发布会", "县政府新闻发布厅", "县住建局局长、县财政局副局长"},
            {"PRESS_CONFERENCE", "2025-10-28", "示例县2025年民生实事项目进展新闻发布会", "县政府新闻发布厅", "县政府办公室副主任"},
            {"INTERVIEW", "2025-06-25", "在线访谈：加装电梯怎么办", "县政府门户网站在线访谈栏目", "县住建局分管副局长"},
            {"EXPLANATION", "2025-07-02", "副县长解读《既有住宅加装电梯实施意见》", "示例县融媒体中心", "分管副县长"}
        };
        for (String[] r : rows) {
            boolean transcript = !"CONCERN".equals(r[0]);
            Map<String, String> f = form(
                    "unitCode", transcript ? OFFICE : GOVERNMENT + "013",
                    "kind", r[0],
                    "title", r[2],
                    "channel", r[3],
                    "heldOn", r[1],
                    "link", "/portal/catalog",
                    "speakers", r[4]);
            if (transcript) {
                f.put(
                        "transcript",
                        "主持人：各位媒体朋友，欢迎参加今天的" + years.of(r[2]) + "。\n" + "发布人：今年以来，我县围绕群众关心的问题，"
                                + "把政策讲清楚、把流程讲明白。下面介绍主要内容……\n" + "记者：补助资金何时到位？\n"
                                + "发布人：验收合格后20个工作日内拨付到位。");
            }
            responses.addResponse(OFFICER, f);
        }
    }

    private void decisions() {
        long plan = responses.addDecision(
                OFFICER,
                form(
                        "unitCode", OFFICE,
                        "year", "2025",
                        "title", "示例县城区既有住宅加装电梯三年行动计划",
                        "summary", "2025—2027年完成城区既有住宅加装电梯300台，明确补助标准和审批流程。"));
        String[][] stages = {
            {"DRAFT_PUBLISHED", "2025-02-10", "草案在县政府门户网站公开"},
            {"CONSULTATION", "2025-02-10", "公开征求意见30日，收到意见46条，采纳19条"},
            {"EXPERT_REVIEW", "2025-03-12", "组织规划、建筑、法律专家论证"},
            {"DECISION", "2025-04-08", "县政府第45次常务会议审议通过"}
        };
        for (String[] s : stages) {
            responses.addStep(
                    OFFICER, plan, form("stage", s[0], "on", s[1], "note", s[2], "link", "/portal/decisions"));
        }
        long water = responses.addDecision(
                OFFICER,
                form(
                        "unitCode", GOVERNMENT + "002",
                        "year", "2025",
                        "title", "示例县城乡供水价格调整方案",
                        "summary", "调整居民生活用水阶梯价格，建立价格动态调整机制。"));
        responses.addStep(
                OFFICER, water, form("stage", "DRAFT_PUBLISHED", "on", "2025-09-01", "note", "方案草案公开", "link", ""));
        responses.addStep(
                OFFICER, water, form("stage", "HEARING", "on", "2025-09-26", "note", "召开价格听证会，听证参加人25名", "link", ""));
    }

    /** The figures as the hotline and service systems export them. */
    private byte[] figuresCsv() {
        String csv = "单位代码,年度,热线来电量,热线满意率,网上可办事项,网上办件量\n"
                + GOVERNMENT + "001,2024,15230,99.12,1286,201345\n"
                + GOVERNMENT + "001,2025,17869,99.68,1342,236780\n"
                + GOVERNMENT + "013,2024,2104,98.40,86,12003\n"
                + GOVERNMENT + "013,2025,2388,98.95,91,14512\n";
        return years.of(csv).getBytes(StandardCharsets.UTF_8);
    }

    /** The form's fields, years moved to the real last full year. */
    private Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], years.of(pairs[i + 1]));
        }
        return m;
    }
}
