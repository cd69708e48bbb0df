/**
 * The citation input side of essays: reading Pandoc citation markers from an essay body, generating citation keys
 * and reporting citation problems to editors. Plain Java: no JCR, HTTP or CSL-processor types; sources are CSL-JSON
 * items as {@code Map<String, Object>}.
 *
 * <pre>{@code
 * ParsedCitations parsed = CitationMarkers.parse(body);             // clusters with source spans, problems
 * CitationReport report = CitationReport.of(parsed, sourceKeys);    // unknown, never cited, duplicates, locators
 * String html = CitationMarkers.replace(body, parsed.clusters(), c -> formatted.get(c));
 * String key = CitationKeys.generate(item, existingKeys);           // "ostrow2013", then "ostrow2013a"
 * }</pre>
 *
 * <p>Import and export of sources (BibTeX, BibLaTeX, RIS, CSL-JSON) is in {@link dev.essays.citations.io}.
 */
package dev.essays.citations;
