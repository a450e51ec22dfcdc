package org.gongkai.voice;

/** A public reading point (政府信息公开查阅点): where people read government information in person. */
public record ReadingPoint(
        Long id, String unitCode, String name, String address, String hours, String phone, String materials) {}
