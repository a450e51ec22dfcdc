package org.gongkai.reportreading;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.reportmodel.Labels;
import org.gongkai.reportmodel.Layouts;

/** Recognises the rows of the requests table (三) by their label, as printed in either format. */
final class RequestRows {

    /** Every row either format has, in printed order (both （六） variants). */
    /** Every row a 2019- or 2021-format table may print, in the national order (the model's keys, not a copy). */
    static final List<String> KEYS = java.util.stream.Stream.of(
                    List.of("new_received", "carried_over"),
                    Layouts.OUTCOMES_COMMON,
                    Layouts.OTHER_2021,
                    Layouts.OTHER_2019,
                    List.of("total", "carried_forward"))
            .flatMap(List::stream)
            .toList();

    private static final Pattern OTHER_OTHER = Pattern.compile("(^|.*[0-9.、)])其他[。.]?$");

    private RequestRows() {}

    /** Whether a label (whitespace removed) names row {@code key}. */
    static boolean matches(String key, String l) {
        return switch (key) {
            case "new_received" -> l.contains("新收");
            case "carried_over" -> l.contains("上年结转") || l.contains("上年度结转");
            case "granted" -> l.contains("予以公开");
            case "partially_granted" -> l.contains("部分公开") || l.contains("区分处理");
            case "withheld_state_secret" -> l.contains("国家秘密");
            case "withheld_prohibited_by_law" -> l.contains("禁止公开") || l.contains("法律行政法规");
            case "withheld_security_stability" -> l.contains("三安全") || l.contains("一稳定") || l.contains("危及");
            case "withheld_third_party" -> l.contains("第三方");
            case "withheld_internal_affairs" -> l.contains("内部事务");
            case "withheld_process_info" -> l.contains("过程性");
            case "withheld_enforcement_file" -> l.contains("执法案卷");
            case "withheld_administrative_query" -> l.contains("查询事项") || l.contains("行政查询");
            case "unable_not_held" -> l.contains("不掌握");
            case "unable_needs_creation" -> l.contains("另行制作") || l.contains("现成信息");
            case "unable_unclear" -> l.contains("不明确") || l.contains("补正后");
            case "rejected_complaint" -> l.contains("信访") || l.contains("投诉") || l.contains("举报");
            case "rejected_duplicate" -> l.contains("重复申请") && !l.contains("反复");
            case "rejected_publication" -> l.contains("出版物");
            case "rejected_mass_repeated" -> l.contains("大量反复") || l.contains("反复申请");
            case "rejected_confirmation" -> l.contains("确认") || l.contains("重新出具");
            case "other_no_correction" -> l.contains("不补正");
            case "other_unpaid_fee" -> l.contains("缴纳费用") || l.contains("收费通知");
            case "other_other" -> OTHER_OTHER.matcher(l).matches() && !l.contains("其他处理其他");
            case "other" -> // the 2021 format's heading of （六）, when a line of its sub-rows runs into it
                l.contains("其他处理")
                        && !matches("other_no_correction", l)
                        && !matches("other_unpaid_fee", l)
                        && !matches("other_other", l);
            case "total" -> l.contains("总计") || l.contains("合计");
            case "carried_forward" -> l.contains("结转下年") || l.contains("下年度继续") || l.contains("转下年");
            default -> false;
        };
    }

    /** The first row at or after {@code from} (within a window) that {@code label} names, or -1. */
    static int find(String label, int from, int window) {
        for (int i = from; i < Math.min(KEYS.size(), from + window); i++) {
            if (matches(KEYS.get(i), label)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The row a label misread by recognition names ("4.保护第法权" for 4.保护第三方合法权益), when no row's words stand
     * in it: the row of the window whose own label keeps the largest share of its Chinese characters in the label's,
     * in order, when that is at least half of them and more than any other row of the window keeps; the label no
     * longer than twice the row's own (a paragraph is no misread label); a number read in it (1. to 8.) that of
     * the row within its group. -1 when no row is so named.
     */
    static int blurred(String label, int from, int window) {
        String han = HAN_ONLY.matcher(label).replaceAll("");
        java.util.regex.Matcher n = SUB_NUMBER.matcher(label);
        String number = n.find() ? n.group() : null;
        int to = Math.min(KEYS.size(), from + window);
        java.util.List<String> owns = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            owns.add(HAN_ONLY.matcher(Labels.requestRow(KEYS.get(i))).replaceAll(""));
        }
        int k = KeptCharacters.closest(han, owns, 0);
        if (k < 0) {
            return -1;
        }
        int best = from + k;
        String key = KEYS.get(best);
        String own = HAN_ONLY.matcher(Labels.requestRow(key)).replaceAll("");
        java.util.regex.Matcher printed = SUB_NUMBER.matcher(Labels.requestRowNumbered(key));
        String ownNumber = printed.lookingAt() ? printed.group() : null;
        if (han.length() > 2 * own.length() || number != null && !number.equals(ownNumber)) {
            return -1;
        }
        return best;
    }

    private static final Pattern HAN_ONLY = Pattern.compile("[^\\u4e00-\\u9fff]");
    private static final Pattern SUB_NUMBER = Pattern.compile("\\d+");

    /**
     * The row the numbers after {@code label} belong to, given that the label names row {@code k}: the next row when
     * the label ends by beginning it, its printed item number and the first characters of its name ("4.无正当理由大量
     * 反复申请5.要求行政机" with the numbers of 5, its name wrapped onto the lines below them: a narrow label column
     * of a PDF whose row 4 was left blank); otherwise {@code k}.
     */
    static int begunAfter(String label, int k) {
        if (k < 0 || k + 1 >= KEYS.size()) {
            return k;
        }
        String next = KEYS.get(k + 1);
        java.util.regex.Matcher printed = SUB_NUMBER.matcher(Labels.requestRowNumbered(next));
        if (!printed.lookingAt()) {
            return k;
        }
        String number = printed.group();
        int at = label.lastIndexOf(number);
        if (at < 0 || at > 0 && Character.isDigit(label.charAt(at - 1))) {
            return k;
        }
        int i = at + number.length();
        while (i < label.length() && Character.isWhitespace(label.charAt(i))) {
            i++;
        }
        if (i == label.length() || ".．、".indexOf(label.charAt(i)) < 0) {
            return k;
        }
        String begun = label.substring(i + 1).strip();
        String own = HAN_ONLY.matcher(Labels.requestRow(next)).replaceAll("");
        return begun.length() >= 2 && own.startsWith(begun) && !matches(KEYS.get(k), begun) ? k + 1 : k;
    }

    /**
     * For a label run together from several printed rows whose cells were all empty (lines with a label
     * and nothing else): the row named last, just before the values, or -1. The window grows by the
     * number of rows the label names, since each of them was printed.
     */
    static int findLastNamed(String label, int from, int window) {
        int named = 0;
        for (int i = from; i < KEYS.size(); i++) {
            named += matches(KEYS.get(i), label) ? 1 : 0;
        }
        if (named < 2) {
            return -1;
        }
        int to = Math.min(KEYS.size(), from + window + named);
        for (int start = label.length() - 1; start >= 0; start--) {
            String suffix = label.substring(start);
            for (int i = from; i < to; i++) {
                if (matches(KEYS.get(i), suffix)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
