package org.gongkai.catalog;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.nodes.NodeSignals;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.IndexRebuilder;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with the catalogue: after a change commits, a public item is (re)indexed and
 * anything else (withdrawn, not proactive) is removed at once. At start, an index whose count disagrees with the
 * database (e.g. after a crash before the index was committed, or a restore) is rebuilt. Every node keeps its own
 * index: a change committed by another node sharing the database arrives as a {@link NodeSignals} signal and is
 * indexed the same way; when signals may have been missed, every item changed since is indexed again.
 */
@Component
@Order(10)
class CatalogIndexer implements IndexRebuilder, ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogIndexer.class);
    private final CatalogRepository items;
    private final CatalogSearch search;
    private final SearchUpdates updates;
    private final UnitDirectory units;

    CatalogIndexer(
            CatalogRepository items,
            CatalogSearch search,
            SearchUpdates updates,
            UnitDirectory units,
            NodeSignals signals) {
        this.items = items;
        this.search = search;
        this.updates = updates;
        this.units = units;
        // a per-node index follows the other nodes' changes; a shared cluster is kept by its outbox alone
        if (!search.sharedAcrossNodes()) {
            signals.listen(CatalogChanges.CHANNEL, id -> reindex(Long.parseLong(id)), this::catchUp);
        }
    }

    /** In the changing transaction, just before it commits: the search module applies it once it has. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CatalogItemChanged event) {
        reindex(event.itemId());
    }

    /** The item as the database has it now: indexed when public, else removed. */
    private void reindex(long itemId) {
        items.find(itemId).ifPresent(item -> {
            if (item.isPublic()) {
                updates.put(document(item, unitName(item.unitCode())));
            } else {
                updates.remove(item.id());
            }
        });
    }

    /** An import from the old website: the whole index is rebuilt once, not item by item. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogImported event) {
        rebuild();
    }

    /** After signals may have been lost: every item changed since then is indexed again. */
    private void catchUp(Instant since) {
        List<Long> changed = items.changedSince(since);
        LOG.info("search index: re-indexing {} items changed on other nodes since {}", changed.size(), since);
        changed.forEach(this::reindex);
    }

    @Override
    public long rebuild() {
        var names = units.all().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        long n = search.replaceAll(sink -> items.forEachPublic(
                item -> sink.accept(document(item, names.getOrDefault(item.unitCode(), item.unitCode())))));
        LOG.info("search index rebuilt: {} items", n);
        return n;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            long indexed = search.count();
            long stored = items.countPublic();
            if (indexed != stored) {
                LOG.info("search index holds {} items, the catalogue {}: rebuilding", indexed, stored);
                rebuild();
            }
            search.search(SearchQuery.of("政府信息公开")); // loads the segmenter's dictionaries before the first visitor
        } catch (RuntimeException e) { // a search cluster that is down must not keep the platform from starting
            LOG.warn("search index not checked at start: {}", e.getMessage());
        }
    }

    private SearchDocument document(CatalogItem item, String unitName) {
        ItemContent c = item.content();
        StringBuilder text = new StringBuilder(c.body());
        for (Attachment a : items.attachments(item.id())) {
            text.append('\n').append(a.filename()).append('\n').append(a.extractedText());
        }
        return new SearchDocument(
                item.id(),
                item.indexNumber().toString(),
                c.title(),
                c.docNumber(),
                item.unitCode(),
                unitName,
                item.publishedOn(),
                c.article20Item(),
                c.column(),
                c.docType().name(),
                item.validity() == null ? null : item.validity().name(),
                c.topics(),
                text.toString());
    }

    private String unitName(String code) {
        return units.find(code).map(Unit::name).orElse(code);
    }
}
