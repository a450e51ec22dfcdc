package org.gongkai.catalog;

import java.util.List;
import java.util.Optional;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public portal may read: published proactive items only. */
@Service
@Transactional(readOnly = true)
public class PublicCatalog {

    private final CatalogRepository items;
    private final StandardCatalog standard;

    PublicCatalog(CatalogRepository items, StandardCatalog standard) {
        this.items = items;
        this.standard = standard;
    }

    /** An item page: the item, its attachments and the interpretations or documents it is linked with. */
    public record ItemPage(
            CatalogItem item,
            List<Attachment> attachments,
            List<CatalogItem> interpretations,
            List<CatalogItem> explains,
            Optional<StandardEntry> standardEntry) {}

    public Page<CatalogItem> list(ItemFilter filter) {
        ItemFilter f = new ItemFilter(
                filter.unitCodes(),
                null,
                true,
                filter.article20Item(),
                filter.column(),
                filter.type(),
                filter.validity(),
                filter.year(),
                filter.page(),
                filter.size());
        return items.list(f);
    }

    public ItemPage item(String indexNumber) {
        CatalogItem item = items.findByIndexNumber(indexNumber)
                .filter(CatalogItem::isPublic)
                .orElseThrow(() -> new NotFoundException("catalog.error.no-such-public-item", indexNumber));
        return new ItemPage(
                item,
                items.attachments(item.id()),
                items.interpretationsOf(item.id()).stream()
                        .filter(CatalogItem::isPublic)
                        .toList(),
                items.documentsExplainedBy(item.id()).stream()
                        .filter(CatalogItem::isPublic)
                        .toList(),
                item.content().standardEntryId() == null
                        ? Optional.empty()
                        : standard.find(item.content().standardEntryId()));
    }

    /** An attachment of a public item. */
    public Attachment attachment(long attachmentId) {
        return items.attachment(attachmentId)
                .filter(a ->
                        items.find(a.itemId()).filter(CatalogItem::isPublic).isPresent())
                .orElseThrow(() -> new NotFoundException("catalog.error.no-such-attachment", attachmentId));
    }

    public List<ColumnCount> columns(String unitCode) {
        return items.publicColumns(unitCode);
    }

    public List<ColumnCount> units() {
        return items.publicUnits();
    }

    public List<ColumnCount> article20Items() {
        return items.publicArticle20Items();
    }

    public List<CatalogItem> latest(int n) {
        return items.list(ItemFilter.publicItems().page(0, n)).items();
    }

    public List<ColumnCount> standardAreas() {
        return standard.areas();
    }

    public List<StandardEntry> standardEntries(String area) {
        return standard.entries(area);
    }

    public Optional<DisclosureOffice> office(String unitCode) {
        return standard.office(unitCode);
    }

    public List<DisclosureOffice> offices() {
        return standard.offices();
    }
}
