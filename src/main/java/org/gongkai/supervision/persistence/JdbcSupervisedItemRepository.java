package org.gongkai.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.supervision.ItemCategory;
import org.gongkai.supervision.SupervisedItem;
import org.gongkai.supervision.SupervisedItemRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSupervisedItemRepository implements SupervisedItemRepository {

    private static final String SELECT =
            "select id, government_code, category, title, description, public from supervision_item";
    private final JdbcClient jdbc;

    JdbcSupervisedItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(SupervisedItem item, String createdBy, LocalDate createdOn) {
        long id = jdbc.sql("insert into supervision_item (government_code, category, title, description, public,"
                        + " created_by, created_on) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        item.governmentCode(),
                        item.category().name(),
                        item.title(),
                        item.description(),
                        item.published(),
                        createdBy,
                        createdOn)
                .query(Long.class)
                .single();
        for (String unit : item.unitCodes()) {
            jdbc.sql("insert into supervision_item_unit (item_id, unit_code) values (?, ?)")
                    .params(id, unit)
                    .update();
        }
        for (int i = 0; i < item.milestones().size(); i++) {
            SupervisedItem.Milestone m = item.milestones().get(i);
            jdbc.sql("insert into supervision_milestone (item_id, position, title, due_on) values (?, ?, ?, ?)")
                    .params(id, i, m.title(), m.dueOn())
                    .update();
        }
        return id;
    }

    @Override
    public Optional<SupervisedItem> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    @Override
    public List<SupervisedItem> ofGovernment(String governmentCode) {
        return jdbc.sql(SELECT + " where government_code = ? order by id desc")
                .param(governmentCode)
                .query(this::map)
                .list();
    }

    @Override
    public List<SupervisedItem> published() {
        return jdbc.sql(SELECT + " where public order by id desc")
                .query(this::map)
                .list();
    }

    @Override
    public void addProgress(long itemId, SupervisedItem.Progress p) {
        jdbc.sql("insert into supervision_progress (item_id, unit_code, reported_on, text, reported_by)"
                        + " values (?, ?, ?, ?, ?)")
                .params(itemId, p.unitCode(), p.reportedOn(), p.text(), p.reportedBy())
                .update();
    }

    @Override
    public void milestoneDone(long milestoneId, LocalDate on) {
        jdbc.sql("update supervision_milestone set done_on = ? where id = ?")
                .params(on, milestoneId)
                .update();
    }

    private SupervisedItem map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new SupervisedItem(
                id,
                rs.getString("government_code"),
                ItemCategory.valueOf(rs.getString("category")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getBoolean("public"),
                jdbc.sql("select unit_code from supervision_item_unit where item_id = ? order by unit_code")
                        .param(id)
                        .query(String.class)
                        .list(),
                jdbc.sql("select id, title, due_on, done_on from supervision_milestone where item_id = ?"
                                + " order by position")
                        .param(id)
                        .query((r, i) -> new SupervisedItem.Milestone(
                                r.getLong(1),
                                r.getString(2),
                                r.getObject(3, LocalDate.class),
                                r.getObject(4, LocalDate.class)))
                        .list(),
                jdbc.sql("select unit_code, reported_on, text, reported_by from supervision_progress"
                                + " where item_id = ? order by id")
                        .param(id)
                        .query((r, i) -> new SupervisedItem.Progress(
                                r.getString(1), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4)))
                        .list());
    }
}
