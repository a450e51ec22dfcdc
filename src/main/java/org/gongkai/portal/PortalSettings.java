package org.gongkai.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own settings: {@code gongkai.portal.emblem} is the address of the government's emblem image shown
 * in the header (e.g. {@code /images/emblem.png} served from a static folder, or an absolute https address); empty
 * shows the name alone.
 */
@ConfigurationProperties("gongkai.portal")
public record PortalSettings(String emblem) {

    public PortalSettings {
        emblem = emblem == null || emblem.isBlank() ? null : emblem.strip();
    }
}
