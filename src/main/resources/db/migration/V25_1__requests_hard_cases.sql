-- Help for hard cases: a reviewer's approval before a reply is sent, each government's choice of the outcomes
-- that need it, and the callbacks (回访) and applicants' ratings recorded after a reply.
alter table disclosure_request
    add column review_outcome      varchar(40),
    add column review_article      varchar(20),
    add column review_body         text,
    add column review_reason       text,
    add column review_submitted_by varchar(80),
    add column review_submitted_on date,
    add column review_decision     varchar(20),
    add column review_decided_by   varchar(80),
    add column review_decided_on   date,
    add column review_note         text;

create table request_review_policy (
    government_code varchar(40) primary key references unit (code),
    outcome_groups  varchar(200) not null,
    updated_by      varchar(80)  not null,
    updated_at      timestamptz  not null
);

create table request_follow_up (
    id          bigserial primary key,
    request_id  bigint      not null references disclosure_request (id),
    kind        varchar(20) not null check (kind in ('callback', 'rating')),
    rating      smallint check (rating between 1 and 5),
    on_date     date        not null,
    note        text,
    recorded_by varchar(80) not null,
    recorded_at timestamptz not null
);
create index request_follow_up_request_idx on request_follow_up (request_id);
create unique index request_follow_up_one_rating on request_follow_up (request_id) where kind = 'rating';
