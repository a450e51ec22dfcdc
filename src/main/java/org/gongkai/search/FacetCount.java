package org.gongkai.search;

/** How many hits carry a value of a facet (unit code, Article 20 item, year, document type, validity). */
public record FacetCount(String value, long count) {}
