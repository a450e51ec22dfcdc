package org.gongkai.supervision.web;

import java.util.List;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.supervision.Finding;
import org.gongkai.supervision.Findings;
import org.gongkai.supervision.SelfInspection;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/supervision/findings?unit=CODE}: the open findings the viewer may see; {@code POST
 * /api/v1/supervision/self-inspection}: the disclosure office runs the self-inspection now.
 */
@RestController
class FindingsApiController {

    record FindingJson(
            long id,
            String code,
            String unitCode,
            String severity,
            String detectedOn,
            String message,
            String evidence) {

        static FindingJson of(Finding f) {
            return new FindingJson(
                    f.id(),
                    f.code(),
                    f.unitCode(),
                    f.severity().name(),
                    f.detectedOn().toString(),
                    f.message(),
                    f.evidence());
        }
    }

    private final Findings findings;
    private final SelfInspection inspection;

    FindingsApiController(Findings findings, SelfInspection inspection) {
        this.findings = findings;
        this.inspection = inspection;
    }

    @GetMapping("/api/v1/supervision/findings")
    List<FindingJson> findings(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) String unit) {
        return findings.open(p.member(), unit).stream().map(FindingJson::of).toList();
    }

    @PostMapping("/api/v1/supervision/self-inspection")
    SelfInspection.Outcome run(@AuthenticationPrincipal StaffPrincipal p) {
        return inspection.runFor(p.member());
    }
}
