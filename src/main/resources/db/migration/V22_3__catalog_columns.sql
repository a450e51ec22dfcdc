-- The catalogue's columns (栏目) as a managed tree per government: ordinary and key-area columns, and topic pages
-- (专题专栏) with their own portal page. Items still carry the column's name (catalog_item.catalog_column); the
-- tree is the list it is chosen from. Every distinct column already in use becomes a top-level column of the
-- government its unit belongs to.
create table catalog_column (
    id              bigserial primary key,
    government_code varchar(40)  not null references unit (code),
    parent_id       bigint references catalog_column (id),
    name            varchar(100) not null,
    kind            varchar(20)  not null,
    description     varchar(500),
    sort_order      int          not null default 0,
    active          boolean      not null default true,
    unique (government_code, name)
);
create index catalog_column_parent_idx on catalog_column (parent_id);

with recursive up (code, root) as (
    select code, code from unit where parent_code is null
    union all
    select u.code, up.root from unit u join up on u.parent_code = up.code
)
insert into catalog_column (government_code, name, kind)
select distinct up.root, i.catalog_column, 'COLUMN'
from catalog_item i join up on up.code = i.unit_code
on conflict do nothing;
