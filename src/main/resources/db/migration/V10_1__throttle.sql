-- Throttle counters shared by every node and kept across restarts: failed logins and tracking secrets per
-- (address, account), failures per address across accounts, and public submissions per address.
create table throttle_counter (
    scope         varchar(30)  not null,
    key           varchar(200) not null,
    hits          int          not null,
    window_start  timestamptz  not null,
    last_at       timestamptz  not null,
    blocked_until timestamptz,
    primary key (scope, key)
);
create index throttle_counter_last_idx on throttle_counter (last_at);

-- accounts are no longer locked for everyone; lift locks set by the old mechanism
update staff_account set locked_until = null, failed_attempts = 0 where locked_until is not null;
