package org.gongkai.requests;

import java.io.Serializable;

/**
 * What the applicant is told after submitting: the tracking code, the secret (shown once) and the state. Serializable:
 * the portal carries it to the confirmation page as a flash attribute in the shared session store, which drops it
 * when that page is shown.
 */
public record Submitted(long id, String trackingCode, String secret, Status status) implements Serializable {}
