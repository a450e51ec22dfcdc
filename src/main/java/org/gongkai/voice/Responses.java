package org.gongkai.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the government answers the public and decides in public: responses to concerns, press conferences, online
 * interviews and leaders' explanations (with transcripts), and the yearly catalogue of major administrative
 * decisions with the stages each passed. Kept by the disclosure office, every change audited; the portal shows them.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class Responses {

    static final int MAX_TRANSCRIPT = 100_000;

    private final VoiceRepository repo;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    Responses(VoiceRepository repo, UnitDirectory units, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public long addResponse(StaffMember staff, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.response", "voice_response", null);
        Fields f = new Fields();
        String unit = Registries.unit(f, units, form.get("unitCode"));
        ResponseKind kind = f.choice("kind", form.get("kind"), ResponseKind.class);
        PublicResponse r = new PublicResponse(
                null,
                unit,
                kind,
                f.text("title", form.get("title"), 300),
                f.text("channel", form.get("channel"), 100),
                f.date("heldOn", form.get("heldOn"), today()),
                f.link("link", form.get("link")),
                f.optional("speakers", form.get("speakers"), 300),
                f.optional("transcript", form.get("transcript"), MAX_TRANSCRIPT));
        if (kind != null && kind.hasTranscript() && r.transcript() == null) {
            f.problem("transcript", "voice.error.transcript-required");
        }
        if (kind == ResponseKind.CONCERN && r.link() == null) {
            f.problem("link", "voice.error.response-link-required");
        }
        f.check();
        long id = repo.addResponse(r, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "voice.response")
                .on("voice_response", Long.toString(id))
                .inUnit(unit)
                .detail(kind + " " + r.heldOn() + " " + r.title()));
        return id;
    }

    public long addDecision(StaffMember staff, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.decision", "voice_decision", null);
        Fields f = new Fields();
        String unit = Registries.unit(f, units, form.get("unitCode"));
        Long year = f.number("year", form.get("year"), 2008, today().getYear() + 1L);
        MajorDecision d = new MajorDecision(
                null,
                unit,
                year == null ? 0 : year.intValue(),
                f.text("title", form.get("title"), 300),
                f.text("summary", form.get("summary"), 2000),
                List.of());
        f.check();
        long id = repo.addDecision(d, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "voice.decision")
                .on("voice_decision", Long.toString(id))
                .inUnit(unit)
                .detail(d.year() + " " + d.title()));
        return id;
    }

    /**
     * Records a stage a decision passed. Stages come in their order: none may be dated before a stage that comes
     * earlier, and each stage is recorded once.
     */
    public void addStep(StaffMember staff, long decisionId, Map<String, String> form) {
        VoiceAccess.requireOffice(staff, "voice.decision.stage", "voice_decision", decisionId);
        MajorDecision d = decision(decisionId);
        Fields f = new Fields();
        DecisionStage stage = f.choice("stage", form.get("stage"), DecisionStage.class);
        LocalDate on = f.date("on", form.get("on"), today());
        String note = f.text("note", form.get("note"), 1000);
        String link = f.link("link", form.get("link"));
        f.check();
        if (d.step(stage).isPresent()) {
            throw new ConflictException("voice.error.stage-recorded");
        }
        for (MajorDecision.Step s : d.steps()) {
            if (s.stage().ordinal() < stage.ordinal() && s.on().isAfter(on)) {
                throw InvalidInputException.of("on", "voice.error.stage-order");
            }
        }
        repo.addStep(decisionId, new MajorDecision.Step(stage, on, note, link), staff.username());
        audit.record(AuditEvent.by(staff.username(), "voice.decision.stage")
                .on("voice_decision", Long.toString(decisionId))
                .inUnit(d.unitCode())
                .detail(stage + " " + on + " " + note));
    }

    public List<PublicResponse> responses(Integer year) {
        return repo.responses(year);
    }

    public PublicResponse response(long id) {
        return repo.response(id).orElseThrow(() -> new NotFoundException("voice.error.not-found", id));
    }

    public List<MajorDecision> decisions(Integer year) {
        return repo.decisions(year);
    }

    public MajorDecision decision(long id) {
        return repo.decision(id).orElseThrow(() -> new NotFoundException("voice.error.not-found", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
