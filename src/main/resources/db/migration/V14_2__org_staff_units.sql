-- Roles per unit: besides the unit of the account, a person may handle for further units (one handler for two
-- towns, a colleague taking over a leaver's unit). The role is the account's.
create table staff_unit (
    username   varchar(60) not null references staff_account (username),
    unit_code  varchar(40) not null references unit (code),
    granted_by varchar(60) not null,
    granted_at timestamptz not null default now(),
    primary key (username, unit_code)
);
