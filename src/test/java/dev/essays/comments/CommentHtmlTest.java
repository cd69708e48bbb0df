package dev.essays.comments;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentHtmlTest {

    @Test
    void paragraphsAtBlankLines_andBreaksAtSingleNewlines() {
        assertEquals("<p>one<br>\ntwo</p>\n<p>three</p>\n", CommentHtml.toHtml("one\ntwo\n\n\nthree"));
    }

    @Test
    void markupIsEscaped_neverOutputRaw() {
        assertEquals("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;</p>\n",
                CommentHtml.toHtml("<script>alert(\"x\")</script> & '"));
    }

    @Test
    void urlsAreLinked_withNofollowUgc_andTrailingPunctuationOutside() {
        assertEquals("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">"
                        + "https://example.org/a?b=1&amp;c=2</a>.</p>\n",
                CommentHtml.toHtml("See https://example.org/a?b=1&c=2."));
    }

    @Test
    void urlsCannotBreakOutOfTheAttribute() {
        assertEquals("<p><a href=\"http://x.example/\" rel=\"nofollow ugc\">http://x.example/</a>"
                        + "&quot;onmouseover=&quot;alert(1)</p>\n",
                CommentHtml.toHtml("http://x.example/\"onmouseover=\"alert(1)"));
    }

    @Test
    void javascriptUrls_areNotLinked() {
        assertEquals("<p>javascript:alert(1)</p>\n", CommentHtml.toHtml("javascript:alert(1)"));
    }

    @Test
    void authorLink_onlyForHttpUrls() {
        assertEquals("<a href=\"https://ada.example\" rel=\"nofollow ugc\">Ada &lt;b&gt;</a>",
                CommentHtml.authorLink("Ada <b>", "https://ada.example"));
        assertEquals("Ada", CommentHtml.authorLink("Ada", "javascript:alert(1)"));
        assertEquals("Ada", CommentHtml.authorLink("Ada", ""));
    }
}
