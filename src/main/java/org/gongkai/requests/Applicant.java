package org.gongkai.requests;

/**
 * The applicant as given on the form. People give an ID type and number; organisations give their name and
 * 统一社会信用代码 (and a contact person's name in {@code name}).
 */
public record Applicant(
        ApplicantType type,
        String name,
        String idType,
        String idNumber,
        String orgName,
        String creditCode,
        String phone,
        String email,
        String address) {

    /** The name the letters are addressed to. */
    public String addressee() {
        return type.isOrganisation() && orgName != null && !orgName.isBlank() ? orgName : name;
    }

    /** A stable key for "the same applicant" (fees by count per applicant per month). */
    public String identityKey() {
        return type.isOrganisation() ? "org:" + creditCode : idType + ":" + idNumber;
    }
}
