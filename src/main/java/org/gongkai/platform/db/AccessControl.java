package org.gongkai.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded database: password (scram-sha-256) for everyone, no {@code trust}; the superuser
 * has a password too; the application connects as {@link #APP_ROLE}, which owns its database {@link #APP_DATABASE}
 * but is no superuser. Data directories made by earlier versions (trust, data in database {@code postgres}) are
 * brought to this state on their first start.
 */
final class AccessControl {

    static final String APP_ROLE = "gongkai";
    static final String APP_DATABASE = "gongkai";
    static final String SUPERUSER = "postgres";
    static final String HBA = """
            # Written by Gongkai at every start: passwords (scram-sha-256) only, no trust.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private AccessControl() {}

    /** True when the directory's pg_hba.conf lets anyone in without a password (a directory of an earlier version). */
    static boolean trusting(Path pgDir) {
        Path hba = pgDir.resolve("pg_hba.conf");
        try {
            return Files.exists(hba)
                    && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                            .map(String::strip)
                            .filter(l -> !l.startsWith("#"))
                            .anyMatch(l -> l.matches(".*\\btrust\\b.*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the passwords, the application's role and database, and the password-only pg_hba.conf. */
    static void secure(Path pgDir, int port, DatabaseSecrets secrets) {
        boolean upgrade = trusting(pgDir);
        try {
            boolean moveEarlier = false;
            try (Connection c = superuser(port, "postgres", secrets).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("alter role " + SUPERUSER + " password " + literal(secrets.superuserPassword()));
                if (!exists(s, "select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                    s.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole");
                }
                s.execute("alter role " + APP_ROLE + " login nosuperuser password " + literal(secrets.appPassword()));
                if (!exists(s, "select 1 from pg_database where datname = '" + APP_DATABASE + "'")) {
                    moveEarlier = exists(
                            s,
                            "select 1 from pg_tables where schemaname = 'public' "
                                    + "and tablename = 'flyway_schema_history'");
                    if (!moveEarlier) {
                        s.execute("create database " + APP_DATABASE + " owner " + APP_ROLE + " encoding 'UTF8'");
                    }
                }
            }
            if (moveEarlier) {
                moveEarlierData(port, secrets);
            }
            try (Connection c = superuser(port, "template1", secrets).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("revoke connect on database postgres from public");
                writeHba(pgDir);
                s.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot secure the embedded database in " + pgDir, e);
        }
        if (upgrade) {
            LOG.warn("The embedded database in {} trusted local connections; it now requires passwords", pgDir);
        }
    }

    /**
     * Earlier versions kept the application's tables in database {@code postgres}, owned by the superuser: that
     * database becomes {@code gongkai}, owned (with everything in it) by the application's role.
     */
    private static void moveEarlierData(int port, DatabaseSecrets secrets) throws SQLException {
        try (Connection c = superuser(port, "template1", secrets).getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter database postgres rename to " + APP_DATABASE);
            s.execute("create database postgres");
            s.execute("alter database " + APP_DATABASE + " owner to " + APP_ROLE);
        }
        try (Connection c = superuser(port, APP_DATABASE, secrets).getConnection();
                Statement s = c.createStatement()) {
            s.execute("""
                    do $$ declare r record; begin
                      for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
                                 and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
                      loop execute format('alter table public.%I owner to gongkai', r.relname); end loop;
                      for r in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind = 'S'
                                 and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
                      loop execute format('alter sequence public.%I owner to gongkai', r.relname); end loop;
                    end $$""");
        }
        LOG.warn("Moved the earlier data from database postgres to database {}", APP_DATABASE);
    }

    private static void writeHba(Path pgDir) {
        try {
            Files.writeString(pgDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PGSimpleDataSource superuser(int port, String database, DatabaseSecrets secrets) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(SUPERUSER);
        ds.setPassword(secrets.superuserPassword());
        return ds;
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
