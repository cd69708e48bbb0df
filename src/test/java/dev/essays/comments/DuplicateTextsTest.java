package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateTextsTest {

    @Test
    void sameTextOnSameEssay_isDuplicate_ignoringCaseAndSpacing() {
        DuplicateTexts d = new DuplicateTexts(10);
        assertTrue(d.claim("e", "Great essay!", List::of));
        assertFalse(d.claim("e", "  great   ESSAY! ", List::of));
        assertTrue(d.claim("other", "Great essay!", List::of));
    }

    @Test
    void storedTexts_countAsSeen() {
        DuplicateTexts d = new DuplicateTexts(10);
        assertFalse(d.claim("e", "already there", () -> List.of("Already there")));
    }

    @Test
    void releasedClaim_canBeMadeAgain() {
        DuplicateTexts d = new DuplicateTexts(10);
        assertTrue(d.claim("e", "x", List::of));
        d.release("e", "x");
        assertTrue(d.claim("e", "x", List::of));
    }
}
