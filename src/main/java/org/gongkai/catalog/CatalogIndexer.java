package org.gongkai.catalog;

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
 * anything else (withdrawn, not proactive) is removed at once. Every node keeps its own index, which remembers the
 * last number of the {@link CatalogChangeFeed} it holds: a change committed by another node arrives as a
 * {@link NodeSignals} signal, and the node then re-indexes exactly the items of the feed after its number (the same
 * when signals may have been missed, and at start after being stopped — an item withdrawn meanwhile disappears even
 * when the counts agree). An index without a number, or one that slept past the feed's retention, or whose count
 * disagrees with the database (a crash before the index was committed, a restore) is rebuilt.
 */
@Component
@Order(10)
class CatalogIndexer implements IndexRebuilder, ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogIndexer.class);
    private final CatalogRepository items;
    private final CatalogSearch search;
    private final SearchUpdates updates;
    private static final int FEED_PAGE = 1000;
    private final UnitDirectory units;
    private final CatalogChangeFeed feed;

    CatalogIndexer(
            CatalogRepository items,
            CatalogSearch search,
            SearchUpdates updates,
            UnitDirectory units,
            NodeSignals signals,
            CatalogChangeFeed feed) {
        this.items = items;
        this.search = search;
        this.updates = updates;
        this.units = units;
        this.feed = feed;
        // a per-node index follows the other nodes' changes; a shared cluster is kept by its outbox alone
        if (!search.sharedAcrossNodes()) {
            signals.listen(CatalogChanges.CHANNEL, signal -> follow(), since -> follow());
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

    /** Straight to this node's own index (outside the changing transaction, which has committed). */
    private void apply(long itemId) {
        items.find(itemId).ifPresent(item -> {
            if (item.isPublic()) {
                search.index(document(item, unitName(item.unitCode())));
            } else {
                search.remove(item.id());
            }
        });
    }

    /** After this node's own change committed: the index's feed number moves past it (a per-node index). */
    @TransactionalEventListener(fallbackExecution = true)
    void followed(CatalogItemChanged event) {
        if (!search.sharedAcrossNodes()) {
            follow();
        }
    }

    /** An import from the old website: the whole index is rebuilt once, not item by item. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogImported event) {
        rebuild();
    }

    /**
     * Re-indexes the items of the change feed after the number the index holds, and records the new number; an
     * import in the feed rebuilds the index. Returns how many changes were applied.
     */
    synchronized long follow() {
        long position = search.feedPosition();
        long applied = 0;
        for (List<CatalogChangeFeed.Change> page = feed.after(position, FEED_PAGE);
                !page.isEmpty();
                page = feed.after(position, FEED_PAGE)) {
            if (page.stream().anyMatch(c -> c.itemId() == null)) {
                rebuild();
                return applied + page.size();
            }
            page.stream().map(CatalogChangeFeed.Change::itemId).distinct().forEach(this::apply);
            position = page.getLast().seq();
            search.feedPosition(position);
            applied += page.size();
        }
        return applied;
    }

    @Override
    public synchronized long rebuild() {
        long position = feed.last(); // changes committed during the rebuild come after it and are followed later
        var names = units.all().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        long n = search.replaceAll(sink -> items.forEachPublic(
                item -> sink.accept(document(item, names.getOrDefault(item.unitCode(), item.unitCode())))));
        search.feedPosition(position);
        LOG.info("search index rebuilt: {} items, change feed at {}", n, position);
        return n;
    }

    /**
     * At start: a per-node index that holds a feed number still in the feed catches up exactly; one that holds none
     * (made before the feed existed) is trusted when its count agrees and takes the feed's number; otherwise, or
     * when the count still disagrees after catching up, it is rebuilt.
     */
    private void catchUpAtStart() {
        if (search.sharedAcrossNodes()) {
            return;
        }
        long position = search.feedPosition();
        long first = feed.first();
        long last = feed.last();
        if (position > 0 && position <= last && first <= position + 1) {
            long applied = follow();
            LOG.info("search index: {} catalogue changes since feed number {} applied", applied, position);
        } else if (position == 0 && search.count() == items.countPublic()) {
            search.feedPosition(last);
        } else {
            LOG.info("search index at feed number {}, the feed keeps {} to {}: rebuilding", position, first, last);
            rebuild();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            catchUpAtStart();
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
