-- Units through reorganisations: a unit can be deactivated, keeps the names it had (each valid until a date,
-- exclusive: the day the next name took effect), and a merge is a recorded decision.
alter table unit add column active boolean not null default true;

create table unit_former_name (
    id          bigserial primary key,
    unit_code   varchar(40)  not null references unit (code),
    name        varchar(200) not null,
    valid_until date         not null
);
create index unit_former_name_unit_idx on unit_former_name (unit_code, valid_until);

create table unit_merge (
    id          bigserial primary key,
    from_code   varchar(40) not null references unit (code),
    into_code   varchar(40) not null references unit (code),
    effective   date        not null,
    decision    text        not null,
    decided_by  varchar(60) not null,
    decided_at  timestamptz not null default now()
);

-- An account whose password an administrator set must choose its own at the next console login.
alter table staff_account add column must_change_password boolean not null default false;
