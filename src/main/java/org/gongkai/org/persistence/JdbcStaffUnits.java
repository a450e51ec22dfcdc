package org.gongkai.org.persistence;

import java.util.LinkedHashSet;
import java.util.Set;
import org.gongkai.org.StaffUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStaffUnits implements StaffUnits {

    private final JdbcClient jdbc;

    JdbcStaffUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> extraUnits(String username) {
        return new LinkedHashSet<>(jdbc.sql("select unit_code from staff_unit where username = ? order by unit_code")
                .param(username)
                .query(String.class)
                .list());
    }

    @Override
    public boolean grant(String username, String unitCode, String by) {
        return jdbc.sql(
                                "insert into staff_unit (username, unit_code, granted_by) values (?, ?, ?) on conflict do nothing")
                        .params(username, unitCode, by)
                        .update()
                == 1;
    }

    @Override
    public boolean revoke(String username, String unitCode) {
        return jdbc.sql("delete from staff_unit where username = ? and unit_code = ?")
                        .params(username, unitCode)
                        .update()
                == 1;
    }
}
