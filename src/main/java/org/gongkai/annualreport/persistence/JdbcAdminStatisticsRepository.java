package org.gongkai.annualreport.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.annualreport.AdminStatistics;
import org.gongkai.annualreport.AdminStatisticsRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAdminStatisticsRepository implements AdminStatisticsRepository {

    private static final String FIGURES = "licensing_items, licensing_decisions, other_services_items, "
            + "other_services_decisions, penalty_items, penalty_decisions, coercion_items, coercion_decisions, "
            + "fee_items, fee_amount_10k_yuan, procurement_projects, procurement_10k_yuan";
    private final JdbcClient jdbc;

    JdbcAdminStatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AdminStatistics> find(String unitCode, int year) {
        return jdbc.sql("select unit_code, year, " + FIGURES
                        + " from admin_statistics where unit_code = ? and year = ?")
                .params(unitCode, year)
                .query(JdbcAdminStatisticsRepository::map)
                .optional();
    }

    @Override
    public List<AdminStatistics> forUnits(Collection<String> unitCodes, int year) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select unit_code, year, " + FIGURES + " from admin_statistics "
                        + "where unit_code in (:units) and year = :year order by unit_code")
                .param("units", unitCodes)
                .param("year", year)
                .query(JdbcAdminStatisticsRepository::map)
                .list();
    }

    @Override
    public void save(AdminStatistics s, String actor) {
        jdbc.sql("insert into admin_statistics (unit_code, year, " + FIGURES + ", updated_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (unit_code, year) do update set "
                        + "licensing_items = excluded.licensing_items, licensing_decisions = excluded.licensing_decisions, "
                        + "other_services_items = excluded.other_services_items, "
                        + "other_services_decisions = excluded.other_services_decisions, "
                        + "penalty_items = excluded.penalty_items, penalty_decisions = excluded.penalty_decisions, "
                        + "coercion_items = excluded.coercion_items, coercion_decisions = excluded.coercion_decisions, "
                        + "fee_items = excluded.fee_items, fee_amount_10k_yuan = excluded.fee_amount_10k_yuan, "
                        + "procurement_projects = excluded.procurement_projects, "
                        + "procurement_10k_yuan = excluded.procurement_10k_yuan, "
                        + "updated_by = excluded.updated_by, updated_at = now()")
                .params(
                        s.unitCode(),
                        s.year(),
                        s.licensingItems(),
                        s.licensingDecisions(),
                        s.otherServicesItems(),
                        s.otherServicesDecisions(),
                        s.penaltyItems(),
                        s.penaltyDecisions(),
                        s.coercionItems(),
                        s.coercionDecisions(),
                        s.feeItems(),
                        s.feeAmount10k(),
                        s.procurementProjects(),
                        s.procurement10k(),
                        actor)
                .update();
    }

    private static AdminStatistics map(ResultSet rs, int row) throws SQLException {
        return new AdminStatistics(
                rs.getString("unit_code"),
                rs.getInt("year"),
                rs.getLong("licensing_items"),
                rs.getLong("licensing_decisions"),
                rs.getLong("other_services_items"),
                rs.getLong("other_services_decisions"),
                rs.getLong("penalty_items"),
                rs.getLong("penalty_decisions"),
                rs.getLong("coercion_items"),
                rs.getLong("coercion_decisions"),
                rs.getLong("fee_items"),
                rs.getBigDecimal("fee_amount_10k_yuan").stripTrailingZeros(),
                rs.getLong("procurement_projects"),
                rs.getBigDecimal("procurement_10k_yuan").stripTrailingZeros());
    }
}
