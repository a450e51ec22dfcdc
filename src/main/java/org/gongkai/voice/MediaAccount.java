package org.gongkai.voice;

import java.time.LocalDate;
import java.util.List;

/**
 * A government new-media account (政务新媒体: 微信公众号, 微博, 抖音 …) with its filing (备案), status, closure and
 * the checks (校审) made of it; {@code lastUpdateOn} is the date of its latest post as last checked.
 */
public record MediaAccount(
        Long id,
        String unitCode,
        String platform,
        String name,
        LocalDate filedOn,
        AccountStatus status,
        LocalDate closedOn,
        String closureReason,
        LocalDate lastUpdateOn,
        List<Check> checks) {

    /** One check (校审) of the account: when, whether it passed, what was found, by whom. */
    public record Check(LocalDate checkedOn, boolean passed, String note, String checkedBy) {}

    public boolean operating() {
        return status == AccountStatus.OPERATING;
    }
}
