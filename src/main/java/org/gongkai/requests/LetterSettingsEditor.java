package org.gongkai.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;
import org.gongkai.rendering.Face;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure office edits what letters say about their issuer, for the government or one of its units: checked
 * field by field (lengths, a phone number, no placeholder, a known face, a PNG seal of bounded size), each save a
 * new version, audited. Letters keep the text they were issued with, so earlier letters are not changed.
 */
@Service
public class LetterSettingsEditor {

    static final int MAX_SEAL_BYTES = 1024 * 1024;
    private static final UploadLimits SEAL_LIMITS = UploadLimits.defaults().withMaxBytes(MAX_SEAL_BYTES);
    private static final Pattern PHONE = Pattern.compile("[0-9()（）\\- ]{7,40}(转[0-9]{1,6})?");
    private static final List<TextRules.Field> FIELDS = List.of(
            TextRules.Field.line("issuingBody", 200),
            TextRules.Field.line("reconsiderationBody", 200),
            TextRules.Field.line("court", 200),
            TextRules.Field.line("contactPerson", 60),
            TextRules.Field.line("contactPhone", 40),
            TextRules.Field.text("feePayment", 1000));

    private final LetterSettingsStore store;
    private final CaseLetters letters;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    LetterSettingsEditor(
            LetterSettingsStore store, CaseLetters letters, UnitDirectory units, AuditLog audit, Clock clock) {
        this.store = store;
        this.letters = letters;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The form as typed: every value a string (faces by key), the seal as uploaded bytes (null: keep). */
    public record Form(
            String issuingBody,
            String reconsiderationBody,
            String court,
            String contactPerson,
            String contactPhone,
            String feePayment,
            String titleFace,
            String bodyFace) {

        Map<String, String> values() {
            return Map.of(
                    "issuingBody", nz(issuingBody),
                    "reconsiderationBody", nz(reconsiderationBody),
                    "court", nz(court),
                    "contactPerson", nz(contactPerson),
                    "contactPhone", nz(contactPhone),
                    "feePayment", nz(feePayment));
        }

        public static Form of(LetterSettings s) {
            return new Form(
                    s.issuingBody(),
                    s.reconsiderationBody(),
                    s.court(),
                    s.contactPerson(),
                    s.contactPhone(),
                    s.feePayment(),
                    s.titleFace() == null ? null : s.titleFace().key(),
                    s.bodyFace() == null ? null : s.bodyFace().key());
        }
    }

    /** What the editor shows: the saved values of this code, what letters use (with fallbacks), the version. */
    public record View(
            Unit unit, Form saved, LetterSettings effective, int version, boolean hasSeal, List<Unit> choices) {}

    @Transactional(readOnly = true)
    public View view(StaffMember staff, String code) {
        Unit unit = editable(staff, code, "letter-settings.view");
        return new View(
                unit,
                Form.of(store.find(unit.code()).orElse(LetterSettings.none())),
                letters.settingsFor(unit.code()),
                store.version(unit.code()),
                store.seal(unit.code()).isPresent(),
                units.subtree(units.governmentOf(staff.unitCode()).code()));
    }

    /** Saves a new version; 400 naming each bad field, 403 (audited) outside the disclosure office. */
    @Transactional
    public int save(StaffMember staff, String code, Form form, byte[] newSeal, boolean removeSeal) {
        Unit unit = editable(staff, code, "letter-settings.save");
        List<FieldProblem> problems = new ArrayList<>();
        for (TextRules.Field f : FIELDS) {
            List<FieldProblem> p = f.check(form.values().get(f.path()));
            problems.addAll(p);
            if (p.isEmpty()) {
                LetterTruth.placeholder(form.values().get(f.path()))
                        .ifPresent(ph -> problems.add(new FieldProblem(f.path(), "error.letter.placeholder", ph)));
            }
        }
        String phone = TextRules.clean(form.contactPhone());
        if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("contactPhone", "error.letter-settings.phone"));
        }
        Face title = face(form.titleFace(), "titleFace", problems);
        Face body = face(form.bodyFace(), "bodyFace", problems);
        if (newSeal != null && newSeal.length > 0) {
            sealProblem(newSeal).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LetterSettings settings = new LetterSettings(
                blankToNull(form.issuingBody()),
                blankToNull(form.reconsiderationBody()),
                blankToNull(form.court()),
                blankToNull(form.contactPerson()),
                blankToNull(phone),
                blankToNull(form.feePayment()),
                title,
                body);
        byte[] seal = removeSeal
                ? null
                : newSeal != null && newSeal.length > 0
                        ? newSeal
                        : store.seal(unit.code()).orElse(null);
        LetterSettings before = store.find(unit.code()).orElse(LetterSettings.none());
        int version = store.save(unit.code(), settings, seal, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "letter-settings.save")
                .on("letter_settings", unit.code())
                .inUnit(unit.code())
                .detail("version=" + version + " changed=" + changed(before, settings)
                        + (removeSeal ? " seal=removed" : newSeal != null && newSeal.length > 0 ? " seal=new" : "")));
        return version;
    }

    private Unit editable(StaffMember staff, String code, String action) {
        String target = code == null || code.isBlank()
                ? units.governmentOf(staff.unitCode()).code()
                : code;
        boolean office = staff.role() == Role.ADMIN || staff.role() == Role.REVIEWER;
        if (!office || !units.visibleUnitCodes(staff).contains(target)) {
            throw new ForbiddenException(
                    Refusal.of(action, "letter_settings", target, target), "error.letter-settings.forbidden");
        }
        return units.require(target);
    }

    private static Face face(String key, String field, List<FieldProblem> problems) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return Face.fromKey(key).orElseGet(() -> {
            problems.add(new FieldProblem(field, "error.letter-settings.face"));
            return null;
        });
    }

    private static java.util.Optional<FieldProblem> sealProblem(byte[] png) {
        if (png.length > MAX_SEAL_BYTES) {
            return java.util.Optional.of(new FieldProblem("seal", "error.letter-settings.seal-size", 1));
        }
        if (Uploads.detect(png) != UploadType.PNG) {
            return java.util.Optional.of(new FieldProblem("seal", "error.letter-settings.seal-type"));
        }
        try {
            Uploads.check("seal.png", png, SEAL_LIMITS);
            return java.util.Optional.empty();
        } catch (UploadRefusedException e) {
            return java.util.Optional.of(new FieldProblem("seal", e.messageCode(), e.messageArgs()));
        }
    }

    private static List<String> changed(LetterSettings a, LetterSettings b) {
        List<String> out = new ArrayList<>();
        Form x = Form.of(a);
        Form y = Form.of(b);
        x.values().forEach((k, v) -> {
            if (!Objects.equals(v, y.values().get(k))) {
                out.add(k);
            }
        });
        if (!Objects.equals(x.titleFace(), y.titleFace())) {
            out.add("titleFace");
        }
        if (!Objects.equals(x.bodyFace(), y.bodyFace())) {
            out.add("bodyFace");
        }
        return out.stream().sorted().toList();
    }

    private static String blankToNull(String s) {
        String c = TextRules.clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
