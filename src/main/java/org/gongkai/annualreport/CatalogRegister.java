package org.gongkai.annualreport;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.catalog.CatalogStatistics;
import org.gongkai.reportmodel.Template;
import org.springframework.stereotype.Service;

/** Section 2's art. 20 (1) rows from the catalogue's register of regulations and normative documents. */
@Service
class CatalogRegister implements NormativeRegister {

    private final CatalogStatistics catalog;

    CatalogRegister(CatalogStatistics catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<String, Map<String, Long>> rows(Collection<String> unitCodes, int year, Template template) {
        CatalogStatistics.NormativeRegister register = catalog.normativeDocuments(unitCodes, year);
        Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
        rows.put("regulations", cells(register.regulations(), template));
        rows.put("normative_documents", cells(register.normativeDocuments(), template));
        return rows;
    }

    private static Map<String, Long> cells(CatalogStatistics.RegisterCounts counts, Template template) {
        return template == Template.T2019 ? counts.format2019() : counts.format2021();
    }
}
