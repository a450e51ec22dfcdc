package org.gongkai.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.gongkai.GongkaiApplication;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.db.EmbeddedDatabase;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

/**
 * A backup of the demo county's database (applications with their letters, catalogue items with attachments) and
 * of a data directory's own files, restored into a fresh data directory: every row is there, and the platform
 * started on it finds every published item in its rebuilt search index.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private static final Path ROOT = Path.of("target/backup-test").toAbsolutePath();
    private static final Path BACKUP = ROOT.resolve("backup");
    private static final Path RESTORED = ROOT.resolve("restored");
    private static final Path SOURCE_FILES = ROOT.resolve("source-dir");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GongkaiProperties props;

    BackupManifest manifest;

    @BeforeAll
    void backUpAndRestore() throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
        Files.createDirectories(SOURCE_FILES.resolve("calendar"));
        Files.copy(Path.of("src/main/resources/calendar/2026.json"), SOURCE_FILES.resolve("calendar/2026.json"));
        Files.writeString(SOURCE_FILES.resolve("db-password"), "secret", StandardCharsets.UTF_8);
        Files.createDirectories(SOURCE_FILES.resolve("search/catalog"));
        Files.writeString(SOURCE_FILES.resolve("search/catalog/segments_1"), "index", StandardCharsets.UTF_8);

        manifest = new Backup(Clock.systemUTC()).write(dataSource, SOURCE_FILES, BACKUP);

        restoreInto(RESTORED);
    }

    private static void restoreInto(Path dataDir) {
        Restore.requireEmpty(dataDir);
        BackupManifest verified = Restore.verify(BACKUP);
        EmbeddedDatabase.Endpoint db = EmbeddedDatabase.start(dataDir, new EmbeddedDatabase.Options(false, false, 0));
        try {
            Restore.load(BACKUP, verified, db.dataSource(), EmbeddedDatabase.superuser(dataDir));
            Restore.files(BACKUP, verified, dataDir);
        } finally {
            EmbeddedDatabase.stop(dataDir);
        }
    }

    private List<String> column(JdbcClient db, String sql) {
        return db.sql(sql).query(String.class).list();
    }

    @Nested
    class TheRestoredDatabase {

        @Test
        void holdsEveryApplicationLetterAndCatalogueItemOfTheBackup() {
            EmbeddedDatabase.Endpoint db =
                    EmbeddedDatabase.start(RESTORED, new EmbeddedDatabase.Options(false, false, 0));
            try {
                JdbcClient restored = JdbcClient.create(db.dataSource());
                for (String sql : List.of(
                        "select tracking_code || ' ' || status from disclosure_request order by 1",
                        "select letter_no || ' ' || md5(xhtml) from request_letter order by 1",
                        "select id || ' ' || coalesce(index_number, '') || ' ' || title from catalog_item order by 1")) {
                    List<String> before = column(jdbc, sql);
                    assertThat(before).as(sql).isNotEmpty();
                    assertThat(column(restored, sql)).as(sql).isEqualTo(before);
                }
                for (String sql : List.of(
                        "select id || ' ' || md5(content) from catalog_attachment order by 1",
                        "select id || ' ' || md5(content) from request_attachment order by 1")) {
                    assertThat(column(restored, sql)).as(sql).isEqualTo(column(jdbc, sql));
                }
                for (BackupManifest.Table t : manifest.tables()) {
                    assertThat(restored.sql("select count(*) from \"" + t.name() + "\"")
                                    .query(Long.class)
                                    .single())
                            .as(t.name())
                            .isEqualTo(t.rows());
                }
            } finally {
                EmbeddedDatabase.stop(RESTORED);
            }
        }

        @Test
        void continuesTheSequencesAfterTheRestoredRows() {
            long maxBefore = jdbc.sql("select max(id) from catalog_item")
                    .query(Long.class)
                    .single();
            BackupManifest.Sequence seq = manifest.sequences().stream()
                    .filter(s -> s.name().startsWith("catalog_item_id"))
                    .findFirst()
                    .orElseThrow();
            assertThat(seq.lastValue()).isGreaterThanOrEqualTo(maxBefore);
        }

        @Test
        void isServedByThePlatformWithTheSearchIndexRebuilt() {
            long published = jdbc.sql("select count(*) from catalog_item where status = 'PUBLISHED' "
                            + "and disclosure_mode = 'PROACTIVE'")
                    .query(Long.class)
                    .single();
            String title = jdbc.sql("select title from catalog_item where status = 'PUBLISHED' "
                            + "and disclosure_mode = 'PROACTIVE' order by id limit 1")
                    .query(String.class)
                    .single();
            Path served = ROOT.resolve("served");
            restoreInto(served);
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GongkaiApplication.class)
                    .profiles("test")
                    .run(
                            "--server.port=0",
                            "--gongkai.data-dir=" + served,
                            "--gongkai.fresh-data=false",
                            "--gongkai.demo=false")) {
                CatalogSearch search = ctx.getBean(CatalogSearch.class);
                assertThat(search.count()).isEqualTo(published);
                assertThat(search.search(SearchQuery.of(title)).hits())
                        .anySatisfy(h -> assertThat(h.title()).isEqualTo(title));
            } finally {
                EmbeddedDatabase.stop(served);
            }
        }
    }

    @Nested
    class TheDataDirectoryFiles {

        @Test
        void carriesTheModulesFilesButNotTheIndexNorThePasswords() {
            assertThat(manifest.files())
                    .extracting(BackupManifest.DataFile::path)
                    .containsExactly("calendar/2026.json");
            assertThat(RESTORED.resolve("calendar/2026.json"))
                    .hasSameBinaryContentAs(Path.of("src/main/resources/calendar/2026.json"));
            assertThat(RESTORED.resolve("db-password")).content().isNotEqualTo("secret");
            assertThat(RESTORED.resolve("search/catalog/segments_1")).doesNotExist();
        }
    }

    @Nested
    class Refusals {

        @Test
        void aDamagedBackupIsRefusedBeforeAnythingIsRestored() throws IOException {
            Path copy = ROOT.resolve("damaged");
            FileSystemUtils.copyRecursively(BACKUP, copy);
            Path table = copy.resolve(manifest.tables().getFirst().file());
            byte[] bytes = Files.readAllBytes(table);
            bytes[bytes.length / 2] ^= 1;
            Files.write(table, bytes);
            Files.delete(copy.resolve("files/calendar/2026.json"));

            assertThatThrownBy(() -> Restore.verify(copy))
                    .isInstanceOf(BackupException.class)
                    .extracting(e -> ((BackupException) e).code())
                    .isIn("backup.file.changed", "backup.file.missing");
            Files.delete(copy.resolve(BackupManifest.FILE));
            assertThatThrownBy(() -> Restore.verify(copy))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("backup.incomplete");
        }

        @Test
        void theCommandLineRefusesANonEmptyDataDirectoryWithExit2AndAMessage() {
            StringWriter err = new StringWriter();
            CommandLine cli = GongkaiApplication.commandLine().setErr(new PrintWriter(err));

            int restore = cli.execute("restore", BACKUP.toString(), "--data-dir", RESTORED.toString());
            int backup = cli.execute(
                    "backup", BACKUP.toString(), "--data-dir", props.dataDir().toString());

            assertThat(restore).isEqualTo(2);
            assertThat(backup).isEqualTo(2);
            assertThat(err.toString()).contains("不是空目录").contains(RESTORED.toString());
        }
    }
}
