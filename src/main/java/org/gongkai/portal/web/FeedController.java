package org.gongkai.portal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.ItemFilter;
import org.gongkai.catalog.Page;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.web.ItemLinks;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.web.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Atom and RSS feeds of the latest public items, and sitemap.xml. Withdrawn items leave them at once. */
@RestController
class FeedController {

    private static final int FEED_SIZE = 50;
    private static final int SITEMAP_MAX = 50_000;
    private static final ZoneId ZONE = China.ZONE;
    private static final List<String> PAGES = List.of(
            "/",
            "/portal/guide",
            "/portal/rules",
            "/portal/catalog",
            "/portal/catalog/normative",
            "/portal/catalog/standard",
            "/portal/annual-reports",
            "/portal/search",
            "/portal/reading-points",
            "/portal/responses",
            "/portal/decisions",
            "/portal/new-media");

    private final PublicCatalog catalog;
    private final UnitDirectory units;
    private final PublicUrl publicUrl;

    FeedController(PublicCatalog catalog, UnitDirectory units, PublicUrl publicUrl) {
        this.catalog = catalog;
        this.units = units;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/portal/feed.atom")
    ResponseEntity<String> atom() {
        String base = base();
        List<CatalogItem> latest = catalog.latest(FEED_SIZE);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("<title>")
                .append(esc(governmentName()))
                .append(" 政府信息公开</title>\n")
                .append("<id>")
                .append(esc(base))
                .append("/portal/feed.atom</id>\n")
                .append("<link rel=\"self\" href=\"")
                .append(esc(base))
                .append("/portal/feed.atom\"/>\n")
                .append("<link href=\"")
                .append(esc(base))
                .append("/portal/catalog\"/>\n")
                .append("<updated>")
                .append(
                        latest.isEmpty()
                                ? atomDate(LocalDate.of(2019, 1, 1))
                                : atomDate(latest.get(0).publishedOn()))
                .append("</updated>\n");
        for (CatalogItem i : latest) {
            String url = base + ItemLinks.path(i.indexNumber().toString());
            x.append("<entry><title>")
                    .append(esc(i.title()))
                    .append("</title>")
                    .append("<id>")
                    .append(esc(url))
                    .append("</id>")
                    .append("<link href=\"")
                    .append(esc(url))
                    .append("\"/>")
                    .append("<updated>")
                    .append(atomDate(i.publishedOn()))
                    .append("</updated>")
                    .append("<author><name>")
                    .append(esc(unitName(i.unitCode())))
                    .append("</name></author>")
                    .append("<summary>")
                    .append(esc(summary(i)))
                    .append("</summary></entry>\n");
        }
        x.append("</feed>\n");
        return xml(x, "application/atom+xml");
    }

    @GetMapping("/portal/feed.rss")
    ResponseEntity<String> rss() {
        String base = base();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">")
                .append("<channel><title>")
                .append(esc(governmentName()))
                .append(" 政府信息公开</title>")
                .append("<link>")
                .append(esc(base))
                .append("/portal/catalog</link>")
                .append("<description>法定主动公开内容</description><language>zh-cn</language>\n");
        for (CatalogItem i : catalog.latest(FEED_SIZE)) {
            String url = base + ItemLinks.path(i.indexNumber().toString());
            x.append("<item><title>")
                    .append(esc(i.title()))
                    .append("</title><link>")
                    .append(esc(url))
                    .append("</link><guid>")
                    .append(esc(url))
                    .append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME
                            .withLocale(Locale.ROOT)
                            .format(i.publishedOn().atStartOfDay(ZONE)))
                    .append("</pubDate><description>")
                    .append(esc(summary(i)))
                    .append("</description></item>\n");
        }
        x.append("</channel></rss>\n");
        return xml(x, "application/rss+xml");
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String base = base();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        PAGES.forEach(p -> x.append("<url><loc>").append(esc(base + p)).append("</loc></url>\n"));
        int written = PAGES.size();
        for (int page = 0; written < SITEMAP_MAX; page++) {
            Page<CatalogItem> items = catalog.list(ItemFilter.publicItems().page(page, 100));
            for (CatalogItem i : items.items()) {
                x.append("<url><loc>")
                        .append(esc(base + ItemLinks.path(i.indexNumber().toString())))
                        .append("</loc><lastmod>")
                        .append(i.publishedOn())
                        .append("</lastmod></url>\n");
                written++;
            }
            if (!items.hasNext()) {
                break;
            }
        }
        x.append("</urlset>\n");
        return xml(x, "application/xml");
    }

    private static ResponseEntity<String> xml(StringBuilder body, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .body(body.toString());
    }

    private static String summary(CatalogItem i) {
        String body = i.content().body().replaceAll("\\s+", " ").strip();
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static String atomDate(LocalDate d) {
        return d.atStartOfDay(ZONE).toOffsetDateTime().toString();
    }

    private String governmentName() {
        return units.all().stream()
                .filter(Unit::isRoot)
                .map(Unit::name)
                .findFirst()
                .orElse("");
    }

    private String unitName(String code) {
        return units.find(code).map(Unit::name).orElse(code);
    }

    private String base() {
        return publicUrl.base();
    }

    /** XML-escapes text, dropping characters XML 1.0 cannot carry. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp == 0x9
                            || cp == 0xA
                            || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD)
                            || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
