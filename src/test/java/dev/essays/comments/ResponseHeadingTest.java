package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponseHeadingTest {

    @Test
    void english_pluralisesZeroOneAndMany() {
        assertEquals("No Responses to On Gardens", ResponseHeading.english(0, "On Gardens"));
        assertEquals("One Response to On Gardens", ResponseHeading.english(1, "On Gardens"));
        assertEquals("2 Responses to On Gardens", ResponseHeading.english(2, "On Gardens"));
        assertEquals("1234 Responses to It's", ResponseHeading.english(1234, "It's"));
    }

    @Test
    void translatorSuppliesPattern_perPluralKey() {
        String de = ResponseHeading.text(3, "Gärten", Locale.GERMAN,
                (key, locale) -> key.endsWith(".other") ? "{0} Antworten zu „{1}“" : null);
        assertEquals("3 Antworten zu „Gärten“", de);
        assertEquals("essays.comments.heading.one", ResponseHeading.key(1));
    }

    @Test
    void titleWithBraces_isNotTreatedAsPattern() {
        assertEquals("One Response to {0} & {1}", ResponseHeading.english(1, "{0} & {1}"));
    }
}
