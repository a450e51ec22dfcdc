package org.gongkai.supervision;

import java.time.LocalDate;
import java.util.List;

/** A notice (通报) of findings across units, numbered per government and year, issued to the units or published. */
public record Notice(
        long id,
        String governmentCode,
        int year,
        int seq,
        String number,
        String title,
        String body,
        LocalDate issuedOn,
        String issuedBy,
        boolean published,
        List<Long> findingIds) {}
