-- The 政府信息公开指南 and 政府信息公开制度 pages as content the disclosure office edits per government: every saved
-- text is a new version (history kept); a version is shown on the portal from its publication date.
create table portal_page_version (
    id              bigserial primary key,
    government_code varchar(40)  not null references unit (code),
    page            varchar(20)  not null,
    version         int          not null,
    body            text         not null,
    note            varchar(300),
    author          varchar(60)  not null,
    created_at      timestamptz  not null,
    published_on    date,
    published_by    varchar(60),
    unique (government_code, page, version)
);
