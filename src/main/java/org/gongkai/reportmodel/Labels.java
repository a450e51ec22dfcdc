package org.gongkai.reportmodel;

import java.util.List;
import java.util.Map;

/**
 * The Chinese labels of the national annual-report tables (ogi-rules §2, §5), in one place: the generator
 * renders the tables with them and the reader recognises them.
 */
public final class Labels {

    private Labels() {}

    private static final Map<String, String> TABLE_TITLES = Map.of(
            Layouts.PROACTIVE, "主动公开政府信息情况",
            Layouts.REQUESTS, "收到和处理政府信息公开申请情况",
            Layouts.REVIEWS, "政府信息公开行政复议、行政诉讼情况");

    /** Section number of each table: 二, 三, 四. */
    private static final Map<String, String> TABLE_SECTIONS =
            Map.of(Layouts.PROACTIVE, "二", Layouts.REQUESTS, "三", Layouts.REVIEWS, "四");

    // ---- requests ----------------------------------------------------------------------------------------

    public static final String APPLICANT_HEADER = "申请人情况";
    public static final String ORGANISATIONS = "法人或其他组织";
    public static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final String OUTCOMES_GROUP = "三、本年度办理结果";

    private static final Map<String, String> APPLICANT = Map.of(
            "natural_person",
            "自然人",
            "commercial",
            "商业企业",
            "research",
            "科研机构",
            "public_interest",
            "社会公益组织",
            "legal_service",
            "法律服务机构",
            "other_org",
            "其他",
            "total",
            "总计");

    /** Label of each requests row as printed, without its group or number. */
    private static final Map<String, String> REQUEST_ROWS = Map.ofEntries(
            Map.entry("new_received", "本年新收政府信息公开申请数量"),
            Map.entry("carried_over", "上年结转政府信息公开申请数量"),
            Map.entry("granted", "予以公开"),
            Map.entry("partially_granted", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
            Map.entry("withheld_state_secret", "属于国家秘密"),
            Map.entry("withheld_prohibited_by_law", "其他法律行政法规禁止公开"),
            Map.entry("withheld_security_stability", "危及“三安全一稳定”"),
            Map.entry("withheld_third_party", "保护第三方合法权益"),
            Map.entry("withheld_internal_affairs", "属于三类内部事务信息"),
            Map.entry("withheld_process_info", "属于四类过程性信息"),
            Map.entry("withheld_enforcement_file", "属于行政执法案卷"),
            Map.entry("withheld_administrative_query", "属于行政查询事项"),
            Map.entry("unable_not_held", "本机关不掌握相关政府信息"),
            Map.entry("unable_needs_creation", "没有现成信息需要另行制作"),
            Map.entry("unable_unclear", "补正后申请内容仍不明确"),
            Map.entry("rejected_complaint", "信访举报投诉类申请"),
            Map.entry("rejected_duplicate", "重复申请"),
            Map.entry("rejected_publication", "要求提供公开出版物"),
            Map.entry("rejected_mass_repeated", "无正当理由大量反复申请"),
            Map.entry("rejected_confirmation", "要求行政机关确认或重新出具已获取信息"),
            Map.entry("other", "其他处理"),
            Map.entry("other_no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            Map.entry("other_unpaid_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            Map.entry("other_other", "其他"),
            Map.entry("total", "总计"),
            Map.entry("carried_forward", "结转下年度继续办理"));

    /** Outcome groups: （三）不予公开 … with their member rows. */
    private static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry(
                    "（三）不予公开",
                    List.of(
                            "withheld_state_secret",
                            "withheld_prohibited_by_law",
                            "withheld_security_stability",
                            "withheld_third_party",
                            "withheld_internal_affairs",
                            "withheld_process_info",
                            "withheld_enforcement_file",
                            "withheld_administrative_query")),
            Map.entry("（四）无法提供", List.of("unable_not_held", "unable_needs_creation", "unable_unclear")),
            Map.entry(
                    "（五）不予处理",
                    List.of(
                            "rejected_complaint",
                            "rejected_duplicate",
                            "rejected_publication",
                            "rejected_mass_repeated",
                            "rejected_confirmation")),
            Map.entry("（六）其他处理", Layouts.OTHER_2021));

    private static final Map<String, String> ROW_PREFIX = Map.of(
            "new_received",
            "一、",
            "carried_over",
            "二、",
            "granted",
            "（一）",
            "partially_granted",
            "（二）",
            "other",
            "（六）",
            "total",
            "（七）",
            "carried_forward",
            "四、");

    // ---- reviews -----------------------------------------------------------------------------------------

    public static final String RECONSIDERATION = "行政复议";
    public static final String LITIGATION = "行政诉讼";
    private static final Map<String, String> REVIEW_ROWS = Map.of(
            "reconsideration", "行政复议", "litigation_direct", "未经复议直接起诉", "litigation_after_reconsideration", "复议后起诉");
    private static final Map<String, String> REVIEW_COLUMNS =
            Map.of("upheld", "结果维持", "corrected", "结果纠正", "other", "其他结果", "pending", "尚未审结", "total", "总计");

    // ---- proactive ---------------------------------------------------------------------------------------

    public static final String CONTENT_HEADER = "信息内容";
    private static final Map<String, String> PROACTIVE_ROWS_2019 = Map.of(
            "regulations",
            "规章",
            "normative_documents",
            "规范性文件",
            "licensing",
            "行政许可",
            "other_services",
            "其他对外管理服务事项",
            "penalty",
            "行政处罚",
            "coercion",
            "行政强制",
            "fees",
            "行政事业性收费",
            "procurement",
            "政府集中采购");
    private static final Map<String, String> PROACTIVE_ROWS_2021 = Map.of(
            "regulations",
            "规章",
            "normative_documents",
            "行政规范性文件",
            "licensing",
            "行政许可",
            "penalty",
            "行政处罚",
            "coercion",
            "行政强制",
            "fees",
            "行政事业性收费");
    private static final Map<String, String> PROACTIVE_ITEM = Map.of(
            "regulations",
            "（一）",
            "normative_documents",
            "（一）",
            "licensing",
            "（五）",
            "other_services",
            "（五）",
            "penalty",
            "（六）",
            "coercion",
            "（六）",
            "fees",
            "（八）",
            "procurement",
            "（九）");
    private static final Map<String, String> PROACTIVE_COLUMNS_2019 = Map.of(
            "new_made",
            "本年新制作数量",
            "new_published",
            "本年新公开数量",
            "total_published",
            "对外公开总数量",
            "items_last_year",
            "上一年项目数量",
            "change",
            "本年增/减",
            "decisions",
            "处理决定数量",
            "projects",
            "采购项目数量",
            "amount_10k_yuan",
            "采购总金额");
    private static final Map<String, String> PROACTIVE_COLUMNS_2021 = Map.of(
            "made",
            "本年制发件数",
            "repealed",
            "本年废止件数",
            "in_force",
            "现行有效件数",
            "decisions",
            "本年处理决定数量",
            "amount_10k_yuan",
            "本年收费金额（单位：万元）");

    // ---- accessors ---------------------------------------------------------------------------------------

    /** e.g. 收到和处理政府信息公开申请情况. */
    public static String tableTitle(String table) {
        return TABLE_TITLES.get(table);
    }

    /** e.g. 三、收到和处理政府信息公开申请情况. */
    public static String tableHeading(String table) {
        return TABLE_SECTIONS.get(table) + "、" + TABLE_TITLES.get(table);
    }

    public static String templateName(Template t) {
        return t == Template.T2019 ? "国办公开办函〔2019〕60号格式" : "国办公开办函〔2021〕30号格式";
    }

    /** 自然人, 商业企业, … 总计. */
    public static String applicantColumn(String key) {
        return required(APPLICANT, key);
    }

    /** A requests row's own label, e.g. 属于国家秘密 or 予以公开. */
    public static String requestRow(String key) {
        return required(REQUEST_ROWS, key);
    }

    /** A requests row's label with its printed number: 一、本年新收…, （一）予以公开, 1.属于国家秘密. */
    public static String requestRowNumbered(String key) {
        String prefix = ROW_PREFIX.get(key);
        if (prefix != null) {
            return prefix + requestRow(key);
        }
        for (Map.Entry<String, List<String>> g : GROUPS) {
            int i = g.getValue().indexOf(key);
            if (i >= 0) {
                return (i + 1) + "." + requestRow(key);
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** The outcome group label a row sits under (（三）不予公开 …), or null for rows outside a group. */
    public static String requestGroup(String key) {
        for (Map.Entry<String, List<String>> g : GROUPS) {
            if (g.getValue().contains(key)) {
                return g.getKey();
            }
        }
        return null;
    }

    /** Whether the row is an outcome row, printed under 三、本年度办理结果. */
    public static boolean isOutcome(String key) {
        return Layouts.OUTCOMES_COMMON.contains(key)
                || Layouts.OTHER_2019.contains(key)
                || Layouts.OTHER_2021.contains(key)
                || "total".equals(key);
    }

    public static String reviewRow(String key) {
        return required(REVIEW_ROWS, key);
    }

    public static String reviewColumn(String key) {
        return required(REVIEW_COLUMNS, key);
    }

    public static String proactiveRow(Template t, String key) {
        return required(t == Template.T2019 ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021, key);
    }

    public static String proactiveColumn(Template t, String key) {
        return required(t == Template.T2019 ? PROACTIVE_COLUMNS_2019 : PROACTIVE_COLUMNS_2021, key);
    }

    /** The heading a proactive row sits under: 第二十条第（一）项 … */
    public static String proactiveSection(String rowKey) {
        return "第二十条第" + required(PROACTIVE_ITEM, rowKey) + "项";
    }

    private static String required(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no label for " + key);
        }
        return v;
    }

    private static final Map<String, String> FINDINGS = Map.ofEntries(
            Map.entry(Finding.ROW_SUM, "行合计不符"),
            Map.entry(Finding.COLUMN_SUM, "列合计不符"),
            Map.entry(Finding.BALANCE, "收结平衡不符"),
            Map.entry(Finding.REVIEW_SUM, "复议诉讼合计不符"),
            Map.entry(Finding.MISSING_TABLE, "缺少表格"),
            Map.entry(Finding.TEMPLATE_MISMATCH, "格式与年度不符"),
            Map.entry(Finding.CARRY_OVER_MISMATCH, "跨年结转不符"),
            Map.entry(Finding.TEXT_TABLE_MISMATCH, "正文与表格不符"),
            Map.entry(Finding.AMBIGUOUS_CELLS, "数字无法确定拆分"),
            Map.entry(Finding.LATE_PUBLICATION, "逾期公开"),
            Map.entry(Finding.FEE_STATEMENT_MISSING, "未说明信息处理费"),
            Map.entry(Finding.EMPTY_SECTION, "章节无内容"),
            Map.entry(Finding.COPIED_TEXT, "正文雷同"),
            Map.entry(Finding.YEAR_ON_YEAR_JUMP, "年度数据突变"));

    /** The Chinese name of a finding code; the code itself for one not known here. */
    public static String findingName(String code) {
        return FINDINGS.getOrDefault(code, code);
    }
}
