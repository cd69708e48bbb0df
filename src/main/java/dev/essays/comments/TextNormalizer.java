package dev.essays.comments;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Cleans visitor text before anything else looks at it: refuses what cannot be honest text (invalid UTF-8,
 * null bytes, control characters) and neutralises what can trick a reader (bidi overrides, which can make
 * text display in another order than it is stored).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** A cleaned value, or the reason it was refused. */
    public record Result(String value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Strict decoding for raw bytes: malformed UTF-8 is an error, never silently replaced. */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A single-line field (name, e-mail, URL): no line breaks or tabs either, so nothing can split a header. */
    public static Result singleLine(String value) {
        return clean(value, false);
    }

    /** The comment text: newlines and tabs are kept, CR LF becomes LF. */
    public static Result multiLine(String value) {
        return clean(value, true);
    }

    private static Result clean(String value, boolean multiline) {
        if (value == null || value.isEmpty()) {
            return new Result("", null);
        }
        String s = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || c == '\uFFFD') {
                // A lone surrogate or a replacement character is what invalid UTF-8 turns into once decoded.
                return new Result(null, "contains bytes that are not valid UTF-8 text");
            }
            if (c == 0) {
                return new Result(null, "contains a null byte");
            }
            if (c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
                if (!multiline) {
                    return new Result(null, "must be on one line");
                }
                out.append(c == '\t' ? '\t' : '\n');
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return new Result(null, "contains control characters");
            }
            if (isBidiControl(c)) {
                continue; // neutralised: dropped, the visible characters stay
            }
            out.append(c);
        }
        return new Result(Normalizer.normalize(out.toString().strip(), Normalizer.Form.NFC), null);
    }

    /** Embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069). */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Length in code points, as a reader counts characters. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
