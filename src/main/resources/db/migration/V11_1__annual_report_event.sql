-- The sign-off history of each unit-year report, recorded like a case's (request_event): who took which step,
-- when (the instant and the date it counts on, e.g. a publication date), from which state to which, and why.
-- A publication after a reopening is a correction (the report keeps its first publication date).
create table annual_report_event (
    id          bigserial primary key,
    report_id   bigint      not null references annual_report (id),
    at          timestamptz not null,
    on_date     date        not null,
    actor       varchar(60) not null,
    step        varchar(20) not null,
    from_status varchar(20),
    to_status   varchar(20),
    reason      text,
    correction  boolean     not null default false
);
create index annual_report_event_report_idx on annual_report_event (report_id, id);

-- The history known so far: the steps the current state records, and the reopenings.
insert into annual_report_event (report_id, at, on_date, actor, step, from_status, to_status)
select id, submitted_at, (submitted_at at time zone 'Asia/Shanghai')::date, submitted_by, 'SUBMIT', 'DRAFT', 'SUBMITTED'
from annual_report where submitted_at is not null;
insert into annual_report_event (report_id, at, on_date, actor, step, from_status, to_status)
select id, approved_at, (approved_at at time zone 'Asia/Shanghai')::date, approved_by, 'APPROVE', 'SUBMITTED', 'APPROVED'
from annual_report where approved_at is not null;
insert into annual_report_event (report_id, at, on_date, actor, step, from_status, to_status)
select id, published_on::timestamptz, published_on, published_by, 'PUBLISH', 'APPROVED', 'PUBLISHED'
from annual_report where published_on is not null;
insert into annual_report_event (report_id, at, on_date, actor, step, from_status, to_status, reason)
select r.id, o.at, (o.at at time zone 'Asia/Shanghai')::date, o.actor, 'REOPEN', 'PUBLISHED', 'DRAFT', o.reason
from annual_report_reopening o join annual_report r on r.unit_code = o.unit_code and r.year = o.year;
drop table annual_report_reopening;
