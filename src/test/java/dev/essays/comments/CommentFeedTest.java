package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentFeedTest {

    @Test
    void charactersXmlCannotCarry_areDropped_andMarkupEscaped() {
        assertEquals("a&lt;b&gt;c", CommentFeed.xml("a\u0000<b\u0007>c\uFFFE"));
    }

    @Test
    void essayFeed_hasOneEntryPerComment_withPermalinkAndAuthorUri() {
        Comment c = new Comment("c1", "e", "", "Ada", "ada@x.example", "https://ada.example", "Hi", CommentStatus.APPROVED,
                Instant.parse("2026-03-01T10:00:00Z"), "", "", "", "", false);
        String xml = CommentFeed.essay("On Gardens", "https://s.example/essays/e", "https://s.example/feed", List.of(c));
        assertTrue(xml.contains("<id>https://s.example/essays/e#comment-c1</id>"));
        assertTrue(xml.contains("<author><name>Ada</name><uri>https://ada.example</uri></author>"));
        assertTrue(xml.contains("<updated>2026-03-01T10:00:00Z</updated>"));
        assertTrue(xml.contains("<content type=\"html\">&lt;p&gt;Hi&lt;/p&gt;\n</content>"));
    }
}
