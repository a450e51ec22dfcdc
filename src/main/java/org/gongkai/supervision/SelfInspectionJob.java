package org.gongkai.supervision;

import org.gongkai.platform.China;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the self-inspection of every government each night at 01:30 (Beijing time). */
@Component
class SelfInspectionJob {

    static final String SYSTEM = "system";
    private final SelfInspection inspection;

    SelfInspectionJob(SelfInspection inspection) {
        this.inspection = inspection;
    }

    @Scheduled(cron = "0 30 1 * * *", zone = China.ZONE_ID)
    void daily() {
        inspection.runAll(SYSTEM);
    }
}
