package org.gongkai.reportreading;

import java.util.List;

/** Headings and labels misread by recognition, told by the characters they keep of the printed ones, in order. */
final class KeptCharacters {

    private KeptCharacters() {}

    /** Length of the longest common subsequence of two short strings. */
    static int commonInOrder(String a, String b) {
        int[][] m = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                m[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? m[i - 1][j - 1] + 1 : Math.max(m[i - 1][j], m[i][j - 1]);
            }
        }
        return m[a.length()][b.length()];
    }

    /**
     * The candidate of which {@code read} keeps the largest share of characters in order — at least half of them
     * and at least {@code least}, strictly more than of any other candidate — or -1.
     */
    static int closest(String read, List<String> candidates, int least) {
        int best = -1;
        double bestShare = 0;
        double second = 0;
        for (int i = 0; i < candidates.size(); i++) {
            String own = candidates.get(i);
            int common = commonInOrder(read, own);
            double share = common < least || own.isEmpty() ? 0 : (double) common / own.length();
            if (share > bestShare) {
                second = bestShare;
                bestShare = share;
                best = i;
            } else if (share > second) {
                second = share;
            }
        }
        return best < 0 || bestShare < 0.5 || second >= bestShare ? -1 : best;
    }
}
