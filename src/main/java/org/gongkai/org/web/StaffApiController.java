package org.gongkai.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongkai.org.Passwords;
import org.gongkai.org.StaffAccounts;
import org.gongkai.org.StaffAdministration;
import org.gongkai.org.StaffAdministration.NewAccount;
import org.gongkai.org.StaffHandedOver;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff accounts, for administrators. */
@RestController
@Tag(name = "staff", description = "Staff accounts (administrators only)")
class StaffApiController {

    record StaffView(String username, String name, String role, String unitCode, boolean active) {}

    /** Body of {@code PATCH /api/v1/staff/{username}}. */
    record StaffPatch(Boolean active) {}

    /** Body of {@code POST /api/v1/staff/{username}/units}. */
    record UnitGrant(String unitCode) {}

    /** Body of {@code POST /api/v1/staff/{username}/handover}. */
    record Handover(String to, String reason) {}

    /** A new password set by an administrator. */
    record PasswordBody(String password) {}

    /** The outcome of a reset: the account's API tokens revoked. */
    record PasswordResetView(String username, int tokensRevoked, boolean mustChooseAtNextLogin) {}

    private final StaffAccounts staff;
    private final StaffAdministration administration;
    private final Passwords passwords;

    StaffApiController(StaffAccounts staff, StaffAdministration administration, Passwords passwords) {
        this.staff = staff;
        this.administration = administration;
        this.passwords = passwords;
    }

    @Operation(
            summary = "Set a person's password (administrators only): ≥ 12 characters; the account's API tokens are"
                    + " revoked and the person must choose their own password at the next console login; unknown"
                    + " user 404")
    @PostMapping(path = "/api/v1/staff/{username}/password", consumes = "application/json")
    PasswordResetView resetPassword(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String username, @RequestBody PasswordBody b) {
        int revoked = passwords.reset(p.member(), username, b.password());
        return new PasswordResetView(username, revoked, true);
    }

    @Operation(summary = "Every staff account (administrators only)")
    @GetMapping("/api/v1/staff")
    List<StaffView> all(@AuthenticationPrincipal StaffPrincipal p) {
        return staff.accountsFor(p.member()).stream()
                .map(a -> new StaffView(a.username(), a.displayName(), a.role().name(), a.unitCode(), a.enabled()))
                .toList();
    }

    @Operation(summary = "Create an account (administrators only); 400 naming the field, 409 for a username in use")
    @PostMapping(path = "/api/v1/staff", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    StaffView create(@AuthenticationPrincipal StaffPrincipal p, @RequestBody NewAccount body) {
        StaffMember m = administration.create(p.member(), body);
        return new StaffView(m.username(), m.displayName(), m.role().name(), m.unitCode(), true);
    }

    @Operation(summary = "Disable (a leaver) or re-enable an account (administrators only)")
    @PatchMapping(path = "/api/v1/staff/{username}", consumes = "application/json")
    StaffView change(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String username, @RequestBody StaffPatch b) {
        if (b.active() != null) {
            administration.setEnabled(p.member(), username, b.active());
        }
        return view(p, username);
    }

    @Operation(summary = "Let a person handle for a further unit (administrators only)")
    @PostMapping(path = "/api/v1/staff/{username}/units", consumes = "application/json")
    StaffView grant(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String username, @RequestBody UnitGrant b) {
        administration.grantUnit(p.member(), username, b.unitCode());
        return view(p, username);
    }

    @Operation(
            summary = "Hand a leaver's work to a colleague in one step (administrators only): the colleague handles for"
                    + " the leaver's units, the leaver's drafts go to the colleague, the leaver is disabled; recorded")
    @PostMapping(path = "/api/v1/staff/{username}/handover", consumes = "application/json")
    StaffHandedOver handOver(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String username, @RequestBody Handover b) {
        return administration.handOver(p.member(), username, b.to(), b.reason());
    }

    private StaffView view(StaffPrincipal p, String username) {
        return staff.accountsFor(p.member()).stream()
                .filter(a -> a.username().equals(username))
                .map(a -> new StaffView(a.username(), a.displayName(), a.role().name(), a.unitCode(), a.enabled()))
                .findFirst()
                .orElseThrow();
    }
}
