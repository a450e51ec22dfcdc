package org.gongkai.reportreading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporting body, the year reported on and the date of the report, from its title and signature. */
final class MetadataReader {

    /** {@code published}: the date the report is signed; {@code posted}: the date its web page shows. */
    record Meta(String unit, Integer year, LocalDate published, LocalDate posted) {}

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern CN_YEAR = Pattern.compile("([〇零○Ｏ一二三四五六七八九]{4})年");
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[-./](\\d{1,2})[-./](\\d{1,2}))");
    private static final Pattern CN_DATE =
            Pattern.compile("([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})年1月1日(?:起)?(?:至|到|-)");
    private static final Pattern UNIT_END =
            Pattern.compile(".*(人民政府|政府|办公室|办公厅|局|委员会|委|厅|院|署|中心|办事处|管委会|街道|镇|乡|部|总队|支队|大队|所|站|馆|社|会|集团|公司"
                    + "|实验区|试验区|开发区|新区|高新区|片区|园区|示范区|合作区|保税区|自贸区)$");
    /** A title that names its government by its place alone: "杭州市2023年政府信息公开工作年度报告". */
    private static final Pattern PLACE_NAME = Pattern.compile("[\\u4e00-\\u9fff]{2,12}[省市县区州旗盟]");
    /** A crawled page's field label before the title: "标题:", "题目：", "名称:". */
    private static final Pattern FIELD_LABEL =
            Pattern.compile("^(?:标题|题目|名称|主题|文章标题|信息名称|title)[:：]", Pattern.CASE_INSENSITIVE);

    private static final Pattern REPORT_TITLE = Pattern.compile(".*(年度报告|年报|工作报告)$");

    /** Lines read for the title (web pages start with menus) and for the signature (and end with footers). */
    private static final int HEAD = 80;

    private static final int TAIL = 25;

    private MetadataReader() {}

    static Meta read(List<String> rawLines) {
        List<String> lines = new ArrayList<>();
        for (String l : rawLines) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        // only the head and the tail are read closely
        for (int i = 0; i < lines.size(); i++) {
            if (i < HEAD || i >= lines.size() - TAIL - 1) {
                lines.set(i, Sections.squeeze(lines.get(i)));
            }
        }
        String titleUnit = null;
        Integer year = null;
        int head = Math.min(lines.size(), HEAD);
        for (int i = 0; i < head; i++) {
            String s = FIELD_LABEL.matcher(lines.get(i)).replaceFirst("");
            if (s.length() > 70
                    || !(s.contains("信息公开") || s.contains("政务公开"))
                    || !REPORT_TITLE.matcher(s).matches()) {
                continue;
            }
            Matcher y = YEAR.matcher(s);
            int cut = -1;
            if (y.find()) {
                year = Integer.valueOf(y.group(1));
                cut = y.start();
            } else {
                Matcher cy = CN_YEAR.matcher(s);
                if (cy.find()) {
                    year = chineseNumber(cy.group(1));
                    cut = cy.start();
                }
            }
            String prefix = cut > 0 ? cleanUnit(s.substring(0, cut)) : null;
            String infix = cut >= 0 ? unitAfterYear(s, cut) : null;
            if (prefix != null
                    && (UNIT_END.matcher(prefix).matches()
                            || PLACE_NAME.matcher(prefix).matches())) {
                titleUnit = prefix;
            } else if (infix != null) {
                titleUnit = infix;
            } else {
                for (int j = i - 1; j >= Math.max(0, i - 3) && titleUnit == null; j--) {
                    String u = cleanUnit(lines.get(j));
                    if (u.length() <= 30 && UNIT_END.matcher(u).matches()) {
                        titleUnit = u;
                    }
                }
            }
            break;
        }
        if (titleUnit == null) {
            titleUnit = stampedUnit(lines);
        }
        if (titleUnit == null) {
            for (int i = 0; i < Math.min(lines.size(), 10) && titleUnit == null; i++) {
                String u = cleanUnit(lines.get(i));
                if (u.length() >= 5
                        && u.length() <= 30
                        && UNIT_END.matcher(u).matches()
                        && PLACE.matcher(u).find()
                        && !u.contains("位置")) {
                    titleUnit = u;
                }
            }
        }
        LocalDate published = null;
        String signUnit = null;
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL) && published == null; i--) {
            String s = lines.get(i);
            DateAt d = date(s);
            if (d == null) {
                continue;
            }
            String rest = cleanUnit(s.substring(0, d.start) + s.substring(d.end));
            if (rest.length() > 30
                    || rest.chars().anyMatch(Character::isDigit)
                    || NOT_SIGNATURE.matcher(rest).find()) {
                continue; // a sentence with a date (a period, a deadline), not the signature
            }
            published = d.date;
            if (UNIT_END.matcher(rest).matches() && rest.length() >= 4) {
                signUnit = rest;
            } else if (i > 0) {
                String prev = cleanUnit(lines.get(i - 1));
                if (prev.length() >= 4
                        && prev.length() <= 30
                        && UNIT_END.matcher(prev).matches()) {
                    signUnit = prev;
                }
            }
        }
        LocalDate posted = stampedDate(lines);
        if (year == null) {
            year = periodYear(lines);
        }
        if (year == null && published != null) {
            year = published.getMonthValue() <= 6 ? published.getYear() - 1 : published.getYear();
        }
        if (year == null && posted != null) {
            year = posted.getMonthValue() <= 6 ? posted.getYear() - 1 : posted.getYear();
        }
        if (published != null && year != null && (published.getYear() < year || published.getYear() > year + 2)) {
            published = null;
        }
        if (posted != null && year != null && posted.getYear() < year) {
            posted = null;
        }
        String unit = chooseUnit(titleUnit, signUnit, lines);
        return new Meta(unit == null ? null : usualSpelling(unit, lines), year, published, posted);
    }

    private static final Pattern NOT_SIGNATURE = Pattern.compile("至|期限|统计|截止|截至|以来|起|前|后|施行|印发|召开");
    private static final Pattern PLACE = Pattern.compile("[省市县区镇乡州旗盟]|国家|中华|自治");
    private static final Pattern STAMP = Pattern.compile("(?:发布|成文|印发)(?:日期|时间)[:：]?|(?:日期|时间)[:：]");
    /** The info bar under a web page's title: a date beside 来源, 浏览次数, 字号 and the like. */
    private static final Pattern INFO_BAR = Pattern.compile("来源|浏览|点击|访问|阅读|字号|作者|分享|打印");

    private static final Pattern UNIT_STAMP =
            Pattern.compile("(?:发布机构|发文机关|发布单位|发布部门|信息来源|来源)[:：]\\s*([^\\s:：|]{4,30})");

    private static final Pattern STAMP_TAIL = Pattern.compile("(发布|成文|印发|日期|时间|索引|文号|浏览|字号).*$");

    /** A web page's 发布机构 (or 来源) near its top, naming a unit, when the title names none. */
    private static String stampedUnit(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            if (lines.get(i).indexOf(':') < 0 && lines.get(i).indexOf('：') < 0) {
                continue; // the stamp's label ends with a colon
            }
            Matcher m = UNIT_STAMP.matcher(lines.get(i));
            while (m.find()) {
                String u = cleanUnit(STAMP_TAIL.matcher(m.group(1)).replaceFirst(""));
                if (UNIT_END.matcher(u).matches() && PLACE.matcher(u).find()) {
                    return u;
                }
            }
        }
        return null;
    }

    /** A web page's 发布日期 near its top, when the report carries no signed date at its end. */
    private static LocalDate stampedDate(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            String line = lines.get(i);
            Matcher m = STAMP.matcher(line);
            if ((line.contains("日期") || line.contains("时间")) && m.find()) {
                DateAt d = date(line.substring(m.end()));
                if (d != null) {
                    return d.date;
                }
            }
            DateAt d = date(line);
            if (d != null
                    && d.start < 4
                    && (INFO_BAR.matcher(line).find()
                            || cleanUnit(line.substring(d.end).strip().replaceFirst("^\\d{1,2}:\\d{2}(:\\d{2})?", ""))
                                    .isEmpty())) {
                return d.date;
            }
        }
        return null;
    }

    private static final Pattern YEAR_WORD = Pattern.compile("^.{4,8}?年度?");

    /** "2021年度某某县人民政府政府信息公开工作年度报告": the unit between the year and the subject. */
    private static String unitAfterYear(String title, int yearAt) {
        Matcher y = YEAR_WORD.matcher(title.substring(yearAt));
        if (!y.find()) {
            return null;
        }
        String rest = title.substring(yearAt + y.end());
        int subject = rest.indexOf("政府信息公开");
        if (subject < 0) {
            subject = rest.indexOf("政务公开");
        }
        if (subject < 4) {
            return null;
        }
        String u = cleanUnit(rest.substring(0, subject));
        return UNIT_END.matcher(u).matches() ? u : null;
    }

    /**
     * The year of the statistical period the report states ("统计期限自2023年1月1日起至2023年12月31日止"), also when a
     * line's wrap falls inside it (the line ending with 1月1日, the next beginning with 起至).
     */
    private static Integer periodYear(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.indexOf('月') < 0 || !Sections.squeeze(l).contains("1月1日")) {
                continue;
            }
            String wrapped = i + 1 < lines.size() ? l + lines.get(i + 1) : l;
            Matcher m = PERIOD.matcher(Sections.squeeze(wrapped));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** Title and signature disagree (an OCR typo in one): the spelling the document uses more often wins. */
    private static String chooseUnit(String title, String sign, List<String> lines) {
        if (title == null) {
            return sign;
        }
        if (sign == null || sign.equals(title) || sign.contains(title) || title.contains(sign)) {
            return title;
        }
        Map<String, Integer> count = new HashMap<>();
        for (String l : lines) {
            for (String u : List.of(title, sign)) {
                int from = 0;
                while ((from = l.indexOf(u, from)) >= 0) {
                    count.merge(u, 1, Integer::sum);
                    from += u.length();
                }
            }
        }
        return count.getOrDefault(sign, 0) > count.getOrDefault(title, 0) ? sign : title;
    }

    /** How many characters name the unit's place before its first character of kind or level (区, 县, 局…). */
    static int placeLength(String unit) {
        for (int i = 0; i < unit.length(); i++) {
            if (LEVELS.indexOf(unit.charAt(i)) >= 0) {
                return i;
            }
        }
        return unit.length();
    }

    /** Characters of a unit's kind and level, never taken for a misread one. */
    private static final String LEVELS = "省市县区州旗盟镇乡街道村局委办厅院署部会中心站所馆队";

    /**
     * A unit's name misread in one character of its place (洪译区 for 洪泽区, as recognition may read a bold title):
     * the spelling that differs from it in that one character only and that the document uses more often, at least
     * twice, where the name itself occurs at most once.
     */
    static String usualSpelling(String unit, List<String> lines) {
        int n = unit.length();
        if (n < 4) {
            return unit;
        }
        if (placeLength(unit) < 2) {
            String whole = withItsPlace(unit, lines);
            if (whole != null) {
                return whole;
            }
        }
        if (occursTwice(unit, lines)) {
            return unit; // the usual case, settled without looking at other spellings
        }
        Map<String, Integer> count = new HashMap<>();
        String[] halves = {unit.substring(0, n / 2), unit.substring(n / 2)};
        for (String l : lines) {
            for (int h = 0; h < 2; h++) {
                for (int at = l.indexOf(halves[h]); at >= 0; at = l.indexOf(halves[h], at + 1)) {
                    int start = h == 0 ? at : at - n / 2;
                    if (start >= 0 && start + n <= l.length()) {
                        String w = l.substring(start, start + n);
                        if (h == 0 || !w.startsWith(halves[0])) { // a window matching both halves counted once
                            count.merge(w, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        String best = unit;
        int most = Math.max(1, count.getOrDefault(unit, 0));
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > most && oneMisread(unit, e.getKey())) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * A unit that lost the head of its place (a scan's title read 区人民政府 or 泽区人民政府): the spelling the document
     * uses where the same name stands after the characters that complete a place of two (洪泽区人民政府), the most
     * frequent one; null when the document never writes it so.
     */
    static String withItsPlace(String unit, List<String> lines) {
        int need = 2 - placeLength(unit);
        Map<String, Integer> count = new HashMap<>();
        for (String l : lines) {
            for (int at = l.indexOf(unit); at >= 0; at = l.indexOf(unit, at + 1)) {
                if (at < need) {
                    continue;
                }
                String head = l.substring(at - need, at);
                if (head.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff && LEVELS.indexOf(c) < 0)) {
                    count.merge(head + unit, 1, Integer::sum);
                }
            }
        }
        return count.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static boolean occursTwice(String unit, List<String> lines) {
        int seen = 0;
        for (String l : lines) {
            for (int at = l.indexOf(unit); at >= 0; at = l.indexOf(unit, at + unit.length())) {
                if (++seen > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same length, one Chinese character apart, and not a character of a kind or level (区 for 县). */
    private static boolean oneMisread(String unit, String other) {
        int diff = -1;
        for (int i = 0; i < unit.length(); i++) {
            if (unit.charAt(i) != other.charAt(i)) {
                if (diff >= 0) {
                    return false;
                }
                diff = i;
            }
        }
        if (diff < 0) {
            return false;
        }
        char a = unit.charAt(diff);
        char b = other.charAt(diff);
        return a >= 0x4e00
                && a <= 0x9fff
                && b >= 0x4e00
                && b <= 0x9fff
                && LEVELS.indexOf(a) < 0
                && LEVELS.indexOf(b) < 0;
    }

    private static final Pattern UNIT_PUNCTUATION = Pattern.compile("[\\[\\]【】《》\"“”:：,，。;；!！?？(（)）|]");

    static String cleanUnit(String s) {
        String u = UNIT_PUNCTUATION.matcher(s).replaceAll("").strip();
        if (u.endsWith("关于")) {
            u = u.substring(0, u.length() - 2);
        }
        return u;
    }

    private record DateAt(LocalDate date, int start, int end) {}

    private static DateAt date(String s) {
        if (s.indexOf('年') < 0 && s.indexOf('-') < 0 && s.indexOf('.') < 0 && s.indexOf('/') < 0) {
            return null; // no date is written without one of these
        }
        // the patterns are tried only where a date can start (a year), not at every character of a long line
        Matcher m = DATE.matcher(s);
        DateAt found = null;
        for (int i = yearAt(s, 0); i >= 0; ) {
            m.region(i, s.length());
            if (!m.lookingAt()) {
                i = yearAt(s, i + 1);
                continue;
            }
            try {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
                int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
                found = new DateAt(LocalDate.of(y, mo, d), m.start(), m.end());
            } catch (DateTimeException | NumberFormatException e) {
                // not a date
            }
            i = yearAt(s, m.end());
        }
        if (found != null) {
            return found;
        }
        Matcher c = CN_DATE.matcher(s);
        for (int i = chineseYearAt(s, 0); i >= 0; i = chineseYearAt(s, i + 1)) {
            c.region(i, s.length());
            if (c.lookingAt()) {
                try {
                    return new DateAt(
                            LocalDate.of(
                                    chineseNumber(c.group(1)), chineseNumber(c.group(2)), chineseNumber(c.group(3))),
                            c.start(),
                            c.end());
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Where the next four digits 19xx or 20xx of {@code s} from {@code from} start, or -1. */
    static int yearAt(String s, int from) {
        for (int i = from; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            char n = s.charAt(i + 1);
            if (((c == '1' && n == '9') || (c == '2' && n == '0'))
                    && isAsciiDigit(s.charAt(i + 2))
                    && isAsciiDigit(s.charAt(i + 3))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final String CHINESE_DIGITS = "〇零○Ｏ一二三四五六七八九";

    /** Where the next year in Chinese numerals (二〇二四年) of {@code s} from {@code from} starts, or -1. */
    static int chineseYearAt(String s, int from) {
        for (int k = s.indexOf('年', from + 4); k >= 0; k = s.indexOf('年', k + 1)) {
            boolean year = true;
            for (int j = k - 4; j < k && year; j++) {
                year = CHINESE_DIGITS.indexOf(s.charAt(j)) >= 0;
            }
            if (year) {
                return k - 4;
            }
        }
        return -1;
    }

    /** 二〇二〇 → 2020, 十九 → 19, 十 → 10. */
    static int chineseNumber(String s) {
        String digits = "〇一二三四五六七八九";
        if (s.indexOf('十') < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = c == '零' || c == '○' || c == 'Ｏ' ? 0 : digits.indexOf(c);
                v = v * 10 + Math.max(d, 0);
            }
            return v;
        }
        int i = s.indexOf('十');
        int tens = i == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = i == s.length() - 1 ? 0 : digits.indexOf(s.charAt(i + 1));
        return tens * 10 + ones;
    }
}
