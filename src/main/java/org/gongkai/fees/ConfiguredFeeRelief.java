package org.gongkai.fees;

import java.util.Set;

/**
 * Relief from configuration: applicant types whose fees are waived, a percentage reduction, and an amount up to
 * which a fee is waived as trivial. All off by default. Plain Java.
 *
 * @param waivedApplicantTypes applicant column keys whose fees are waived entirely
 * @param reductionPercent     0–100, taken off every other fee
 * @param waiveUpToYuan        fees up to this amount are waived
 * @param basis                the ground stated on the fee notice when relief applies
 */
public record ConfiguredFeeRelief(
        Set<String> waivedApplicantTypes, int reductionPercent, long waiveUpToYuan, String basis) implements FeeRelief {

    public ConfiguredFeeRelief {
        waivedApplicantTypes = waivedApplicantTypes == null ? Set.of() : Set.copyOf(waivedApplicantTypes);
        if (reductionPercent < 0 || reductionPercent > 100) {
            throw new IllegalArgumentException("gongkai.fees.reduction-percent must be 0..100: " + reductionPercent);
        }
        if (waiveUpToYuan < 0) {
            throw new IllegalArgumentException("gongkai.fees.waive-up-to-yuan must not be negative: " + waiveUpToYuan);
        }
        basis = basis == null ? "" : basis.strip();
    }

    public boolean none() {
        return waivedApplicantTypes.isEmpty() && reductionPercent == 0 && waiveUpToYuan == 0;
    }

    @Override
    public Relief assess(long gross, String applicantType) {
        if (applicantType != null && waivedApplicantTypes.contains(applicantType)) {
            return new Relief(gross, basis);
        }
        if (gross <= waiveUpToYuan) {
            return new Relief(gross, basis);
        }
        long off = gross * reductionPercent / 100;
        return off == 0 ? Relief.NONE : new Relief(off, basis);
    }
}
