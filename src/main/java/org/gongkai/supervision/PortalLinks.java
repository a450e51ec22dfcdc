package org.gongkai.supervision;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links into the portal written in an item's text: relative ({@code /portal/…}) or absolute on the platform's own
 * host (the public URL's, else localhost). Links to other sites are not the platform's to judge. Of these, the
 * links to an item ({@code /portal/catalog/items/UNIT/YEAR-SERIAL}) and to an attachment
 * ({@code /portal/catalog/attachments/ID}) name a record whose presence can be checked.
 */
final class PortalLinks {

    static final String PATH = "/portal/";
    private static final Pattern LINK = Pattern.compile(
            "(?<![A-Za-z0-9./_\\-])(?:https?://([A-Za-z0-9.\\-]+)(?::[0-9]+)?)?(/portal/[A-Za-z0-9/_\\-.%?=&#~]*)");
    private static final Pattern ITEM = Pattern.compile("/portal/catalog/items/([^/?#]+)/([0-9]{4}-[0-9]+)");
    private static final Pattern ATTACHMENT = Pattern.compile("/portal/catalog/attachments/([0-9]{1,18})");

    /** A link as written and what it points at: an item's index number or an attachment's id (one of them). */
    record Link(String written, String indexNumber, Long attachmentId) {}

    private final Set<String> ownHosts;

    PortalLinks(String publicUrl) {
        this.ownHosts = ownHosts(publicUrl);
    }

    private static Set<String> ownHosts(String publicUrl) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return Set.of("localhost", "127.0.0.1");
        }
        try {
            String host = URI.create(publicUrl).getHost();
            return host == null ? Set.of("localhost") : Set.of(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Set.of("localhost");
        }
    }

    /** The links in the text to an item or an attachment on the portal, in order, each once. */
    List<Link> in(String text) {
        List<Link> out = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String host = m.group(1);
            if (host != null && !ownHosts.contains(host.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String written = m.group().replaceAll("[.?&#]+$", "");
            String path = decode(m.group(2));
            Link link = null;
            Matcher item = ITEM.matcher(path);
            Matcher att = ATTACHMENT.matcher(path);
            if (item.lookingAt()) {
                link = new Link(written, item.group(1) + "/" + item.group(2), null);
            } else if (att.lookingAt()) {
                link = new Link(written, null, Long.parseLong(att.group(1)));
            }
            if (link != null && out.stream().noneMatch(l -> l.written().equals(written))) {
                out.add(link);
            }
        }
        return out;
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
