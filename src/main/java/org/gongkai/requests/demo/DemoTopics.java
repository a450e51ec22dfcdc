package org.gongkai.requests.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** What people ask each kind of unit for, as in the seed reports (land, housing, demolition, enforcement). */
final class DemoTopics {

    private static final Map<String, List<String>> BY_UNIT = Map.ofEntries(
            Map.entry(
                    "013",
                    List.of(
                            "申请公开{place}老旧小区改造项目的资金使用情况",
                            "申请公开{place}某商品房项目的预售许可证及附件",
                            "申请公开{year}年公共租赁住房分配名单及审核材料",
                            "申请公开{place}房屋征收补偿方案及评估报告",
                            "申请公开{place}某小区竣工验收备案材料")),
            Map.entry(
                    "011",
                    List.of(
                            "申请公开{place}集体土地征收批复文件及征地补偿安置方案",
                            "申请公开{place}国有建设用地使用权出让合同",
                            "申请公开{year}年土地利用年度计划",
                            "申请公开{place}村庄规划及其批复文件",
                            "申请公开{place}违法占地查处情况")),
            Map.entry(
                    "101",
                    List.of(
                            "申请公开{place}东门村旧村改造房屋拆迁补偿协议",
                            "申请公开{year}年城关镇最低生活保障对象名单",
                            "申请公开城关镇{year}年财政预算执行情况",
                            "申请公开城关镇农村宅基地审批材料")),
            Map.entry(
                    "001",
                    List.of(
                            "申请公开{year}年县政府常务会议纪要中关于{place}征收的内容",
                            "申请公开县政府关于{place}片区改造的批复",
                            "申请公开{year}年县政府重大行政决策事项目录")),
            Map.entry("006", List.of("申请公开{year}年道路交通违法处理依据文件", "申请公开{place}派出所{year}年接处警统计数据")),
            Map.entry("023", List.of("申请公开某食品公司的行政处罚决定书", "申请公开{year}年食品安全抽检结果", "申请公开某企业投诉举报处理结果")),
            Map.entry("012", List.of("申请公开{place}某企业建设项目环境影响评价文件及批复", "申请公开{year}年县域地表水水质监测数据")),
            Map.entry("003", List.of("申请公开{year}年义务教育学校招生划片范围", "申请公开{year}年中小学教师招聘成绩及录取名单")),
            Map.entry("010", List.of("申请公开{year}年事业单位公开招聘考察情况", "申请公开某企业工伤认定决定书")),
            Map.entry("009", List.of("申请公开{year}年县级部门预算和决算", "申请公开{year}年政府债务限额及余额情况")),
            Map.entry("014", List.of("申请公开{place}公路改建工程的立项批复及招投标文件", "申请公开{year}年客运班线经营许可情况")),
            Map.entry("016", List.of("申请公开{year}年耕地地力保护补贴发放名单", "申请公开{place}农村土地承包经营权确权资料")),
            Map.entry("102", List.of("申请公开东溪镇{year}年惠民补贴发放情况", "申请公开东溪镇某村集体资产处置情况")));

    private DemoTopics() {}

    /** The unit suffixes (after the government code) that receive demo applications, with relative weights. */
    static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("013", 22),
            Map.entry("011", 20),
            Map.entry("101", 14),
            Map.entry("001", 8),
            Map.entry("006", 6),
            Map.entry("023", 6),
            Map.entry("012", 5),
            Map.entry("003", 4),
            Map.entry("010", 4),
            Map.entry("009", 3),
            Map.entry("014", 3),
            Map.entry("016", 3),
            Map.entry("102", 2));

    /** Short names for letter numbers. */
    static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("013", "住建"),
            Map.entry("011", "资规"),
            Map.entry("101", "城关"),
            Map.entry("001", "政办"),
            Map.entry("006", "公"),
            Map.entry("023", "市监"),
            Map.entry("012", "环"),
            Map.entry("003", "教"),
            Map.entry("010", "人社"),
            Map.entry("009", "财"),
            Map.entry("014", "交"),
            Map.entry("016", "农"),
            Map.entry("102", "东溪"));

    static String description(String unitSuffix, int year, String place, Random random) {
        List<String> topics = BY_UNIT.get(unitSuffix);
        return topics.get(random.nextInt(topics.size()))
                .replace("{place}", place)
                .replace("{year}", String.valueOf(year - random.nextInt(3)));
    }
}
