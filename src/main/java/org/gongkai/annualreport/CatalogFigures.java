package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalog.CatalogStatistics;
import org.gongkai.catalog.CatalogStatistics.InterpretationCount;
import org.gongkai.catalog.InterpretationForm;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Service;

/**
 * Section 1's figures from the catalogue (asked through {@link CatalogStatistics}, as section 2 is): the items
 * published proactively in the year, and the interpretations published by form with the documents explained.
 * Implemented here rather than in the catalogue, which the annual report already depends on.
 */
@Service
class CatalogFigures implements YearFigures {

    private final CatalogStatistics catalog;
    private final UnitDirectory units;

    CatalogFigures(CatalogStatistics catalog, UnitDirectory units) {
        this.catalog = catalog;
        this.units = units;
    }

    @Override
    public List<Figure> figures(String governmentCode, int year) {
        List<String> codes =
                units.subtree(governmentCode).stream().map(Unit::code).toList();
        List<Figure> out = new ArrayList<>();
        long published = published(codes, year);
        long before = published(codes, year - 1);
        out.add(new Figure("proactive", "proactive-total", published, before == 0 ? null : before));
        InterpretationCount now = InterpretationCount.sum(governmentCode, catalog.interpretations(codes, year));
        InterpretationCount last = InterpretationCount.sum(governmentCode, catalog.interpretations(codes, year - 1));
        boolean known = last.total() > 0 || last.documents() > 0;
        out.add(new Figure("interpretations", "interpretations-total", now.total(), known ? last.total() : null));
        for (InterpretationForm form : InterpretationForm.values()) {
            if (now.of(form) > 0 || last.of(form) > 0) {
                out.add(new Figure(
                        "interpretations",
                        "interpretation-" + form.name().toLowerCase(java.util.Locale.ROOT),
                        now.of(form),
                        known ? last.of(form) : null));
            }
        }
        if (now.documents() > 0) {
            out.add(new Figure(
                    "interpretations", "interpretations-explained", now.explained(), known ? last.explained() : null));
        }
        return out;
    }

    private long published(List<String> codes, int year) {
        return catalog.published(codes, year).stream()
                .mapToLong(CatalogStatistics.PublishedCount::count)
                .sum();
    }
}
