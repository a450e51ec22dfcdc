package org.gongkai.fees;

/**
 * The fee for one application, computed one way only.
 *
 * @param method      by count or by pages, never both
 * @param quantity    for BY_COUNT the application's ordinal in the applicant's month (1 = first); for BY_PAGES
 *                    its pages
 * @param grossYuan   the fee under the standard
 * @param reliefYuan  how much a configured waiver or reduction takes off (0 when none applies)
 * @param netYuan     what the applicant is asked to pay
 * @param basis       the measure the fee rests on
 * @param reliefBasis the configured ground for the relief; empty when none applies
 */
public record FeeQuote(
        FeeMethod method,
        int quantity,
        long grossYuan,
        long reliefYuan,
        long netYuan,
        String basis,
        String reliefBasis) {

    public boolean payable() {
        return netYuan > 0;
    }
}
