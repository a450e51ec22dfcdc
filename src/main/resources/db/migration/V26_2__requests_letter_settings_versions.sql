-- The letter settings edited in the console: the issuing body's name (a unit's own row only), the seal image (PNG)
-- and the faces of the title and the body. Every save is a new version, kept in letter_settings_version with who
-- saved it; a letter stores its rendered text when issued, so earlier letters keep what they were sent with.
alter table letter_settings
    add column issuing_body varchar(200),
    add column seal_png     bytea,
    add column title_face   varchar(20),
    add column body_face    varchar(20),
    add column version      integer not null default 1,
    add column updated_by   varchar(60);

create table letter_settings_version (
    code                 varchar(40)  not null references unit (code),
    version              integer      not null,
    issuing_body         varchar(200),
    reconsideration_body varchar(200),
    court                varchar(200),
    contact_person       varchar(60),
    contact_phone        varchar(40),
    fee_payment          text,
    seal_png             bytea,
    title_face           varchar(20),
    body_face            varchar(20),
    saved_by             varchar(60)  not null,
    saved_at             timestamptz  not null,
    primary key (code, version)
);
