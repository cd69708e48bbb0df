package dev.essays.templating;

import dev.essays.formatting.FormattedEssay;

import java.util.List;

/** A page-based works-cited list as its template prints it. */
public final class WorksCitedView {

    static final WorksCitedView EMPTY = new WorksCitedView(null);

    private final FormattedEssay list;

    WorksCitedView(FormattedEssay list) {
        this.list = list;
    }

    public String getHeading() {
        return list == null ? "" : list.heading();
    }

    public List<FormattedEssay.Entry> getEntries() {
        return list == null ? List.of() : list.entries();
    }

    public boolean isHangingIndent() {
        return list != null && list.hangingIndent();
    }
}
