package dev.essays.comments;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Site-wide moderation rules. Word lists match case-insensitively as substrings (as WordPress does); e-mail
 * entries match whole addresses, domain entries the part after {@code @} and its subdomains.
 *
 * @param closeAfterDays 0 = comments never close by age
 */
public record ModerationSettings(
        ModerationMode mode,
        int maxLinks,
        List<String> moderationWords,
        List<String> blockedWords,
        List<CidrRange> blockedIpRanges,
        Set<String> blockedEmails,
        Set<String> blockedDomains,
        int closeAfterDays,
        int threadDepth) {

    public static final ModerationSettings DEFAULT = new ModerationSettings(ModerationMode.FIRST_TIME, 2,
            List.of(), List.of(), List.of(), Set.of(), Set.of(), 0, 5);

    public ModerationSettings {
        moderationWords = lower(moderationWords);
        blockedWords = lower(blockedWords);
        blockedIpRanges = List.copyOf(blockedIpRanges);
        blockedEmails = Set.copyOf(lower(List.copyOf(blockedEmails)));
        blockedDomains = Set.copyOf(lower(List.copyOf(blockedDomains)));
        if (maxLinks < 0 || closeAfterDays < 0 || threadDepth < 1) {
            throw new IllegalArgumentException("maxLinks and closeAfterDays must be >= 0, threadDepth >= 1");
        }
    }

    /** These settings with an essay's own overrides applied (nulls keep the site value). */
    public ModerationSettings with(ModerationOverride o) {
        if (o == null) {
            return this;
        }
        return new ModerationSettings(o.mode() != null ? o.mode() : mode, maxLinks, moderationWords, blockedWords,
                blockedIpRanges, blockedEmails, blockedDomains,
                o.closeAfterDays() != null ? o.closeAfterDays() : closeAfterDays,
                o.threadDepth() != null ? o.threadDepth() : threadDepth);
    }

    public ModerationSettings withMode(ModerationMode m) {
        return with(new ModerationOverride(m, null, null));
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableList());
    }
}
