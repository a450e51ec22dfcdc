package org.gongkai.platform.db;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform's database for command-line tools: GONGKAI_DB_URL when set, else the embedded one in the data dir. */
public final class Databases {

    private Databases() {}

    /**
     * The external database when {@code url} is given (the command's settings: GONGKAI_DB_URL, _USER, _PASSWORD),
     * else the embedded one; fails (IllegalStateException) when the embedded database is in use by a running server.
     */
    public static DataSource forCommandLine(Path dataDir, String url, String user, String password) {
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        return EmbeddedDatabase.start(dataDir, EmbeddedDatabase.Options.production())
                .dataSource();
    }

    public static boolean hasTable(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from information_schema.tables where table_schema = current_schema() "
                                + "and table_name = ?")
                        .param(table)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
