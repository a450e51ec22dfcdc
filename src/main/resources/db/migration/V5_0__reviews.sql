-- Reconsideration and litigation cases (行政复议 / 行政诉讼) about disclosure decisions.
-- request_ref holds the tracking code of the challenged application (no FK: modules stay decoupled).
create table review_case (
    id                     bigserial primary key,
    unit_code              varchar(40)  not null references unit (code),
    stage                  varchar(40)  not null
        check (stage in ('RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER_RECONSIDERATION')),
    request_ref            varchar(60),
    case_number            varchar(100) not null,
    body                   varchar(200) not null,
    filed_on               date         not null,
    decided_on             date,
    result                 varchar(20)
        check (result in ('UPHELD', 'CORRECTED', 'OTHER')),
    co_defendant_unit_code varchar(40) references unit (code),
    summary                text,
    version                int          not null default 0,
    created_by             varchar(60)  not null,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    constraint review_case_decided check ((decided_on is null) = (result is null)),
    constraint review_case_dates check (decided_on is null or decided_on >= filed_on),
    constraint review_case_codefendant check (co_defendant_unit_code is null
        or (stage = 'LITIGATION_AFTER_RECONSIDERATION' and co_defendant_unit_code <> unit_code))
);
create index review_case_unit_filed_idx on review_case (unit_code, filed_on);
create index review_case_request_idx on review_case (request_ref);
