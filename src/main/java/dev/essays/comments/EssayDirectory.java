package dev.essays.comments;

import java.util.Optional;

/** Looks essays up by slug (the essays workspace in production). */
public interface EssayDirectory {
    Optional<EssayInfo> find(String slug);
}
