package org.gongkai.catalog;

import java.util.Collection;

/**
 * Which items to list. Null fields do not filter.
 *
 * @param unitCodes  only these units (null: any)
 * @param publicOnly only published proactive items (the portal's view)
 * @param page       0-based
 */
public record ItemFilter(
        Collection<String> unitCodes,
        ItemStatus status,
        boolean publicOnly,
        Integer article20Item,
        String column,
        DocumentType type,
        Validity validity,
        Integer year,
        int page,
        int size) {

    public ItemFilter {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 100);
    }

    public static ItemFilter publicItems() {
        return new ItemFilter(null, null, true, null, null, null, null, null, 0, 20);
    }

    public ItemFilter units(Collection<String> codes) {
        return new ItemFilter(codes, status, publicOnly, article20Item, column, type, validity, year, page, size);
    }

    public ItemFilter item(Integer item) {
        return new ItemFilter(unitCodes, status, publicOnly, item, column, type, validity, year, page, size);
    }

    public ItemFilter column(String c) {
        return new ItemFilter(unitCodes, status, publicOnly, article20Item, c, type, validity, year, page, size);
    }

    public ItemFilter type(DocumentType t) {
        return new ItemFilter(unitCodes, status, publicOnly, article20Item, column, t, validity, year, page, size);
    }

    public ItemFilter validity(Validity v) {
        return new ItemFilter(unitCodes, status, publicOnly, article20Item, column, type, v, year, page, size);
    }

    public ItemFilter status(ItemStatus s) {
        return new ItemFilter(unitCodes, s, publicOnly, article20Item, column, type, validity, year, page, size);
    }

    public ItemFilter page(int p, int s) {
        return new ItemFilter(unitCodes, status, publicOnly, article20Item, column, type, validity, year, p, s);
    }
}
