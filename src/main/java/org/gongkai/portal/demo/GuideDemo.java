package org.gongkai.portal.demo;

import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.portal.GuideContent;
import org.springframework.stereotype.Component;

/** The demo county's guide and rules pages: the built-in text as version 1, as any government gets it. */
@Component
class GuideDemo implements DemoContributor {

    private final GuideContent content;
    private final UnitDirectory units;

    GuideDemo(GuideContent content, UnitDirectory units) {
        this.content = content;
        this.units = units;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public void seed(DemoLog log) {
        units.all().stream().filter(Unit::isRoot).map(Unit::code).forEach(content::seed);
        log.say("政府信息公开指南、制度：第 1 版已发布，可在 /console/guide 修改。");
    }
}
