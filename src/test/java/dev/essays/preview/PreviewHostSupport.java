package dev.essays.preview;

import dev.essays.jcr.SessionProvider;
import dev.essays.preview.render.PreviewRenderer;

/** Test access to the preview host's renderer, built exactly as the host builds it. */
public final class PreviewHostSupport {
    private PreviewHostSupport() {
    }

    public static PreviewRenderer renderer(SessionProvider sessions) {
        return PreviewHost.renderer(new dev.essays.templating.EssayTemplatingFunctions(sessions,
                new dev.essays.formatting.FormattedEssays(sessions, new dev.essays.formatting.SiteSettings()),
                new PreviewComments(sessions, null, false, null, dev.essays.comments.CommentsConfig.DEFAULT).service()));
    }
}
