package org.gongkai.search;

/**
 * A search as a visitor asks it. Every filter is optional (null); {@code text} may be anything a person types.
 *
 * @param page 0-based
 */
public record SearchQuery(
        String text,
        String unitCode,
        Integer article20Item,
        Integer year,
        String docType,
        String validity,
        Order order,
        int page,
        int size) {

    public static final int MAX_SIZE = 50;
    public static final int MAX_PAGE = 200;

    /** Relevance (default) or newest first. */
    public enum Order {
        RELEVANCE,
        DATE
    }

    public SearchQuery {
        text = text == null ? "" : text;
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(0, Math.min(page, MAX_PAGE));
        size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
        unitCode = blankToNull(unitCode);
        docType = blankToNull(docType);
        validity = blankToNull(validity);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, Order.RELEVANCE, 0, 10);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
