package org.gongkai.supervision;

import java.util.List;

/** A year's scheme as the office enters it (numbers as typed, so that a bad one is named). */
public record SchemeForm(String baseScore, List<IndicatorForm> indicators) {

    public record IndicatorForm(String code, String label, String kind, String source, String points, String cap) {}
}
