package org.gongkai.platform.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place that knows what personal data looks like in text, for every use: {@link #find} gives where each
 * identity card number, phone number, e-mail address, street address or introduced name is (the redaction of
 * released files proposes areas from it), {@link #redact} removes them from text for publication, and
 * {@link #mask} / {@link #maskContact} show numbers and addresses to staff and in logs half hidden.
 *
 * <p>Removes personal data from text the public wrote before it is shown to anyone else: identity card numbers,
 * mobile and landline numbers, email addresses, street addresses down to the house number, the names the caller
 * knows (the writer's own) and names the writer introduced (我叫…, 姓名：…). Each is replaced by {@link #MASK}.
 * Detection is by pattern, so staff still read what is published; this catches what a person would overlook.
 */
public final class PersonalData {

    /** What stands in for removed data. */
    public static final String MASK = "***";

    /** What a piece of personal data is; each kind has one pattern. */
    public enum Kind {
        EMAIL,
        ID_NUMBER,
        MOBILE,
        LANDLINE,
        ADDRESS,
        BUILDING,
        INTRODUCED_NAME
    }

    /** One piece of personal data: its kind and where it is in the text. */
    public record Found(Kind kind, int start, int end, String text) {}

    /** In the order of {@link Kind}; e-mail first, so that digits in an address do not split it. */
    private static final List<Pattern> DETECTORS = List.of(
            // e-mail addresses (before digits, so that digits in an address do not split it)
            Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+"),
            // identity card numbers: 18 characters (last may be X), or the old 15 digits
            Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])"),
            // mobile numbers, also written with spaces or dashes and a +86 prefix
            Pattern.compile("(?<!\\d)(?:\\+?86[\\s\\-]?)?1[3-9]\\d[\\s\\-]?\\d{4}[\\s\\-]?\\d{4}(?!\\d)"),
            // landlines with an area code, e.g. 0577-12345678 or (0577)1234567
            Pattern.compile("(?<!\\d)[(（]?0\\d{2,3}[)）]?[\\s\\-]?\\d{7,8}(?!\\d)"),
            // a street address after its road, village or estate: the house number and what follows
            Pattern.compile("(?<=路|街|巷|大道|村|小区|社区|花园|苑|大厦|公寓|新村)[\\p{IsHan}A-Za-z]{0,6}?"
                    + "[0-9０-９]+\\s*(?:号楼|号院|号|栋|幢|弄|单元|室)"
                    + "(?:\\s*[0-9０-９\\-－]+\\s*(?:号楼|号|栋|幢|单元|室))*"),
            // a building, unit and room without the road: 3栋2单元501室
            Pattern.compile("[0-9０-９]+\\s*(?:栋|幢|号楼)\\s*(?:[0-9０-９]+\\s*单元)?\\s*[0-9０-９]+\\s*(?:室|号)"),
            // names the writer introduced
            Pattern.compile("(?<=我叫|我是|本人叫|姓名[:：]|联系人[:：])\\s*\\p{IsHan}{2,4}?(?=[，。,.;；\\s]|$)"));

    private PersonalData() {}

    /** Where the personal data of these kinds is in {@code text}, kind by kind, each in text order. */
    public static List<Found> find(String text, java.util.Set<Kind> kinds) {
        List<Found> found = new java.util.ArrayList<>();
        if (text == null) {
            return found;
        }
        for (Kind k : Kind.values()) {
            if (kinds.contains(k)) {
                java.util.regex.Matcher m = DETECTORS.get(k.ordinal()).matcher(text);
                while (m.find()) {
                    found.add(new Found(k, m.start(), m.end(), m.group()));
                }
            }
        }
        return found;
    }

    /** An identity or phone number half hidden: the first 3 and the last 4 characters kept (138****1234). */
    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        if (value.length() <= 7) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    /** A recipient as staff pages and logs show it: w***@example.com, or a number as {@link #mask} does. */
    public static String maskContact(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return recipient;
        }
        int at = recipient.indexOf('@');
        return at > 0 ? recipient.charAt(0) + MASK + recipient.substring(at) : mask(recipient);
    }

    /**
     * The text with personal data removed; {@code knownNames} (e.g. the writer's name as given) are removed
     * wherever they occur, and their surname with 先生 or 女士 too. Null stays null.
     */
    public static String redact(String text, Collection<String> knownNames) {
        if (text == null) {
            return null;
        }
        String out = text;
        List<String> names = knownNames.stream()
                .filter(n -> n != null && TextRules.length(n.strip()) >= 2)
                .map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String name : names) {
            out = out.replace(name, MASK);
            String surname = name.substring(0, name.offsetByCodePoints(0, 1));
            out = out.replace(surname + "先生", MASK).replace(surname + "女士", MASK);
        }
        for (Pattern p : DETECTORS) {
            out = p.matcher(out).replaceAll(MASK);
        }
        return out;
    }

    /** Whether the text still holds a phone number, an identity card number or an e-mail address. */
    public static boolean holdsContactOrId(String text) {
        if (text == null) {
            return false;
        }
        return !find(text, java.util.EnumSet.of(Kind.EMAIL, Kind.ID_NUMBER, Kind.MOBILE, Kind.LANDLINE))
                .isEmpty();
    }
}
