package org.gongkai.catalog.demo;

import java.util.List;
import java.util.Map;

/** What each kind of demo unit works on: topics for its documents, by unit code suffix. */
final class DemoTopics {

    private DemoTopics() {}

    /** Unit code suffix → (short name for 文号, topics). */
    record Theme(String docPrefix, List<String> topics) {}

    static final Map<String, Theme> THEMES = Map.ofEntries(
            Map.entry(
                    "001",
                    new Theme("示政办发", List.of("老旧小区综合改造", "优化营商环境", "政务公开工作要点", "城区停车管理", "生活垃圾分类", "重大行政决策程序"))),
            Map.entry("002", new Theme("示发改", List.of("国民经济和社会发展计划", "重大建设项目", "价格监测", "粮食安全储备"))),
            Map.entry("003", new Theme("示教", List.of("义务教育招生入学", "学前教育补助", "校外培训机构管理", "家庭经济困难学生资助"))),
            Map.entry("007", new Theme("示民", List.of("最低生活保障", "特困人员救助供养", "养老服务补贴", "临时救助"))),
            Map.entry("009", new Theme("示财", List.of("财政预决算公开", "政府采购", "惠农补贴资金管理", "专项资金绩效评价"))),
            Map.entry("010", new Theme("示人社", List.of("企业职工技能提升补贴", "城乡居民基本养老保险", "就业创业补贴", "根治欠薪"))),
            Map.entry("011", new Theme("示自然资规", List.of("国土空间总体规划", "耕地保护", "不动产登记", "农村集体土地征收"))),
            Map.entry("012", new Theme("示环", List.of("大气污染防治", "建设项目环境影响评价", "饮用水水源保护"))),
            Map.entry("013", new Theme("示建", List.of("老旧小区综合改造", "公共租赁住房保障", "农村危房改造", "建筑施工安全", "住宅小区物业管理"))),
            Map.entry("014", new Theme("示交", List.of("农村公路养护", "城乡公交一体化", "道路运输许可"))),
            Map.entry("015", new Theme("示水", List.of("河长制", "防汛防台", "农村饮用水达标提标"))),
            Map.entry("016", new Theme("示农", List.of("耕地地力保护补贴", "高标准农田建设", "村级集体经济发展"))),
            Map.entry("019", new Theme("示卫健", List.of("基本公共卫生服务", "家庭医生签约服务", "传染病防控"))),
            Map.entry("021", new Theme("示应急", List.of("安全生产责任", "自然灾害救助", "防汛防台应急预案"))),
            Map.entry("023", new Theme("示市监", List.of("食品安全抽检", "小微企业登记", "特种设备安全"))),
            Map.entry("025", new Theme("示医保", List.of("城乡居民基本医疗保险", "医疗救助", "门诊慢特病待遇"))),
            Map.entry("027", new Theme("示综执", List.of("城市管理综合执法", "违法建筑处置", "户外广告设置"))),
            Map.entry("028", new Theme("示审批", List.of("行政许可事项清单", "一件事集成办理", "投资项目审批"))));

    /** Towns and streets share the grass-roots topics. */
    static final Theme TOWN = new Theme("政发", List.of("村庄规划", "农村人居环境整治", "农房建设管理", "防汛防台", "困难群众救助", "村级集体经济发展"));

    /** Other departments: general administrative topics. */
    static final Theme GENERAL = new Theme("示", List.of("行政执法公示", "双随机一公开抽查", "政务服务事项", "安全生产责任"));

    static Theme of(String unitCode) {
        String suffix = unitCode.substring(unitCode.length() - 3);
        if (suffix.startsWith("1") || suffix.startsWith("2")) {
            return TOWN;
        }
        return THEMES.getOrDefault(suffix, GENERAL);
    }
}
