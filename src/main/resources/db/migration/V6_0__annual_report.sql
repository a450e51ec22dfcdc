-- Annual reports: administrative statistics for section 2, each unit-year's report and its sign-off,
-- frozen figures (submitted / approved / published snapshots), reopenings, imported published reports.
create table admin_statistics (
    id                       bigserial primary key,
    unit_code                varchar(40) not null references unit (code),
    year                     int         not null check (year between 2008 and 2100),
    licensing_items          int not null default 0 check (licensing_items >= 0),
    licensing_decisions      bigint not null default 0 check (licensing_decisions >= 0),
    other_services_items     int not null default 0 check (other_services_items >= 0),
    other_services_decisions bigint not null default 0 check (other_services_decisions >= 0),
    penalty_items            int not null default 0 check (penalty_items >= 0),
    penalty_decisions        bigint not null default 0 check (penalty_decisions >= 0),
    coercion_items           int not null default 0 check (coercion_items >= 0),
    coercion_decisions       bigint not null default 0 check (coercion_decisions >= 0),
    fee_items                int not null default 0 check (fee_items >= 0),
    fee_amount_10k_yuan      numeric(14, 4) not null default 0 check (fee_amount_10k_yuan >= 0),
    procurement_projects     int not null default 0 check (procurement_projects >= 0),
    procurement_10k_yuan     numeric(14, 4) not null default 0 check (procurement_10k_yuan >= 0),
    updated_by               varchar(60) not null,
    updated_at               timestamptz not null default now(),
    unique (unit_code, year)
);

create table annual_report (
    id            bigserial primary key,
    unit_code     varchar(40) not null references unit (code),
    year          int         not null,
    status        varchar(20) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    overview      text,
    problems      text,
    other_matters text,
    comment       text,
    frozen_json   text,
    submitted_by  varchar(60),
    submitted_at  timestamptz,
    approved_by   varchar(60),
    approved_at   timestamptz,
    published_by  varchar(60),
    published_on  date,
    version       int not null default 0,
    unique (unit_code, year)
);
create index annual_report_status_idx on annual_report (status, year);

create table annual_report_snapshot (
    id         bigserial primary key,
    unit_code  varchar(40) not null references unit (code),
    year       int         not null,
    kind       varchar(20) not null check (kind in ('PUBLISHED', 'IMPORTED')),
    json       text        not null,
    html       text,
    current    boolean     not null default true,
    created_by varchar(60) not null,
    created_at timestamptz not null default now()
);
create unique index annual_report_snapshot_current_idx on annual_report_snapshot (unit_code, year, kind) where current;

create table annual_report_reopening (
    id        bigserial primary key,
    unit_code varchar(40) not null references unit (code),
    year      int         not null,
    actor     varchar(60) not null,
    reason    text        not null,
    at        timestamptz not null default now()
);
