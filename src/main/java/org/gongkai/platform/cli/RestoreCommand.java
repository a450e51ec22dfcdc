package org.gongkai.platform.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.platform.backup.BackupException;
import org.gongkai.platform.backup.BackupManifest;
import org.gongkai.platform.backup.Restore;
import org.gongkai.platform.db.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./gongkai restore DIR [--data-dir D]}: a backup made by {@code ./gongkai backup} into an empty data
 * directory: a new embedded database (new passwords) with every row of the backup, and the data directory's files.
 * The search index is rebuilt at the next start. Exit 0 when restored, 2 when D is not empty, 1 when the backup
 * is incomplete or damaged (nothing restored) or the restore failed.
 */
@Command(name = "restore", description = "Restore a backup made by ./gongkai backup into an empty data directory")
class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The backup directory")
    Path dir;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        QuietLibraries.quiet();
        Path data = dataDir.path();
        Path backup = dir.toAbsolutePath().normalize();
        Messages out = new Messages(spec);
        try {
            Restore.requireEmpty(data);
            BackupManifest manifest = Restore.verify(backup);
            EmbeddedDatabase.Endpoint db = EmbeddedDatabase.start(data, EmbeddedDatabase.Options.production());
            try {
                Restore.load(backup, manifest, db.dataSource(), EmbeddedDatabase.superuser(data));
                Restore.files(backup, manifest, data);
            } finally {
                EmbeddedDatabase.stop(data);
            }
            out.print(
                    "restore.done",
                    manifest.tables().size(),
                    manifest.rows(),
                    manifest.files().size(),
                    data,
                    db.passwordFile());
            return 0;
        } catch (BackupException e) {
            out.error(e.code(), e.subject());
            return e.code().endsWith("not-empty") ? 2 : 1;
        } catch (RuntimeException e) {
            out.error("restore.failed", Messages.rootMessage(e));
            return 1;
        }
    }
}
