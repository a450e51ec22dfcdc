package org.gongkai.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds what a person should never read on a page: a message key of the bundles ({@code denied.view}), a snake-case
 * code ({@code disclosure_request}, {@code unable_not_held}) or a bare enum name ({@code AWAITING_CONFIRMATION}).
 */
public final class PlainChinese {

    private static final Pattern DOTTED =
            Pattern.compile("(?<![\\w@./-])[a-z][a-z0-9-]*(?:\\.[a-z0-9_-]+)+(?![\\w@/])");
    private static final Pattern SNAKE = Pattern.compile("(?<![\\w@./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\\w@/])");
    private static final Pattern UPPER = Pattern.compile("(?<![\\w./-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w/])");
    private static final Set<String> KEYS = bundleKeys();

    /** The platform's enums whose constants must never show: statuses, kinds, roles, types. */
    public static final PlainChinese PLATFORM = refusing(
            org.gongkai.requests.Status.class,
            org.gongkai.requests.ApplicantType.class,
            org.gongkai.requests.Channel.class,
            org.gongkai.requests.Outcome.class,
            org.gongkai.catalog.DocumentType.class,
            org.gongkai.catalog.Validity.class,
            org.gongkai.catalog.ItemStatus.class,
            org.gongkai.catalog.DisclosureMode.class,
            org.gongkai.org.Role.class,
            org.gongkai.org.UnitKind.class,
            org.gongkai.reviews.ReviewStage.class,
            org.gongkai.reviews.ReviewResult.class,
            org.gongkai.annualreport.ReportStatus.class);

    private final Set<String> enumNames;

    private PlainChinese(Set<String> enumNames) {
        this.enumNames = enumNames;
    }

    /** A checker that also refuses the names of these enums' constants (multi-word names are always refused). */
    @SafeVarargs
    public static PlainChinese refusing(Class<? extends Enum<?>>... enums) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<? extends Enum<?>> e : enums) {
            for (Enum<?> c : e.getEnumConstants()) {
                names.add(c.name());
            }
        }
        return new PlainChinese(names);
    }

    /** Every raw key, code or enum name in a page's visible text. */
    public List<String> rawTokens(String text) {
        List<String> found = new ArrayList<>();
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            String t = dotted.group();
            if (KEYS.contains(t) || KEYS.stream().anyMatch(k -> k.startsWith(t + "."))) {
                found.add(t);
            }
        }
        Matcher snake = SNAKE.matcher(text);
        while (snake.find()) {
            found.add(snake.group());
        }
        Matcher upper = UPPER.matcher(text);
        while (upper.find()) {
            String t = upper.group();
            if (t.contains("_") || enumNames.contains(t)) {
                found.add(t);
            }
        }
        return found;
    }

    /** The visible text of an HTML page, roughly: scripts, styles and tags removed, entities of note decoded. */
    public static String textOf(String html) {
        return html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static Set<String> bundleKeys() {
        Set<String> keys = new LinkedHashSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                Properties p = new Properties();
                try (InputStream in = r.getInputStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                keys.addAll(p.stringPropertyNames());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
