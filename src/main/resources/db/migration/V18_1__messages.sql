-- Messages to the government (留言, 领导信箱): what the sender wrote, where the message stands, the reply and
-- the de-identified copy published with the sender's consent.
create table message (
    id                   bigserial primary key,
    tracking_code        varchar(20)  not null unique,
    secret_hash          varchar(64)  not null,
    sender_name          varchar(100) not null,
    sender_phone         varchar(20),
    sender_email         varchar(200),
    subject              varchar(200) not null,
    body                 text         not null,
    public_reply_wanted  boolean      not null,
    received_at          timestamptz  not null,
    received_on          date         not null,
    status               varchar(20)  not null,
    unit_code            varchar(40),
    due_date             date,
    draft_text           text,
    draft_publish        boolean,
    drafted_by           varchar(100),
    return_note          text,
    reply_text           text,
    replied_on           date,
    replied_by           varchar(100),
    approved_by          varchar(100),
    published            boolean      not null default false,
    public_subject       varchar(400),
    public_body          text,
    public_reply         text,
    rating               varchar(20),
    version              int          not null default 0
);
create index message_status on message (status);
create index message_unit on message (unit_code);
create index message_received on message (received_on);
create index message_published on message (published, replied_on);

create table message_event (
    id           bigserial primary key,
    message_id   bigint       not null references message (id),
    action       varchar(40)  not null,
    actor        varchar(100) not null,
    at           timestamptz  not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    detail       text
);
create index message_event_message on message_event (message_id);

-- The government's reply period for messages, in working days.
create table message_setting (
    government_code  varchar(40) primary key,
    reply_days       int         not null check (reply_days between 1 and 60),
    changed_by       varchar(100) not null,
    changed_at       timestamptz not null
);
