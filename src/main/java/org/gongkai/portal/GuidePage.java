package org.gongkai.portal;

/** The two pages of the 政府信息公开 column the disclosure office writes: the guide (指南) and the rules (制度). */
public enum GuidePage {
    GUIDE("guide"),
    RULES("rules");

    private final String key;

    GuidePage(String key) {
        this.key = key;
    }

    /** The page's key in addresses and message codes ({@code portal.page.guide}). */
    public String key() {
        return key;
    }

    public static java.util.Optional<GuidePage> fromKey(String key) {
        return java.util.Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
