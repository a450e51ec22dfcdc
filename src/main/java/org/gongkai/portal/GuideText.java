package org.gongkai.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.text.TextRules;

/**
 * The text of a guide or rules page as the office writes it: a line starting with {@code # } is a heading, every
 * other line a paragraph, and a placeholder such as {@code {{收费标准}}} stands for a part the platform computes
 * from its own settings (the channels it accepts, its fee policy, the office's contacts), so those parts are never
 * typed and cannot disagree with what the platform does. The guide must carry all of them.
 */
public final class GuideText {

    /** A part of the guide computed from the platform's settings, written as {@code {{name}}}. */
    public enum Fact {
        CHANNELS("受理渠道"),
        FEES("收费标准"),
        OFFICE("公开机构");

        private final String placeholder;

        Fact(String name) {
            this.placeholder = "{{" + name + "}}";
        }

        public String placeholder() {
            return placeholder;
        }
    }

    /** A heading or a paragraph of the rendered page. */
    public record Block(boolean heading, String text) {}

    public static final int MAX_LENGTH = 20_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]{0,20})}}");

    private GuideText() {}

    /** What is wrong with a text for {@code page}, as problems of the field {@code body}. */
    public static List<FieldProblem> problems(GuidePage page, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "guide.error.body-required"));
            return problems;
        }
        if (TextRules.hasForbidden(body, true)) {
            problems.add(new FieldProblem("body", "guide.error.body-characters"));
        }
        if (body.length() > MAX_LENGTH) {
            problems.add(new FieldProblem("body", "guide.error.body-too-long", MAX_LENGTH));
        }
        Set<String> known = new LinkedHashSet<>();
        for (Fact f : Fact.values()) {
            known.add(f.placeholder());
        }
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!known.contains(m.group())) {
                problems.add(new FieldProblem(
                        "body", "guide.error.unknown-placeholder", m.group(), String.join("、", known)));
            }
        }
        if (page == GuidePage.GUIDE) {
            List<String> missing = known.stream().filter(p -> !body.contains(p)).toList();
            if (!missing.isEmpty()) {
                problems.add(new FieldProblem("body", "guide.error.missing-placeholder", String.join("、", missing)));
            }
        }
        return problems;
    }

    /** The page's blocks with every placeholder replaced by its computed lines. */
    public static List<Block> render(String body, Map<Fact, List<String>> facts) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : body.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# ")) {
                blocks.add(new Block(true, line.substring(2).strip()));
                continue;
            }
            Fact alone = null;
            for (Fact f : Fact.values()) {
                if (line.equals(f.placeholder())) {
                    alone = f;
                }
            }
            if (alone != null) {
                facts.getOrDefault(alone, List.of()).forEach(t -> blocks.add(new Block(false, t)));
                continue;
            }
            String text = line;
            for (Fact f : Fact.values()) {
                text = text.replace(f.placeholder(), String.join("", facts.getOrDefault(f, List.of())));
            }
            blocks.add(new Block(false, text));
        }
        return blocks;
    }
}
