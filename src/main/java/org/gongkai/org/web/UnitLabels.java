package org.gongkai.org.web;

import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Units by name on pages: {@code ${@unitLabels.of(row.unitCode())}} shows 「县住房和城乡建设局」 where a record keeps
 * the unit's code; an unknown code (a unit since removed) is shown as it was recorded.
 */
@Component("unitLabels")
public class UnitLabels {

    private final UnitDirectory units;

    UnitLabels(UnitDirectory units) {
        this.units = units;
    }

    public String of(String code) {
        if (code == null) {
            return null;
        }
        return units.find(code).map(Unit::name).orElse(code);
    }
}
