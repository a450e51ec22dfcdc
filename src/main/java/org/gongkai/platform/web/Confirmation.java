package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An irreversible console action in two posts: the first (without {@code confirmed}) changes nothing and shows
 * what will happen; the page it shows carries the values the person submitted, unchanged, as hidden fields of the
 * confirming form (the same action with {@code confirmed=true}) and as the query of the way back, which returns to
 * the form with the values kept. Rendered by the fragment {@code fragments/confirm :: confirm}.
 *
 * @param action the path posted to (without the context path)
 * @param values the submitted values (without the CSRF token and {@code confirmed}), in the order sent
 * @param back the page to return to without acting, with the values and {@code step} in its query
 */
public record Confirmation(String action, Map<String, List<String>> values, String back) {

    public static final String CONFIRMED = "confirmed";

    public Confirmation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The confirmation of the request being answered, going back to {@code page} with {@code step} to open. */
    public static Confirmation of(HttpServletRequest request, String page, String step) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, v) -> {
            if (!name.equals(CONFIRMED) && !name.equals("_csrf")) {
                values.put(name, List.of(v));
            }
        });
        UriComponentsBuilder back = UriComponentsBuilder.fromPath(page).queryParam("step", step);
        values.forEach((name, v) -> back.queryParam(name, v.toArray()));
        String action =
                request.getRequestURI().substring(request.getContextPath().length());
        return new Confirmation(action, values, back.encode().build().toUriString());
    }
}
