package org.gongkai.requests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.text.TextRules;

/**
 * What a valid application contains. Every invalid field is named (field paths as in the JSON API, e.g.
 * {@code applicant.idNumber}); nothing is stored when any is invalid.
 */
public final class IntakeRules {

    public static final Set<String> ID_TYPES =
            Set.of("resident_id", "passport", "hk_macao_pass", "taiwan_pass", "foreign_permanent", "other");
    public static final Set<String> DELIVERIES = Set.of("email", "post", "pickup", "inspect");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9-]{5,30}");

    private IntakeRules() {}

    /** Lengths as the table's columns allow; every field single-line except the description. */
    private static final List<TextRules.Field> TEXT = List.of(
            TextRules.Field.line("unitCode", 40),
            TextRules.Field.line("applicant.type", 20),
            TextRules.Field.line("applicant.name", 100).required(),
            TextRules.Field.line("applicant.idType", 20),
            TextRules.Field.line("applicant.idNumber", 40),
            TextRules.Field.line("applicant.orgName", 200),
            TextRules.Field.line("applicant.creditCode", 18),
            TextRules.Field.line("applicant.phone", 30),
            TextRules.Field.line("email", 200),
            TextRules.Field.line("applicant.address", 300),
            TextRules.Field.text("description", 4000),
            TextRules.Field.line("channel", 20),
            TextRules.Field.line("delivery", 20));

    /** The form as it will be judged and stored: invisible formatting characters removed, trimmed. */
    public static IntakeForm clean(IntakeForm f) {
        return new IntakeForm(
                TextRules.clean(f.unitCode()),
                TextRules.clean(f.applicantType()),
                TextRules.clean(f.name()),
                TextRules.clean(f.idType()),
                TextRules.clean(f.idNumber()),
                TextRules.clean(f.orgName()),
                TextRules.clean(f.creditCode()),
                TextRules.clean(f.phone()),
                TextRules.clean(f.email()),
                TextRules.clean(f.address()),
                TextRules.clean(f.description()),
                TextRules.clean(f.channel()),
                TextRules.clean(f.delivery()));
    }

    /**
     * Problems with the form as submitted; {@code publicIntake} limits channels to internet, email and fax. Text
     * problems (control characters, lengths) come first, one per field; the field rules judge the cleaned form.
     */
    public static List<FieldProblem> check(IntakeForm raw, boolean publicIntake) {
        List<String> values = List.of(
                nz(raw.unitCode()),
                nz(raw.applicantType()),
                nz(raw.name()),
                nz(raw.idType()),
                nz(raw.idNumber()),
                nz(raw.orgName()),
                nz(raw.creditCode()),
                nz(raw.phone()),
                nz(raw.email()),
                nz(raw.address()),
                nz(raw.description()),
                nz(raw.channel()),
                nz(raw.delivery()));
        List<FieldProblem> p = new ArrayList<>();
        for (int i = 0; i < TEXT.size(); i++) {
            p.addAll(TEXT.get(i).check(values.get(i)));
        }
        Set<String> flagged = new HashSet<>();
        p.forEach(x -> flagged.add(x.field()));
        for (FieldProblem x : rules(clean(raw), publicIntake)) {
            if (flagged.add(x.field())) {
                p.add(x);
            }
        }
        return p;
    }

    /** Whether the unit code can be looked up (a well-formed code; its existence is for the caller). */
    public static boolean lookupable(String unitCode) {
        return unitCode != null && UNIT_CODE.matcher(unitCode).matches();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<FieldProblem> rules(IntakeForm f, boolean publicIntake) {
        List<FieldProblem> p = new ArrayList<>();
        if (blank(f.unitCode())) {
            p.add(new FieldProblem("unitCode", "error.intake.required"));
        }
        ApplicantType type = blank(f.applicantType())
                ? null
                : ApplicantType.fromKey(f.applicantType()).orElse(null);
        if (type == null) {
            p.add(new FieldProblem("applicant.type", "error.intake.applicant-type"));
        }
        if (blank(f.name()) || f.name().strip().length() > 100) {
            p.add(new FieldProblem("applicant.name", "error.intake.name"));
        }
        if (type != null && type.isOrganisation()) {
            checkOrganisation(f, p);
        } else if (type != null) {
            checkPerson(f, p);
        }
        if (blank(f.phone()) || !PHONE.matcher(f.phone().strip()).matches()) {
            p.add(new FieldProblem("applicant.phone", "error.intake.phone"));
        }
        if (!blank(f.email()) && !EMAIL.matcher(f.email().strip()).matches()) {
            p.add(new FieldProblem("email", "error.intake.email"));
        }
        if (f.address() != null && f.address().length() > 300) {
            p.add(new FieldProblem("applicant.address", "error.intake.too-long", 300));
        }
        String description = f.description() == null ? "" : f.description().strip();
        if (description.length() < 5 || description.length() > 4000) {
            p.add(new FieldProblem("description", "error.intake.description"));
        }
        checkChannelAndDelivery(f, publicIntake, p);
        return p;
    }

    private static void checkPerson(IntakeForm f, List<FieldProblem> p) {
        if (blank(f.idType()) || !ID_TYPES.contains(f.idType())) {
            p.add(new FieldProblem("applicant.idType", "error.intake.id-type"));
        } else if ("resident_id".equals(f.idType())) {
            if (blank(f.idNumber())) {
                p.add(new FieldProblem("applicant.idNumber", "error.intake.resident-id-required"));
            } else if (!IdNumbers.isValidResidentId(strip(f.idNumber()))) {
                p.add(new FieldProblem("applicant.idNumber", "error.intake.resident-id"));
            }
        } else if (blank(f.idNumber())
                || !OTHER_ID.matcher(f.idNumber().strip()).matches()) {
            p.add(new FieldProblem("applicant.idNumber", "error.intake.id-number"));
        }
    }

    private static void checkOrganisation(IntakeForm f, List<FieldProblem> p) {
        if (blank(f.orgName()) || f.orgName().strip().length() > 200) {
            p.add(new FieldProblem("applicant.orgName", "error.intake.org-name"));
        }
        if (!IdNumbers.isValidCreditCode(strip(f.creditCode()))) {
            p.add(new FieldProblem("applicant.creditCode", "error.intake.credit-code"));
        }
    }

    private static void checkChannelAndDelivery(IntakeForm f, boolean publicIntake, List<FieldProblem> p) {
        Channel channel =
                blank(f.channel()) ? null : Channel.fromKey(f.channel()).orElse(null);
        if (channel == null || publicIntake && !channel.awaitsConfirmation()) {
            p.add(new FieldProblem("channel", publicIntake ? "error.intake.channel-public" : "error.intake.channel"));
        }
        if (blank(f.delivery()) || !DELIVERIES.contains(f.delivery())) {
            p.add(new FieldProblem("delivery", "error.intake.delivery"));
        } else if ("email".equals(f.delivery()) && blank(f.email())) {
            p.add(new FieldProblem("email", "error.intake.email-for-delivery"));
        } else if ("post".equals(f.delivery()) && blank(f.address())) {
            p.add(new FieldProblem("applicant.address", "error.intake.address-for-delivery"));
        }
    }

    /** The applicant as stored: trimmed, upper-case check characters, fields of the other kind dropped. */
    public static Applicant applicantOf(IntakeForm f) {
        ApplicantType type = ApplicantType.fromKey(f.applicantType()).orElseThrow();
        boolean org = type.isOrganisation();
        return new Applicant(
                type,
                strip(f.name()),
                org ? null : f.idType(),
                org ? null : upper(strip(f.idNumber())),
                org ? strip(f.orgName()) : null,
                org ? upper(strip(f.creditCode())) : null,
                strip(f.phone()),
                emptyToNull(strip(f.email())),
                emptyToNull(strip(f.address())));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
