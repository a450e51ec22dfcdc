package org.gongkai.requests;

import java.util.Set;

/** Console list filters; {@code units} is always limited to what the staff member may see. */
public record RequestFilter(Set<String> units, Status status, Integer year, int limit, int offset) {}
