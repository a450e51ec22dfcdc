package org.gongkai.messages;

import java.util.List;

/** A single-choice question of a survey, with its options in order. */
public record SurveyQuestion(Long id, int position, String text, List<String> options) {}
