package org.gongkai.requests;

import java.time.LocalDate;

/** A numbered letter (告知书) issued on a case: the handler's edited text and the XHTML it was rendered from. */
public record Letter(
        long id,
        long requestId,
        String unitCode,
        String kind,
        String letterNo,
        LocalDate issuedOn,
        String body,
        String xhtml,
        boolean released,
        String issuedBy) {}
