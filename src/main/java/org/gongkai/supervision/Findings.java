package org.gongkai.supervision;

import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading findings: a unit handler sees its own units' findings only, the disclosure office the government's. */
@Service
@Transactional(readOnly = true)
public class Findings {

    static final String ENTITY = "supervision_finding";
    private final FindingRepository findings;
    private final UnitDirectory units;

    Findings(FindingRepository findings, UnitDirectory units) {
        this.findings = findings;
        this.units = units;
    }

    /** Open findings of one unit (when given) or of every unit the viewer may see. */
    public List<Finding> open(StaffMember staff, String unitCode) {
        return findings.open(scope(staff, unitCode, "supervision.findings"));
    }

    public Finding get(StaffMember staff, long id) {
        Finding f = findings.find(id).orElseThrow(() -> new NotFoundException("supervision.error.finding", id));
        if (!units.maySee(staff, f.unitCode())) {
            throw new ForbiddenException(
                    Refusal.of("supervision.finding", ENTITY, id, f.unitCode()), "error.forbidden");
        }
        return f;
    }

    public List<FindingEvent> history(StaffMember staff, long id) {
        get(staff, id);
        return findings.history(id);
    }

    Set<String> scope(StaffMember staff, String unitCode, String action) {
        Set<String> visible = units.visibleUnitCodes(staff);
        if (unitCode == null || unitCode.isBlank()) {
            return visible;
        }
        if (!visible.contains(unitCode)) {
            throw new ForbiddenException(Refusal.of(action, ENTITY, null, unitCode), "error.forbidden");
        }
        return Set.of(unitCode);
    }
}
