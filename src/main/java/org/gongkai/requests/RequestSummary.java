package org.gongkai.requests;

import java.time.LocalDate;

/** One line of the console list or the deadlines view. */
public record RequestSummary(
        long id,
        String trackingCode,
        String unitCode,
        Channel channel,
        ApplicantType applicantType,
        String applicantName,
        String idNumber,
        String phone,
        String description,
        Status status,
        LocalDate receiptDate,
        LocalDate dueDate,
        Integer calendarMissingYear,
        LocalDate replyDate,
        Outcome outcome) {

    /** The same line with ID number and phone masked, for staff outside the handling unit. */
    public RequestSummary masked() {
        return new RequestSummary(
                id,
                trackingCode,
                unitCode,
                channel,
                applicantType,
                applicantName,
                IdNumbers.maskId(idNumber),
                IdNumbers.maskPhone(phone),
                description,
                status,
                receiptDate,
                dueDate,
                calendarMissingYear,
                replyDate,
                outcome);
    }
}
