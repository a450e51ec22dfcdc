package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's other applications, as the handler replying sees them: those of the same applicant (the same
 * identity key the fees count by: ID number or unified social credit code), in the units the staff member sees.
 */
@Service
public class ApplicantHistory {

    private final RequestRepository requests;
    private final UnitDirectory units;
    private final Clock clock;

    ApplicantHistory(RequestRepository requests, UnitDirectory units, Clock clock) {
        this.requests = requests;
        this.units = units;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ApplicantHints hints(StaffMember staff, DisclosureRequest r) {
        Set<String> visible = units.visibleUnitCodes(staff);
        var same = requests.byApplicant(r.intake().applicant().identityKey()).stream()
                .filter(o -> visible.contains(o.unitCode()))
                .toList();
        return ApplicantHints.of(r.intake().id(), r.intake().description(), LocalDate.now(clock), same);
    }
}
