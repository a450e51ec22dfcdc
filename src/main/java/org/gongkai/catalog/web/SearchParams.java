package org.gongkai.catalog.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalog.DocumentType;
import org.gongkai.catalog.Validity;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.search.SearchQuery;

/** Reads search parameters as strings, so that any value gives a clear 400 naming the parameter, never a 500. */
public final class SearchParams {

    private SearchParams() {}

    public static SearchQuery read(
            String q,
            String unit,
            String item,
            String year,
            String type,
            String validity,
            String order,
            String page,
            String size) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer itemNo = integer("item", item, 1, 15, problems);
        Integer yearNo = integer("year", year, 1900, 9999, problems);
        Integer pageNo = integer("page", page, 1, SearchQuery.MAX_PAGE + 1, problems);
        Integer sizeNo = integer("size", size, 1, SearchQuery.MAX_SIZE, problems);
        String typeName = enumName("type", type, DocumentType.class, problems);
        String validityName = enumName("validity", validity, Validity.class, problems);
        SearchQuery.Order o = SearchQuery.Order.RELEVANCE;
        if (order != null && !order.isBlank()) {
            if (order.equalsIgnoreCase("date")) {
                o = SearchQuery.Order.DATE;
            } else if (!order.equalsIgnoreCase("relevance")) {
                problems.add(new FieldProblem("order", "search.error.bad-parameter", "order"));
            }
        }
        if (unit != null && !unit.isBlank() && !unit.strip().matches("\\d{3,40}")) {
            problems.add(new FieldProblem("unit", "search.error.bad-parameter", "unit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SearchQuery(
                q,
                unit,
                itemNo,
                yearNo,
                typeName,
                validityName,
                o,
                pageNo == null ? 0 : pageNo - 1,
                sizeNo == null ? 10 : sizeNo);
    }

    private static Integer integer(String name, String value, int min, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, "search.error.bad-parameter", name));
        return null;
    }

    private static <E extends Enum<E>> String enumName(
            String name, String value, Class<E> type, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e.name();
            }
        }
        problems.add(new FieldProblem(name, "search.error.bad-parameter", name));
        return null;
    }
}
