package dev.essays.csl;

/** One item cited inside a cluster, with its pinpoint (locator + label) and affixes. */
public record CslCite(String itemId, String prefix, String suffix, String locator, String label,
                      boolean suppressAuthor, boolean authorOnly) {

    public static CslCite of(String itemId) {
        return new CslCite(itemId, null, null, null, null, false, false);
    }
}
