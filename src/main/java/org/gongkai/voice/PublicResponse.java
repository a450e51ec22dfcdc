package org.gongkai.voice;

import java.time.LocalDate;

/**
 * A response to the public: its kind, topic (title), channel (where it was published or held), date, the link to
 * the published response, the speakers (officials by office) and, for press conferences, interviews and
 * explanations, the transcript.
 */
public record PublicResponse(
        Long id,
        String unitCode,
        ResponseKind kind,
        String title,
        String channel,
        LocalDate heldOn,
        String link,
        String speakers,
        String transcript) {}
