package org.gongkai.reportreading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Layout;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;

/** Reads table 二 (主动公开政府信息情况) in either format; its format shows in its column headings. */
final class ProactiveTableReader {

    /**
     * @param ambiguous rows whose digits ran together with no sums to split them and split more than one way:
     *                  row key → every split (cells in column order); their cells are left 0 in the grid
     * @param found     the rows found in the table (with numbers, or printed with their cells blank); a row of the
     *                  layout not found is left 0 in the grid
     * @param short_    cells ("row.column") of found rows left 0 because the row had fewer numbers than columns
     */
    record Result(
            Grid grid,
            Template template,
            Map<String, List<long[]>> ambiguous,
            java.util.Set<String> found,
            java.util.Set<String> short_) {}

    private static final List<String> KEYS = List.of(
            "regulations",
            "normative_documents",
            "licensing",
            "other_services",
            "penalty",
            "coercion",
            "fees",
            "procurement");

    private ProactiveTableReader() {}

    static boolean matches(String key, String l) {
        return switch (key) {
            case "regulations" -> l.endsWith("规章") || l.contains("规章") && !l.contains("规范性文件");
            case "normative_documents" -> l.contains("规范性文件");
            case "licensing" -> l.contains("行政许可");
            case "other_services" -> l.contains("对外管理服务");
            case "penalty" -> l.contains("行政处罚");
            case "coercion" -> l.contains("行政强制");
            case "fees" -> l.contains("事业性收费") || l.endsWith("收费");
            case "procurement" -> l.contains("集中采购") || l.contains("政府采购");
            default -> false;
        };
    }

    /** Each row's label as the 2019 format prints it; the 2021 format's differ only around these words. */
    private static final List<String> PRINTED =
            List.of("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购");

    /**
     * The row, at or after {@code from}, a recognised label with figures names when recognition misread it beyond
     * its words ("政许可", "其他对外和营理服务事项", "政府全中采购"): the row whose printed label keeps the largest share
     * of its characters in the label's, in order, at least half and two characters, no other row as much; the label
     * no longer than twice the row's. -1 when none.
     */
    static int blurred(String label, int from) {
        String han = label.replaceAll("[^\\u4e00-\\u9fff]", "");
        int k = KeptCharacters.closest(han, PRINTED.subList(Math.min(from, PRINTED.size()), PRINTED.size()), 2);
        if (k < 0 || han.length() > 2 * PRINTED.get(from + k).length()) {
            return -1;
        }
        return from + k;
    }

    static Template shape(String allText) {
        int old = 0;
        int neu = 0;
        for (String w : List.of("新制作", "新公开", "对外公开总", "上一年项目", "增/减", "采购项目", "采购总金额", "对外管理服务")) {
            old += allText.contains(w) ? 1 : 0;
        }
        for (String w : List.of("制发件数", "废止件数", "现行有效", "本年处理决定", "收费金额")) {
            neu += allText.contains(w) ? 1 : 0;
        }
        return old > neu ? Template.T2019 : neu > old ? Template.T2021 : null;
    }

    static Result read(List<Token> tokens, Template fallback) {
        return read(tokens, fallback, false);
    }

    /**
     * @param recognised the tokens come from recognised (OCR) cells: each number stood in its own cell, so a row
     *                   with fewer numbers than cells lost some (its other cells stay unknown) and no number is a
     *                   run of digits to split
     */
    static Result read(List<Token> tokens, Template fallback, boolean recognised) {
        Map<String, Segment> rows = new LinkedHashMap<>();
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        int next = 0;
        String carry = "";
        for (Segment s : Segment.of(tokens)) {
            String label = carry + s.label();
            all.append(s.label());
            int k = -1;
            for (int i = next; i < KEYS.size(); i++) {
                if (matches(KEYS.get(i), label)) {
                    k = i;
                    break;
                }
            }
            if (k < 0 && recognised && s.numbers() > 0) {
                k = blurred(s.label(), next); // a label misread by recognition ("政许可")
            }
            if (k >= 0 && s.numbers() == 0 && !s.values().isEmpty() && matches(KEYS.get(k), s.label())) {
                carry = ""; // a row printed with its cells left blank: zeros
                found.add(KEYS.get(k));
                next = k + 1;
                continue;
            }
            if (k < 0 || s.numbers() == 0) {
                carry = label.length() > 200 ? label.substring(label.length() - 200) : label;
                continue;
            }
            carry = "";
            rows.put(KEYS.get(k), new Segment(label, s.values()));
            found.add(KEYS.get(k));
            next = k + 1;
        }
        if (rows.size() < 2) {
            return null;
        }
        Template t = shape(all.toString());
        if (t == null) {
            t = rows.containsKey("other_services") || rows.containsKey("procurement") ? Template.T2019 : fallback;
        }
        Template shape = t;
        if (t == null) {
            t = Template.T2021;
        }
        Layout layout = Layouts.proactive(t);
        Grid g = new Grid(layout);
        Map<String, List<long[]>> ambiguous = new LinkedHashMap<>();
        java.util.Set<String> shortCells = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, Segment> e : rows.entrySet()) {
            if (!layout.hasRow(e.getKey())) {
                continue;
            }
            List<String> cols = layout.columns(e.getKey());
            List<long[]> splits = new ArrayList<>();
            List<BigDecimal> v = values(e.getValue(), cols.size(), splits, recognised);
            if (splits.size() > 1) {
                ambiguous.put(e.getKey(), splits);
                continue;
            }
            for (int i = v.size(); i < cols.size(); i++) {
                shortCells.add(e.getKey() + "." + cols.get(i));
            }
            boolean yuan = inYuan(e.getValue().label());
            for (int i = 0; i < cols.size() && i < v.size(); i++) {
                BigDecimal x = v.get(i);
                if (yuan && cols.get(i).startsWith("amount")) {
                    x = x.movePointLeft(4).stripTrailingZeros();
                }
                g.set(e.getKey(), cols.get(i), x);
            }
        }
        return new Result(g, shape, ambiguous, found, shortCells);
    }

    private static boolean inYuan(String label) {
        return (label.contains("单位:元") || label.contains("(元)")) && !label.contains("万元");
    }

    /** The row's numbers fitted to {@code w} columns: by position when the blanks line up, else in order. */
    private static List<BigDecimal> values(Segment s, int w, List<long[]> ambiguous, boolean recognised) {
        List<Token> cells = new ArrayList<>(s.values());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        while (!cells.isEmpty() && cells.get(0).isBlank() && cells.size() > w) {
            cells.remove(0);
        }
        List<BigDecimal> out = new ArrayList<>();
        if (cells.size() == w) {
            for (Token t : cells) {
                out.add(t.isNum() ? t.value() : BigDecimal.ZERO);
            }
            return out;
        }
        List<Token> nums = new ArrayList<>();
        for (Token t : cells) {
            if (t.isNum()) {
                nums.add(t);
            }
        }
        if (nums.size() > w) {
            // a value repeated from a merged cell
            List<Token> dedup = new ArrayList<>();
            for (Token t : nums) {
                if (dedup.isEmpty() || dedup.get(dedup.size() - 1).value().compareTo(t.value()) != 0) {
                    dedup.add(t);
                }
            }
            if (dedup.size() >= w) {
                nums = dedup;
            }
        }
        if (nums.size() < w && w > 1) {
            List<String> pieces = new ArrayList<>();
            boolean plain = true;
            for (Token t : nums) {
                plain &= t.digits();
                pieces.add(t.text());
            }
            if (plain && !nums.isEmpty() && !recognised) {
                int[] groups = new int[w];
                java.util.Arrays.fill(groups, 1);
                List<long[]> splits = DigitSplitter.split(pieces, groups);
                if (splits.size() == 1) {
                    for (long x : splits.get(0)) {
                        out.add(BigDecimal.valueOf(x));
                    }
                    return out;
                }
                if (splits.size() > 1 && nums.size() < w) {
                    ambiguous.addAll(splits); // never the whole run in one cell
                    return out;
                }
            }
        }
        for (int i = 0; i < Math.min(w, nums.size()); i++) {
            out.add(nums.get(i).value());
        }
        return out;
    }
}
