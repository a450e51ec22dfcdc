package org.gongkai.platform.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The application's tables, as the database lists them (no module's table is named here). */
final class Schema {

    private Schema() {}

    /** Every ordinary table of the connection's schema, by name. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select c.relname from pg_class c "
                        + "join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = current_schema() and c.relkind = 'r' order by c.relname")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
