package org.gongkai.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an import and the headers that name them: the Chinese header of the old website's sheet or the
 * JSON key (the same as the English header).
 */
public final class ImportColumns {

    public static final String INDEX_NUMBER = "indexNumber";
    public static final String UNIT = "unitCode";
    public static final String TITLE = "title";
    public static final String DOC_NUMBER = "docNumber";
    public static final String TYPE = "docType";
    public static final String WRITTEN = "writtenOn";
    public static final String PUBLISHED = "publishedOn";
    public static final String ARTICLE20 = "article20Item";
    public static final String COLUMN = "column";
    public static final String MODE = "mode";
    public static final String WITHHELD_REASON = "withheldReason";
    public static final String BODY = "body";
    public static final String TOPICS = "topics";
    public static final String VALIDITY = "validity";
    public static final String VALIDITY_CHANGED = "validityChangedOn";
    public static final String REPEALED_BY = "repealedBy";
    public static final String ATTACHMENTS = "attachments";

    /** Fields every import must have a column for. */
    public static final List<String> REQUIRED = List.of(UNIT, TITLE, TYPE, WRITTEN, PUBLISHED, COLUMN);

    /** The Chinese header of each field, in the order a template sheet lists them. */
    public static final Map<String, String> CHINESE = chinese();

    private static final Map<String, String> ALIASES = Map.of(
            "发布机构代码", UNIT,
            "发文字号", DOC_NUMBER,
            "信息类别", TYPE,
            "公开日期", PUBLISHED,
            "第二十条事项", ARTICLE20,
            "内容", BODY,
            "失效或废止日期", VALIDITY_CHANGED);

    private ImportColumns() {}

    private static Map<String, String> chinese() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(INDEX_NUMBER, "索引号");
        m.put(UNIT, "单位代码");
        m.put(TITLE, "标题");
        m.put(DOC_NUMBER, "文号");
        m.put(TYPE, "类别");
        m.put(WRITTEN, "成文日期");
        m.put(PUBLISHED, "发布日期");
        m.put(ARTICLE20, "条例第二十条事项");
        m.put(COLUMN, "栏目");
        m.put(MODE, "公开方式");
        m.put(WITHHELD_REASON, "不予公开理由");
        m.put(BODY, "正文");
        m.put(TOPICS, "主题词");
        m.put(VALIDITY, "有效性");
        m.put(VALIDITY_CHANGED, "有效性变化日期");
        m.put(REPEALED_BY, "废止文件");
        m.put(ATTACHMENTS, "附件");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The field a header names (Chinese, alias or English key), if any. */
    public static Optional<String> field(String header) {
        String h = header == null ? "" : header.strip();
        if (CHINESE.containsKey(h)) {
            return Optional.of(h);
        }
        for (Map.Entry<String, String> e : CHINESE.entrySet()) {
            if (e.getValue().equals(h)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.ofNullable(ALIASES.get(h));
    }
}
