-- Index updates waiting for a shared search engine (OpenSearch): written in the transaction that changed the item,
-- applied after the commit, kept and retried while the engine is unreachable. Empty with the embedded index.
create table search_outbox (
    id              bigserial primary key,
    item_id         bigint      not null,
    document        jsonb,                      -- the item as the index holds it; null: remove the item
    created_at      timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text
);
create index search_outbox_due on search_outbox (next_attempt_at, id);
