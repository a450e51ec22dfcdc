package org.gongkai.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How a field error's key becomes ids on the page: the field's own id (where the error summary links) and the id of
 * its message (what the field's {@code aria-describedby} names). A field whose id is not its key's anchor is given
 * to the summary through its anchors map. Templates reach it as {@code @formFields}.
 */
@Component
public final class FormFields {

    /** For templates: {@link #anchorOf}. */
    public String anchor(String key) {
        return anchorOf(key);
    }

    /**
     * Where the summary links for a key: the key with anything but letters, digits, - and _ as -
     * ({@code create.code} → {@code create-code}); an item of a field ({@code attachments[1]}) links to the field.
     */
    public static String anchorOf(String key) {
        return idOf(key.replaceAll("\\[\\d+]$", ""));
    }

    /** The id of the message of the field with this key. */
    public static String errorIdOf(String key) {
        return "err-" + idOf(key);
    }

    /** {@code indicators[0].code} → {@code indicators-0-code}. */
    private static String idOf(String key) {
        return key.replaceAll("\\[(\\d+)]", "-$1").replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /**
     * The errors of one of several like forms on a page (one per row): each key prefixed with the row's own, so the
     * message lands on that row's field ({@code gk:field="${'c12.reason'}"}), not on every row's.
     */
    public static Map<String, String> ofRow(String row, Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((k, v) -> out.put(row + "." + k, v));
        return out;
    }

    /** Several problems of one field (a file upload's, one per file) as its one message. */
    public static Map<String, String> one(String key, java.util.List<String> problems) {
        return problems.isEmpty() ? Map.of() : Map.of(key, String.join(" ", problems));
    }
}
