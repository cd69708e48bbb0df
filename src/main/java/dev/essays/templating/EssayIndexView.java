package dev.essays.templating;

import java.util.List;

/** One page of the essay index, with the filter it shows and links to its neighbours. */
public final class EssayIndexView {
    private final List<EssayView> essays;
    private final String category;
    private final String tag;
    private final int page;
    private final int pageCount;
    private final int total;
    private final String previousHref;
    private final String nextHref;

    EssayIndexView(List<EssayView> essays, String category, String tag, int page, int pageCount, int total,
                   String previousHref, String nextHref) {
        this.essays = essays;
        this.category = category;
        this.tag = tag;
        this.page = page;
        this.pageCount = pageCount;
        this.total = total;
        this.previousHref = previousHref;
        this.nextHref = nextHref;
    }

    public List<EssayView> getEssays() {
        return essays;
    }

    public String getCategory() {
        return category;
    }

    public String getTag() {
        return tag;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    public int getTotal() {
        return total;
    }

    public String getPreviousHref() {
        return previousHref;
    }

    public String getNextHref() {
        return nextHref;
    }

    public boolean isFiltered() {
        return !category.isEmpty() || !tag.isEmpty();
    }
}
