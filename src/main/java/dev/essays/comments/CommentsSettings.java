package dev.essays.comments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the site's comment configuration from flat key/value settings (Magnolia module configuration, the
 * preview host's properties). Missing keys keep the defaults; a bad value stops with a message naming the
 * key. Lists are separated by commas or new lines.
 *
 * <pre>
 * moderation.mode           none | first-time | all         (first-time)
 * moderation.maxLinks       hold with more links than this   (2)
 * moderation.words          hold when one of these appears
 * spam.words | spam.ipRanges | spam.emails | spam.domains    mark as spam
 * closeAfterDays            0 = never                        (0)
 * threadDepth               1..20                            (5)
 * rateLimit.perClientPerMinute  0 = off                      (5)
 * rateLimit.perEmailSeconds     0 = off                      (15)
 * limits.text | limits.author | limits.email | limits.url    (5000, 245, 100, 200)
 * essayPathPattern          site path of an essay page       (/essays/{slug})
 * privacyConsent            required | off                   (off)
 * </pre>
 */
public final class CommentsSettings {

    private CommentsSettings() {
    }

    public static CommentsConfig read(Map<String, String> settings) {
        CommentsConfig d = CommentsConfig.DEFAULT;
        ModerationSettings m = d.moderation();
        String modeText = settings.get("moderation.mode");
        ModerationMode mode = modeText == null || modeText.isBlank() ? m.mode()
                : ModerationMode.parse(modeText).orElseThrow(() -> bad("moderation.mode", modeText,
                "one of none, first-time, all"));
        List<CidrRange> ranges = new ArrayList<>();
        for (String r : list(settings, "spam.ipRanges")) {
            try {
                ranges.add(CidrRange.parse(r));
            } catch (IllegalArgumentException e) {
                throw bad("spam.ipRanges", r, "an IP address or range such as 203.0.113.0/24 or 2001:db8::/32");
            }
        }
        ModerationSettings moderation = new ModerationSettings(mode,
                integer(settings, "moderation.maxLinks", m.maxLinks(), 0, 1000),
                list(settings, "moderation.words"), list(settings, "spam.words"), ranges,
                new LinkedHashSet<>(list(settings, "spam.emails")), Set.copyOf(list(settings, "spam.domains")),
                integer(settings, "closeAfterDays", m.closeAfterDays(), 0, 100_000),
                integer(settings, "threadDepth", m.threadDepth(), 1, 20));
        Limits l = d.limits();
        Limits limits = new Limits(integer(settings, "limits.text", l.text(), 1, 100_000),
                integer(settings, "limits.author", l.author(), 1, 1_000),
                integer(settings, "limits.email", l.email(), 6, 320),
                integer(settings, "limits.url", l.url(), 10, 2_000), l.userAgent());
        String path = settings.getOrDefault("essayPathPattern", d.essayPathPattern()).strip();
        if (!path.startsWith("/") || !path.contains("{slug}")) {
            throw bad("essayPathPattern", path, "a site path containing {slug}, such as /essays/{slug}");
        }
        return new CommentsConfig(limits, moderation,
                integer(settings, "rateLimit.perClientPerMinute", d.perClientPerMinute(), 0, 100_000),
                Duration.ofSeconds(integer(settings, "rateLimit.perEmailSeconds",
                        (int) d.perEmailInterval().toSeconds(), 0, 86_400)),
                d.editWindow(), d.listCacheTtl(), path, consent(settings.get("privacyConsent")));
    }

    private static boolean consent(String v) {
        if (v == null || v.isBlank() || v.strip().equals("off")) {
            return false;
        }
        if (v.strip().equals("required")) {
            return true;
        }
        throw bad("privacyConsent", v, "required or off");
    }

    private static List<String> list(Map<String, String> settings, String key) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            return List.of();
        }
        return Arrays.stream(v.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int integer(Map<String, String> settings, String key, int fallback, int min, int max) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, v, "a whole number from " + min + " to " + max);
    }

    private static IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException("Comment setting " + key + " is \"" + value + "\"; it must be " + expected + ".");
    }
}
