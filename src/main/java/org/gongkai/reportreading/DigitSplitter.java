package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits digits printed without separators ("640020470") into cells, using the table's own sums: within
 * each group of cells the last is the sum of the others (64|0|0|2|0|4|70). The search is a depth-first walk
 * over cut positions in which every sum cell is forced (its digits must be the sum), bounded by a node
 * budget, so it never explodes: when the budget runs out it gives up with what it found.
 */
final class DigitSplitter {

    static final int NODE_BUDGET = 50_000;
    static final int MAX_RESULTS = 64;
    private static final int MAX_PART = 9;

    private final String s;
    private final boolean[] forcedCut;
    private final int[] groups;
    private final int parts;
    private final List<long[]> results = new ArrayList<>();
    private int nodes;

    private DigitSplitter(String s, boolean[] forcedCut, int[] groups) {
        this.s = s;
        this.forcedCut = forcedCut;
        this.groups = groups;
        int p = 0;
        for (int g : groups) {
            p += g;
        }
        this.parts = p;
    }

    /**
     * Every way (up to {@link #MAX_RESULTS}) to cut {@code pieces}, concatenated, into cells whose groups add
     * up: {@code groups} are the group sizes, the last cell of each group being its sum; a group of size 1
     * has no sum. Cuts between pieces are kept.
     */
    static List<long[]> split(List<String> pieces, int[] groups) {
        StringBuilder sb = new StringBuilder();
        List<Integer> cuts = new ArrayList<>();
        for (String p : pieces) {
            sb.append(p);
            cuts.add(sb.length());
        }
        if (sb.length() > 120) {
            return List.of();
        }
        boolean[] forced = new boolean[sb.length() + 1];
        for (int c : cuts) {
            forced[c] = true;
        }
        DigitSplitter d = new DigitSplitter(sb.toString(), forced, groups);
        d.walk(0, 0, 0, 0, 0, new long[d.parts]);
        return d.results;
    }

    private void walk(int pos, int part, int group, int inGroup, long sum, long[] acc) {
        if (++nodes > NODE_BUDGET || results.size() >= MAX_RESULTS) {
            return;
        }
        if (part == parts) {
            if (pos == s.length()) {
                results.add(acc.clone());
            }
            return;
        }
        int remainingParts = parts - part;
        if (s.length() - pos < remainingParts) {
            return;
        }
        int size = groups[group];
        boolean sumCell = size > 1 && inGroup == size - 1;
        if (sumCell) {
            String want = Long.toString(sum);
            int end = pos + want.length();
            if (s.startsWith(want, pos) && cutAllowed(pos, end)) {
                acc[part] = sum;
                walk(end, part + 1, group + 1, 0, 0, acc);
            }
            return;
        }
        int maxLen = Math.min(MAX_PART, s.length() - pos - (remainingParts - 1));
        for (int len = 1; len <= maxLen; len++) {
            int end = pos + len;
            if (!cutAllowed(pos, end)) {
                if (crossesForcedCut(pos, end)) {
                    break;
                }
                continue;
            }
            if (len > 1 && s.charAt(pos) == '0') {
                break;
            }
            long v = Long.parseLong(s, pos, end, 10);
            acc[part] = v;
            if (size == 1) {
                walk(end, part + 1, group + 1, 0, 0, acc);
            } else {
                walk(end, part + 1, group, inGroup + 1, sum + v, acc);
            }
        }
    }

    /** A cell from pos to end may not contain a forced cut inside it, and must end on a forced cut or not. */
    private boolean cutAllowed(int pos, int end) {
        return !crossesForcedCut(pos, end);
    }

    private boolean crossesForcedCut(int pos, int end) {
        for (int i = pos + 1; i < end; i++) {
            if (forcedCut[i]) {
                return true;
            }
        }
        return false;
    }
}
