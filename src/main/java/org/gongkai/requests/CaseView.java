package org.gongkai.requests;

import java.util.List;

/** A case as staff see it: the case, its history, letters and files, and whether personal data is shown. */
public record CaseView(
        DisclosureRequest request,
        List<RequestEvent> history,
        List<Letter> letters,
        List<StoredAttachment> attachments,
        boolean personalDataShown) {

    public String idNumber() {
        String n = request.intake().applicant().type().isOrganisation()
                ? request.intake().applicant().creditCode()
                : request.intake().applicant().idNumber();
        return personalDataShown ? n : IdNumbers.maskId(n);
    }

    public String phone() {
        String p = request.intake().applicant().phone();
        return personalDataShown ? p : IdNumbers.maskPhone(p);
    }
}
