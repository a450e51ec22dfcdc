package org.gongkai.requests.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.requests.IntakeForm;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.Submitted;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public intake: {@code POST /api/v1/requests}. Answers 201 only after the application is committed; 400 names
 * every invalid field and stores nothing; an unknown unit is 404.
 */
@RestController
class RequestApiController {

    private final RequestIntake intake;
    private final IntakeLimit limit;

    RequestApiController(RequestIntake intake, IntakeLimit limit) {
        this.intake = intake;
        this.limit = limit;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicantBody(
            String type,
            String name,
            String idType,
            String idNumber,
            String orgName,
            String creditCode,
            String phone,
            String email,
            String address,
            @JsonAnySetter Map<String, Object> unknown) {}

    record IntakeBody(
            String unitCode,
            ApplicantBody applicant,
            String description,
            String channel,
            String delivery,
            String email,
            @JsonAnySetter Map<String, Object> unknown) {

        /** Fields the contract does not know: named, so that nothing sent is silently dropped. */
        List<FieldProblem> unknownFields() {
            List<FieldProblem> p = new ArrayList<>();
            names(unknown).forEach(n -> p.add(new FieldProblem(n, "error.json.unknown-field")));
            if (applicant != null) {
                names(applicant.unknown())
                        .forEach(n -> p.add(new FieldProblem("applicant." + n, "error.json.unknown-field")));
            }
            return p;
        }

        private static List<String> names(Map<String, Object> m) {
            return m == null ? List.of() : m.keySet().stream().sorted().toList();
        }

        IntakeForm toForm() {
            ApplicantBody a = applicant == null
                    ? new ApplicantBody(null, null, null, null, null, null, null, null, null, null)
                    : applicant;
            String mail = email != null && !email.isBlank() ? email : a.email();
            return new IntakeForm(
                    unitCode,
                    a.type(),
                    a.name(),
                    a.idType(),
                    a.idNumber(),
                    a.orgName(),
                    a.creditCode(),
                    a.phone(),
                    mail,
                    a.address(),
                    description,
                    channel == null ? "online" : channel,
                    delivery);
        }
    }

    @PostMapping(path = "/api/v1/requests", consumes = "application/json")
    ResponseEntity<Map<String, Object>> submit(@RequestBody IntakeBody body, HttpServletRequest request) {
        limit.count(request);
        Submitted s = intake.submit(body.toForm(), List.of(), body.unknownFields());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trackingCode", s.trackingCode());
        out.put("secret", s.secret());
        out.put("status", s.status().name().toLowerCase(Locale.ROOT));
        out.put("trackUrl", "/portal/track");
        return ResponseEntity.created(URI.create("/portal/track?code=" + s.trackingCode()))
                .body(out);
    }
}
