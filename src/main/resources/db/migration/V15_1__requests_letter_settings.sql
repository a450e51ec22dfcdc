-- What letters say about the issuing side, per government or per unit (a unit's row wins over its government's):
-- the remedies (the body that hears a reconsideration, the court for a suit), the contact person and phone, and
-- how a fee is paid. Absent rows and columns fall back to values derived from the government's name.
create table letter_settings (
    code                 varchar(40) primary key references unit (code),
    reconsideration_body varchar(200),
    court                varchar(200),
    contact_person       varchar(60),
    contact_phone        varchar(40),
    fee_payment          text,
    updated_at           timestamptz not null default now()
);

