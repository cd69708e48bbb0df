package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModerationPolicyTest {

    private static ModerationSettings settings(ModerationMode mode) {
        return ModerationSettings.DEFAULT.withMode(mode);
    }

    private static Verdict decide(ModerationSettings settings, Submission s, boolean known) {
        return new ModerationPolicy(settings).decide(s, known, List.of());
    }

    private static ModerationSettings blocking(List<String> words, List<String> ranges, Set<String> emails,
                                               Set<String> domains) {
        return new ModerationSettings(ModerationMode.NONE, 2, List.of("viagra-lite"), words,
                ranges.stream().map(CidrRange::parse).toList(), emails, domains, 0, 5);
    }

    @Test
    void heldForModeration_whenFirstTimeCommenter() {
        Verdict v = decide(ModerationSettings.DEFAULT, Submissions.valid(), false);
        assertEquals(CommentStatus.PENDING, v.status());
        assertTrue(v.reasons().get(0).contains("first comment"));
    }

    @Test
    void approved_whenEmailAlreadyHasApprovedComment() {
        assertEquals(CommentStatus.APPROVED, decide(ModerationSettings.DEFAULT, Submissions.valid(), true).status());
    }

    @Test
    void approved_whenModerationOff() {
        assertEquals(CommentStatus.APPROVED, decide(settings(ModerationMode.NONE), Submissions.valid(), false).status());
    }

    @Test
    void heldForModeration_whenModeAll_evenForKnownCommenter() {
        assertEquals(CommentStatus.PENDING, decide(settings(ModerationMode.ALL), Submissions.valid(), true).status());
    }

    @Test
    void heldForModeration_whenMoreThanTwoLinks() {
        Submission three = Submissions.with("comment", "see http://a.example https://b.example and www.c.example");
        Submission two = Submissions.with("comment", "see http://www.a.example and https://b.example");
        assertEquals(CommentStatus.PENDING, decide(settings(ModerationMode.NONE), three, true).status());
        assertEquals(CommentStatus.APPROVED, decide(settings(ModerationMode.NONE), two, true).status());
    }

    @Test
    void heldForModeration_whenModerationWordAppears() {
        Submission s = Submissions.with("comment", "Try VIAGRA-LITE today");
        Verdict v = decide(blocking(List.of(), List.of(), Set.of(), Set.of()), s, true);
        assertEquals(CommentStatus.PENDING, v.status());
    }

    @Test
    void spam_whenBlockedWordAppearsInAnyField() {
        ModerationSettings m = blocking(List.of("casino"), List.of(), Set.of(), Set.of());
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("author", "Best Casino"), true).status());
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("url", "https://casino.example"), true).status());
    }

    @Test
    void spam_whenEmailOrDomainBlocked() {
        ModerationSettings m = blocking(List.of(), List.of(), Set.of("Bad@Example.org"), Set.of("spam.example"));
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("email", "bad@example.org"), true).status());
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("email", "x@spam.example"), true).status());
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("email", "x@mail.spam.example"), true).status());
        assertEquals(CommentStatus.APPROVED, decide(m, Submissions.with("email", "x@notspam.example"), true).status());
    }

    @Test
    void spam_whenIpInBlockedIpv4OrIpv6Range() {
        ModerationSettings m = blocking(List.of(), List.of("203.0.113.0/24", "2001:db8::/32"), Set.of(), Set.of());
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("ip", "203.0.113.77"), true).status());
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("ip", "2001:db8:1::5"), true).status());
        assertEquals(CommentStatus.APPROVED, decide(m, Submissions.with("ip", "203.0.114.1"), true).status());
        assertEquals(CommentStatus.APPROVED, decide(m, Submissions.with("ip", "2001:db9::1"), true).status());
    }

    @Test
    void spamRulesWin_overHoldRules() {
        ModerationSettings m = blocking(List.of("casino"), List.of(), Set.of(), Set.of()).withMode(ModerationMode.ALL);
        assertEquals(CommentStatus.SPAM, decide(m, Submissions.with("comment", "casino"), true).status());
    }

    @Test
    void closed_afterConfiguredDays() {
        ModerationSettings m = ModerationSettings.DEFAULT.with(new ModerationOverride(null, null, 14));
        Instant published = Instant.parse("2026-01-01T00:00:00Z");
        ModerationPolicy p = new ModerationPolicy(m);
        assertFalse(p.isClosed(published, published.plus(Duration.ofDays(13))));
        assertTrue(p.isClosed(published, published.plus(Duration.ofDays(15))));
        assertFalse(new ModerationPolicy(ModerationSettings.DEFAULT).isClosed(published, published.plus(Duration.ofDays(9999))));
    }

    @Test
    void perEssayOverride_replacesOnlyWhatItSets() {
        ModerationSettings m = ModerationSettings.DEFAULT.with(new ModerationOverride(ModerationMode.NONE, 3, null));
        assertEquals(ModerationMode.NONE, m.mode());
        assertEquals(3, m.threadDepth());
        assertEquals(2, m.maxLinks());
    }

    @Test
    void moderationMode_parsesConfigurationSpellings() {
        assertEquals(ModerationMode.FIRST_TIME, ModerationMode.parse("first-time").orElseThrow());
        assertTrue(ModerationMode.parse("sometimes").isEmpty());
    }
}
