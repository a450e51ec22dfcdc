package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.China;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Asks every {@link YearFigures} of the platform (whatever modules provide one) for a unit's year and groups the
 * figures into the paragraphs of section 1, each figure with its change on the previous year. Groups come in
 * {@link #ORDER}; a group no one listed there follows, by name.
 */
@Service
public class SectionOneFigures {

    /** The order of the paragraphs: what the government published, explained, answered and counted elsewhere. */
    static final List<String> ORDER = List.of(
            "proactive",
            "interpretations",
            "responses",
            "messages",
            "consultations",
            "decisions",
            "hotline",
            "training",
            "supervision");

    private final ObjectProvider<YearFigures> sources;
    private final MessageSource messages;

    SectionOneFigures(ObjectProvider<YearFigures> sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    /** The paragraphs of section 1 that state the year's figures, in words from every module's bundle. */
    public List<String> paragraphs(String unitCode, int year) {
        return render(groups(unitCode, year), messages);
    }

    /**
     * One paragraph per group: its opening ({@code annualreport.figure-group.<group>}), then each figure
     * ({@code annualreport.figure.<key>}, {0} the value, {1} the value in hundredths) with its change on last year,
     * separated by 「；」. A figure whose wording no bundle holds is left out rather than shown as a key.
     */
    public static List<String> render(List<Group> groups, MessageSource messages) {
        List<String> out = new ArrayList<>();
        for (Group g : groups) {
            List<String> sentences = new ArrayList<>();
            for (Stated f : g.figures()) {
                String text = say(
                        messages,
                        "annualreport.figure." + f.key(),
                        f.value(),
                        f.hundredths().toPlainString());
                if (text != null) {
                    String change = f.change() == null
                            ? ""
                            : say(messages, f.change().key(), f.change().percent());
                    sentences.add(text + (change == null ? "" : change));
                }
            }
            if (!sentences.isEmpty()) {
                String opening = say(messages, "annualreport.figure-group." + g.key());
                out.add((opening == null ? "" : opening) + String.join("；", sentences) + "。");
            }
        }
        return out;
    }

    private static String say(MessageSource messages, String code, Object... args) {
        return messages.getMessage(code, args, null, China.LOCALE);
    }

    /** A paragraph: the group's key and its figures in the order their module gave them. */
    public record Group(String key, List<Stated> figures) {}

    /**
     * A figure as the draft states it: {@code change} is null when last year is not known. Its message gets the
     * value as {0} and, for figures kept in hundredths (a rate of 99.68% is 9968), the value divided by 100 as {1}.
     */
    public record Stated(String key, long value, Change change) {

        public BigDecimal hundredths() {
            return BigDecimal.valueOf(value, 2).stripTrailingZeros();
        }
    }

    /** The change on last year as a bundle key ({@code annualreport.figure-change.*}) and the percentage. */
    public record Change(String key, String percent) {

        static Change of(long now, Long before) {
            if (before == null) {
                return null;
            }
            if (before == 0) {
                return new Change(
                        now == 0 ? "annualreport.figure-change.same" : "annualreport.figure-change.from-zero", "");
            }
            if (now == before) {
                return new Change("annualreport.figure-change.same", "");
            }
            String pct = BigDecimal.valueOf(Math.abs(now - before) * 100L)
                    .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP)
                    .toPlainString();
            return new Change(now > before ? "annualreport.figure-change.up" : "annualreport.figure-change.down", pct);
        }
    }

    /** The figures of the unit (a government: with all its units) for the year, grouped into paragraphs. */
    public List<Group> groups(String unitCode, int year) {
        Map<String, List<Stated>> byGroup = new LinkedHashMap<>();
        sources.orderedStream()
                .forEach(source -> source.figures(unitCode, year)
                        .forEach(f -> byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>())
                                .add(new Stated(f.key(), f.value(), Change.of(f.value(), f.previous())))));
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((key, figures) -> groups.add(new Group(key, List.copyOf(figures))));
        groups.sort(Comparator.comparingInt((Group g) -> rank(g.key())).thenComparing(Group::key));
        return groups;
    }

    private static int rank(String group) {
        int i = ORDER.indexOf(group);
        return i < 0 ? ORDER.size() : i;
    }
}
