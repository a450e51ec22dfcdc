package org.gongkai.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/**
 * A step on the console's case page as staff take it in the browser: open the step (its {@code <details>}), fill
 * in the form, press 下一步, look at the preview, confirm. {@code step} is the step's action ({@code extend}).
 */
public final class CaseSteps {

    private CaseSteps() {}

    /** Opens the step's form (one step is open at a time). */
    public static void open(Page page, String step) {
        page.click("#step-" + step + " > summary");
        assertThat(page.locator("#step-" + step + "[open]")).hasCount(1);
    }

    /** Submits the open step's form: the preview of what it will do, nothing done yet. */
    public static void preview(Page page, String step) {
        page.click("#do-" + step);
        assertThat(page.locator("#step-preview")).isVisible();
    }

    /** Confirms the step shown in the preview. */
    public static void confirm(Page page, String step) {
        page.click("#do-confirm-" + step);
    }

    /** Opens the step, lets {@code fill} fill in its form, previews and confirms it. */
    public static void take(Page page, String step, Runnable fill) {
        open(page, step);
        fill.run();
        preview(page, step);
        confirm(page, step);
    }

    /** Opens the step and, its form needing nothing, previews and confirms it. */
    public static void take(Page page, String step) {
        take(page, step, () -> {});
    }
}
