package org.gongkai.annualreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored state of one unit-year report: status, the staff-written text of sections 1, 5 and 6, the reviewer's
 * comment, and the figures frozen at submission (the contract JSON) that approval and publication refer to. Only
 * {@link ReportSignOff} moves it from state to state (its withers are package-private and check nothing).
 */
public record ReportRecord(
        long id,
        String unitCode,
        int year,
        ReportStatus status,
        String overview,
        String problems,
        String otherMatters,
        String comment,
        String frozenJson,
        String submittedBy,
        Instant submittedAt,
        String approvedBy,
        Instant approvedAt,
        String publishedBy,
        LocalDate publishedOn,
        int version) {

    public static ReportRecord fresh(String unitCode, int year) {
        return new ReportRecord(
                0,
                unitCode,
                year,
                ReportStatus.DRAFT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    ReportRecord withTexts(String overview, String problems, String otherMatters) {
        return new ReportRecord(
                id,
                unitCode,
                year,
                status,
                overview,
                problems,
                otherMatters,
                comment,
                frozenJson,
                submittedBy,
                submittedAt,
                approvedBy,
                approvedAt,
                publishedBy,
                publishedOn,
                version);
    }

    ReportRecord submitted(String json, String by, Instant at) {
        return new ReportRecord(
                id,
                unitCode,
                year,
                ReportStatus.SUBMITTED,
                overview,
                problems,
                otherMatters,
                comment,
                json,
                by,
                at,
                null,
                null,
                null,
                null,
                version);
    }

    ReportRecord returned(String reviewerComment) {
        return new ReportRecord(
                id,
                unitCode,
                year,
                ReportStatus.RETURNED,
                overview,
                problems,
                otherMatters,
                reviewerComment,
                null,
                submittedBy,
                submittedAt,
                null,
                null,
                null,
                null,
                version);
    }

    ReportRecord approved(String by, Instant at) {
        return new ReportRecord(
                id,
                unitCode,
                year,
                ReportStatus.APPROVED,
                overview,
                problems,
                otherMatters,
                comment,
                frozenJson,
                submittedBy,
                submittedAt,
                by,
                at,
                null,
                null,
                version);
    }

    ReportRecord published(String by, LocalDate on) {
        return new ReportRecord(
                id,
                unitCode,
                year,
                ReportStatus.PUBLISHED,
                overview,
                problems,
                otherMatters,
                comment,
                frozenJson,
                submittedBy,
                submittedAt,
                approvedBy,
                approvedAt,
                by,
                on,
                version);
    }

    ReportRecord reopened() {
        return new ReportRecord(
                id,
                unitCode,
                year,
                ReportStatus.DRAFT,
                overview,
                problems,
                otherMatters,
                comment,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                version);
    }
}
