package org.gongkai.supervision.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.supervision.FindingFile;
import org.gongkai.supervision.FindingFileRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFindingFileRepository implements FindingFileRepository {

    private final JdbcClient jdbc;

    JdbcFindingFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(long findingId, String name, String mediaType, byte[] content, String by, Instant at) {
        return jdbc.sql("insert into supervision_finding_file (finding_id, file_name, media_type, size_bytes, content,"
                        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(findingId, name, mediaType, content.length, content, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    @Override
    public List<FindingFile> of(long findingId) {
        return jdbc.sql("select id, finding_id, file_name, media_type, size_bytes, uploaded_by, uploaded_at"
                        + " from supervision_finding_file where finding_id = ? order by id")
                .param(findingId)
                .query((rs, n) -> new FindingFile(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Override
    public Optional<byte[]> content(long findingId, long fileId) {
        return jdbc.sql("select content from supervision_finding_file where finding_id = ? and id = ?")
                .params(findingId, fileId)
                .query(byte[].class)
                .optional();
    }
}
