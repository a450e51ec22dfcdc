package org.gongkai.requests.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.requests.AttachmentStore;
import org.gongkai.requests.StoredAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAttachmentStore implements AttachmentStore {

    private static final String COLUMNS =
            "id, request_id, source, filename, media_type, size_bytes, released, " + "uploaded_at, uploaded_by";
    private final JdbcClient jdbc;

    JdbcAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(
            long requestId,
            String source,
            String filename,
            String mediaType,
            byte[] content,
            boolean released,
            Instant at,
            String by) {
        return jdbc.sql(
                        "insert into request_attachment (request_id, source, filename, media_type, size_bytes, content, "
                                + "released, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        requestId,
                        source,
                        filename,
                        mediaType,
                        content.length,
                        content,
                        released,
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    @Override
    public void moveTo(long requestId, long id, String source) {
        jdbc.sql("update request_attachment set source = ? where request_id = ? and id = ?")
                .params(source, requestId, id)
                .update();
    }

    @Override
    public void release(long requestId, List<Long> ids) {
        for (Long id : ids) {
            jdbc.sql("update request_attachment set released = true where request_id = ? and id = ?")
                    .params(requestId, id)
                    .update();
        }
    }

    @Override
    public List<StoredAttachment> forRequest(long requestId) {
        return jdbc.sql("select " + COLUMNS + " from request_attachment where request_id = ? order by id")
                .param(requestId)
                .query(this::map)
                .list();
    }

    @Override
    public Optional<StoredAttachment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from request_attachment where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    @Override
    public byte[] content(long id) {
        return jdbc.sql("select content from request_attachment where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }

    private StoredAttachment map(ResultSet rs, int row) throws SQLException {
        return new StoredAttachment(
                rs.getLong("id"),
                rs.getLong("request_id"),
                rs.getString("source"),
                rs.getString("filename"),
                rs.getString("media_type"),
                rs.getInt("size_bytes"),
                rs.getBoolean("released"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }
}
