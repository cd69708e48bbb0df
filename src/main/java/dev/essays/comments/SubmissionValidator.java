package dev.essays.comments;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Field checks that need nothing but the submission itself. Every refused field gets its own message; a
 * submission with any error is refused whole.
 */
public final class SubmissionValidator {

    // Pragmatic, not RFC 5322: one @, a dot in the domain, no spaces, quotes or angle brackets.
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
    /** Comment ids and idempotency keys: URL-safe, bounded, so they are safe as JCR node names. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Limits limits;
    private final boolean consentRequired;

    public SubmissionValidator(Limits limits) {
        this(limits, false);
    }

    /** @param consentRequired the form shows a privacy-consent checkbox that must be ticked */
    public SubmissionValidator(Limits limits, boolean consentRequired) {
        this.limits = limits;
        this.consentRequired = consentRequired;
    }

    /** The cleaned submission; throws with one message per bad field. */
    public Submission validate(Submission s) {
        List<FieldError> errors = new ArrayList<>();
        if (!SLUG.matcher(s.essay()).matches()) {
            errors.add(new FieldError("essay", "is not a known essay"));
        }
        String author = field(errors, "author", "Name", TextNormalizer.singleLine(s.author()), limits.author());
        if (author != null && author.isEmpty()) {
            errors.add(new FieldError("author", "Name is required."));
        }
        String email = field(errors, "email", "E-mail", TextNormalizer.singleLine(s.email()), limits.email());
        if (email != null) {
            if (email.isEmpty()) {
                errors.add(new FieldError("email", "E-mail is required."));
            } else if (!EMAIL.matcher(email).matches()) {
                errors.add(new FieldError("email", "E-mail must be an address such as name@example.org."));
            }
        }
        String url = field(errors, "url", "Website", TextNormalizer.singleLine(s.url()), limits.url());
        if (url != null && !url.isEmpty()) {
            url = websiteUrl(url);
            if (url == null) {
                errors.add(new FieldError("url", "Website must be an http:// or https:// address."));
            }
        }
        String text = field(errors, "comment", "Comment", TextNormalizer.multiLine(s.text()), limits.text());
        if (text != null && text.isBlank()) {
            errors.add(new FieldError("comment", "Comment is required."));
        }
        String parent = s.parentId().strip();
        if (!parent.isEmpty() && !parent.equals("0") && !ID.matcher(parent).matches()) {
            errors.add(new FieldError("comment_parent", "The comment you reply to does not exist."));
        }
        if (parent.equals("0")) {
            parent = ""; // WordPress posts 0 for "no parent"
        }
        String key = s.idempotencyKey().strip();
        if (!key.isEmpty() && !ID.matcher(key).matches()) {
            errors.add(new FieldError("idempotencyKey", "must be 1 to 64 letters, digits, - or _."));
        }
        if (consentRequired && !s.privacyConsent()) {
            errors.add(new FieldError("privacy_consent",
                    "Please agree to the privacy policy: it says how your name, e-mail and comment are stored."));
        }
        TextNormalizer.Result agent = TextNormalizer.singleLine(s.userAgent());
        String userAgent = agent.ok() ? truncate(agent.value(), limits.userAgent()) : "";
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.INVALID, errors);
        }
        return s.cleaned(author, email.toLowerCase(Locale.ROOT).equals(email) ? email : lowerDomain(email),
                url, text, parent, userAgent, key);
    }

    private static String field(List<FieldError> errors, String field, String label, TextNormalizer.Result r,
                                int max) {
        if (!r.ok()) {
            errors.add(new FieldError(field, label + " " + r.error() + "."));
            return null;
        }
        if (TextNormalizer.length(r.value()) > max) {
            errors.add(new FieldError(field, label + " is too long (at most " + max + " characters)."));
            return null;
        }
        return r.value();
    }

    /** An absolute http(s) URL with a host, or null. A bare "example.org" gets http:// as WordPress does. */
    static String websiteUrl(String raw) {
        String candidate = raw.contains("://") ? raw : "http://" + raw;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String lowerDomain(String email) {
        int at = email.lastIndexOf('@');
        return email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
