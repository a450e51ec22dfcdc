package org.gongkai.requests;

/** What the applicant is told after submitting: the tracking code, the secret (shown once) and the state. */
public record Submitted(long id, String trackingCode, String secret, Status status) {}
