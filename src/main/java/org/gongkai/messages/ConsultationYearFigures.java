package org.gongkai.messages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.annualreport.YearFigures;
import org.gongkai.messages.ConsultationRepository.YearCounts;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Section 1's consultation figures of a government's year: consultations and surveys held, comments received. */
@Component
class ConsultationYearFigures implements YearFigures {

    private final ConsultationRepository repo;
    private final UnitDirectory units;

    ConsultationYearFigures(ConsultationRepository repo, UnitDirectory units) {
        this.repo = repo;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(String governmentCode, int year) {
        Set<String> inside =
                units.subtree(governmentCode).stream().map(Unit::code).collect(Collectors.toSet());
        YearCounts now = repo.counts(inside, year);
        YearCounts before = repo.counts(inside, year - 1);
        boolean hadBefore = before.consultations() > 0;
        return List.of(
                new Figure(
                        "consultations",
                        "consultations.held",
                        now.consultations(),
                        hadBefore ? before.consultations() : null),
                new Figure(
                        "consultations", "consultations.surveys", now.surveys(), hadBefore ? before.surveys() : null),
                new Figure(
                        "consultations",
                        "consultations.comments",
                        now.comments(),
                        hadBefore ? before.comments() : null),
                new Figure(
                        "consultations",
                        "consultations.feedback",
                        now.feedbackPublished(),
                        hadBefore ? before.feedbackPublished() : null));
    }
}
