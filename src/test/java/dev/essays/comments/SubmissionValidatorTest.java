package dev.essays.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(Limits.DEFAULT);

    private List<FieldError> errors(Submission s) {
        return assertThrows(SubmissionRejectedException.class, () -> validator.validate(s)).errors();
    }

    private void refused(String field, String value, String expectedField, String messagePart) {
        List<FieldError> errors = errors(Submissions.with(field, value));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(expectedField, errors.get(0).field());
        assertTrue(errors.get(0).message().contains(messagePart), errors.get(0).message());
    }

    @Test
    void acceptsValidSubmission_andTrimsFields() {
        Submission s = validator.validate(Submissions.with("author", "  Ada Reader  "));
        assertEquals("Ada Reader", s.author());
    }

    @Test
    void refused_whenAuthorMissing() {
        refused("author", "   ", "author", "Name is required");
    }

    @Test
    void refused_whenEmailMissing() {
        refused("email", "", "email", "E-mail is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.org", "ada@example", "a da@example.org", "ada@exa_mple.org",
            "<ada@example.org>", "ada@example.org, bob@example.org"})
    void refused_whenEmailMalformed(String email) {
        refused("email", email, "email", "must be an address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org", "data:text/html,<script>", "http://",
            "https://user:pw@example.org/", "http://exa mple.org"})
    void refused_whenUrlIsNotHttp(String url) {
        refused("url", url, "url", "http:// or https://");
    }

    @Test
    void bareDomainUrl_getsHttpScheme() {
        assertEquals("http://example.org", validator.validate(Submissions.with("url", "example.org")).url());
    }

    @Test
    void refused_whenCommentLongerThan5000Characters() {
        refused("comment", "x".repeat(5_001), "comment", "at most 5000 characters");
    }

    @Test
    void accepts_commentOfExactly5000CodePoints_evenAstral() {
        String text = "😀".repeat(5_000); // 10,000 UTF-16 units, 5,000 characters
        assertEquals(text, validator.validate(Submissions.with("comment", text)).text());
    }

    @Test
    void refused_whenNameTooLong() {
        refused("author", "n".repeat(246), "author", "too long");
    }

    @Test
    void refused_whenCommentContainsNullByte() {
        refused("comment", "hello\u0000world", "comment", "null byte");
    }

    @Test
    void refused_whenCommentContainsControlCharacter() {
        refused("comment", "bell\u0007", "comment", "control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\r\nBcc: victim@example.org", "Ada\nSubject: x", "Ada\tTab", "Ada\u2028x"})
    void refused_whenNameHasLineBreaks(String name) {
        refused("author", name, "author", "one line");
    }

    @Test
    void refused_whenEmailHasHeaderInjection() {
        refused("email", "ada@example.org\r\nBcc: victim@example.org", "email", "one line");
    }

    @Test
    void refused_whenTextCarriesInvalidUtf8() {
        refused("comment", "bad \uFFFD byte", "comment", "not valid UTF-8");
        refused("comment", "lone \uD800 surrogate", "comment", "not valid UTF-8");
    }

    @Test
    void strictDecoder_refusesMalformedUtf8() {
        assertTrue(TextNormalizer.decodeUtf8(new byte[] {(byte) 0xC3, (byte) 0x28}).isEmpty());
        assertEquals("é", TextNormalizer.decodeUtf8("é".getBytes(StandardCharsets.UTF_8)).orElseThrow());
    }

    @Test
    void bidiOverrides_areNeutralised() {
        String s = validator.validate(Submissions.with("comment", "invoice \u202Egnp.exe\u202C done")).text();
        assertEquals("invoice gnp.exe done", s);
        assertEquals("Ada", validator.validate(Submissions.with("author", "\u2066Ada\u2069")).author());
    }

    @Test
    void newlinesAndTabs_areKeptInComment_andCrLfBecomesLf() {
        assertEquals("one\n\ttwo", validator.validate(Submissions.with("comment", "one\r\n\ttwo")).text());
    }

    @Test
    void everyBadField_isReportedAtOnce() {
        Submission s = new Submission("an-essay", "", "nope", "javascript:x", "", "", "", "", "", "", "", false);
        List<String> fields = errors(s).stream().map(FieldError::field).toList();
        assertEquals(List.of("author", "email", "url", "comment"), fields);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other", "a/b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<script>"})
    void refused_whenParentIdIsNotAnId(String parent) {
        refused("comment_parent", parent, "comment_parent", "does not exist");
    }

    @Test
    void refused_whenPrivacyConsentRequiredButNotGiven() {
        SubmissionValidator strict = new SubmissionValidator(Limits.DEFAULT, true);
        List<FieldError> e = assertThrows(SubmissionRejectedException.class,
                () -> strict.validate(Submissions.valid())).errors();
        assertEquals("privacy_consent", e.get(0).field());
        Submission v = Submissions.valid();
        Submission consented = new Submission(v.essay(), v.author(), v.email(), v.url(), v.text(), v.parentId(),
                v.token(), v.honeypot(), v.clientIp(), v.userAgent(), v.idempotencyKey(), false, true);
        assertTrue(strict.validate(consented).privacyConsent());
    }

    @Test
    void parentZero_meansTopLevel() {
        assertFalse(validator.validate(Submissions.with("comment_parent", "0")).parentId().equals("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc", "Essay", "", "a b"})
    void refused_whenEssaySlugInvalid(String slug) {
        refused("essay", slug, "essay", "not a known essay");
    }
}
