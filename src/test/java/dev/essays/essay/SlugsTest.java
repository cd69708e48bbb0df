package dev.essays.essay;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SlugsTest {

    @Test
    void latinTitles_loseAccentsAndPunctuation() {
        assertEquals("les-miserables-a-reading", Slugs.fromTitle("Les Misérables: A Reading!"));
        assertEquals("strasse-und-uber", Slugs.fromTitle("Straße und Über"));
    }

    @Test
    void cyrillicAndGreek_areTransliterated() {
        assertEquals("voyna-i-mir", Slugs.fromTitle("Война и мир"));
        assertEquals("odysseia", Slugs.fromTitle("Οδύσσεια"));
    }

    @Test
    void otherScripts_keepTheirLetters() {
        String slug = Slugs.fromTitle("東京の夏");
        assertEquals("東京の夏", slug);
        assertNull(Slugs.problem(slug));
    }

    @Test
    void titlesWithoutLettersGiveEmptySlug() {
        assertEquals("", Slugs.fromTitle("!!! ???"));
    }

    @Test
    void longTitles_areCutAtAWordBoundary() {
        String slug = Slugs.fromTitle("word ".repeat(40));
        assertNull(Slugs.problem(slug));
        assertEquals(99, slug.length());
    }

    @Test
    void uniqueSlugs_getANumberedSuffix() {
        assertEquals("essay-3", Slugs.unique("essay", Set.of("essay", "essay-2")::contains));
    }
}
