package dev.essays.templating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A source's schema.org citation: fields left empty (as the Essays app may store them) are no values. */
class SchemaOrgCitationTest {

    @Test
    void blankFields_giveNoPublisherContainerOrDoiLink() {
        var work = SchemaOrgCitation.of(Map.of("id", "a", "type", "book", "title", "Politics in Russia",
                "publisher", "", "container-title", " ", "DOI", "", "ISBN", "9780872899483"));
        assertEquals("{\"@type\":\"Book\",\"name\":\"Politics in Russia\",\"isbn\":\"9780872899483\"}", work.toString());
    }
}
