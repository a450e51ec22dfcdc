package org.gongkai.reportreading;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A page scanned slightly askew (a sheet laid on the glass at half a degree) straightened before its ruling
 * lines are looked for: at 0.7° a table's rules drift 12 pixels across the page and no pixel row holds a long
 * dark run. The skew is the angle at which the page's ink, projected onto the vertical, piles into the fewest and
 * fullest rows (ruling lines and text lines both line up then); searched within ±{@link #MAX_DEGREES}.
 */
final class Deskew {

    static final double MAX_DEGREES = 2.0;

    /** Below this the page is left as it is (a rule drifts under two pixels across a page). */
    static final double MIN_DEGREES = 0.08;

    private static final int INK = 140;

    /** The ink is sampled every third pixel of every third row. */
    private static final int STEP = 3;

    private Deskew() {}

    /** The page turned upright, or the page itself when it is not askew. */
    static BufferedImage straight(BufferedImage page) {
        double a = angle(page);
        if (Math.abs(a) < MIN_DEGREES) {
            return page;
        }
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(-a), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The page's skew in degrees (positive: lines fall to the right, in image coordinates). */
    static double angle(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        int n = 0;
        for (int y = 0; y < h; y += STEP) {
            for (int x = 0; x < w; x += STEP) {
                int rgb = page.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (grey < INK) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) {
            return 0;
        }
        double best = 0;
        double bestScore = score(xs, ys, n, w, h, 0);
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.25) {
            double s = score(xs, ys, n, w, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.2; a <= coarse + 0.2 + 1e-9; a += 0.05) {
            double s = score(xs, ys, n, w, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    /**
     * Sum of squared counts of the ink projected at angle {@code degrees} into rows {@link #STEP} pixels high (the
     * ink is sampled every {@link #STEP}th pixel): higher when rows line up.
     */
    private static double score(int[] xs, int[] ys, int n, int w, int h, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * w) + 2;
        long[] rows = new long[(h + 2 * margin) / STEP + 1];
        for (int i = 0; i < n; i++) {
            int y = (int) Math.floor((ys[i] - xs[i] * t + margin) / STEP);
            if (y >= 0 && y < rows.length) {
                rows[y]++;
            }
        }
        double s = 0;
        for (long r : rows) {
            s += (double) r * r;
        }
        return s;
    }
}
