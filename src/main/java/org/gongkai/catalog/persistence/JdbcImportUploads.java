package org.gongkai.catalog.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.gongkai.catalog.ImportReport;
import org.gongkai.catalog.ImportUploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcImportUploads implements ImportUploads {

    private final JdbcClient jdbc;

    JdbcImportUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long save(String filename, String sha256, byte[] content, String uploadedBy, Instant at, ImportReport r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into catalog_import (filename, sha256, content, uploaded_by, uploaded_at, rows_checked, "
                        + "problems) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        filename,
                        sha256,
                        content,
                        uploadedBy,
                        Timestamp.from(at),
                        r.rows(),
                        r.problems().size())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public Optional<StoredImport> find(long id) {
        return jdbc.sql("select * from catalog_import where id = ?")
                .param(id)
                .query((rs, n) -> {
                    Timestamp imported = rs.getTimestamp("imported_at");
                    int items = rs.getInt("items_imported");
                    Integer itemsImported = rs.wasNull() ? null : items;
                    return new StoredImport(
                            rs.getLong("id"),
                            rs.getString("filename"),
                            rs.getString("sha256"),
                            rs.getBytes("content"),
                            rs.getString("uploaded_by"),
                            rs.getTimestamp("uploaded_at").toInstant(),
                            rs.getInt("rows_checked"),
                            rs.getInt("problems"),
                            imported == null ? null : imported.toInstant(),
                            itemsImported);
                })
                .optional();
    }

    @Override
    public boolean markImported(long id, Instant at, int items) {
        return jdbc.sql("update catalog_import set imported_at = ?, items_imported = ?, content = null "
                                + "where id = ? and imported_at is null")
                        .params(Timestamp.from(at), items, id)
                        .update()
                == 1;
    }
}
