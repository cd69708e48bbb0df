package dev.essays.csl.process;

/** A cite's position in the document (spec: Choose, position). */
enum Position { FIRST, SUBSEQUENT, IBID, IBID_WITH_LOCATOR }
