package org.gongkai.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that protect the platform and its users ({@code gongkai.limits.*}).
 *
 * @param intakePerAddress public submissions (intake API, portal form) one address may make per window
 * @param intakeWindow     that window
 * @param freeFailures     wrong passwords or tracking secrets from one address for one account or code before
 *                         waits start (1 s, then doubling)
 * @param maxWait          the longest wait one failure imposes
 * @param addressFailures  failures one address may make across all accounts or codes before it waits too
 * @param forgetAfter      failures are forgotten after this quiet time
 * @param liveRenderings   reports rendered from live data (PDF, Word) at once; beyond that 503
 * @param renderQueueWait  how long a rendering request waits for a free slot before 503
 * @param jsonBody         the largest JSON request body (413 beyond)
 * @param interpretationMedia the largest image, video or sound file of a policy interpretation (400 beyond; the
 *                         servlet's multipart limit, {@code spring.servlet.multipart.max-file-size}, must allow it)
 */
@ConfigurationProperties("gongkai.limits")
public record LimitProperties(
        Integer intakePerAddress,
        Duration intakeWindow,
        Integer freeFailures,
        Duration maxWait,
        Integer addressFailures,
        Duration forgetAfter,
        Integer liveRenderings,
        Duration renderQueueWait,
        DataSize jsonBody,
        DataSize interpretationMedia) {

    public LimitProperties {
        intakePerAddress = intakePerAddress == null ? 20 : intakePerAddress;
        intakeWindow = intakeWindow == null ? Duration.ofMinutes(10) : intakeWindow;
        freeFailures = freeFailures == null ? 3 : freeFailures;
        maxWait = maxWait == null ? Duration.ofMinutes(5) : maxWait;
        addressFailures = addressFailures == null ? 30 : addressFailures;
        forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        liveRenderings = liveRenderings == null ? 2 : liveRenderings;
        renderQueueWait = renderQueueWait == null ? Duration.ofSeconds(1) : renderQueueWait;
        jsonBody = jsonBody == null ? DataSize.ofMegabytes(1) : jsonBody;
        interpretationMedia = interpretationMedia == null ? DataSize.ofMegabytes(20) : interpretationMedia;
    }
}
