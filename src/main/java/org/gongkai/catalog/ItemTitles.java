package org.gongkai.catalog;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The port other modules read catalogue items through when they link to one (e.g. a consultation to its final
 * document): a published item's id, title and index number, never the catalogue's tables.
 */
@Service
@Transactional(readOnly = true)
public class ItemTitles {

    private final CatalogRepository items;

    ItemTitles(CatalogRepository items) {
        this.items = items;
    }

    /** A published item as a link: its id, title and index number (the portal's item page is named by it). */
    public record ItemTitle(long id, String title, String indexNumber) {}

    /** The published item with this id, if there is one. */
    public Optional<ItemTitle> published(long id) {
        return items.find(id).filter(CatalogItem::isPublic).map(ItemTitles::title);
    }

    /** The published item with this index number, if there is one. */
    public Optional<ItemTitle> publishedByIndexNumber(String indexNumber) {
        if (indexNumber == null || indexNumber.isBlank()) {
            return Optional.empty();
        }
        return items.findByIndexNumber(indexNumber.strip())
                .filter(CatalogItem::isPublic)
                .map(ItemTitles::title);
    }

    private static ItemTitle title(CatalogItem i) {
        return new ItemTitle(i.id(), i.title(), i.indexNumber().toString());
    }
}
