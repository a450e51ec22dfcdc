package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.Refusals;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.errors.ServiceBusyException;
import org.gongkai.platform.errors.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns a module's problem into what a page shows, the same way everywhere: the status (400 bad input, 403
 * forbidden, 404 not found, 409 a step not allowed now), the message and the field errors in Chinese, and the
 * refusal recorded in the audit log. {@link ProblemHandler} uses it for problems no page handles itself; a console
 * page that re-renders its form with the problem calls {@link #show}.
 */
@Component
public class ProblemPages {

    /** What a page shows for a problem. */
    public record Shown(HttpStatus status, String message, Map<String, String> fieldErrors) {}

    private final MessageSource messages;
    private final Refusals refusals;
    private final FieldLabels fieldLabels;

    ProblemPages(MessageSource messages, Refusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
        this.fieldLabels = new FieldLabels(messages);
    }

    /**
     * For the page being answered: records a refusal, sets the response status, and returns the message and field
     * errors to render.
     */
    public Shown show(ProblemException e) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        recordRefusal(e, current.getRequest());
        HttpStatus status = statusOf(e);
        HttpServletResponse response = current.getResponse();
        if (response != null) {
            response.setStatus(status.value());
        }
        return new Shown(status, message(e), fieldErrors(e));
    }

    public static HttpStatus statusOf(ProblemException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof ServiceBusyException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (e instanceof TooManyRequestsException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        return HttpStatus.BAD_REQUEST;
    }

    public String message(ProblemException e) {
        return say(e.messageCode(), e.args());
    }

    /** Field → message, the first problem of each field; empty unless the problem is bad input. */
    public Map<String, String> fieldErrors(ProblemException e) {
        Map<String, String> out = new LinkedHashMap<>();
        if (e instanceof InvalidInputException invalid) {
            invalid.fields().forEach(f -> out.putIfAbsent(f.field(), say(f)));
        }
        return out;
    }

    /**
     * A field's message, naming the field: the field's request — 「请填写申请人姓名」, 「请选择受理单位」 — is given
     * to every field message as its last argument, so a message for an empty field says which field it asks for
     * ({@code error.required={0}。}) instead of 「此项」.
     */
    public String say(FieldProblem f) {
        Object[] args = java.util.Arrays.copyOf(f.args(), f.args().length + 1);
        args[f.args().length] = fieldLabels.ask(f);
        return say(f.messageCode(), args);
    }

    /** A message of the bundles in Chinese; the code itself if the bundles lack it. */
    public String say(String code, Object... args) {
        return messages.getMessage(code, args, code, China.LOCALE);
    }

    /**
     * Every 403, and every other problem that names a {@link Refusal}, goes to the audit log with the signed-in
     * actor, in its own transaction. A 403 that names nothing is recorded against the path asked for.
     */
    void recordRefusal(ProblemException e, HttpServletRequest request) {
        Refusal refusal = e.refusal();
        String attempt = request.getMethod() + " " + request.getRequestURI();
        if (refusal == null && e instanceof ForbiddenException) {
            refusal = Refusal.of("http", "http", attempt, null);
        }
        if (refusal != null) {
            Principal who = request.getUserPrincipal();
            refusals.record(who == null ? "anonymous" : who.getName(), refusal, e.messageCode(), attempt);
        }
    }
}
