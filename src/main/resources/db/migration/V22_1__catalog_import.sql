-- Migration from the old website: each uploaded import file (a sheet, a JSON export or a ZIP with the sheet and
-- its attachment files) is kept from its dry run (预检) until the office confirms it, with what became of it.
create table catalog_import (
    id            bigserial primary key,
    filename      varchar(200) not null,
    sha256        char(64)     not null,
    content       bytea,
    uploaded_by   varchar(60)  not null,
    uploaded_at   timestamptz  not null,
    rows_checked  int          not null,
    problems      int          not null,
    imported_at   timestamptz,
    items_imported int
);
create index catalog_import_uploaded_by_idx on catalog_import (uploaded_by, id);
