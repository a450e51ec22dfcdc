-- A split is a recorded decision: one unit's open work divided among two or more successors, the rest to a
-- named default successor. Each named share (a case, an item, an entry) is kept with the successor it went to.
create table unit_split (
    id           bigserial primary key,
    from_code    varchar(40) not null references unit (code),
    default_code varchar(40) not null references unit (code),
    effective    date        not null,
    decision     text        not null,
    decided_by   varchar(60) not null,
    decided_at   timestamptz not null default now()
);

create table unit_split_successor (
    split_id  bigint      not null references unit_split (id),
    unit_code varchar(40) not null references unit (code),
    primary key (split_id, unit_code)
);

create table unit_split_share (
    split_id  bigint       not null references unit_split (id),
    kind      varchar(20)  not null,
    ref       varchar(100) not null,
    unit_code varchar(40)  not null references unit (code),
    primary key (split_id, kind, ref)
);
