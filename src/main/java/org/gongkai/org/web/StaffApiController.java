package org.gongkai.org.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff accounts, for administrators. */
@RestController
class StaffApiController {

    record StaffView(String username, String name, String role, String unitCode, boolean active) {}

    private final StaffAccounts staff;

    StaffApiController(StaffAccounts staff) {
        this.staff = staff;
    }

    @Operation(summary = "Every staff account (administrators only)")
    @GetMapping("/api/v1/staff")
    List<StaffView> all(@AuthenticationPrincipal StaffPrincipal p) {
        return staff.accountsFor(p.member()).stream()
                .map(a -> new StaffView(a.username(), a.displayName(), a.role().name(), a.unitCode(), a.enabled()))
                .toList();
    }
}
