package org.gongkai.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;

/** The unit tree, and which units a staff member may see. */
@Service
public class UnitDirectory {

    private final UnitRepository units;
    private final StaffUnits staffUnits;

    public UnitDirectory(UnitRepository units, StaffUnits staffUnits) {
        this.units = units;
        this.staffUnits = staffUnits;
    }

    public List<Unit> all() {
        return units.findAll();
    }

    public Optional<Unit> find(String code) {
        return code == null ? Optional.empty() : units.findByCode(code);
    }

    /** The unit, or a 404 naming the code. */
    public Unit require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("error.unit-not-found", code));
    }

    /** The names the unit had before its current one, oldest first. */
    public List<FormerName> formerNames(String code) {
        return units.formerNames(code);
    }

    /**
     * The name the unit had on {@code date}: the earliest former name still valid then (valid until a later
     * day), else the current name. A 2023 letter keeps the 2023 name after a rename.
     */
    public String nameOn(String code, LocalDate date) {
        Unit unit = require(code);
        return units.formerNames(code).stream()
                .filter(f -> f.until().isAfter(date))
                .findFirst()
                .map(FormerName::name)
                .orElse(unit.name());
    }

    /** The unit and every unit below it. */
    public List<Unit> subtree(String code) {
        List<Unit> all = units.findAll();
        Set<String> inside = new LinkedHashSet<>();
        inside.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Unit u : all) {
                if (u.parentCode() != null && inside.contains(u.parentCode()) && inside.add(u.code())) {
                    grew = true;
                }
            }
        }
        List<Unit> result = new ArrayList<>();
        for (Unit u : all) {
            if (inside.contains(u.code())) {
                result.add(u);
            }
        }
        return result;
    }

    /** The government (the root of the tree) a unit belongs to. */
    public Unit governmentOf(String code) {
        Unit u = require(code);
        while (u.parentCode() != null) {
            u = require(u.parentCode());
        }
        return u;
    }

    /** Codes of the units whose records this staff member may see: a handler's units, else the whole government. */
    public Set<String> visibleUnitCodes(StaffMember staff) {
        if (!staff.role().seesWholeGovernment()) {
            Set<String> own = new LinkedHashSet<>();
            own.add(staff.unitCode());
            own.addAll(staffUnits.extraUnits(staff.username()));
            return own;
        }
        Set<String> codes = new LinkedHashSet<>();
        subtree(governmentOf(staff.unitCode()).code()).forEach(u -> codes.add(u.code()));
        return codes;
    }

    public boolean maySee(StaffMember staff, String unitCode) {
        return visibleUnitCodes(staff).contains(unitCode);
    }
}
