package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps module exceptions to RFC 9457 problem details on the API ({@code /api/**}) and to error pages
 * elsewhere. Messages come from the bundles, in Chinese.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Locale ZH = China.LOCALE;
    private final MessageSource messages;
    private final ProblemPages pages;

    ProblemHandler(MessageSource messages, ProblemPages pages) {
        this.messages = messages;
        this.pages = pages;
    }

    /** A module's problem: its status, message and field errors as {@link ProblemPages} says; refusals recorded. */
    @ExceptionHandler(ProblemException.class)
    Object onProblem(ProblemException e, HttpServletRequest request) {
        pages.recordRefusal(e, request);
        List<Map<String, String>> fields = new ArrayList<>();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldProblem f : invalid.fields()) {
                fields.add(field(f.field(), pages.say(f.messageCode(), f.args())));
            }
        }
        return respond(request, ProblemPages.statusOf(e), e.type(), pages.message(e), fields);
    }

    /** An upload a path did not turn into its own field error: 400 naming the file. */
    @ExceptionHandler(UploadRefusedException.class)
    Object onRefusedUpload(UploadRefusedException e, HttpServletRequest request) {
        return onProblem(e.asInvalidInput("file"), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object onInvalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Map<String, String>> fields = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fields.add(field(f.getField(), messages.getMessage(f, ZH))));
        String detail = messages.getMessage("error.invalid-input", null, ZH);
        return respond(request, HttpStatus.BAD_REQUEST, "invalid-input", detail, fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object onUnreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String detail = messages.getMessage("error.unreadable-body", null, ZH);
        return respond(request, HttpStatus.BAD_REQUEST, "unreadable-body", detail, List.of());
    }

    private static Map<String, String> field(String name, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", name);
        m.put("message", message);
        return m;
    }

    private Object respond(
            HttpServletRequest request,
            HttpStatus status,
            String type,
            String detail,
            List<Map<String, String>> fields) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("/errors/" + type));
            problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), ZH));
            if (!fields.isEmpty()) {
                problem.setProperty("errors", fields);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("fieldErrors", fields);
        return page;
    }
}
