package org.gongkai.requests;

import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each government's setting of the outcomes whose replies a reviewer approves before they are sent ({@link
 * ReviewPolicy#DEFAULT} until the disclosure office changes it). Only the office's reviewers change it; audited.
 */
@Service
public class ReviewPolicies {

    private final ReviewPolicyStore store;
    private final UnitDirectory units;
    private final AuditLog audit;

    ReviewPolicies(ReviewPolicyStore store, UnitDirectory units, AuditLog audit) {
        this.store = store;
        this.units = units;
        this.audit = audit;
    }

    /** The policy of the government the unit belongs to. */
    public ReviewPolicy forUnit(String unitCode) {
        return store.find(units.governmentOf(unitCode).code()).orElse(ReviewPolicy.DEFAULT);
    }

    @Transactional
    public ReviewPolicy change(StaffMember staff, Set<ReviewGroup> groups) {
        String government = units.governmentOf(staff.unitCode()).code();
        if (!staff.isReviewer() || !staff.mayChange()) {
            // recorded by the web edge as denied.review-policy
            throw new ForbiddenException(
                    Refusal.of("review-policy", "government", government, staff.unitCode()),
                    "error.request.review-policy-office-only");
        }
        ReviewPolicy before = forUnit(staff.unitCode());
        ReviewPolicy after = new ReviewPolicy(groups);
        store.save(government, after, staff.username());
        audit.record(AuditEvent.by(staff.username(), "request.review-policy")
                .on("government", government)
                .inUnit(staff.unitCode())
                .detail(keys(before) + " -> " + keys(after)));
        return after;
    }

    private static String keys(ReviewPolicy p) {
        return p.groups().stream().map(ReviewGroup::key).sorted().toList().toString();
    }
}
