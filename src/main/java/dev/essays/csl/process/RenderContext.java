package dev.essays.csl.process;

import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The state of rendering one cite or one bibliography entry. Created per rendering; never shared. */
final class RenderContext {
    final ItemData item;
    final CiteInfo cite;
    final Disambiguation disambiguation;
    final boolean bibliography;
    /** Inheritable name attributes of style + citation/bibliography. */
    final Map<String, String> inherited;
    final Set<String> suppressed = new HashSet<>();
    /** Group suppression bookkeeping: per open group, {variables called, variables non-empty}. */
    final Deque<int[]> groups = new ArrayDeque<>();
    /** Sort-key rendering: names-min / names-use-first overrides (0 = none). */
    boolean sorting;
    int sortNamesMin;
    int sortNamesUseFirst;
    boolean sortNamesUseLast;
    /** The first names element's output, for cite grouping and subsequent-author-substitute. */
    Out firstNames;
    /** The first names element's name list alone (no label): what subsequent-author-substitute replaces. */
    Out firstNameList;
    /** Whether that list came through cs:substitute (then its role label survives substitution by ---). */
    boolean firstNamesSubstituted;
    /** The names of the first name list, one rendered Out each (for the "each"/"first" substitute rules). */
    java.util.List<Out> firstNameParts;
    /** Whether any variable other than citation-number produced output. */
    boolean contentRendered;
    String firstNamesPlain;
    boolean namesSeen;
    boolean namesSeenList;
    /** Set while inside cs:substitute: the cs:names whose options a bare substitute names inherits. */
    CslNode substituteParent;
    int macroDepth;
    boolean yearSuffixDone;
    /** disambiguate conditions tested so far. */
    int disambiguateTests;
    /** Rendering a disambiguation probe rather than output. */
    boolean probing;
    /** Counts text-case-relevant "title" rendering: items in non-English languages keep their case. */
    final boolean englishItem;

    RenderContext(ItemData item, CiteInfo cite, Disambiguation disambiguation, boolean bibliography,
                  Map<String, String> inherited, boolean englishItem) {
        this.item = item;
        this.cite = cite;
        this.disambiguation = disambiguation;
        this.bibliography = bibliography;
        this.inherited = inherited;
        this.englishItem = englishItem;
    }

    /** Variables that produced output, so cs:substitute can suppress exactly what it rendered. */
    final Set<String> renderedVariables = new HashSet<>();

    void rendered(String variable) {
        renderedVariables.add(variable);
    }

    void variableCalled(boolean nonEmpty) {
        if (nonEmpty) {
            contentRendered = true;
        }
        int[] top = groups.peek();
        if (top != null) {
            top[0]++;
            if (nonEmpty) {
                top[1]++;
            }
        }
    }
}
