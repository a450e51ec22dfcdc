package org.gongkai.fees;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gongkai.fees.*}: the waiver and reduction cases, which the measures leave to configuration here. None
 * by default.
 */
@ConfigurationProperties("gongkai.fees")
public record FeeProperties(
        Set<String> waivedApplicantTypes, Integer reductionPercent, Long waiveUpToYuan, String reliefBasis) {

    public FeeRelief relief() {
        ConfiguredFeeRelief r = new ConfiguredFeeRelief(
                waivedApplicantTypes,
                reductionPercent == null ? 0 : reductionPercent,
                waiveUpToYuan == null ? 0 : waiveUpToYuan,
                reliefBasis);
        return r.none() ? FeeRelief.NONE : r;
    }
}
