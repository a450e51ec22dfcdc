-- API tokens of staff accounts (stored as SHA-256 only) and the one-time setup token of an empty platform.
create table api_token (
    id          bigserial primary key,
    username    varchar(60) not null references staff_account (username) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_token_username_idx on api_token (username);

create table setup_token (
    token_hash  char(64)    primary key,
    created_at  timestamptz not null
);
