package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.errors.TooManyRequestsException;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;

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
    Object onProblem(ProblemException e, HttpServletRequest request, HttpServletResponse response) {
        pages.recordRefusal(e, request);
        List<Map<String, String>> fields = new ArrayList<>();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldProblem f : invalid.fields()) {
                fields.add(field(f.field(), pages.say(f)));
            }
        }
        if (e instanceof TooManyRequestsException tooMany) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfter().toSeconds()));
        }
        return respond(request, ProblemPages.statusOf(e), e.type(), pages.message(e), fields);
    }

    /** An upload a path did not turn into its own field error: 400 naming the file. */
    @ExceptionHandler(UploadRefusedException.class)
    Object onRefusedUpload(UploadRefusedException e, HttpServletRequest request, HttpServletResponse response) {
        return onProblem(e.asInvalidInput("file"), request, response);
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonBodyLimitFilter.BodyTooLargeException tooLarge) {
                return tooLarge(request, JsonBodyLimitFilter.size(tooLarge.limit()));
            }
        }
        Optional<JacksonException> json = JsonProblems.jacksonCause(e);
        Optional<FieldProblem> field = json.flatMap(JsonProblems::field);
        if (field.isPresent()) {
            FieldProblem f = field.get();
            String detail = messages.getMessage("error.invalid-input", null, ZH);
            String message = pages.say(f);
            return respond(
                    request, HttpStatus.BAD_REQUEST, "invalid-input", detail, List.of(field(f.field(), message)));
        }
        String detail = json.flatMap(JsonProblems::syntaxLocation)
                .map(at -> messages.getMessage("error.json.syntax", at, ZH))
                .orElseGet(() -> messages.getMessage("error.unreadable-body", null, ZH));
        return respond(request, HttpStatus.BAD_REQUEST, "unreadable-body", detail, List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object onUploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        long max = e.getMaxUploadSize();
        return tooLarge(request, max > 0 ? JsonBodyLimitFilter.size(max) : "");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object onUnsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String given = e.getContentType() == null ? "" : e.getContentType().toString();
        String wanted = e.getSupportedMediaTypes().stream()
                .map(MediaType::toString)
                .distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        String detail = messages.getMessage("error.unsupported-media-type", new Object[] {given, wanted}, ZH);
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", detail, List.of());
    }

    /** Text the database cannot hold (too long, NUL) that got past validation: still the caller's error. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object onDataError(DataIntegrityViolationException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                String detail = messages.getMessage("error.invalid-input", null, ZH);
                return respond(request, HttpStatus.BAD_REQUEST, "invalid-input", detail, List.of());
            }
        }
        throw e;
    }

    private Object tooLarge(HttpServletRequest request, String limit) {
        String detail = messages.getMessage("error.too-large", new Object[] {limit}, ZH);
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", detail, List.of());
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
        page.addObject("path", request.getRequestURI());
        page.addObject("detail", detail);
        page.addObject("problems", fields);
        return page;
    }
}
