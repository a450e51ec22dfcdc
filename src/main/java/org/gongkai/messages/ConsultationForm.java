package org.gongkai.messages;

/**
 * A consultation as staff typed it; dates as ISO text; a survey's questions one per line, the question and its
 * options separated by {@code |} (e.g. {@code 您是否支持延长开放时间？|支持|不支持|无所谓}).
 */
public record ConsultationForm(
        String unitCode,
        String kind,
        String title,
        String draftText,
        String explanation,
        String opensOn,
        String closesOn,
        String questions) {}
