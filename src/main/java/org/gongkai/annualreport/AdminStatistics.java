package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures for section 2 that live in other systems, per unit and year (条例 art. 20 (5) (6) (8) (9)): items in
 * force at year end and decisions made in the year for licensing, other services, penalty and coercion; fee
 * items and the amount collected; procurement projects and amount. Amounts in 万元.
 */
public record AdminStatistics(
        String unitCode,
        int year,
        long licensingItems,
        long licensingDecisions,
        long otherServicesItems,
        long otherServicesDecisions,
        long penaltyItems,
        long penaltyDecisions,
        long coercionItems,
        long coercionDecisions,
        long feeItems,
        BigDecimal feeAmount10k,
        long procurementProjects,
        BigDecimal procurement10k) {

    /** One figure column: its key (also the form field and the import header) and its label (also accepted as header). */
    public record Field(String key, String label) {

        /** Whether the field is an amount (decimals allowed) rather than a count. */
        public boolean isAmount() {
            return AdminStatistics.isAmount(key);
        }
    }

    /** The figure columns in import and form order. */
    public static final List<Field> FIELDS = List.of(
            new Field("licensing_items", "行政许可事项数"),
            new Field("licensing_decisions", "行政许可处理决定数"),
            new Field("other_services_items", "其他对外管理服务事项数"),
            new Field("other_services_decisions", "其他对外管理服务处理决定数"),
            new Field("penalty_items", "行政处罚事项数"),
            new Field("penalty_decisions", "行政处罚决定数"),
            new Field("coercion_items", "行政强制事项数"),
            new Field("coercion_decisions", "行政强制决定数"),
            new Field("fee_items", "行政事业性收费项目数"),
            new Field("fee_amount_10k_yuan", "行政事业性收费金额（万元）"),
            new Field("procurement_projects", "政府集中采购项目数"),
            new Field("procurement_10k_yuan", "政府集中采购总金额（万元）"));

    /** Whether the field is an amount (decimals allowed) rather than a count. */
    public static boolean isAmount(String key) {
        return key.endsWith("10k_yuan");
    }

    /** Builds a record from values in {@link #FIELDS} order (counts as whole numbers). */
    public static AdminStatistics of(String unitCode, int year, BigDecimal[] v) {
        return new AdminStatistics(
                unitCode,
                year,
                v[0].longValue(),
                v[1].longValue(),
                v[2].longValue(),
                v[3].longValue(),
                v[4].longValue(),
                v[5].longValue(),
                v[6].longValue(),
                v[7].longValue(),
                v[8].longValue(),
                v[9],
                v[10].longValue(),
                v[11]);
    }

    public static AdminStatistics empty(String unitCode, int year) {
        BigDecimal[] zeros = new BigDecimal[FIELDS.size()];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return of(unitCode, year, zeros);
    }

    /** Values in {@link #FIELDS} order. */
    public BigDecimal[] values() {
        return new BigDecimal[] {
            BigDecimal.valueOf(licensingItems),
            BigDecimal.valueOf(licensingDecisions),
            BigDecimal.valueOf(otherServicesItems),
            BigDecimal.valueOf(otherServicesDecisions),
            BigDecimal.valueOf(penaltyItems),
            BigDecimal.valueOf(penaltyDecisions),
            BigDecimal.valueOf(coercionItems),
            BigDecimal.valueOf(coercionDecisions),
            BigDecimal.valueOf(feeItems),
            feeAmount10k,
            BigDecimal.valueOf(procurementProjects),
            procurement10k
        };
    }

    /** The sum of two units' statistics (for a government's roll-up). */
    public AdminStatistics plus(AdminStatistics o) {
        BigDecimal[] a = values();
        BigDecimal[] b = o.values();
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].add(b[i]);
        }
        return of(unitCode, year, a);
    }
}
