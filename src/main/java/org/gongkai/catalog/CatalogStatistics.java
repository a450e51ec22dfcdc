package org.gongkai.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for section 2 of the annual report (主动公开政府信息情况), computed from the catalogue. Withdrawn items
 * are not counted; the reporting body passes the unit codes its report covers (a government: its whole subtree).
 */
public interface CatalogStatistics {

    /** Items published in a year, per unit, Article 20 item, catalogue column and type. */
    List<PublishedCount> published(Collection<String> unitCodes, int year);

    /** The register of regulations (规章) and normative documents (规范性文件) for a year. */
    NormativeRegister normativeDocuments(Collection<String> unitCodes, int year);

    /**
     * Per unit: the interpretations published in the year by form, and of the documents needing one (regulations,
     * normative documents, policies) published in the year, how many have a published interpretation.
     */
    List<InterpretationCount> interpretations(Collection<String> unitCodes, int year);

    /** One unit's interpretations of a year; {@link #ratePercent} is explained / documents, one decimal. */
    record InterpretationCount(String unitCode, Map<InterpretationForm, Long> byForm, long documents, long explained) {

        public long total() {
            return byForm.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(InterpretationForm form) {
            return byForm.getOrDefault(form, 0L);
        }

        /** The interpretation rate in percent with one decimal, or null when no document needed one. */
        public java.math.BigDecimal ratePercent() {
            return documents == 0 ? null : java.math.BigDecimal.valueOf(explained * 1000L / documents, 1);
        }

        /** The counts of several units added up. */
        public static InterpretationCount sum(String label, Collection<InterpretationCount> counts) {
            Map<InterpretationForm, Long> forms = new java.util.EnumMap<>(InterpretationForm.class);
            long documents = 0;
            long explained = 0;
            for (InterpretationCount c : counts) {
                c.byForm().forEach((f, n) -> forms.merge(f, n, Long::sum));
                documents += c.documents();
                explained += c.explained();
            }
            return new InterpretationCount(label, forms, documents, explained);
        }
    }

    record PublishedCount(String unitCode, int article20Item, String column, DocumentType type, long count) {}

    /** Both kinds of the register for one year. */
    record NormativeRegister(int year, RegisterCounts regulations, RegisterCounts normativeDocuments) {}

    /**
     * Counts for one kind of document in one year.
     *
     * @param made           written (制作/制发) in the year
     * @param published      published in the year
     * @param totalPublished published up to the end of the year (对外公开总数量)
     * @param repealed       repealed (废止) in the year
     * @param expired        expired (失效) in the year
     * @param inForce        in force on 31 December (现行有效)
     */
    record RegisterCounts(long made, long published, long totalPublished, long repealed, long expired, long inForce) {

        /** The 2019 format's cells: {@code new_made}, {@code new_published}, {@code total_published}. */
        public Map<String, Long> format2019() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("new_made", made);
            m.put("new_published", published);
            m.put("total_published", totalPublished);
            return m;
        }

        /**
         * The 2021 format's cells: {@code made}, {@code repealed}, {@code in_force}. 本年废止件数 counts documents
         * repealed or expired in the year — both stop being in force, so that last year's in-force count plus made
         * minus repealed gives this year's.
         */
        public Map<String, Long> format2021() {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("made", made);
            m.put("repealed", repealed + expired);
            m.put("in_force", inForce);
            return m;
        }
    }
}
