package org.gongkai.requests.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.requests.OpenCaseTransfer;
import org.gongkai.requests.Status;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOpenCaseTransfer implements OpenCaseTransfer {

    private final NamedParameterJdbcTemplate named;

    JdbcOpenCaseTransfer(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    @Override
    public int moveOpen(String fromUnit, String intoUnit) {
        Set<String> open = Status.OPEN.stream().map(Enum::name).collect(Collectors.toSet());
        return named.update(
                "update disclosure_request set unit_code = :into where unit_code = :from and status in (:open)",
                new MapSqlParameterSource("into", intoUnit)
                        .addValue("from", fromUnit)
                        .addValue("open", open));
    }

    @Override
    public int moveOpen(String fromUnit, Collection<String> trackingCodes, String intoUnit) {
        if (trackingCodes.isEmpty()) {
            return 0;
        }
        return named.update(
                "update disclosure_request set unit_code = :into where unit_code = :from and status in (:open)"
                        + " and tracking_code in (:codes)",
                new MapSqlParameterSource("into", intoUnit)
                        .addValue("from", fromUnit)
                        .addValue("codes", trackingCodes)
                        .addValue("open", Status.OPEN.stream().map(Enum::name).collect(Collectors.toSet())));
    }

    @Override
    public List<String> openCases(Set<String> units) {
        return named.queryForList(
                "select tracking_code from disclosure_request where unit_code in (:units) and status in (:open)"
                        + " order by id",
                new MapSqlParameterSource("units", units.isEmpty() ? Set.of("") : units)
                        .addValue("open", Status.OPEN.stream().map(Enum::name).collect(Collectors.toSet())),
                String.class);
    }

    @Override
    public Map<String, Long> countByUnit(Set<String> units, Status status) {
        Map<String, Long> out = new LinkedHashMap<>();
        named.query(
                "select unit_code, count(*) n from disclosure_request where unit_code in (:units) and status = :status"
                        + " group by unit_code order by unit_code",
                new MapSqlParameterSource("units", units.isEmpty() ? Set.of("") : units)
                        .addValue("status", status.name()),
                rs -> {
                    out.put(rs.getString("unit_code"), rs.getLong("n"));
                });
        return out;
    }
}
