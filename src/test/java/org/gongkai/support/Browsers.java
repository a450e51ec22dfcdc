package org.gongkai.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chromium for browser tests: the system's /usr/bin/chromium driven by Playwright (no browser download), and
 * axe-core (vendored in src/test/resources/axe, MPL-2.0, see LICENSE there) to check a page's accessibility.
 * Either {@code try (Browsers b = Browsers.chromium()) { Page page = b.newPage(); … }} or, with your own
 * Playwright, {@code Browsers.chromium(playwright)}.
 */
public final class Browsers implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");
    private static String axeSource;

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** A Playwright with its own headless Chromium; close it when done. */
    public static Browsers chromium() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browsers(playwright, chromium(playwright));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Launches headless Chromium on a given Playwright; close the Playwright when done. */
    public static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(CHROMIUM))
                        .setArgs(ARGS)
                        .setHeadless(true));
    }

    /** A fresh page in its own context (own cookies, so own session). */
    public Page newPage() {
        return browser.newContext().newPage();
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** One accessibility violation as axe reports it. */
    public record Violation(String id, String impact, String help, List<String> targets) {}

    /** Runs axe-core in the page (WCAG 2.0/2.1 A and AA rules) and returns its serious and critical violations. */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousAccessibilityViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        }
        // resultTypes: only violations get every node listed (passes and the rest one node each): the same rules
        // run, axe just spares itself building results nobody reads
        Object result = page.evaluate("async () => { const r = await axe.run(document, {runOnly: {type: 'tag', "
                + "values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']}); "
                + "return r.violations.map(v => ({id: v.id, "
                + "impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' '))})); }");
        List<Violation> out = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                out.add(new Violation(String.valueOf(v.get("id")), impact, String.valueOf(v.get("help")), (List<String>)
                        v.get("targets")));
            }
        }
        return out;
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browsers.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
