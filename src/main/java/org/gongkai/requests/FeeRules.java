package org.gongkai.requests;

/** The information-processing fee measures (国办函〔2020〕109号) as the workflow needs them, in yuan. */
public interface FeeRules {

    /** Fee for one application of {@code pages} pages (by volume). */
    int byPages(int pages);

    /** Fee for the applicant's {@code nth} application in a natural month (by count): the marginal amount. */
    int byCountForThis(int nth);
}
