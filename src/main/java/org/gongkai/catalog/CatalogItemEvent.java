package org.gongkai.catalog;

import java.time.Instant;

/**
 * One recorded step of a catalogue item: who did what and when, from which status to which ({@code from} is null
 * when the step did not change the status), and why.
 */
public record CatalogItemEvent(
        String action, String actor, Instant at, ItemStatus from, ItemStatus to, String reason, String detail) {}
