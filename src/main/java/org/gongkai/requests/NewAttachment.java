package org.gongkai.requests;

/** An uploaded file, before its type is checked by content. */
public record NewAttachment(String filename, byte[] content) {}
