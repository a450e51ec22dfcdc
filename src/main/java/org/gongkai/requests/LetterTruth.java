package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;

/**
 * A letter may only say what is true: no placeholder left from a draft (（请写明…）, 【】, ＿＿, XX), no attachment
 * promised that is not attached, and for a withheld or partly withheld answer the reasons as the handler wrote
 * them. Each problem names the field it belongs to.
 */
public final class LetterTruth {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("[（(]\\s*请[^）)]*[）)]|请写明|请填写|【[^】]*】|[＿_]{2,}|[XＸ]{2,}|…{2,}|\\{\\d+}");
    private static final Pattern PROMISES_ATTACHMENT = Pattern.compile("附件");

    private LetterTruth() {}

    /** The first placeholder in {@code text} (「（请写明…）」, 【…】, ＿＿, XX …), if any. */
    public static java.util.Optional<String> placeholder(String text) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    /** What stops the letter from going out; empty when nothing does. */
    public static List<FieldProblem> problems(
            String textField, String text, Outcome outcome, String reason, int attachedFiles) {
        List<FieldProblem> problems = new ArrayList<>();
        String body = text == null ? "" : text;
        Matcher m = PLACEHOLDER.matcher(body);
        if (m.find()) {
            problems.add(new FieldProblem(textField, "error.letter.placeholder", m.group()));
        }
        if (reason != null) {
            Matcher r = PLACEHOLDER.matcher(reason);
            if (r.find()) {
                problems.add(new FieldProblem("reason", "error.letter.placeholder", r.group()));
            }
        }
        if (attachedFiles == 0 && PROMISES_ATTACHMENT.matcher(body).find()) {
            problems.add(new FieldProblem("fileIds", "error.letter.attachment-missing"));
        }
        if (outcome != null && outcome.withholds() && (reason == null || reason.isBlank())) {
            problems.add(new FieldProblem("reason", "error.letter.reason-required"));
        }
        return problems;
    }
}
