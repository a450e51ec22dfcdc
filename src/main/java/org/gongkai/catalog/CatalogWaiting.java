package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.WaitingWork;
import org.springframework.stereotype.Component;

/** Catalogue items submitted for review (保密审查) and not yet decided; the viewer's own items are not theirs to review. */
@Component
class CatalogWaiting implements WaitingWork {

    private final CatalogOwnershipTransfer items;

    CatalogWaiting(CatalogOwnershipTransfer items) {
        this.items = items;
    }

    @Override
    public List<Waiting> waiting(StaffMember viewer, Set<String> units) {
        List<Waiting> out = new ArrayList<>();
        items.pendingReviewByUnit(units, viewer.username())
                .forEach((unit, n) -> out.add(new Waiting("catalog-review", unit, n)));
        return out;
    }
}
