package dev.essays.comments;

import dev.essays.comments.SubmissionRejectedException.Reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The comments use cases, in plain Java: post, moderate, edit, list. The HTTP layer turns requests into
 * calls here; the store and notifier are ports.
 */
public final class CommentService {

    private final CommentStore store;
    private final EssayDirectory directory;
    private final CommentNotifier notifier;
    private final Supplier<CommentsConfig> configSource;
    private final Clock clock;
    private final TimeTokens tokens;
    private final DuplicateTexts duplicates = new DuplicateTexts(10_000);
    private final IpHasher ipHasher;
    private final ApprovedCommenters approved;
    private final RateLimiter dataRequests;
    private final SignedLinks links;
    private volatile Rules rules;

    /**
     * What follows from the configuration, rebuilt when it changes. Tokens, replay and duplicate memory, the
     * known commenters and the store stay, so a settings change neither reopens used tokens nor loses posts.
     */
    private record Rules(CommentsConfig config, SubmissionValidator validator, RateLimiter rateLimiter,
                         EssayDirectory essays, ApprovedLists lists) {
    }

    public CommentService(CommentStore store, EssayDirectory essays, CommentNotifier notifier,
                          CommentsConfig config, CommentSecrets secrets, Clock clock) {
        this(store, essays, notifier, () -> config, secrets, clock);
    }

    /**
     * A service that follows its configuration: {@code config} is asked on every call and must return the
     * same instance until the configuration changes; a new instance applies from the next call on.
     */
    public CommentService(CommentStore store, EssayDirectory essays, CommentNotifier notifier,
                          Supplier<CommentsConfig> config, CommentSecrets secrets, Clock clock) {
        this.store = store;
        this.directory = essays;
        this.notifier = notifier;
        this.configSource = config;
        this.clock = clock;
        this.tokens = new TimeTokens(secrets.tokenKey(), clock, new ReplayCache(200_000));
        this.ipHasher = new IpHasher(secrets.ipSalt());
        this.approved = new ApprovedCommenters(store::approvedEmails);
        this.dataRequests = new RateLimiter(0, Duration.ofMinutes(15), 10_000, clock);
        this.links = new SignedLinks(secrets.linkKey(), clock);
        this.rules = rulesFor(config.get(), null);
    }

    /** The rules for the configuration in force now. */
    private Rules rules() {
        CommentsConfig wanted = configSource.get();
        Rules r = rules;
        if (r.config() == wanted) {
            return r;
        }
        synchronized (this) {
            if (rules.config() != wanted) {
                rules = rulesFor(wanted, rules);
            }
            return rules;
        }
    }

    /** Keeps the parts whose settings did not change: rate-limit history and list caches. */
    private Rules rulesFor(CommentsConfig c, Rules before) {
        boolean sameRates = before != null && before.config().perClientPerMinute() == c.perClientPerMinute()
                && before.config().perEmailInterval().equals(c.perEmailInterval());
        boolean sameTtl = before != null && before.config().listCacheTtl().equals(c.listCacheTtl());
        return new Rules(c, new SubmissionValidator(c.limits(), c.privacyConsentRequired()),
                sameRates ? before.rateLimiter()
                        : new RateLimiter(c.perClientPerMinute(), c.perEmailInterval(), 100_000, clock),
                sameTtl ? before.essays() : new CachingEssayDirectory(directory, c.listCacheTtl(), 10_000, clock),
                sameTtl ? before.lists() : new ApprovedLists(store, c.listCacheTtl(), clock));
    }

    public CommentsConfig config() {
        return rules().config();
    }

    /** Signs and checks the links mail carries (moderation, confirmation, unsubscribe, pending notice). */
    public SignedLinks links() {
        return links;
    }

    public Optional<EssayInfo> essay(String slug) {
        return rules().essays().find(slug);
    }

    /** A time token for the essay's form; empty when the essay takes no comments. */
    public Optional<String> issueToken(String essaySlug) {
        return openEssay(essaySlug).map(e -> tokens.issue(e.slug()));
    }

    /** Whether the essay exists, is public and open for comments now. */
    public Optional<EssayInfo> openEssay(String slug) {
        Instant now = clock.instant();
        return rules().essays().find(slug).filter(e -> e.isPublic(now) && e.commentsOpen()
                && !new ModerationPolicy(settingsFor(e)).isClosed(e.publishedOn(), now));
    }

    public ModerationSettings settingsFor(EssayInfo essay) {
        return rules().config().moderation().with(essay.override());
    }

    /**
     * Accepts a visitor's comment: returns only once it is saved. Throws {@link SubmissionRejectedException}
     * (nothing stored) with one message per refused field.
     */
    public Posted submit(Submission raw) {
        Rules r = rules();
        Submission s = r.validator().validate(raw);
        if (!s.honeypot().isBlank()) {
            throw SubmissionRejectedException.of(Reason.SPAM, "honeypot", "This field must be left empty.");
        }
        EssayInfo essay = r.essays().find(s.essay()).filter(e -> e.isPublic(clock.instant()))
                .orElseThrow(() -> SubmissionRejectedException.of(Reason.UNKNOWN_ESSAY, "essay",
                        "There is no essay \"" + s.essay() + "\"."));
        ModerationPolicy policy = new ModerationPolicy(r.config().moderation().with(essay.override()));
        if (!essay.commentsOpen() || policy.isClosed(essay.publishedOn(), clock.instant())) {
            throw SubmissionRejectedException.of(Reason.CLOSED, "essay", "Comments are closed.");
        }
        String id = s.idempotencyKey().isEmpty() ? Ids.random() : Ids.forIdempotencyKey(s.essay(), s.idempotencyKey());
        try {
            return accept(s, id, essay, policy, r.rateLimiter());
        } catch (SubmissionRejectedException e) {
            // A retry of a post that was stored trips the replay, rate and duplicate checks; it gets the
            // first answer instead. Looked up only here, so a normal post costs no extra read.
            if (!s.idempotencyKey().isEmpty()) {
                Optional<Comment> earlier = store.find(s.essay(), id);
                if (earlier.isPresent()) {
                    return new Posted(earlier.get(), "", true, List.of());
                }
            }
            throw e;
        }
    }

    private Posted accept(Submission s, String id, EssayInfo essay, ModerationPolicy policy, RateLimiter rateLimiter) {
        if (!s.parentId().isEmpty()) {
            boolean parentOk = store.find(s.essay(), s.parentId())
                    .filter(p -> p.status() == CommentStatus.APPROVED).isPresent();
            if (!parentOk) {
                throw SubmissionRejectedException.of(Reason.INVALID, "comment_parent",
                        "The comment you reply to does not exist.");
            }
        }
        List<String> holds = new ArrayList<>(tokenHolds(s));
        String ipHash = ipHasher.hash(s.clientIp());
        switch (rateLimiter.acquire(ipHash, s.email().toLowerCase(Locale.ROOT))) {
            case CLIENT_LIMIT -> throw SubmissionRejectedException.of(Reason.RATE_LIMITED, "comment",
                    "You are posting comments too quickly. Please wait a minute.");
            case EMAIL_LIMIT -> throw SubmissionRejectedException.of(Reason.RATE_LIMITED, "email",
                    "You are posting comments too quickly. Please wait a few seconds.");
            case ALLOWED -> { }
        }
        if (!duplicates.claim(s.essay(), s.text(), () -> textsOf(s.essay()))) {
            throw SubmissionRejectedException.of(Reason.DUPLICATE, "comment",
                    "Duplicate comment: it looks as though you have already said that.");
        }
        Verdict verdict = policy.decide(s, approved.contains(s.email()), holds);
        String editSecret = Ids.random();
        Comment comment = new Comment(id, s.essay(), s.parentId(), s.author(), s.email(), s.url(), s.text(),
                verdict.status(), clock.instant(), ipHash, s.userAgent(), sha256(editSecret), s.idempotencyKey(),
                false); // reply notifications start only once the commenter confirms them by e-mail
        CommentStore.Created created;
        try {
            created = store.create(comment);
        } catch (RuntimeException e) {
            duplicates.release(s.essay(), s.text());
            throw e;
        }
        if (!created.isNew()) {
            // A concurrent retry with the same key won the race; answer with its comment.
            return new Posted(created.comment(), "", true, List.of());
        }
        changed(comment);
        notifier.stored(comment, essay);
        if (s.notifyReplies() && comment.status() != CommentStatus.SPAM) {
            notifier.subscriptionRequested(comment, essay);
        }
        return new Posted(comment, editSecret, false, verdict.reasons());
    }

    private List<String> tokenHolds(Submission s) {
        return switch (tokens.check(s.token(), s.essay())) {
            case VALID -> List.of();
            case MISSING -> List.of("sent without a time token (no JavaScript)");
            case UNCHECKABLE -> List.of("time token could not be checked");
            case TOO_SOON -> throw SubmissionRejectedException.of(Reason.TOO_FAST, "token",
                    "That was quick! Please take a few seconds before sending your comment.");
            case EXPIRED -> throw SubmissionRejectedException.of(Reason.SPAM, "token",
                    "The form has expired. Please reload the page and send your comment again.");
            case FORGED, OTHER_ESSAY, REPLAYED -> throw SubmissionRejectedException.of(Reason.SPAM, "token",
                    "The form's security token is invalid or was already used. Please reload the page and send again.");
        };
    }

    /** Moderator action; empty when there is no such comment. */
    public Optional<Comment> moderate(String id, ModerationAction action) {
        Optional<Comment> before = store.find(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Optional<Comment> after = action == ModerationAction.DELETE ? store.delete(id)
                : store.setStatus(id, action.target().orElseThrow());
        after.ifPresent(a -> {
            changed(a);
            if (action != ModerationAction.DELETE) {
                rules().essays().find(a.essay()).ifPresent(e -> notifier.statusChanged(before.get(), a, e));
            }
        });
        return after;
    }

    /** Moderator edit of the text, under the same rules as a post. */
    public Optional<Comment> edit(String id, String newText) {
        String text = checkedText(newText);
        Optional<Comment> after = store.setText(id, text);
        after.ifPresent(this::changed);
        return after;
    }

    /** The commenter's own edit, with the secret their browser got, within the edit window. */
    public Optional<Comment> editOwn(String id, String editSecret, String newText) {
        Optional<Comment> c = store.find(id);
        boolean allowed = c.isPresent() && !c.get().editSecretHash().isEmpty() && editSecret != null
                && MessageDigest.isEqual(c.get().editSecretHash().getBytes(StandardCharsets.UTF_8),
                sha256(editSecret).getBytes(StandardCharsets.UTF_8))
                && !clock.instant().isAfter(c.get().created().plus(rules().config().editWindow()));
        if (!allowed) {
            throw SubmissionRejectedException.of(Reason.INVALID, "comment",
                    "This comment can no longer be edited.");
        }
        return edit(id, newText);
    }

    /**
     * GDPR self-service, step 1: mails the address signed export and erase links if it has comments. The
     * answer is the same either way, so nobody learns who commented; at most one mail per address per
     * rate-limit interval.
     */
    public void requestPersonalData(String email) {
        TextNormalizer.Result r = TextNormalizer.singleLine(email);
        if (!r.ok() || r.value().isEmpty() || r.value().length() > rules().config().limits().email()) {
            throw SubmissionRejectedException.of(Reason.INVALID, "email", "E-mail must be an address such as name@example.org.");
        }
        String address = r.value().toLowerCase(Locale.ROOT);
        if (dataRequests.acquire("", address) != RateLimiter.Result.ALLOWED) {
            return;
        }
        if (!store.findByEmail(address).isEmpty()) {
            notifier.personalDataRequested(address);
        }
    }

    /** GDPR self-service, step 2: everything stored about this address's comments (after a verified link). */
    public List<Comment> personalData(String email) {
        return store.findByEmail(email);
    }

    /** GDPR self-service, step 2: deletes every comment with this address; how many. */
    public int erasePersonalData(String email) {
        int n = 0;
        for (Comment c : store.findByEmail(email)) {
            if (store.delete(c.id()).isPresent()) {
                rules().lists().invalidate(c.essay());
                n++;
            }
        }
        approved.remove(email); // the address is no longer a known commenter
        return n;
    }

    public Optional<Comment> setNotifyReplies(String id, boolean notify) {
        return store.setNotifyReplies(id, notify);
    }

    public Optional<Comment> find(String id) {
        return store.find(id);
    }

    public List<Comment> list(String essay, Set<CommentStatus> statuses) {
        return store.list(essay, statuses);
    }

    /** Approved comments of an essay, oldest first; reused for a short time (see the config). */
    public List<Comment> approved(String essay) {
        return rules().lists().essay(essay).comments();
    }

    /**
     * What the comment area shows for an essay: heading, rendered thread, whether the form shows. The HTML
     * is rendered once per change of the approved list (and labels), not per page view. Empty for an unknown
     * slug.
     */
    public Optional<CommentsView> view(String slug) {
        return view(slug, "", "", CommentLabels.ENGLISH);
    }

    /** As {@link #view(String, String, String, CommentLabels)} in English. */
    public Optional<CommentsView> view(String slug, String unapprovedId, String moderationHash) {
        return view(slug, unapprovedId, moderationHash, CommentLabels.ENGLISH);
    }

    /**
     * The view, for the visitor who was redirected after a held post ({@code ?unapproved=<id>&moderation-hash=…})
     * with their own comment and an "awaiting moderation" notice, which nobody else sees. A wrong hash or a
     * comment no longer pending gives the ordinary view.
     */
    public Optional<CommentsView> view(String slug, String unapprovedId, String moderationHash, CommentLabels labels) {
        Rules r = rules();
        Optional<EssayInfo> essay = r.essays().find(slug);
        if (essay.isEmpty()) {
            return Optional.empty();
        }
        EssayInfo e = essay.get();
        int depth = r.config().moderation().with(e.override()).threadDepth();
        ApprovedLists.Listed l = r.lists().essay(slug);
        String key = depth + "|" + labels.reply() + "|" + labels.awaitingModeration() + "|" + labels.date();
        String html = l.html().computeIfAbsent(key,
                k -> CommentListHtml.render(CommentTree.build(l.comments(), depth), depth, labels));
        String pending = "";
        if (unapprovedId != null && !unapprovedId.isEmpty() && links.verifyPendingNotice(unapprovedId, moderationHash)) {
            pending = store.find(slug, unapprovedId).filter(c -> c.status() == CommentStatus.PENDING)
                    .map(c -> CommentListHtml.renderPending(c, labels)).orElse("");
        }
        int count = l.comments().size();
        return Optional.of(new CommentsView(slug, e.title(), count, ResponseHeading.english(count, e.title()),
                ResponseHeading.key(count), l.etag(), html, pending, openEssay(slug).isPresent(), depth));
    }

    /** The displayed thread of an essay. */
    public List<ThreadedComment> thread(EssayInfo essay) {
        return CommentTree.build(approved(essay.slug()), settingsFor(essay).threadDepth());
    }

    /** The site's newest approved comments (for the site feed), reused for the list cache's time. */
    public List<Comment> recentApproved(int limit) {
        List<Comment> recent = rules().lists().recent().comments();
        return recent.subList(0, Math.min(limit, recent.size()));
    }

    /** A strong ETag over what a reader sees of the approved comments. */
    public static String etag(List<Comment> comments) {
        StringBuilder b = new StringBuilder();
        for (Comment c : comments) {
            b.append(c.id()).append('\u0000').append(c.parentId()).append('\u0000').append(c.author())
                    .append('\u0000').append(c.url()).append('\u0000').append(c.text()).append('\u0001');
        }
        return "\"" + sha256(b.toString()).substring(0, 32) + "\"";
    }

    private void changed(Comment c) {
        rules().lists().invalidate(c.essay());
        if (c.status() == CommentStatus.APPROVED) {
            approved.add(c.email());
        }
    }

    private List<String> textsOf(String essay) {
        return store.list(essay, Set.of()).stream().map(Comment::text).toList();
    }

    private String checkedText(String raw) {
        TextNormalizer.Result r = TextNormalizer.multiLine(raw);
        if (!r.ok()) {
            throw SubmissionRejectedException.of(Reason.INVALID, "comment", "Comment " + r.error() + ".");
        }
        if (r.value().isBlank()) {
            throw SubmissionRejectedException.of(Reason.INVALID, "comment", "Comment is required.");
        }
        int max = rules().config().limits().text();
        if (TextNormalizer.length(r.value()) > max) {
            throw SubmissionRejectedException.of(Reason.INVALID, "comment",
                    "Comment is too long (at most " + max + " characters).");
        }
        return r.value();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
