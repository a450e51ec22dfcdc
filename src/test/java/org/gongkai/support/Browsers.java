package org.gongkai.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;

/**
 * Launches the system Chromium (/usr/bin/chromium) headless for browser tests, without downloading browsers.
 * Use in try-with-resources: {@code try (Browsers b = Browsers.chromium()) { Page page = b.newPage(); … }}.
 */
public final class Browsers implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browsers chromium() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(CHROMIUM)).setHeadless(true).setArgs(ARGS));
            return new Browsers(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh page in its own context (own cookies, so own session). */
    public com.microsoft.playwright.Page newPage() {
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
}
