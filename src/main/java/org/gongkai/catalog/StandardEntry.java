package org.gongkai.catalog;

import java.util.List;

/**
 * One entry of a standard catalogue for grass-roots disclosure (基层政务公开标准目录), with its columns.
 *
 * @param area            one of {@link #AREAS}
 * @param channels        公开渠道和载体, e.g. 政府网站、政务新媒体、公开查阅点
 * @param audience        公开对象: 全社会 or 特定群体
 * @param mode            公开方式: 主动 or 依申请
 * @param tier            公开层级: 县级 and/or 乡级
 */
public record StandardEntry(
        Long id,
        String unitCode,
        String area,
        String level1,
        String level2,
        String contentElements,
        String basis,
        String timeLimit,
        String subject,
        String channels,
        String audience,
        String mode,
        String tier) {

    /** The tiers an entry applies to (公开层级). */
    public static final List<String> TIERS = List.of("县级", "乡级", "县级、乡级");

    /**
     * How far back an entry must have something published to count as kept up: its time limit's period when it
     * names one (每月 / 月度: a month, 每季度 / 季度: three months, 每年 / 年度: a year), else a year (entries
     * published "within 20 working days of a change" are reviewed yearly).
     */
    public java.time.Period reviewWindow() {
        String t = timeLimit == null ? "" : timeLimit;
        if (t.contains("每月") || t.contains("月度")) {
            return java.time.Period.ofMonths(1);
        }
        if (t.contains("季度")) {
            return java.time.Period.ofMonths(3);
        }
        return java.time.Period.ofYears(1);
    }

    /** Whether the entry applies to a unit of this tier: towns and streets are 乡级, every other unit 县级. */
    public boolean appliesTo(boolean township) {
        return tier != null && tier.contains(township ? "乡级" : "县级");
    }

    /** The 26 pilot areas of the standard catalogues (国办发〔2017〕42号 pilot; listed in a county report). */
    public static final List<String> AREAS = List.of(
            "重大建设项目",
            "公共资源交易",
            "义务教育",
            "户籍管理",
            "社会救助",
            "养老服务",
            "公共法律服务",
            "财政预决算",
            "就业",
            "社会保险",
            "城乡规划",
            "农村集体土地征收",
            "生态环境",
            "保障性住房",
            "国有土地上房屋征收与补偿",
            "农村危房改造",
            "市政服务",
            "城市综合执法",
            "涉农补贴",
            "公共文化服务",
            "卫生健康",
            "安全生产",
            "救灾",
            "食品药品监管",
            "税收管理",
            "扶贫");
}
