package dev.essays.comments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a new comment's status from the settings. Spam rules win over hold rules; hold rules over the
 * mode. The "is closed" check is separate ({@link #isClosed}) because a closed essay refuses the post.
 */
public final class ModerationPolicy {

    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|(?<!//)\\bwww\\.");

    private final ModerationSettings settings;

    public ModerationPolicy(ModerationSettings settings) {
        this.settings = settings;
    }

    public ModerationSettings settings() {
        return settings;
    }

    /**
     * @param s                    a validated submission
     * @param knownCommenter       this e-mail already has an approved comment
     * @param extraHoldReasons     holds found by other checks (for example a missing time token)
     */
    public Verdict decide(Submission s, boolean knownCommenter, List<String> extraHoldReasons) {
        List<String> spam = spamReasons(s);
        if (!spam.isEmpty()) {
            return new Verdict(CommentStatus.SPAM, spam);
        }
        List<String> hold = new ArrayList<>(extraHoldReasons);
        int links = countLinks(s.text());
        if (links > settings.maxLinks()) {
            hold.add("more than " + settings.maxLinks() + " links");
        }
        String word = firstWord(settings.moderationWords(), s);
        if (word != null) {
            hold.add("moderation word \"" + word + "\"");
        }
        if (settings.mode() == ModerationMode.ALL) {
            hold.add("all comments are moderated");
        } else if (settings.mode() == ModerationMode.FIRST_TIME && !knownCommenter) {
            hold.add("first comment from this e-mail address");
        }
        return hold.isEmpty() ? new Verdict(CommentStatus.APPROVED, List.of())
                : new Verdict(CommentStatus.PENDING, hold);
    }

    /** True when the essay's comments closed by age ({@code closeAfterDays} after publication). */
    public boolean isClosed(Instant publishedOn, Instant now) {
        return settings.closeAfterDays() > 0 && publishedOn != null
                && now.isAfter(publishedOn.plus(Duration.ofDays(settings.closeAfterDays())));
    }

    private List<String> spamReasons(Submission s) {
        List<String> reasons = new ArrayList<>();
        String word = firstWord(settings.blockedWords(), s);
        if (word != null) {
            reasons.add("blocked word \"" + word + "\"");
        }
        String email = s.email().toLowerCase(Locale.ROOT);
        if (settings.blockedEmails().contains(email)) {
            reasons.add("blocked e-mail address");
        }
        int at = email.lastIndexOf('@');
        String domain = at < 0 ? "" : email.substring(at + 1);
        for (String blocked : settings.blockedDomains()) {
            if (domain.equals(blocked) || domain.endsWith("." + blocked)) {
                reasons.add("blocked domain " + blocked);
                break;
            }
        }
        for (CidrRange range : settings.blockedIpRanges()) {
            if (range.contains(s.clientIp())) {
                reasons.add("blocked IP range " + range);
                break;
            }
        }
        return reasons;
    }

    /** The first listed word found in name, e-mail, URL, text or user agent (WordPress looks at all of them). */
    private static String firstWord(List<String> words, Submission s) {
        if (words.isEmpty()) {
            return null;
        }
        String haystack = String.join("\n", s.author(), s.email(), s.url(), s.text(), s.userAgent())
                .toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (haystack.contains(w)) {
                return w;
            }
        }
        return null;
    }

    static int countLinks(String text) {
        Matcher m = LINK.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
