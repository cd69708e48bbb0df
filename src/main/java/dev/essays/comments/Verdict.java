package dev.essays.comments;

import java.util.List;

/** The status a new comment gets and the rules that decided it (shown to moderators, logged). */
public record Verdict(CommentStatus status, List<String> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
