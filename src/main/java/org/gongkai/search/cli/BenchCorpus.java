package org.gongkai.search.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.search.SearchDocument;

/** Generated catalogue items for the search benchmark: deterministic, plausible county titles and texts. */
final class BenchCorpus {

    static final List<String> TOPICS = List.of(
            "老旧小区综合改造",
            "农村危房改造",
            "最低生活保障",
            "义务教育招生入学",
            "企业职工技能提升补贴",
            "防汛防台应急预案",
            "食品安全抽检",
            "耕地地力保护补贴",
            "公共租赁住房保障",
            "城乡居民基本医疗保险",
            "特困人员救助供养",
            "养老服务补贴",
            "国土空间总体规划",
            "农村集体土地征收",
            "大气污染防治",
            "建筑施工安全",
            "城区停车管理",
            "生活垃圾分类",
            "家庭医生签约服务",
            "高标准农田建设",
            "村级集体经济发展",
            "河长制",
            "行政许可事项清单",
            "政府集中采购",
            "财政预决算公开",
            "重大建设项目",
            "安全生产责任",
            "自然灾害救助",
            "小微企业登记",
            "违法建筑处置",
            "就业创业补贴",
            "学前教育补助",
            "不动产登记",
            "城乡公交一体化",
            "农村公路养护",
            "基本公共卫生服务",
            "传染病防控",
            "饮用水水源保护",
            "户外广告设置",
            "校外培训机构管理");
    static final List<String> TYPES = List.of(
            "NORMATIVE",
            "POLICY",
            "NOTICE",
            "BUDGET",
            "LICENSING",
            "PENALTY",
            "PLAN",
            "PROJECT",
            "STATISTICS",
            "INTERPRETATION");
    private static final List<String> ACTIONS = List.of("关于印发", "关于开展", "关于做好", "关于进一步加强", "关于公布", "关于调整");
    private static final List<String> TAILS = List.of("实施办法的通知", "工作的通知", "有关事项的公告", "工作方案", "情况的通报", "管理办法");
    private static final List<String> SENTENCES = List.of(
            "坚持以人民为中心，依法依规、公开透明推进各项工作",
            "建立健全工作协调机制，明确部门职责分工",
            "加强资金保障，统筹安排专项资金并实行绩效管理",
            "实行清单化管理，定期公开工作进展和结果",
            "强化监督检查，将落实情况纳入年度考核",
            "畅通群众参与渠道，广泛听取意见建议",
            "各乡镇人民政府、街道办事处要结合实际抓好落实");
    static final int UNITS = 40;

    private BenchCorpus() {}

    static String unit(int i) {
        return String.format("001008099%03d", i + 1);
    }

    static SearchDocument item(long id) {
        return generate(id).document();
    }

    /**
     * A generated item with what it was made of, for judging relevance by rule (see {@link BenchLabels}).
     *
     * @param topic the topic its title is about
     * @param other the topic its text mentions in passing
     * @param unit  its unit's number, 1 to {@link #UNITS}
     */
    record Generated(SearchDocument document, String topic, String other, int unit) {}

    static Generated generate(long id) {
        Random r = new Random(id * 2654435761L);
        String topic = TOPICS.get(r.nextInt(TOPICS.size()));
        String other = TOPICS.get(r.nextInt(TOPICS.size()));
        int unit = r.nextInt(UNITS);
        LocalDate published = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(365 * 17));
        String title = "示例县第" + (unit + 1) + "单位" + ACTIONS.get(r.nextInt(ACTIONS.size())) + topic
                + TAILS.get(r.nextInt(TAILS.size()));
        StringBuilder text = new StringBuilder("为推进").append(topic).append("工作，");
        for (int s = 0; s < 4; s++) {
            text.append(SENTENCES.get(r.nextInt(SENTENCES.size()))).append('；');
        }
        text.append("同时做好").append(other).append("相关工作。本文件自").append(published).append("起施行。");
        String type = TYPES.get(r.nextInt(TYPES.size()));
        SearchDocument d = new SearchDocument(
                id,
                unit(unit) + "/" + published.getYear() + "-" + String.format("%06d", id % 1_000_000),
                title,
                "示" + (unit + 1) + "〔" + published.getYear() + "〕" + (1 + r.nextInt(99)) + "号",
                unit(unit),
                "示例县第" + (unit + 1) + "单位",
                published,
                1 + r.nextInt(15),
                "通知公告",
                type,
                type.equals("NORMATIVE") ? (r.nextInt(5) == 0 ? "REPEALED" : "VALID") : null,
                topic,
                text.toString());
        return new Generated(d, topic, other, unit + 1);
    }

    /** Two-to-four-word queries, each with one filter, as visitors type them. */
    record BenchQuery(List<String> words, String unit, Integer year, String type) {
        String text() {
            return String.join(" ", words);
        }
    }

    static List<BenchQuery> queries() {
        List<List<String>> words = List.of(
                List.of("老旧小区", "改造"),
                List.of("农村", "危房", "改造"),
                List.of("最低", "生活", "保障"),
                List.of("义务教育", "招生"),
                List.of("技能", "提升", "补贴"),
                List.of("防汛", "应急", "预案"),
                List.of("食品安全", "抽检"),
                List.of("耕地", "保护", "补贴"),
                List.of("公共", "租赁", "住房", "保障"),
                List.of("居民", "医疗", "保险"),
                List.of("养老", "服务", "补贴"),
                List.of("垃圾", "分类"),
                List.of("集体", "土地", "征收"),
                List.of("公交", "一体化"),
                List.of("家庭医生", "签约", "服务"),
                List.of("救助", "供养"));
        List<BenchQuery> out = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            switch (i % 3) {
                case 0 -> out.add(new BenchQuery(words.get(i), unit(i * 7 % UNITS), null, null));
                case 1 -> out.add(new BenchQuery(words.get(i), null, 2012 + i % 14, null));
                default -> out.add(new BenchQuery(words.get(i), null, null, TYPES.get(i % TYPES.size())));
            }
        }
        return out;
    }
}
