-- Proactive-disclosure catalogue (主动公开目录): items, index-number sequences, attachments, links between
-- documents and their interpretations (解读), the 26-area standard catalogues and the disclosure office contacts.

create table catalog_index_sequence (
    unit_code   varchar(40) not null references unit (code),
    year        int         not null,
    last_serial int         not null,
    primary key (unit_code, year)
);

create table standard_catalog_entry (
    id               bigserial primary key,
    unit_code        varchar(40)  not null references unit (code),
    area             varchar(40)  not null,
    level1           varchar(200) not null,
    level2           varchar(200),
    content_elements text         not null,
    basis            text         not null,
    time_limit       varchar(200) not null,
    subject          varchar(200) not null,
    channels         varchar(400) not null,
    audience         varchar(20)  not null,
    mode             varchar(20)  not null,
    tier             varchar(20)  not null
);
create index standard_catalog_entry_area_idx on standard_catalog_entry (area);

create table catalog_item (
    id                  bigserial primary key,
    unit_code           varchar(40)  not null references unit (code),
    title               varchar(300) not null,
    doc_number          varchar(100),
    doc_type            varchar(30)  not null,
    written_on          date         not null,
    published_on        date,
    article20_item      int          not null check (article20_item between 1 and 15),
    catalog_column      varchar(100) not null,
    disclosure_mode     varchar(20)  not null,
    withheld_reason     text,
    status              varchar(20)  not null,
    author              varchar(60)  not null,
    reviewer            varchar(60),
    reviewed_at         timestamptz,
    review_note         text,
    index_number        varchar(80) unique,
    validity            varchar(20),
    validity_changed_on date,
    repealed_by         varchar(300),
    body                text         not null default '',
    topics              varchar(300) not null default '',
    standard_entry_id   bigint references standard_catalog_entry (id),
    interpretation_form varchar(20),
    withdrawn_reason    text,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
create index catalog_item_unit_idx on catalog_item (unit_code, status);
create index catalog_item_public_idx on catalog_item (status, disclosure_mode, published_on desc);
create index catalog_item_type_idx on catalog_item (doc_type, unit_code);

create table catalog_attachment (
    id             bigserial primary key,
    item_id        bigint       not null references catalog_item (id),
    filename       varchar(200) not null,
    media_type     varchar(100) not null,
    size_bytes     int          not null,
    content        bytea        not null,
    extracted_text text         not null default '',
    uploaded_by    varchar(60)  not null,
    uploaded_at    timestamptz  not null default now()
);
create index catalog_attachment_item_idx on catalog_attachment (item_id);

-- A document and the interpretation (itself a catalogue item) that explains it.
create table catalog_interpretation_link (
    document_id       bigint not null references catalog_item (id),
    interpretation_id bigint not null references catalog_item (id),
    primary key (document_id, interpretation_id)
);
create index catalog_interpretation_link_rev_idx on catalog_interpretation_link (interpretation_id);

create table disclosure_office (
    unit_code varchar(40)  primary key references unit (code),
    name      varchar(200) not null,
    address   varchar(300) not null,
    postcode  varchar(10),
    phone     varchar(60)  not null,
    fax       varchar(60),
    email     varchar(120),
    hours     varchar(200) not null
);
