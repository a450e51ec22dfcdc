package org.gongkai.supervision.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;

/** What the supervision pages share: the units a viewer may pick and every unit's name. */
final class SupervisionPages {

    private SupervisionPages() {}

    static List<Unit> visibleUnits(UnitDirectory units, StaffMember staff) {
        Set<String> visible = units.visibleUnitCodes(staff);
        return units.all().stream()
                .filter(u -> visible.contains(u.code()) && !u.isRoot())
                .toList();
    }

    static Map<String, String> unitNames(UnitDirectory units) {
        Map<String, String> names = new LinkedHashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
