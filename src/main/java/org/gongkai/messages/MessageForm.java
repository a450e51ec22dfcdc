package org.gongkai.messages;

/** A message as the sender typed it (portal form or API body), before it is checked. */
public record MessageForm(
        String unitCode,
        String name,
        String phone,
        String email,
        String subject,
        String body,
        Boolean publicReplyWanted) {}
