package org.gongkai.voice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the voice module keeps its registries, responses, decisions and imported figures. */
public interface VoiceRepository {

    long addReadingPoint(ReadingPoint point, String by, Instant at);

    List<ReadingPoint> readingPoints();

    long addAccount(MediaAccount account, String by, Instant at);

    Optional<MediaAccount> account(long id);

    List<MediaAccount> accounts();

    void closeAccount(MediaAccount closed);

    void addCheck(long accountId, MediaAccount.Check check, java.time.LocalDate lastUpdateOn);

    /** The next version number of a unit's powers list (1 for the first). */
    int nextPowerListVersion(String unitCode);

    long addPowerList(PowerListVersion version, String by, Instant at);

    /** Every version, by unit, newest first. */
    List<PowerListVersion> powerLists();

    long addResponse(PublicResponse response, String by, Instant at);

    Optional<PublicResponse> response(long id);

    /** Responses of a year (all years when null), newest first. */
    List<PublicResponse> responses(Integer year);

    long addDecision(MajorDecision decision, String by, Instant at);

    Optional<MajorDecision> decision(long id);

    void addStep(long decisionId, MajorDecision.Step step, String by);

    /** Decisions of a year (all when null) with their steps. */
    List<MajorDecision> decisions(Integer year);

    /** Replaces the figures of each unit-year given. */
    void replaceFigures(List<ServiceFigures> figures, String by, Instant at);

    List<ServiceFigures> figures(Integer year);

    /** Responses per kind in a year over these units. */
    Map<ResponseKind, Long> responseCounts(Collection<String> unitCodes, int year);

    /** The figures of these units in a year added up; empty when none was imported. */
    Optional<ServiceFigures> figureTotals(Collection<String> unitCodes, int year);
}
