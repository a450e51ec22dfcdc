package org.gongkai.requests;

import java.time.LocalDate;

/**
 * A reply submitted for a reviewer's approval before it is sent: the outcome, provision, letter text and reasons
 * as the handler submitted them, and the reviewer's decision (who, when, why).
 */
public record ReplyReview(
        Outcome outcome,
        Article article,
        String body,
        String reason,
        String submittedBy,
        LocalDate submittedOn,
        Decision decision,
        String decidedBy,
        LocalDate decidedOn,
        String note) {

    /** Where the review stands. */
    public enum Decision {
        PENDING,
        APPROVED,
        RETURNED
    }

    static ReplyReview submitted(Outcome outcome, Article article, String body, String reason, Act act) {
        return new ReplyReview(
                outcome, article, body, reason, act.actor(), act.on(), Decision.PENDING, null, null, null);
    }

    ReplyReview decided(Decision d, Act act) {
        return new ReplyReview(
                outcome, article, body, reason, submittedBy, submittedOn, d, act.actor(), act.on(), act.reason());
    }

    public boolean approved() {
        return decision == Decision.APPROVED;
    }

    public boolean returned() {
        return decision == Decision.RETURNED;
    }

    public boolean pending() {
        return decision == Decision.PENDING;
    }

    /** Approved for exactly this outcome and provision. */
    public boolean approves(Outcome o, Article a) {
        return decision == Decision.APPROVED && outcome == o && article == a;
    }

    /** The letter text and reasons are the ones the reviewer approved (blank and missing count as the same). */
    public boolean sameText(String otherBody, String otherReason) {
        return norm(body).equals(norm(otherBody)) && norm(reason).equals(norm(otherReason));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replace("\r\n", "\n");
    }
}
