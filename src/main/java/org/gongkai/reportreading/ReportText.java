package org.gongkai.reportreading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.Statement;
import org.gongkai.reportmodel.Template;

/**
 * The report's running text (everything but its tables): numbers it states about its tables, whether it speaks
 * of the information-processing fee, and whether sections 1 and 5 have content.
 */
final class ReportText {

    /**
     * A sentence pattern whose group 1 (or none: zero) is the number stated for one cell; it is tried only on a
     * sentence holding its trigger word and, when it reads a count, a count ({@link #hasCount}).
     */
    private record Rule(Pattern pattern, String where2019, String where2021, String trigger, boolean count) {
        String where(Template t) {
            return t == Template.T2019 ? where2019 : where2021;
        }
    }

    private static final String CLAUSE = "[^。；;，,：:]";
    private static final String COUNT = "(\\d{1,7})(?:件|宗|个|份)(?!余|多|以上|左右)";
    private static final String SAY = "(?:共计|合计|总计|总数|共|计|为|达|数量为|数量)?";

    private static final List<Rule> RULES = List.of(
            rule(
                    "(?<!上年|结转|转入)(?:收到|受理|接收|新收|接到)" + CLAUSE + "{0,24}?(?:公开)?申请(?:事项|件数|件)?" + SAY + COUNT,
                    "requests.new_received.total",
                    "申请"),
            rule(
                    "(?:未|没有)(?:收到|受理|接到)" + CLAUSE + "{0,16}?(?:公开)?申请(?!行政复议|复议|诉讼|人)",
                    "requests.new_received.total",
                    "申请"),
            rule("(?:上一?年度?|去年)结转" + CLAUSE + "{0,12}?" + SAY + COUNT, "requests.carried_over.total", "结转"),
            rule("结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?" + SAY + COUNT, "requests.carried_forward.total", "结转"),
            rule("(?:予以公开|同意公开|全部公开)(?:的)?" + SAY + COUNT, "requests.granted.total", "公开"),
            rule("(?:部分公开|区分处理后(?:予以)?公开)(?:的)?" + SAY + COUNT, "requests.partially_granted.total", "公开"),
            rule("(?:收到|发生|被申请|提起|涉及)(?:政府信息公开)?行政复议(?:案件|申请)?" + SAY + COUNT, "reviews.reconsideration.total", "行政复议"),
            new Rule(
                    Pattern.compile("(?:制发|印发|出台)(?:了)?(?:行政)?规范性文件" + SAY + COUNT),
                    "proactive.normative_documents.new_made",
                    "proactive.normative_documents.made",
                    "规范性文件",
                    true));

    private static Rule rule(String regex, String where, String trigger) {
        return new Rule(Pattern.compile(regex), where, where, trigger, regex.contains(COUNT));
    }

    /** Where sentences end: 。；;!！?？ and the end of a line. */
    private static final String SENTENCE_END = "。；;!！?？\n";

    private static final Pattern SECTION_ONE = Pattern.compile("一[、.．]\\s*(?:总体情况|概述|总体概述)");
    private static final Pattern SECTION_TWO = Pattern.compile("二[、.．]\\s*主动公开");
    private static final Pattern SECTION_FIVE = Pattern.compile("五[、.．]\\s*存在的?(?:主要)?问题");
    private static final Pattern SECTION_SIX = Pattern.compile("六[、.．]\\s*其他需要报告");

    private ReportText() {}

    /** Numbers the text states about table cells, in order, each with the sentence it is read from. */
    static List<Statement> statements(String text, Template t) {
        List<Statement> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && SENTENCE_END.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            String s = text.substring(start, i).strip();
            start = i + 1;
            if (s.length() < 6 || s.length() > 300) {
                continue;
            }
            statements(s, t, out);
        }
        return out;
    }

    /** A digit before 件, 宗, 个 or 份: what {@link #COUNT} needs. */
    private static boolean hasCount(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '件' || c == '宗' || c == '个' || c == '份') && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void statements(String s, Template t, List<Statement> out) {
        int count = -1;
        for (Rule r : RULES) {
            if (!s.contains(r.trigger)) {
                continue;
            }
            if (r.count) {
                if (count < 0) {
                    count = hasCount(s) ? 1 : 0;
                }
                if (count == 0) {
                    continue;
                }
            }
            Matcher m = r.pattern.matcher(s);
            boolean found = false;
            while (!found && m.find()) {
                found = !partOfAWhole(s, m.start());
            }
            if (found) {
                BigDecimal v = m.groupCount() >= 1 && m.group(1) != null ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
                String where = r.where(t == null ? Template.T2021 : t);
                if (out.stream()
                        .noneMatch(x -> x.where().equals(where) && x.quote().equals(s))) {
                    out.add(new Statement(where, v, s));
                }
            }
        }
    }

    private static final Pattern PART = Pattern.compile("其中|下属|所属|分别|各乡镇|各部门|各单位|市政府收到|区政府收到|县政府收到");

    /** The clause of the match speaks of a part ("其中…", "下属单位…"), not of the table's whole. */
    private static boolean partOfAWhole(String sentence, int at) {
        int from = at;
        while (from > 0 && "，,：:".indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        return PART.matcher(sentence.substring(from, at + Math.min(8, sentence.length() - at)))
                .find();
    }

    /** fee_statement_missing and empty_section findings for the report's text. */
    static List<Finding> checks(String text, Template t) {
        List<Finding> out = new ArrayList<>();
        String six = after(text, SECTION_SIX);
        if (t == Template.T2021) {
            boolean fee = six != null ? FEE_WORDS.matcher(six).find() : text.contains("处理费");
            if (!fee) {
                out.add(new Finding(Finding.FEE_STATEMENT_MISSING, "section6", "2021年格式的报告第六部分未说明信息处理费的收取情况"));
            }
        }
        String one = between(text, SECTION_ONE, SECTION_TWO);
        if (one != null && hanCount(one) < 10) {
            out.add(new Finding(Finding.EMPTY_SECTION, "section1", "第一部分「总体情况」没有内容"));
        }
        String five = between(text, SECTION_FIVE, SECTION_SIX);
        if (five != null) {
            if (hanCount(five) < 10) {
                out.add(new Finding(Finding.EMPTY_SECTION, "section5", "第五部分「存在的主要问题及改进情况」没有内容"));
            }
        }
        return out;
    }

    private static final Pattern FEE_WORDS = Pattern.compile("处理费|收费|收取费用|收取任何费用");

    private static String after(String text, Pattern start) {
        Matcher m = heading(start, text, 0);
        return m != null ? text.substring(m.end()) : null;
    }

    /** Text after {@code start}'s heading phrase up to {@code end} (or the end); null without a start. */
    private static String between(String text, Pattern start, Pattern end) {
        Matcher m = heading(start, text, 0);
        if (m == null) {
            return null;
        }
        Matcher e = heading(end, text, m.end());
        int stop = e != null ? e.start() : text.length();
        String s = text.substring(m.end(), stop);
        // the rest of the heading ("情况", "及改进情况") is not content
        return HEADING_REST.matcher(s).replaceFirst("");
    }

    private static final Pattern HEADING_REST = Pattern.compile("^[^。，,；;\\n]{0,16}?(?:情况|措施|计划|打算|方向)");

    /**
     * The first match of a section heading pattern at or after {@code from}, or null: tried only where the
     * heading's number (the pattern's first character) stands, which finds what {@code find(from)} finds.
     */
    private static Matcher heading(Pattern p, String text, int from) {
        char number = p.pattern().charAt(0);
        Matcher m = p.matcher(text);
        for (int i = text.indexOf(number, from); i >= 0; i = text.indexOf(number, i + 1)) {
            if (m.region(i, text.length()).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4e00 && c <= 0x9fff && c != '无') {
                n++;
            }
        }
        return n;
    }
}
