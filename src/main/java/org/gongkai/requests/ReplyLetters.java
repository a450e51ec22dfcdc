package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Reply letters (政府信息公开申请答复告知书): drafted from the wording for the chosen outcome, edited by the handler,
 * numbered in the unit's sequence for the year, rendered to XHTML (then PDF and DOCX on download) and released to
 * the applicant together with any documents provided.
 */
@Service
public class ReplyLetters {

    static final Locale ZH = China.LOCALE;
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    public static final String REPLY = "reply";

    private final RequestWorkflow workflow;
    private final LetterStore letters;
    private final Attachments attachments;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;

    ReplyLetters(
            RequestWorkflow workflow,
            LetterStore letters,
            Attachments attachments,
            UnitDirectory units,
            MessageSource messages,
            ITemplateEngine templates,
            Clock clock) {
        this.workflow = workflow;
        this.letters = letters;
        this.attachments = attachments;
        this.units = units;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
    }

    /** The proposed text for this outcome and provision; the handler edits it before sending. */
    public String draft(DisclosureRequest r, Outcome outcome, Article article) {
        return draft(
                r, outcome, article, units.governmentOf(r.intake().unitCode()).name());
    }

    private String draft(DisclosureRequest r, Outcome outcome, Article article, String governmentName) {
        LocalDate receipt = r.state().receiptDate();
        Object[] args = {
            r.intake().applicant().addressee(),
            receipt == null ? "" : CHINESE_DATE.format(receipt),
            r.intake().description(),
            messages.getMessage("article." + article.name(), null, ZH),
            governmentName
        };
        String body = messages.getMessage("letter.draft." + outcome.key(), args, ZH);
        return body + "\n\n" + messages.getMessage("letter.remedy", args, ZH);
    }

    /** Replies with one outcome, issues the numbered letter and releases it and the documents provided. */
    @Transactional
    public Letter reply(
            StaffMember staff, long id, Outcome outcome, Article article, String body, List<NewAttachment> documents) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "error.reply.outcome"));
        }
        if (article == null) {
            problems.add(new FieldProblem("article", "error.reply.article"));
        }
        if (body == null || body.isBlank() || body.length() > 20000) {
            problems.add(new FieldProblem("body", "error.reply.body"));
        }
        problems.addAll(attachments.check(documents));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DisclosureRequest r = workflow.change(
                staff, id, RequestStep.REPLY, x -> x.reply(Act.by(staff, clock, null), outcome, article));
        Letter letter = issue(r, body.strip(), staff.username());
        attachments.store(id, REPLY, documents, staff.username(), true);
        return letter;
    }

    /** Numbers and renders the reply letter of a replied case. */
    public Letter issue(DisclosureRequest r, String body, String by) {
        LocalDate on = r.state().reply().date();
        String unitCode = r.intake().unitCode();
        Unit unit = units.require(unitCode);
        String unitName = units.nameOn(unitCode, on);
        String unitShort = letters.shortName(unitCode).orElseGet(() -> LetterNumbers.derivedUnitShort(unitName));
        int seq = letters.nextNumber(unitCode, on.getYear());
        String number = LetterNumbers.format(
                on.getYear(), LetterNumbers.governmentShort(governmentOf(unit).name()), unitShort, seq);
        String xhtml = render(r, unitName, number, body, on);
        long letterId =
                letters.add(r.intake().id(), unitCode, REPLY, on.getYear(), seq, number, on, body, xhtml, true, by);
        return new Letter(letterId, r.intake().id(), unitCode, REPLY, number, on, body, xhtml, true, by);
    }

    String render(DisclosureRequest r, String unitName, String number, String body, LocalDate on) {
        Context context = new Context(ZH);
        context.setVariable("number", number);
        context.setVariable("unitName", unitName);
        context.setVariable("addressee", r.intake().applicant().addressee());
        context.setVariable(
                "paragraphs",
                Arrays.stream(body.split("\\R\\s*\\R"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList());
        context.setVariable("date", CHINESE_DATE.format(on));
        context.setVariable("trackingCode", r.intake().trackingCode());
        return templates.process("requests/letters/reply", context);
    }

    /** The government above the unit (the root of its tree). */
    private Unit governmentOf(Unit unit) {
        return unit.parentCode() == null ? unit : units.governmentOf(unit.parentCode());
    }
}
