/**
 * Sources files to and from CSL-JSON items ({@code Map<String, Object>} as Jackson reads CSL-JSON):
 * {@link dev.essays.citations.io.SourceFormat} is the entry point; reading is all or nothing and a bad file raises
 * {@link dev.essays.citations.io.SourceImportException} with the record and line.
 *
 * <p>Field mapping (BibLaTeX ⇄ CSL), as in the common mappings:
 * <table>
 * <caption>BibLaTeX fields and CSL variables</caption>
 * <tr><th>BibLaTeX (BibTeX)</th><th>CSL-JSON</th></tr>
 * <tr><td>author, editor, translator, bookauthor, director</td><td>author, editor, translator, container-author,
 *     director</td></tr>
 * <tr><td>title + subtitle, shorttitle</td><td>title, title-short</td></tr>
 * <tr><td>journaltitle (journal), booktitle; crossref parent's title for in* entries</td><td>container-title</td></tr>
 * <tr><td>shortjournal, series, eventtitle, venue</td><td>container-title-short, collection-title, event-title,
 *     event-place</td></tr>
 * <tr><td>date (year, month, day); urldate; origdate; eventdate</td><td>issued; accessed; original-date;
 *     event-date</td></tr>
 * <tr><td>number</td><td>issue (articles), collection-number (books in a series), number (others)</td></tr>
 * <tr><td>volume, volumes, pages, pagetotal, chapter, edition, version</td><td>volume, number-of-volumes, page,
 *     number-of-pages, chapter-number, edition, version</td></tr>
 * <tr><td>publisher (institution, school, organization), location (address)</td><td>publisher,
 *     publisher-place</td></tr>
 * <tr><td>type; entrysubtype</td><td>genre; magazine/newspaper article types, or a CSL type on {@code @misc}</td></tr>
 * <tr><td>doi, url, isbn, issn, keywords, language (langid), abstract, note, annotation (annote)</td><td>DOI, URL,
 *     ISBN, ISSN, keyword, language, abstract, note, annote</td></tr>
 * </table>
 * Variables without a field in a format (e.g. interviewer in BibLaTeX, particles in RIS, date ranges and circa in
 * classic BibTeX) are not carried by that format.
 */
package dev.essays.citations.io;
