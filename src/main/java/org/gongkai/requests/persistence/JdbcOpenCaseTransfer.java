package org.gongkai.requests.persistence;

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
}
