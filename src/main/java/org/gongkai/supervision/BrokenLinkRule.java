package org.gongkai.supervision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalog.CatalogInspection;
import org.gongkai.platform.GongkaiProperties;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Broken internal links and missing attachments in published items (《政府网站与政务新媒体检查指标》, 内容准确性:
 * 链接不可用): a link into the portal naming an item that is withdrawn or gone, or an attachment that is not served,
 * and an attachment whose stored file is missing. Each broken link is its own finding, resolved when it is fixed.
 * Two set-based questions to the catalogue: the bodies that mention the portal, then which of the targets named
 * in them exist.
 */
@Component
class BrokenLinkRule implements SelfInspectionRule {

    private static final int SUBJECT_MAX = 300;
    private final CatalogInspection catalog;
    private final PortalLinks links;

    BrokenLinkRule(CatalogInspection catalog, GongkaiProperties properties) {
        this.catalog = catalog;
        this.links = new PortalLinks(properties.publicUrl());
    }

    @Override
    public String code() {
        return "broken-link";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        Map<CatalogInspection.ItemRef, List<PortalLinks.Link>> found = new java.util.LinkedHashMap<>();
        Set<String> numbers = new HashSet<>();
        Set<Long> attachments = new HashSet<>();
        for (CatalogInspection.ItemText t : catalog.bodiesContaining(scope.units(), PortalLinks.PATH)) {
            List<PortalLinks.Link> in = links.in(t.text());
            if (!in.isEmpty()) {
                found.put(t.item(), in);
                in.forEach(l -> {
                    if (l.indexNumber() != null) {
                        numbers.add(l.indexNumber());
                    } else {
                        attachments.add(l.attachmentId());
                    }
                });
            }
        }
        Set<String> shown = catalog.publicIndexNumbers(numbers);
        Set<Long> served = catalog.servedAttachments(attachments);
        List<Detection> out = new ArrayList<>();
        found.forEach((item, in) -> {
            for (PortalLinks.Link l : in) {
                boolean broken =
                        l.indexNumber() != null ? !shown.contains(l.indexNumber()) : !served.contains(l.attachmentId());
                if (broken) {
                    out.add(Detection.of(
                            item.unitCode(),
                            subject("link:" + item.id() + ":" + l.written()),
                            Evidence.item(item.id()),
                            item.title(),
                            l.written(),
                            reason(l.indexNumber() != null ? "item" : "attachment")));
                }
            }
        });
        for (CatalogInspection.AttachmentRef a : catalog.attachmentsWithoutContent(scope.units())) {
            out.add(Detection.of(
                    a.item().unitCode(),
                    "attachment:" + a.attachmentId(),
                    Evidence.item(a.item().id()),
                    a.item().title(),
                    a.filename(),
                    reason("file")));
        }
        return out;
    }

    private static DefaultMessageSourceResolvable reason(String kind) {
        return new DefaultMessageSourceResolvable("supervision.rule.broken-link.reason." + kind);
    }

    private static String subject(String s) {
        return s.length() <= SUBJECT_MAX
                ? s
                : s.substring(0, SUBJECT_MAX - 17) + "#" + Integer.toHexString(s.hashCode());
    }
}
