package org.gongkai.requests;

/** An application as submitted (portal form, API or staff registration), before validation. */
public record IntakeForm(
        String unitCode,
        String applicantType,
        String name,
        String idType,
        String idNumber,
        String orgName,
        String creditCode,
        String phone,
        String email,
        String address,
        String description,
        String channel,
        String delivery) {}
