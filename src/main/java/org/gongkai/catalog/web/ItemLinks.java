package org.gongkai.catalog.web;

/** Portal addresses of catalogue items: {@code /portal/catalog/items/<unit code>/<year>-<serial>}. */
public final class ItemLinks {

    private ItemLinks() {}

    public static String path(String indexNumber) {
        return "/portal/catalog/items/" + indexNumber;
    }
}
