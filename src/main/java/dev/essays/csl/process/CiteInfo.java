package dev.essays.csl.process;

/** What a rendering needs to know about one cite beyond the item: locator, position, numbers. Mutable. */
final class CiteInfo {
    String locator;
    String label;
    String prefix;
    String suffix;
    boolean suppressAuthor;
    boolean authorOnly;
    Position position = Position.FIRST;
    boolean nearNote;
    int noteIndex;
    int firstReferenceNoteNumber;
    int citationNumber;

    static CiteInfo bibliography(int citationNumber) {
        CiteInfo c = new CiteInfo();
        c.citationNumber = citationNumber;
        return c;
    }
}
