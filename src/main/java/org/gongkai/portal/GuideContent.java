package org.gongkai.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guide and rules pages as content of each government's disclosure office: every save is a new version
 * (history kept), a version is shown on the portal from its publication date (never back-dated), and the guide's
 * computed parts come from {@link GuideFacts}. Version 1 is the platform's former fixed text.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class GuideContent {

    static final String ENTITY = "portal_page_version";

    /** What the portal shows: the version (null before any is stored: the built-in text) and its blocks. */
    public record Shown(PageVersion version, List<GuideText.Block> blocks) {}

    private final PageVersions versions;
    private final GuideFacts facts;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    GuideContent(
            PageVersions versions,
            GuideFacts facts,
            UnitDirectory units,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.versions = versions;
        this.facts = facts;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The page as the portal shows it today for a government. */
    @Transactional(readOnly = true)
    public Shown shown(String governmentCode, GuidePage page) {
        PageVersion v = versions.shownOn(governmentCode, page, today()).orElse(null);
        String body = v == null ? defaultBody(page) : v.body();
        return new Shown(v, GuideText.render(body, facts.of(governmentCode)));
    }

    /** The page as it would look with {@code body} (the editor's preview). */
    @Transactional(readOnly = true)
    public List<GuideText.Block> preview(StaffMember actor, String body) {
        return GuideText.render(body == null ? "" : body, facts.of(government(actor)));
    }

    /** Every version, newest first (a government without any first gets the built-in text as version 1). */
    public List<PageVersion> history(StaffMember actor, GuidePage page) {
        requireEditor(actor, page);
        seed(government(actor));
        return versions.history(government(actor), page);
    }

    /** The text the editor starts from: the newest version, else the built-in text. */
    @Transactional(readOnly = true)
    public String latestBody(StaffMember actor, GuidePage page) {
        return versions.history(government(actor), page).stream()
                .findFirst()
                .map(PageVersion::body)
                .orElseGet(() -> defaultBody(page));
    }

    /** Saves a new version; publishes it from {@code publishOn} when given (today or later). */
    public PageVersion save(StaffMember actor, GuidePage page, String body, String note, LocalDate publishOn) {
        requireEditor(actor, page);
        var problems = GuideText.problems(page, body);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 300) {
            problems.add(new InvalidInputException.FieldProblem("note", "guide.error.note-too-long", 300));
        }
        if (publishOn != null && publishOn.isBefore(today())) {
            problems.add(new InvalidInputException.FieldProblem("publishOn", "guide.error.publish-date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String gov = government(actor);
        PageVersion v = versions.add(gov, page, body.strip(), cleanNote, actor.username(), clock.instant());
        audit.record(AuditEvent.by(actor.username(), "guide.save")
                .on(ENTITY, page.key() + "/" + v.version())
                .inUnit(gov)
                .because(cleanNote)
                .detail(page.key() + " v" + v.version()));
        if (publishOn != null) {
            publish(actor, v.id(), publishOn);
            return versions.find(v.id()).orElseThrow();
        }
        return v;
    }

    /** Publishes a draft version from {@code on} (today when null; never earlier than today). */
    public void publish(StaffMember actor, long versionId, LocalDate on) {
        PageVersion v = versions.find(versionId)
                .filter(x -> x.governmentCode().equals(government(actor)))
                .orElseThrow(() -> new NotFoundException("guide.error.no-version", versionId));
        requireEditor(actor, v.page());
        LocalDate day = on == null ? today() : on;
        if (day.isBefore(today())) {
            throw InvalidInputException.of("publishOn", "guide.error.publish-date");
        }
        if (!versions.publish(versionId, day, actor.username())) {
            throw new ConflictException("guide.error.already-published", v.version());
        }
        audit.record(AuditEvent.by(actor.username(), "guide.publish")
                .on(ENTITY, v.page().key() + "/" + v.version())
                .inUnit(v.governmentCode())
                .detail(v.page().key() + " v" + v.version() + " from " + day));
    }

    /** Stores the built-in text as version 1, published today, for a government that has none. */
    public void seed(String governmentCode) {
        for (GuidePage page : GuidePage.values()) {
            if (versions.history(governmentCode, page).isEmpty()) {
                PageVersion v = versions.add(
                        governmentCode,
                        page,
                        defaultBody(page),
                        text("guide.seed-note"),
                        PageVersion.SYSTEM,
                        clock.instant());
                versions.publish(v.id(), today(), PageVersion.SYSTEM);
            }
        }
    }

    /** The platform's former fixed text, with the computed parts as placeholders. */
    public String defaultBody(GuidePage page) {
        return switch (page) {
            case GUIDE ->
                String.join(
                        "\n",
                        text("portal.guide.intro"),
                        "",
                        "# " + text("portal.guide.proactive"),
                        text("portal.guide.proactive.text"),
                        "",
                        "# " + text("portal.guide.apply"),
                        text("portal.guide.apply.how"),
                        GuideText.Fact.CHANNELS.placeholder(),
                        text("portal.guide.apply.time"),
                        GuideText.Fact.FEES.placeholder(),
                        "",
                        "# " + text("portal.guide.remedy"),
                        text("portal.guide.remedy.text"),
                        "",
                        "# " + text("portal.guide.contacts"),
                        GuideText.Fact.OFFICE.placeholder());
            case RULES -> String.join("\n", text("portal.rules.intro"), "", text("portal.rules.law"));
        };
    }

    private void requireEditor(StaffMember actor, GuidePage page) {
        if (!actor.isReviewer() || !actor.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("guide.edit", ENTITY, page.key(), actor.unitCode()), "guide.error.forbidden");
        }
    }

    private String government(StaffMember actor) {
        Unit gov = units.governmentOf(actor.unitCode());
        return gov.code();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, China.LOCALE);
    }
}
