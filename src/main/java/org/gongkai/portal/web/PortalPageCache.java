package org.gongkai.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.catalog.CatalogChanges;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps rendered public catalogue pages (browse lists, overview, item pages) in memory, as portals publish static
 * pages: a page is served from here until the catalogue changes (a publication, change or withdrawal empties the
 * cache at once) or a minute has passed. Only anonymous GETs that succeeded are kept, per address and text size.
 */
@Component
class PortalPageCache extends OncePerRequestFilter {

    private static final int MAX_PAGES = 2000;
    private static final long MAX_AGE_NANOS = 60_000_000_000L;

    private record Cached(byte[] body, String contentType, long version, long storedAt) {}

    private final CatalogChanges changes;
    private final Map<String, Cached> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_PAGES;
        }
    };

    PortalPageCache(CatalogChanges changes) {
        this.changes = changes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod())
                || !path.startsWith("/portal/catalog")
                || path.startsWith("/portal/catalog/attachments")
                || request.getHeader("Authorization") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        long version = changes.version();
        Cached hit;
        synchronized (pages) {
            hit = pages.get(key);
        }
        if (hit != null && hit.version() == version && System.nanoTime() - hit.storedAt() < MAX_AGE_NANOS) {
            response.setContentType(hit.contentType());
            response.setContentLength(hit.body().length);
            response.getOutputStream().write(hit.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && wrapper.getContentType() != null && request.getSession(false) == null) {
            Cached fresh =
                    new Cached(wrapper.getContentAsByteArray(), wrapper.getContentType(), version, System.nanoTime());
            synchronized (pages) {
                pages.put(key, fresh);
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static String key(HttpServletRequest request) {
        boolean large = false;
        if (request.getCookies() != null) {
            for (var c : request.getCookies()) {
                large |= PortalModelAdvice.COOKIE.equals(c.getName()) && "large".equals(c.getValue());
            }
        }
        String query = request.getQueryString();
        return (large ? "L " : "N ") + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
