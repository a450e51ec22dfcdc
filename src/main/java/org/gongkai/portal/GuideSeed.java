package org.gongkai.portal;

import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, every government without a guide or rules page gets the built-in text as version 1. */
@Component
@Order(20)
class GuideSeed implements ApplicationRunner {

    private final GuideContent content;
    private final UnitDirectory units;

    GuideSeed(GuideContent content, UnitDirectory units) {
        this.content = content;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        units.all().stream().filter(Unit::isRoot).map(Unit::code).forEach(content::seed);
    }
}
