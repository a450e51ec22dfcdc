-- 督办 (issue 14, item 6): supervision items (major decisions, government work-report tasks, livelihood projects)
-- with their assigned units, milestones and the units' progress reports; public ones show on the portal (执行公开).
create table supervision_item (
    id              bigserial primary key,
    government_code varchar(40)  not null references unit (code),
    category        varchar(30)  not null,
    title           varchar(300) not null,
    description     text         not null,
    public          boolean      not null,
    created_by      varchar(60)  not null,
    created_on      date         not null
);

create table supervision_item_unit (
    item_id   bigint      not null references supervision_item (id),
    unit_code varchar(40) not null references unit (code),
    primary key (item_id, unit_code)
);

create table supervision_milestone (
    id       bigserial primary key,
    item_id  bigint       not null references supervision_item (id),
    position int          not null,
    title    varchar(300) not null,
    due_on   date         not null,
    done_on  date
);

create table supervision_progress (
    id          bigserial primary key,
    item_id     bigint      not null references supervision_item (id),
    unit_code   varchar(40) not null references unit (code),
    reported_on date        not null,
    text        text        not null,
    reported_by varchar(60) not null
);
create index supervision_progress_item_idx on supervision_progress (item_id, id);
