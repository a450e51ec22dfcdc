package org.gongkai.search;

import java.util.List;
import java.util.Map;

/**
 * Common abbreviations in Chinese government writing (简称) and what documents write in full. A query word that is
 * an abbreviation also matches its full forms: 低保 finds 最低生活保障. General administrative vocabulary, not tied
 * to any one portal; extend as needed.
 */
public final class Abbreviations {

    private static final Map<String, List<String>> FULL = Map.ofEntries(
            Map.entry("低保", List.of("最低生活保障")),
            Map.entry("医保", List.of("医疗保险", "医疗保障")),
            Map.entry("社保", List.of("社会保险", "社会保障")),
            Map.entry("公租房", List.of("公共租赁住房")),
            Map.entry("廉租房", List.of("廉租住房")),
            Map.entry("年报", List.of("年度报告")),
            Map.entry("规范性文件", List.of("行政规范性文件")),
            Map.entry("三公经费", List.of("三公")),
            Map.entry("双随机", List.of("随机抽取检查对象")),
            Map.entry("放管服", List.of("简政放权", "放管结合", "优化服务")),
            Map.entry("防台", List.of("防台风")),
            Map.entry("特困", List.of("特困人员")),
            Map.entry("危改", List.of("危房改造")),
            Map.entry("义教", List.of("义务教育")),
            Map.entry("人社", List.of("人力资源和社会保障")),
            Map.entry("住建", List.of("住房和城乡建设")),
            Map.entry("发改", List.of("发展和改革")),
            Map.entry("卫健", List.of("卫生健康")),
            Map.entry("市监", List.of("市场监督管理")),
            Map.entry("综合执法", List.of("综合行政执法")));

    private Abbreviations() {}

    /** The full forms of an abbreviation, or an empty list. */
    public static List<String> fullForms(String word) {
        return FULL.getOrDefault(word, List.of());
    }
}
