package org.gongkai.org.web;

import java.util.List;
import org.gongkai.org.UnitDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UnitApiController {

    /** A unit as the public API gives it. */
    record UnitView(String code, String name, String parentCode, String kind) {}

    private final UnitDirectory units;

    UnitApiController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping("/api/v1/units")
    List<UnitView> units() {
        return units.all().stream()
                .map(u -> new UnitView(
                        u.code(), u.name(), u.parentCode(), u.kind().name()))
                .toList();
    }
}
