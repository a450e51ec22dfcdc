package org.gongkai.fees;

/**
 * Where fees are reduced or waived. The measures' exact cases were not read in the original text, so the rule
 * is configuration ({@code gongkai.fees.*}), never code; the default takes nothing off.
 */
@FunctionalInterface
public interface FeeRelief {

    FeeRelief NONE = (gross, applicantType) -> Relief.NONE;

    /**
     * @param gross         the fee under the standard, in yuan
     * @param applicantType the applicant column key (natural_person, commercial, ...), may be null
     */
    Relief assess(long gross, String applicantType);

    /** How much to take off and on what ground. */
    record Relief(long yuan, String basis) {

        public static final Relief NONE = new Relief(0, "");

        public Relief {
            if (yuan < 0) {
                throw new IllegalArgumentException("relief cannot be negative: " + yuan);
            }
            basis = basis == null ? "" : basis;
        }
    }
}
