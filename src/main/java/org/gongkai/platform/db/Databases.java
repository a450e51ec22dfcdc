package org.gongkai.platform.db;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform's database for command-line tools: GONGKAI_DB_URL when set, else the embedded one in the data dir. */
public final class Databases {

    private Databases() {}

    /** Fails (IllegalStateException) when the embedded database is in use by a running server. */
    public static DataSource forCommandLine(Path dataDir) {
        String url = System.getenv("GONGKAI_DB_URL");
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(System.getenv("GONGKAI_DB_USER"));
            ds.setPassword(System.getenv("GONGKAI_DB_PASSWORD"));
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
