package org.gongkai.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.supervision.Assessment;
import org.gongkai.supervision.Assessments;
import org.gongkai.supervision.ManualItem;
import org.gongkai.supervision.SchemeForm;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment API: {@code GET /api/v1/assessments/{governmentCode}/{year}} (JSON; {@code .xlsx} for the
 * workbook), and for the disclosure office the scheme, manual items, publication and reopening.
 */
@RestController
class AssessmentApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final Assessments assessments;
    private final MessageSource messages;

    AssessmentApiController(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/api/v1/assessments/{government}/{year:\\d+}")
    Assessment get(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String government, @PathVariable int year) {
        return assessments.get(p.member(), government, year);
    }

    @GetMapping("/api/v1/assessments/{government}/{year:\\d+}.xlsx")
    ResponseEntity<byte[]> xlsx(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String government, @PathVariable int year) {
        return workbook(assessments.get(p.member(), government, year), messages);
    }

    static ResponseEntity<byte[]> workbook(Assessment a, MessageSource messages) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("考核-" + a.governmentCode() + "-" + a.year() + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(AssessmentWorkbook.write(a, messages, China.LOCALE));
    }

    @PutMapping("/api/v1/assessments/{government}/{year:\\d+}/scheme")
    Map<String, Object> scheme(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String government,
            @PathVariable int year,
            @RequestBody SchemeForm form) {
        var s = assessments.configure(p.member(), government, year, form);
        return Map.of("year", s.year(), "baseScore", s.baseScore(), "indicators", s.indicators());
    }

    record ManualBody(String unitCode, String indicator, String points, String reason) {}

    @PostMapping("/api/v1/assessments/{government}/{year:\\d+}/manual-items")
    @ResponseStatus(HttpStatus.CREATED)
    ManualItem manual(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String government,
            @PathVariable int year,
            @RequestBody ManualBody b) {
        return assessments.addManualItem(
                p.member(), government, year, b.unitCode(), b.indicator(), b.points(), b.reason());
    }

    @PostMapping("/api/v1/assessments/{government}/{year:\\d+}/publish")
    Assessment publish(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String government, @PathVariable int year) {
        return assessments.publish(p.member(), government, year);
    }

    record ReopenBody(String reason) {}

    @PostMapping("/api/v1/assessments/{government}/{year:\\d+}/reopen")
    ResponseEntity<Void> reopen(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable String government,
            @PathVariable int year,
            @RequestBody ReopenBody b) {
        assessments.reopen(p.member(), government, year, b.reason());
        return ResponseEntity.noContent().build();
    }
}
