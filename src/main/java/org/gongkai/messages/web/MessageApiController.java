package org.gongkai.messages.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.messages.Message;
import org.gongkai.messages.MessageForm;
import org.gongkai.messages.MessageIntake;
import org.gongkai.messages.MessageQueries;
import org.gongkai.messages.MessageWorkflow;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages through the API: the public sends one ({@code POST /api/v1/messages}, 201 with the tracking code and
 * secret, 400 naming every bad field, nothing stored), reads the published answers; the office replies.
 */
@RestController
class MessageApiController {

    private final MessageIntake intake;
    private final MessageWorkflow workflow;
    private final MessageQueries queries;
    private final MessageLimit limit;

    MessageApiController(MessageIntake intake, MessageWorkflow workflow, MessageQueries queries, MessageLimit limit) {
        this.intake = intake;
        this.workflow = workflow;
        this.queries = queries;
        this.limit = limit;
    }

    record MessageBody(
            String unitCode,
            String name,
            String phone,
            String email,
            String subject,
            String body,
            Boolean publicReplyWanted,
            @JsonAnySetter Map<String, Object> unknown) {

        List<FieldProblem> unknownFields() {
            List<FieldProblem> p = new ArrayList<>();
            if (unknown != null) {
                unknown.keySet().stream().sorted().forEach(n -> p.add(new FieldProblem(n, "error.json.unknown-field")));
            }
            return p;
        }
    }

    record ReplyBody(
            String text, Boolean publish, @JsonAnySetter Map<String, Object> unknown) {}

    @PostMapping(path = "/api/v1/messages", consumes = "application/json")
    ResponseEntity<Map<String, Object>> send(@RequestBody MessageBody body, HttpServletRequest request) {
        limit.count(request, "message");
        MessageIntake.Received r = intake.submit(
                new MessageForm(
                        body.unitCode(),
                        body.name(),
                        body.phone(),
                        body.email(),
                        body.subject(),
                        body.body(),
                        body.publicReplyWanted()),
                body.unknownFields());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trackingCode", r.trackingCode());
        out.put("secret", r.secret());
        return ResponseEntity.created(URI.create("/portal/messages/track?code=" + r.trackingCode()))
                .body(out);
    }

    @PostMapping(path = "/api/v1/messages/{trackingCode}/reply", consumes = "application/json")
    Map<String, Object> reply(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable String trackingCode, @RequestBody ReplyBody body) {
        if (body.unknown() != null && !body.unknown().isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            body.unknown().keySet().stream()
                    .sorted()
                    .forEach(n -> problems.add(new FieldProblem(n, "error.json.unknown-field")));
            throw new InvalidInputException(problems);
        }
        Message m = workflow.replyTo(p.member(), trackingCode, body.text(), Boolean.TRUE.equals(body.publish()));
        Message.State s = m.state();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trackingCode", m.intake().trackingCode());
        out.put("repliedOn", s.reply().on().toString());
        out.put("published", s.publication() != null);
        return out;
    }

    @GetMapping("/api/v1/messages")
    List<Map<String, Object>> published(@RequestParam(required = false) String answered) {
        if (answered != null && !answered.equals("true")) {
            throw InvalidInputException.of("answered", "message.error.answered-only");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (MessageQueries.PublicAnswer a : queries.published(1000)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", a.subject());
            m.put("body", a.body());
            m.put("reply", a.reply());
            m.put("repliedOn", a.repliedOn().toString());
            m.put("unit", a.unit());
            out.add(m);
        }
        return out;
    }
}
