package dev.essays.comments;

/** One essay's own settings (the comments component's dialog); null means "as the site says". */
public record ModerationOverride(ModerationMode mode, Integer threadDepth, Integer closeAfterDays) {
}
