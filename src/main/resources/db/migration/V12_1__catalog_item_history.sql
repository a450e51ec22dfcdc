-- The history of a catalogue item (起草、提交保密审查、审查通过并发布、退回、撤回、有效性变化、附件、解读关联):
-- who did what, when, from which status to which, and why — shown on the console item page like a case's history.
create table catalog_item_event (
    id          bigserial primary key,
    item_id     bigint      not null references catalog_item (id),
    at          timestamptz not null,
    actor       varchar(60) not null,
    action      varchar(40) not null,
    from_status varchar(20),
    to_status   varchar(20),
    reason      text,
    detail      text
);
create index catalog_item_event_item_idx on catalog_item_event (item_id, id);
