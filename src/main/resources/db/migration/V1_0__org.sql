-- Units of a government as a tree, staff accounts and the audit log.
create table unit (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    kind        varchar(30)  not null,
    parent_code varchar(40) references unit (code),
    sort_order  int          not null default 0
);
create index unit_parent_idx on unit (parent_code);

create table staff_account (
    id              bigserial primary key,
    username        varchar(60)  not null unique,
    password_hash   varchar(200) not null,
    display_name    varchar(100) not null,
    role            varchar(20)  not null,
    unit_code       varchar(40)  not null references unit (code),
    enabled         boolean      not null default true,
    failed_attempts int          not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now()
);

create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    actor       varchar(60)  not null,
    action      varchar(60)  not null,
    entity_type varchar(40)  not null,
    entity_id   varchar(80),
    unit_code   varchar(40),
    reason      text,
    detail      text
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_at_idx on audit_log (at);
