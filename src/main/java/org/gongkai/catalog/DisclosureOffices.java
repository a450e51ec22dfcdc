package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure office's contacts (政府信息公开工作机构: name, address, postcode, phone, fax, email, hours) as the
 * government's disclosure office keeps them; the guide states them from here. Every change is audited with the
 * contacts before and after.
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class DisclosureOffices {

    static final String ENTITY = "disclosure_office";

    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");
    private static final Pattern PHONE = Pattern.compile("[0-9０-９()（）+\\-－—、，, /转]{5,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final StandardCatalog store;
    private final UnitDirectory units;
    private final AuditLog audit;

    DisclosureOffices(StandardCatalog store, UnitDirectory units, AuditLog audit) {
        this.store = store;
        this.units = units;
        this.audit = audit;
    }

    /** The contacts of the actor's government, if registered. */
    public Optional<DisclosureOffice> of(StaffMember actor) {
        return store.office(government(actor));
    }

    /** Checks every field and saves the contacts of the actor's government; 400 naming each bad field. */
    public DisclosureOffice save(StaffMember actor, Map<String, String> form) {
        String gov = government(actor);
        if (!actor.isReviewer() || !actor.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("office.edit", ENTITY, gov, actor.unitCode()), "office.error.forbidden");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = required(form, "name", 200, problems);
        String address = required(form, "address", 300, problems);
        String postcode = optional(form, "postcode", 10, problems);
        String phone = required(form, "phone", 60, problems);
        String fax = optional(form, "fax", 60, problems);
        String email = optional(form, "email", 120, problems);
        String hours = required(form, "hours", 200, problems);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            problems.add(new FieldProblem("postcode", "office.error.postcode"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "office.error.phone"));
        }
        if (fax != null && !PHONE.matcher(fax).matches()) {
            problems.add(new FieldProblem("fax", "office.error.phone"));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "office.error.email"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<DisclosureOffice> before = store.office(gov);
        DisclosureOffice after = new DisclosureOffice(gov, name, address, postcode, phone, fax, email, hours);
        store.saveOffice(after);
        audit.record(AuditEvent.by(actor.username(), "office.save")
                .on(ENTITY, gov)
                .inUnit(gov)
                .detail(before.map(DisclosureOffices::describe).orElse("—") + " → " + describe(after)));
        return after;
    }

    private static String describe(DisclosureOffice o) {
        return String.join(
                "；",
                o.name(),
                o.address(),
                nullToDash(o.postcode()),
                o.phone(),
                nullToDash(o.fax()),
                nullToDash(o.email()),
                o.hours());
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }

    private static String required(Map<String, String> form, String field, int max, List<FieldProblem> problems) {
        String v = optional(form, field, max, problems);
        if (v == null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, "office.error." + field + "-required"));
        }
        return v;
    }

    private static String optional(Map<String, String> form, String field, int max, List<FieldProblem> problems) {
        String raw = form.get(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (v.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "office.error.characters"));
            return null;
        }
        if (v.length() > max) {
            problems.add(new FieldProblem(field, "office.error.too-long", max));
            return null;
        }
        return v;
    }

    private String government(StaffMember actor) {
        return units.governmentOf(actor.unitCode()).code();
    }
}
