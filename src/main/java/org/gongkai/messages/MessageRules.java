package org.gongkai.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.text.TextRules;
import org.gongkai.platform.text.TextRules.Field;

/** What a message must hold: a name, a subject and the message; a phone or e-mail, when given, well formed. */
final class MessageRules {

    static final Field NAME = Field.line("name", 50).required();
    static final Field PHONE = Field.line("phone", 20);
    static final Field EMAIL = Field.line("email", 200);
    static final Field SUBJECT = Field.line("subject", 100).required();
    static final Field BODY = Field.text("body", 5000).required();
    static final Field UNIT = Field.line("unitCode", 40);

    private static final Pattern PHONE_FORM = Pattern.compile("(?:\\+?86[\\s-]?)?(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})");
    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MessageRules() {}

    static List<FieldProblem> check(MessageForm f) {
        List<FieldProblem> p = new ArrayList<>();
        p.addAll(UNIT.check(f.unitCode()));
        p.addAll(NAME.check(f.name()));
        p.addAll(PHONE.check(f.phone()));
        p.addAll(EMAIL.check(f.email()));
        p.addAll(SUBJECT.check(f.subject()));
        p.addAll(BODY.check(f.body()));
        String phone = TextRules.clean(f.phone());
        if (p.stream().noneMatch(x -> x.field().equals("phone"))
                && phone != null
                && !phone.isEmpty()
                && !PHONE_FORM.matcher(phone.replace(" ", "")).matches()) {
            p.add(new FieldProblem("phone", "message.error.phone"));
        }
        String email = TextRules.clean(f.email());
        if (p.stream().noneMatch(x -> x.field().equals("email"))
                && email != null
                && !email.isEmpty()
                && !EMAIL_FORM.matcher(email).matches()) {
            p.add(new FieldProblem("email", "message.error.email"));
        }
        return p;
    }

    /** The cleaned form; empty optional fields become null. */
    static MessageForm clean(MessageForm f) {
        return new MessageForm(
                blankToNull(f.unitCode()),
                TextRules.clean(f.name()),
                blankToNull(f.phone()),
                blankToNull(f.email()),
                TextRules.clean(f.subject()),
                TextRules.clean(f.body()),
                Boolean.TRUE.equals(f.publicReplyWanted()));
    }

    private static String blankToNull(String s) {
        String c = TextRules.clean(s);
        return c == null || c.isEmpty() ? null : c;
    }
}
