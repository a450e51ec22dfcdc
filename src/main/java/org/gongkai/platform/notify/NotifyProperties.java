package org.gongkai.platform.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code gongkai.notify.*}, e.g. {@code GONGKAI_NOTIFY_MAIL_FROM}): the sender address,
 * how often a failed notification is tried, and the first wait between tries (doubled each time).
 */
@ConfigurationProperties("gongkai.notify")
public record NotifyProperties(
        @DefaultValue("noreply@localhost") String mailFrom,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry) {}
