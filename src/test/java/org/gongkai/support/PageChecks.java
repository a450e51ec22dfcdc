package org.gongkai.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ScreenshotType;
import com.microsoft.playwright.options.Timing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every portal and console page must pass in Chromium, at a desktop width (1366 px) and a phone width (390
 * px): it answers, nothing is wider than the window, no message key or enum name shows ({@link PlainChinese}),
 * axe-core finds no serious or critical violation; a screenshot of the page (JPEG, down to {@value #SHOT_HEIGHT} px)
 * is kept in {@code target/screenshots}.
 *
 * <p>axe runs once per distinct page and width: two pages whose documents are the same (form tokens aside) at the
 * same width render the same, so a second role seeing the same page is checked for overflow and raw keys and
 * photographed, and axe's answer for the first is its answer.
 */
public final class PageChecks {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int DESKTOP = 1366;
    public static final int PHONE = 390;
    public static final List<Integer> WIDTHS = List.of(DESKTOP, PHONE);
    /**
     * A screenshot shows the page down to this height: enough to look at any page (a long list's first screens),
     * while the checks read the whole document.
     */
    static final int SHOT_HEIGHT = 8000;

    private final PlainChinese plain;
    private final Set<String> axed = ConcurrentHashMap.newKeySet();
    private final List<String> times = new ArrayList<>();

    public PageChecks(PlainChinese plain) {
        this.plain = plain;
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser context at {@code width}: the phone width as a phone (its viewport rule honoured), CSP off for axe. */
    public static Browser.NewContextOptions at(int width) {
        return new Browser.NewContextOptions()
                .setBypassCSP(true) // only to inject axe-core; the platform's own pages run no script
                .setViewportSize(width, width == PHONE ? 844 : 900)
                .setIsMobile(width == PHONE);
    }

    /**
     * Checks the page just opened ({@code response} of its navigation, {@code allowed} statuses besides 200) and
     * photographs it as {@code name}.jpg; returns the problems found, each starting with {@code where}.
     */
    public List<String> check(Page page, Response response, String where, String name, Set<Integer> allowed) {
        List<String> problems = new ArrayList<>();
        int status = response == null ? 0 : response.status();
        if (status != 200 && !allowed.contains(status)) {
            problems.add(where + ": status " + (response == null ? "none" : status));
            return problems;
        }
        Timing t = response.request().timing();
        long t0 = System.nanoTime();
        int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setClip(0, 0, page.viewportSize().width, Math.min(height, SHOT_HEIGHT))
                .setType(ScreenshotType.JPEG)
                .setQuality(80)
                .setPath(SCREENSHOTS.resolve(name + ".jpg")));
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (((Number) overflow).intValue() > 0) {
            problems.add(where + ": wider than the window by " + overflow + " px");
        }
        List<String> raw = plain.rawTokens(page.locator("body").innerText());
        if (!raw.isEmpty()) {
            problems.add(where + ": raw keys or names " + raw);
        }
        long t1 = System.nanoTime();
        String html = (String) page.evaluate("() => document.documentElement.outerHTML");
        int width = page.viewportSize().width;
        boolean axe = axed.add(width + " " + fingerprint(html));
        if (axe) {
            List<Browsers.Violation> violations = Browsers.seriousAccessibilityViolations(page);
            if (!violations.isEmpty()) {
                problems.add(where + ": " + violations);
                // the same document fails again wherever it is seen
                axed.remove(width + " " + fingerprint(html));
            }
        }
        long t2 = System.nanoTime();
        times.add(Math.round(t.responseEnd - t.requestStart) + "\t" + (t1 - t0) / 1_000_000 + "\t"
                + (axe ? (t2 - t1) / 1_000_000 : -1) + "\t" + where);
        return problems;
    }

    /**
     * Each checked page: its time from request sent to last byte received as Chromium measured it, the screenshot
     * and overflow/raw-key checks, axe (-1 when the same document was already checked), all in ms, and where.
     */
    public List<String> times() {
        return times;
    }

    /** The document without what differs between two sessions' copies of one page: the form tokens. */
    private static String fingerprint(String html) {
        String same = html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\"");
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(same.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
