package org.gongkai.platform.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.gongkai.platform.backup.Backup;
import org.gongkai.platform.backup.BackupException;
import org.gongkai.platform.backup.BackupManifest;
import org.gongkai.platform.db.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./gongkai backup DIR [--data-dir D]}: a consistent backup of the embedded database, running (a
 * {@code serve} or {@code db start} on D) or stopped (started here for the backup), and of the data directory's own
 * files. Exit 0 when DIR holds a complete backup, 2 when DIR is not empty, 1 when the backup failed.
 */
@Command(name = "backup", description = "Back up the embedded database and the data directory's files into DIR")
class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "An empty or new directory for the backup")
    Path dir;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        QuietLibraries.quiet();
        Path data = dataDir.path();
        Path target = dir.toAbsolutePath().normalize();
        Messages out = new Messages(spec);
        EmbeddedDatabase.Attached db = null;
        try {
            Backup.requireEmpty(target);
            db = EmbeddedDatabase.attach(data);
            BackupManifest m = new Backup(Clock.systemUTC()).write(db.endpoint().dataSource(), data, target);
            out.print("backup.done", m.tables().size(), m.rows(), m.files().size(), target);
            return 0;
        } catch (BackupException e) {
            out.error(e.code(), e.subject());
            return e.code().endsWith("not-empty") ? 2 : 1;
        } catch (RuntimeException e) {
            out.error("backup.failed", Messages.rootMessage(e));
            return 1;
        } finally {
            if (db != null && db.startedHere()) {
                EmbeddedDatabase.stop(data);
            }
        }
    }
}
