/**
 * The module's own CSL 1.0.2 citation processor: pure Java, no dependency outside the JDK.
 *
 * <pre>{@code
 * CslStyle mla = CslEngine.shared().style("modern-language-association");   // parsed once, shared
 * CslSession session = CslEngine.shared().session(mla, null, CslItem.parseJsonArray(json));
 * List<String> cites = session.cite(List.of(
 *         new CslCluster(List.of(new CslCite("ostrow2013", null, null, "45", "page", false, false)), 0)),
 *         CslFormat.HTML);                                                  // ["(Ostrow 45)"]
 * CslBibliography worksCited = session.bibliography(CslFormat.HTML);
 * }</pre>
 *
 * <p>Layout: {@code style} (XML tree, validation, the styles jar catalog), {@code locale} (locale files and
 * fallback), {@code process} (the rendering elements, names, sorting, disambiguation, positions, collapsing),
 * {@code names}, {@code dates}, {@code numbers}, {@code text} (text-case), {@code render} (rich text, field
 * markup and the HTML/text serializer) and {@code json}. Output follows citeproc-js, as the CSL test suite
 * (run by {@code CslTestSuiteTest}) expects it.
 */
package dev.essays.csl;
