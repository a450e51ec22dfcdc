package org.gongkai.voice;

/**
 * The stages of a major administrative decision (重大行政决策程序暂行条例): the draft made public, public
 * consultation, a hearing, expert review (论证), the decision and its later evaluation (决策后评估), in this order.
 */
public enum DecisionStage {
    DRAFT_PUBLISHED,
    CONSULTATION,
    HEARING,
    EXPERT_REVIEW,
    DECISION,
    EVALUATION
}
