-- The catalogue's change feed: one row per committed change of an item (item_id null: an import, "everything"),
-- numbered in commit order (writers hold a transaction advisory lock from insert to commit). A node's own search
-- index remembers the last number it holds and, after being stopped or deaf, re-indexes exactly the items changed
-- since. Rows older than the retention are pruned; a node that slept longer rebuilds its index.
create table catalog_change (
    seq        bigserial primary key,
    item_id    bigint,
    changed_at timestamptz not null
);
create index catalog_change_changed_at on catalog_change (changed_at);
