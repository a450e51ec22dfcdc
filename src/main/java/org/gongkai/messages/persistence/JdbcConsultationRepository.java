package org.gongkai.messages.persistence;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.messages.Comment;
import org.gongkai.messages.Consultation;
import org.gongkai.messages.ConsultationKind;
import org.gongkai.messages.ConsultationRepository;
import org.gongkai.messages.SurveyQuestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcConsultationRepository implements ConsultationRepository {

    private static final String COLUMNS = "id, unit_code, kind, title, draft_text, explanation, opens_on, closes_on, "
            + "feedback, feedback_on, final_item_id";
    private static final String COMMENT_COLUMNS =
            "id, consultation_id, author_name, author_contact, text, public_text, "
                    + "submitted_at, moderation, adoption, adoption_reason";

    private final JdbcClient jdbc;

    JdbcConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(Consultation c, String actor, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation (unit_code, kind, title, draft_text, explanation, opens_on, closes_on,
                    created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.unitCode(),
                        c.kind().name(),
                        c.title(),
                        c.draftText(),
                        c.explanation(),
                        Date.valueOf(c.opensOn()),
                        Date.valueOf(c.closesOn()),
                        actor,
                        Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (SurveyQuestion q : c.questions()) {
            jdbc.sql("insert into survey_question (consultation_id, position, text, options) values (?, ?, ?, ?)")
                    .params(id, q.position(), q.text(), q.options().toArray(String[]::new))
                    .update();
        }
        return id;
    }

    @Override
    public Optional<Consultation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    @Override
    public void update(Consultation c) {
        jdbc.sql("update consultation set feedback = ?, feedback_on = ?, final_item_id = ? where id = ?")
                .params(
                        c.feedback(),
                        c.feedbackOn() == null ? null : Date.valueOf(c.feedbackOn()),
                        c.finalItemId(),
                        c.id())
                .update();
    }

    @Override
    public List<Consultation> all() {
        return jdbc.sql("select " + COLUMNS + " from consultation order by opens_on desc, id desc")
                .query(this::map)
                .list();
    }

    @Override
    public List<Consultation> byFinalItem(long itemId) {
        return jdbc.sql("select " + COLUMNS + " from consultation where final_item_id = ? order by id")
                .param(itemId)
                .query(this::map)
                .list();
    }

    private Consultation map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Date feedbackOn = rs.getDate("feedback_on");
        long finalItem = rs.getLong("final_item_id");
        boolean noFinal = rs.wasNull();
        return Consultation.restore(new Consultation.Stored(
                id,
                rs.getString("unit_code"),
                ConsultationKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("draft_text"),
                rs.getString("explanation"),
                rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(),
                questions(id),
                rs.getString("feedback"),
                feedbackOn == null ? null : feedbackOn.toLocalDate(),
                noFinal ? null : finalItem));
    }

    private List<SurveyQuestion> questions(long consultationId) {
        return jdbc.sql("select id, position, text, options from survey_question where consultation_id = ? "
                        + "order by position")
                .param(consultationId)
                .query((rs, n) -> new SurveyQuestion(
                        rs.getLong("id"), rs.getInt("position"), rs.getString("text"), options(rs.getArray("options"))))
                .list();
    }

    private static List<String> options(Array a) throws SQLException {
        return Arrays.asList((String[]) a.getArray());
    }

    @Override
    public long insertComment(Comment c) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation_comment (consultation_id, author_name, author_contact, text, public_text,
                    submitted_at, moderation)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        c.consultationId(),
                        c.authorName(),
                        c.authorContact(),
                        c.text(),
                        c.publicText(),
                        Timestamp.from(c.submittedAt()),
                        c.moderation().name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public Optional<Comment> comment(long id) {
        return jdbc.sql("select " + COMMENT_COLUMNS + " from consultation_comment where id = ?")
                .param(id)
                .query(JdbcConsultationRepository::comment)
                .optional();
    }

    @Override
    public void updateComment(Comment c) {
        jdbc.sql("""
                update consultation_comment set public_text = ?, moderation = ?, adoption = ?, adoption_reason = ?
                where id = ?""")
                .params(
                        c.publicText(),
                        c.moderation().name(),
                        c.adoption() == null ? null : c.adoption().name(),
                        c.adoptionReason(),
                        c.id())
                .update();
    }

    @Override
    public List<Comment> comments(long consultationId) {
        return jdbc.sql("select " + COMMENT_COLUMNS
                        + " from consultation_comment where consultation_id = ? order by submitted_at, id")
                .param(consultationId)
                .query(JdbcConsultationRepository::comment)
                .list();
    }

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        String adoption = rs.getString("adoption");
        return new Comment(
                rs.getLong("id"),
                rs.getLong("consultation_id"),
                rs.getString("author_name"),
                rs.getString("author_contact"),
                rs.getString("text"),
                rs.getString("public_text"),
                rs.getTimestamp("submitted_at").toInstant(),
                Comment.Moderation.valueOf(rs.getString("moderation")),
                adoption == null ? null : Comment.Adoption.valueOf(adoption),
                rs.getString("adoption_reason"));
    }

    @Override
    public void answer(long questionId, int optionIndex, Instant at) {
        jdbc.sql("insert into survey_answer (question_id, option_index, answered_at) values (?, ?, ?)")
                .params(questionId, optionIndex, Timestamp.from(at))
                .update();
    }

    @Override
    public Map<Long, long[]> results(long consultationId) {
        Map<Long, long[]> out = new HashMap<>();
        for (SurveyQuestion q : questions(consultationId)) {
            out.put(q.id(), new long[q.options().size()]);
        }
        jdbc.sql("""
                select a.question_id, a.option_index, count(*) as n from survey_answer a
                join survey_question q on q.id = a.question_id
                where q.consultation_id = ? group by a.question_id, a.option_index""").param(consultationId).query(rs -> {
            long[] counts = out.get(rs.getLong("question_id"));
            int i = rs.getInt("option_index");
            if (counts != null && i >= 0 && i < counts.length) {
                counts[i] = rs.getLong("n");
            }
        });
        return out;
    }

    @Override
    public YearCounts counts(Collection<String> unitCodes, int year) {
        List<String> units = unitCodes.isEmpty() ? List.of("") : List.copyOf(unitCodes);
        Date start = Date.valueOf(LocalDate.of(year, 1, 1));
        Date end = Date.valueOf(LocalDate.of(year, 12, 31));
        return jdbc.sql("""
                select count(*) as consultations,
                    count(*) filter (where c.kind = :survey) as surveys,
                    coalesce(sum((select count(*) from consultation_comment m where m.consultation_id = c.id)), 0)
                        as comments,
                    count(c.feedback_on) as feedback_published
                from consultation c
                where c.unit_code in (:units) and c.opens_on between :start and :end""")
                .param("survey", ConsultationKind.SURVEY.name())
                .param("units", units)
                .param("start", start)
                .param("end", end)
                .query((rs, n) -> new YearCounts(
                        rs.getLong("consultations"),
                        rs.getLong("surveys"),
                        rs.getLong("comments"),
                        rs.getLong("feedback_published")))
                .single();
    }
}
