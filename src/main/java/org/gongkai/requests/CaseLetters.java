package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Numbers, lays out (GB/T 9704: title, number, addressee, body, reasons, 附件 list, remedies, issuing body in full,
 * date in Chinese numerals, contact) and stores the letters of a case. The text comes from the caller, built from
 * the facts recorded on the case; this class adds only what the issuer's settings say.
 */
@Service
public class CaseLetters {

    /** Shown in the place of the number in a preview: the number is taken only when the letter goes out. */
    static final String NUMBER_ON_SENDING = "number-on-sending";

    private final LetterStore letters;
    private final LetterSettingsStore settings;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final LetterDelivery delivery;

    CaseLetters(
            LetterStore letters,
            LetterSettingsStore settings,
            UnitDirectory units,
            MessageSource messages,
            ITemplateEngine templates,
            LetterDelivery delivery) {
        this.delivery = delivery;
        this.letters = letters;
        this.settings = settings;
        this.units = units;
        this.messages = messages;
        this.templates = templates;
    }

    /** The content of one letter: to whom, the paragraphs, the handler's reasons and the files it encloses. */
    public record Content(
            LetterKind kind,
            String addressee,
            List<String> paragraphs,
            String reason,
            Outcome outcome,
            List<String> attachments,
            boolean remedies) {

        public static List<String> paragraphsOf(String body) {
            return Arrays.stream(body.split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
        }
    }

    /** Takes the next number in the unit's sequence, renders and stores the letter. */
    public Letter issue(DisclosureRequest r, Content content, String body, LocalDate on, String by) {
        String unitCode = r.intake().unitCode();
        Unit unit = units.require(unitCode);
        String unitName = units.nameOn(unitCode, on);
        String unitShort = letters.shortName(unitCode).orElseGet(() -> LetterNumbers.derivedUnitShort(unitName));
        int seq = letters.nextNumber(unitCode, on.getYear());
        String number = LetterNumbers.format(
                on.getYear(), LetterNumbers.governmentShort(government(unit).name()), unitShort, content.kind(), seq);
        String xhtml = render(r, content, number, on);
        boolean released = content.kind().toApplicant();
        long id = letters.add(
                r.intake().id(),
                unitCode,
                content.kind().key(),
                on.getYear(),
                seq,
                number,
                on,
                body,
                xhtml,
                released,
                by);
        Letter letter =
                new Letter(id, r.intake().id(), unitCode, content.kind().key(), number, on, body, xhtml, released, by);
        delivery.issued(
                r, letter, issuingBody(unitName, units.nameOn(government(unit).code(), on)));
        return letter;
    }

    /** The exact letter as it will go out, but for its number, which is taken on sending. */
    public String preview(DisclosureRequest r, Content content, LocalDate on) {
        return render(r, content, messages.getMessage("letter." + NUMBER_ON_SENDING, null, ReplyLetters.ZH), on);
    }

    /** The settings that apply to letters of {@code unitCode}: the unit's, else its government's, else derived. */
    public LetterSettings settingsFor(String unitCode) {
        Unit unit = units.require(unitCode);
        Unit government = government(unit);
        return settings.find(unitCode)
                .orElse(LetterSettings.none())
                .or(settings.find(government.code()).orElse(LetterSettings.none()))
                .or(LetterSettings.derived(
                        government.name(), issuingBody(unit.name(), government.name()), unit.equals(government)));
    }

    private String render(DisclosureRequest r, Content content, String number, LocalDate on) {
        Unit unit = units.require(r.intake().unitCode());
        Unit government = government(unit);
        LetterSettings s = settingsFor(unit.code());
        // the name the unit's own settings give, else the names the unit and its government had on the letter's
        // date (a 2023 letter keeps the 2023 name)
        String issuer = issuerOf(r, on);
        Context context = new Context(ReplyLetters.ZH);
        context.setVariable("kind", content.kind().key());
        context.setVariable("number", number);
        context.setVariable("issuer", issuer);
        context.setVariable("addressee", content.addressee());
        context.setVariable("paragraphs", content.paragraphs());
        context.setVariable("withheldPart", content.outcome() == Outcome.PARTIALLY_GRANTED);
        context.setVariable("reason", blankToNull(content.reason()));
        context.setVariable("attachments", content.attachments());
        context.setVariable("remedies", content.remedies());
        context.setVariable("reconsiderationBody", s.reconsiderationBody());
        context.setVariable("court", s.court());
        context.setVariable("contactPerson", s.contactPerson());
        context.setVariable("contactPhone", s.contactPhone());
        context.setVariable("date", ChineseDates.format(on));
        context.setVariable("titleFace", s.titleFace().cssClass());
        context.setVariable("bodyFace", s.bodyFace().cssClass());
        context.setVariable(
                "seal",
                settings.seal(unit.code())
                        .or(() -> settings.seal(government.code()))
                        .map(png ->
                                "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
                        .orElse(null));
        context.setVariable("trackingCode", r.intake().trackingCode());
        return templates.process("requests/letters/letter", context);
    }

    /**
     * The issuing body of the case's letters on {@code on}: the name the unit's own settings give, else the names the
     * unit and its government had on that date (a 2023 letter keeps the 2023 name).
     */
    String issuerOf(DisclosureRequest r, LocalDate on) {
        Unit unit = units.require(r.intake().unitCode());
        LetterSettings s = settingsFor(unit.code());
        return s.issuingBody() != null && !s.issuingBody().isBlank()
                ? s.issuingBody()
                : issuingBody(
                        units.nameOn(unit.code(), on),
                        units.nameOn(government(unit).code(), on));
    }

    /** Tells the applicant of a step that changes their case without a letter to them (see {@link LetterDelivery}). */
    void stepTaken(DisclosureRequest r, RequestStep step, LocalDate on) {
        if (LetterDelivery.STEPS_WITHOUT_LETTER.contains(step)) {
            delivery.stepTaken(r, step, issuerOf(r, on));
        }
    }

    /**
     * The issuing body in full, with the government's place name (县住房和城乡建设局 → 示例县住房和城乡建设局).
     */
    static String issuingBody(String name, String g) {
        String place = g.endsWith("人民政府") ? g.substring(0, g.length() - "人民政府".length()) : g;
        if (place.isEmpty() || name.startsWith(place)) {
            return name;
        }
        char level = place.charAt(place.length() - 1);
        return name.charAt(0) == level ? place + name.substring(1) : place + name;
    }

    Unit government(Unit unit) {
        return unit.parentCode() == null ? unit : units.governmentOf(unit.parentCode());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
