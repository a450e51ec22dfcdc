package org.gongkai.catalog.demo;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.catalog.DisclosureOffice;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.catalog.StandardEntry;
import org.gongkai.org.Unit;

/** The demo county's standard catalogues (two entries in each of the 26 areas) and disclosure-office contacts. */
final class StandardCatalogDemo {

    private static final Map<String, String[]> AREA_DETAIL = Map.ofEntries(
            Map.entry("重大建设项目", new String[] {"县发展和改革局", "《政府投资条例》"}),
            Map.entry("公共资源交易", new String[] {"县财政局", "《中华人民共和国招标投标法》"}),
            Map.entry("义务教育", new String[] {"县教育局", "《中华人民共和国义务教育法》"}),
            Map.entry("户籍管理", new String[] {"县公安局", "《中华人民共和国户口登记条例》"}),
            Map.entry("社会救助", new String[] {"县民政局", "《社会救助暂行办法》"}),
            Map.entry("养老服务", new String[] {"县民政局", "《中华人民共和国老年人权益保障法》"}),
            Map.entry("公共法律服务", new String[] {"县司法局", "《法律援助法》"}),
            Map.entry("财政预决算", new String[] {"县财政局", "《中华人民共和国预算法》"}),
            Map.entry("就业", new String[] {"县人力资源和社会保障局", "《中华人民共和国就业促进法》"}),
            Map.entry("社会保险", new String[] {"县人力资源和社会保障局", "《中华人民共和国社会保险法》"}),
            Map.entry("城乡规划", new String[] {"县自然资源和规划局", "《中华人民共和国城乡规划法》"}),
            Map.entry("农村集体土地征收", new String[] {"县自然资源和规划局", "《中华人民共和国土地管理法》"}),
            Map.entry("生态环境", new String[] {"县生态环境分局", "《中华人民共和国环境保护法》"}),
            Map.entry("保障性住房", new String[] {"县住房和城乡建设局", "《公共租赁住房管理办法》"}),
            Map.entry("国有土地上房屋征收与补偿", new String[] {"县住房和城乡建设局", "《国有土地上房屋征收与补偿条例》"}),
            Map.entry("农村危房改造", new String[] {"县住房和城乡建设局", "《农村危房改造基本安全技术导则》"}),
            Map.entry("市政服务", new String[] {"县综合行政执法局", "《城市市容和环境卫生管理条例》"}),
            Map.entry("城市综合执法", new String[] {"县综合行政执法局", "《中华人民共和国行政处罚法》"}),
            Map.entry("涉农补贴", new String[] {"县农业农村局", "《中华人民共和国农业法》"}),
            Map.entry("公共文化服务", new String[] {"县文化和广电旅游体育局", "《中华人民共和国公共文化服务保障法》"}),
            Map.entry("卫生健康", new String[] {"县卫生健康局", "《中华人民共和国基本医疗卫生与健康促进法》"}),
            Map.entry("安全生产", new String[] {"县应急管理局", "《中华人民共和国安全生产法》"}),
            Map.entry("救灾", new String[] {"县应急管理局", "《自然灾害救助条例》"}),
            Map.entry("食品药品监管", new String[] {"县市场监督管理局", "《中华人民共和国食品安全法》"}),
            Map.entry("税收管理", new String[] {"国家税务总局示例县税务局", "《中华人民共和国税收征收管理法》"}),
            Map.entry("扶贫", new String[] {"县农业农村局", "《中共中央 国务院关于打赢脱贫攻坚战的决定》"}));

    private static final String CHANNELS = "政府网站、政务新媒体、公开查阅点、政务服务中心";
    private static final String LIMIT = "信息形成或者变更之日起20个工作日内";

    private StandardCatalogDemo() {}

    /** Seeds the entries; returns area → id of its first entry (for linking items). */
    static Map<String, Long> seed(StandardCatalog standard, String officeUnit) {
        Map<String, Long> firstEntry = new HashMap<>();
        for (String area : StandardEntry.AREAS) {
            String[] d = AREA_DETAIL.get(area);
            String basis = d[1] + "、《中华人民共和国政府信息公开条例》";
            StandardEntry policy = standard.add(new StandardEntry(
                    null,
                    officeUnit,
                    area,
                    area + "政策文件",
                    "政策法规",
                    "文件名称、文号、发布机关、发布日期、正文及政策解读",
                    basis,
                    LIMIT,
                    d[0],
                    CHANNELS,
                    "全社会",
                    "主动",
                    "县级"));
            standard.add(new StandardEntry(
                    null,
                    officeUnit,
                    area,
                    area + "办理结果",
                    "实施情况",
                    "事项名称、办理对象、标准、办理结果及监督方式",
                    basis,
                    LIMIT,
                    d[0] + "、各乡镇（街道）",
                    CHANNELS,
                    "全社会",
                    "主动",
                    "县级、乡级"));
            firstEntry.put(area, policy.id());
        }
        return firstEntry;
    }

    static void offices(StandardCatalog standard, Iterable<Unit> units, String officeUnit) {
        int n = 0;
        for (Unit u : units) {
            if (u.isRoot()) {
                continue;
            }
            n++;
            boolean office = u.code().equals(officeUnit);
            standard.saveOffice(new DisclosureOffice(
                    u.code(),
                    office ? "示例县人民政府办公室（县政务公开办公室）" : u.name() + "办公室",
                    office ? "示例县城关镇人民大道1号县行政中心2号楼305室" : "示例县城关镇人民大道" + (n + 10) + "号",
                    "325999",
                    String.format("0577-6888%04d", 1000 + n * 7),
                    office ? "0577-68881122" : null,
                    office ? "xxgk@shilixian.gov.cn" : null,
                    "工作日 上午8:30—12:00，下午14:30—17:30"));
        }
    }
}
