package dev.essays.citations.io;

/**
 * A sources file that cannot be imported. Nothing of the file is imported.
 * The message names the record (its key, or its ordinal "record 3") and the line.
 */
public class SourceImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String record;
    private final int line;

    /**
     * @param record the entry's key, or "record N" when it has none, or {@code null} when the error is outside records
     * @param line   1-based line of the error, or 0 when unknown
     * @param detail what is wrong
     */
    public SourceImportException(String record, int line, String detail) {
        super(message(record, line, detail));
        this.record = record;
        this.line = line;
    }

    private static String message(String record, int line, String detail) {
        StringBuilder b = new StringBuilder();
        if (line > 0) {
            b.append("line ").append(line);
        }
        if (record != null) {
            b.append(b.length() > 0 ? ", " : "").append(record);
        }
        return (b.length() > 0 ? b + ": " : "") + detail;
    }

    /** The entry's key, or "record N", or {@code null}. */
    public String record() {
        return record;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }
}
