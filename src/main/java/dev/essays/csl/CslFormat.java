package dev.essays.csl;

/** Output format of formatted citations and bibliography entries. */
public enum CslFormat { HTML, TEXT }
