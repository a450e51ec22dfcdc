-- Notifications to applicants (email with the letter attached, SMS), queued in the transaction that made them
-- necessary and delivered by the platform with retries; dedup_key makes queueing idempotent.
create table notification (
    id              bigserial    primary key,
    dedup_key       varchar(200) not null unique,
    channel         varchar(10)  not null,
    recipient       varchar(200) not null,
    subject         varchar(300) not null,
    body            text         not null,
    attachment_name varchar(200),
    attachment      bytea,
    reference_type  varchar(50),
    reference_id    varchar(100),
    status          varchar(10)  not null,
    attempts        int          not null default 0,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz
);
create index notification_due_idx on notification (next_attempt_at) where sent_at is null;
create index notification_reference_idx on notification (reference_type, reference_id);
