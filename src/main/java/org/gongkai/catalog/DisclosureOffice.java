package org.gongkai.catalog;

/** Where and how to reach a body's disclosure office (政府信息公开工作机构), shown in the guide. */
public record DisclosureOffice(
        String unitCode,
        String name,
        String address,
        String postcode,
        String phone,
        String fax,
        String email,
        String hours) {}
