-- The public's voice (issue 15, items 3, 4, 6, 7): public reading points (查阅点), government new-media accounts
-- (政务新媒体) and their checks (校审), the powers and responsibilities list (权责清单) per unit with its versions,
-- responses to public concerns (舆情回应, 新闻发布会, 在线访谈, 政策解读 by leaders), major administrative decisions
-- (重大行政决策) with their stages, and the year's figures imported from other systems (12345 热线, 政务服务网).

create table voice_reading_point (
    id         bigserial primary key,
    unit_code  varchar(40)  not null references unit (code),
    name       varchar(200) not null,
    address    varchar(300) not null,
    hours      varchar(200) not null,
    phone      varchar(60)  not null,
    materials  varchar(1000) not null,
    active     boolean      not null default true,
    updated_by varchar(60)  not null,
    updated_at timestamptz  not null
);

create table voice_media_account (
    id             bigserial primary key,
    unit_code      varchar(40)  not null references unit (code),
    platform       varchar(40)  not null,
    name           varchar(200) not null,
    filed_on       date         not null,
    status         varchar(20)  not null,
    closed_on      date,
    closure_reason varchar(500),
    last_update_on date,
    created_by     varchar(60)  not null,
    created_at     timestamptz  not null
);

create table voice_media_check (
    id          bigserial primary key,
    account_id  bigint       not null references voice_media_account (id),
    checked_on  date         not null,
    passed      boolean      not null,
    note        varchar(500) not null,
    checked_by  varchar(60)  not null
);
create index voice_media_check_account_idx on voice_media_check (account_id);

create table voice_power_list (
    id           bigserial primary key,
    unit_code    varchar(40)  not null references unit (code),
    version      int          not null,
    effective_on date         not null,
    item_count   int          not null,
    changes      varchar(2000) not null,
    created_by   varchar(60)  not null,
    created_at   timestamptz  not null,
    unique (unit_code, version)
);

create table voice_response (
    id          bigserial primary key,
    unit_code   varchar(40)   not null references unit (code),
    kind        varchar(30)   not null,
    title       varchar(300)  not null,
    channel     varchar(100)  not null,
    held_on     date          not null,
    link        varchar(500),
    speakers    varchar(300),
    transcript  text          not null default '',
    created_by  varchar(60)   not null,
    created_at  timestamptz   not null
);
create index voice_response_year_idx on voice_response (held_on);

create table voice_decision (
    id          bigserial primary key,
    unit_code   varchar(40)  not null references unit (code),
    year        int          not null,
    title       varchar(300) not null,
    summary     varchar(2000) not null,
    created_by  varchar(60)  not null,
    created_at  timestamptz  not null
);
create index voice_decision_year_idx on voice_decision (year);

create table voice_decision_stage (
    id          bigserial primary key,
    decision_id bigint       not null references voice_decision (id),
    stage       varchar(30)  not null,
    on_date     date         not null,
    note        varchar(1000) not null,
    link        varchar(500),
    recorded_by varchar(60)  not null
);
create index voice_decision_stage_idx on voice_decision_stage (decision_id);

-- One unit's year as another system counted it; replaced whole by the next import of that unit-year.
create table voice_service_figures (
    unit_code      varchar(40) not null references unit (code),
    year           int         not null,
    hotline_calls  bigint      not null,
    hotline_satisfaction numeric(5, 2) not null,
    items_online   bigint      not null,
    handled_online bigint      not null,
    imported_by    varchar(60) not null,
    imported_at    timestamptz not null,
    primary key (unit_code, year)
);
