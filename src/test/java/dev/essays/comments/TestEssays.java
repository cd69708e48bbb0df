package dev.essays.comments;

import dev.essays.essay.EssayProperties;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;

import javax.jcr.Node;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** Writes minimal essay nodes into the essays workspace for comment tests. */
public final class TestEssays {

    private TestEssays() {
    }

    public static void add(SessionProvider repo, String slug, String title, Instant publishedOn, Boolean commentsOpen)
            throws Exception {
        repo.withSession(Workspaces.ESSAYS, s -> {
            Node n = s.getRootNode().addNode(slug, NodeTypes.ESSAY);
            n.setProperty(EssayProperties.TITLE, title);
            if (publishedOn != null) {
                Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                c.setTimeInMillis(publishedOn.toEpochMilli());
                n.setProperty(EssayProperties.PUBLISHED_ON, c);
            }
            if (commentsOpen != null) {
                n.setProperty(EssayProperties.COMMENTS_OPEN, commentsOpen);
            }
            s.save();
            return null;
        });
    }
}
