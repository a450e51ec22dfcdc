package org.gongkai.requests;

import java.util.List;

/**
 * Letter numbers in the usual 文号 shape: 〔year〕 + the government's one-character short name + the unit's short
 * name + 依申复 + 第n号, e.g. 〔2024〕示住建依申复第3号. A unit without a configured short name gets one derived from
 * its name: the county prefix and the kind suffix dropped, the first characters of what is left.
 */
public final class LetterNumbers {

    private static final List<String> SUFFIXES =
            List.of("人民政府办公室", "人民政府", "办公室", "分局", "局", "委员会", "街道办事处", "街道", "镇人民政府", "镇", "乡");

    private LetterNumbers() {}

    public static String format(int year, String governmentShort, String unitShort, int seq) {
        return format(year, governmentShort, unitShort, LetterKind.REPLY, seq);
    }

    /** The number of a letter of {@code kind}: its word in place of 依申复 (依申登, 依申补, …). */
    public static String format(int year, String governmentShort, String unitShort, LetterKind kind, int seq) {
        return "〔" + year + "〕" + governmentShort + unitShort + kind.numberWord() + "第" + seq + "号";
    }

    /** 示例县人民政府 → 示. */
    public static String governmentShort(String governmentName) {
        return governmentName == null || governmentName.isEmpty() ? "" : governmentName.substring(0, 1);
    }

    /** 县住房和城乡建设局 → 住房, 城关镇 → 城关, 示例县人民政府办公室 → 政办. */
    public static String derivedUnitShort(String unitName) {
        if (unitName.endsWith("人民政府办公室")) {
            return "政办";
        }
        String n = unitName;
        int county = n.indexOf('县');
        if (county >= 0 && county < n.length() - 1) {
            n = n.substring(county + 1);
        }
        for (String suffix : SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                n = n.substring(0, n.length() - suffix.length());
                break;
            }
        }
        int and = n.indexOf('和');
        if (and > 0) {
            n = n.substring(0, and);
        }
        return n.length() <= 2 ? n : n.substring(0, 2);
    }
}
