package org.gongkai.portal.web;

import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.portal.PortalSettings;
import org.springframework.stereotype.Component;

/**
 * What every portal page's header shows, read by the layout as {@code ${@portalSite}}: the government's name (the
 * root unit of the tree) and its emblem image, whichever module's controller rendered the page.
 */
@Component("portalSite")
public class PortalSite {

    private final UnitDirectory units;
    private final PortalSettings settings;

    PortalSite(UnitDirectory units, PortalSettings settings) {
        this.units = units;
        this.settings = settings;
    }

    /** The government's name, or empty before the first setup. */
    public String governmentName() {
        return units.all().stream()
                .filter(Unit::isRoot)
                .map(Unit::name)
                .findFirst()
                .orElse("");
    }

    /** The emblem image's address, or null for none. */
    public String emblem() {
        return settings.emblem();
    }
}
