package org.gongkai.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.annualreport.YearFigures;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 1's figures from the voice records: responses to public concerns, press conferences, online interviews
 * and leaders' explanations; the year's catalogue of major decisions; and the hotline and service-website figures
 * imported from those systems. Last year's value is null when nothing of that kind was recorded for it.
 */
@Service
@Transactional(readOnly = true)
class VoiceFigures implements YearFigures {

    private final VoiceRepository repo;
    private final UnitDirectory units;

    VoiceFigures(VoiceRepository repo, UnitDirectory units) {
        this.repo = repo;
        this.units = units;
    }

    @Override
    public List<Figure> figures(String governmentCode, int year) {
        List<String> codes =
                units.subtree(governmentCode).stream().map(Unit::code).toList();
        List<Figure> out = new ArrayList<>();
        Map<ResponseKind, Long> now = repo.responseCounts(codes, year);
        Map<ResponseKind, Long> before = repo.responseCounts(codes, year - 1);
        for (ResponseKind kind : ResponseKind.values()) {
            if (now.containsKey(kind) || before.containsKey(kind)) {
                out.add(new Figure(
                        "responses",
                        kind.figureKey(),
                        now.getOrDefault(kind, 0L),
                        before.isEmpty() ? null : before.getOrDefault(kind, 0L)));
            }
        }
        long[] decisions = decisions(codes, year);
        long[] lastDecisions = decisions(codes, year - 1);
        if (decisions[0] > 0) {
            boolean known = lastDecisions[0] > 0;
            out.add(new Figure("decisions", "decisions", decisions[0], known ? lastDecisions[0] : null));
            out.add(new Figure("decisions", "decisions-consulted", decisions[1], known ? lastDecisions[1] : null));
        }
        Optional<ServiceFigures> service = repo.figureTotals(codes, year);
        Optional<ServiceFigures> lastService = repo.figureTotals(codes, year - 1);
        service.ifPresent(s -> {
            out.add(new Figure(
                    "hotline",
                    "hotline-calls",
                    s.hotlineCalls(),
                    lastService.map(ServiceFigures::hotlineCalls).orElse(null)));
            // a rate, in hundredths of a percent; its change on last year is not a percentage of a count
            out.add(new Figure(
                    "hotline",
                    "hotline-satisfaction",
                    s.hotlineSatisfaction().movePointRight(2).longValue(),
                    null));
            out.add(new Figure(
                    "hotline",
                    "service-items-online",
                    s.itemsOnline(),
                    lastService.map(ServiceFigures::itemsOnline).orElse(null)));
            out.add(new Figure(
                    "hotline",
                    "service-handled-online",
                    s.handledOnline(),
                    lastService.map(ServiceFigures::handledOnline).orElse(null)));
        });
        return out;
    }

    /** Decisions in the year's catalogue, and how many of them were put out for consultation. */
    private long[] decisions(List<String> codes, int year) {
        long all = 0;
        long consulted = 0;
        for (MajorDecision d : repo.decisions(year)) {
            if (codes.contains(d.unitCode())) {
                all++;
                if (d.step(DecisionStage.CONSULTATION).isPresent()) {
                    consulted++;
                }
            }
        }
        return new long[] {all, consulted};
    }
}
