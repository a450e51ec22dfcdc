package org.gongkai.org;

import java.time.LocalDate;

/** A name a unit had until a date (exclusive: the day its next name took effect). */
public record FormerName(String name, LocalDate until) {}
