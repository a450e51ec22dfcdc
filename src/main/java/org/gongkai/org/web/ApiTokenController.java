package org.gongkai.org.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.gongkai.org.ApiTokens;
import org.gongkai.org.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens: issued for HTTP Basic (username:password), listed and revoked with a token or a console login. */
@RestController
class ApiTokenController {

    record IssuedView(long id, String token, Instant expires) {}

    record TokenView(long id, Instant created, Instant expires, Instant revoked, boolean valid) {}

    private final ApiTokens tokens;
    private final java.time.Clock clock;

    ApiTokenController(ApiTokens tokens, java.time.Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Operation(
            summary = "Trade a staff password (HTTP Basic) for an API token",
            description = "The token is shown once; send it as `Authorization: Bearer <token>` to every staff "
                    + "endpoint. HTTP Basic is accepted here only, and wrong passwords count as failed logins.")
    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedView issue(@AuthenticationPrincipal StaffPrincipal p) {
        ApiTokens.Issued issued = tokens.issue(p.member());
        return new IssuedView(issued.id(), issued.token(), issued.expires());
    }

    @Operation(summary = "The caller's API tokens (never their values)")
    @GetMapping("/api/v1/tokens")
    List<TokenView> mine(@AuthenticationPrincipal StaffPrincipal p) {
        Instant now = clock.instant();
        return tokens.of(p.member()).stream()
                .map(t -> new TokenView(t.id(), t.created(), t.expires(), t.revoked(), t.validAt(now)))
                .toList();
    }

    @Operation(summary = "Revoke one of the caller's tokens (an administrator: anyone's)")
    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id) {
        tokens.revoke(id, p.member());
    }
}
