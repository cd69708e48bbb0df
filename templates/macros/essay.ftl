[#ftl output_format="HTML" strip_whitespace=true]
[#-- Markup shared by the essay page and the essay components. Values come prepared from essayfn. --]

[#macro head title description=""]
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  [#if description?has_content]<meta name="description" content="${description}">[/#if]
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/essays/webresources/css/essays.css">
  <link rel="stylesheet" media="print" href="${ctx.contextPath}/.resources/essays/webresources/css/print.css">
[/#macro]

[#macro siteHeader]
  <a class="skip-link" href="#main">${i18n['essays.site.skipToContent']}</a>
  <header class="site-header">
    <p class="site-title"><a href="${ctx.contextPath}${essayfn.indexUrl()}">${i18n['essays.site.name']}</a></p>
  </header>
[/#macro]

[#macro siteFooter]
  <footer class="site-footer">
    <p><a href="${ctx.contextPath}${essayfn.indexUrl()}">${i18n['essays.site.allEssays']}</a></p>
  </footer>
[/#macro]

[#macro byline essay]
  <p class="essay-byline">
    [#if essay.authorsText?has_content]${i18n['essays.essay.by']} <span class="p-author">${essay.authorsText}</span>[#if essay.publishedIso?has_content] · [/#if][/#if]
    [#if essay.publishedIso?has_content]<time class="dt-published" datetime="${essay.publishedIso}">${essay.publishedDisplay}</time>[/#if]
    [#if essay.updatedIso?has_content] · ${i18n['essays.essay.updated']} <time class="dt-updated" datetime="${essay.updatedIso}">${essay.updatedDisplay}</time>[/#if]
  </p>
[/#macro]

[#-- For editors on the author instance: whether the essay is public yet, and what to fix in its citations. --]
[#macro editorReport essay]
  [#local problems = essayfn.problems(essay.slug)]
  [#if essay.draft || problems?has_content]
    <aside class="editor-report" aria-labelledby="editor-report-${essay.slug}">
      <h2 id="editor-report-${essay.slug}">${i18n['essays.report.title']}</h2>
      [#if essay.draft]<p>${i18n['essays.report.draft']}</p>[/#if]
      [#if problems?has_content]
        <ul>
          [#list problems as problem]<li>${problem.message()}</li>[/#list]
        </ul>
      [/#if]
    </aside>
  [/#if]
[/#macro]

[#macro article essay headingLevel=1]
  <article class="essay h-entry">
    <header class="essay-header">
      [#if essay.title?has_content]<h${headingLevel} class="essay-title p-name">${essay.title}</h${headingLevel}>[/#if]
      [#if essay.subtitle?has_content]<p class="essay-subtitle">${essay.subtitle}</p>[/#if]
      [@byline essay=essay /]
    </header>
    [#if essay.bodyHtml?has_content]<div class="essay-body e-content">${essay.bodyHtml?no_esc}</div>[/#if]
    [@footnotes essay=essay /]
    [@worksCited essay=essay headingLevel=headingLevel + 1 /]
    [@citeThis essay=essay headingLevel=headingLevel + 1 /]
    <footer class="essay-footer">
      [#if essay.categories?has_content]
        <p class="essay-categories">${i18n['essays.essay.postedIn']} [#list essay.categories as category]<a href="${ctx.contextPath}${category.href}" rel="tag">${category.label}</a>[#sep], [/#list]</p>
      [/#if]
      [#if essay.tags?has_content]
        <p class="essay-tags">${i18n['essays.essay.tagged']} [#list essay.tags as tag]<a href="${ctx.contextPath}${tag.href}" rel="tag">${tag.label}</a>[#sep], [/#list]</p>
      [/#if]
      <p class="essay-permalink"><a class="u-url" href="${ctx.contextPath}${essay.permalink}" rel="bookmark">${i18n['essays.essay.permalink']}</a></p>
    </footer>
  </article>
[/#macro]

[#-- Numbered notes of a note style, each with a link back to its reference in the text. --]
[#macro footnotes essay]
  [#if essay.footnotes?has_content]
    <section class="footnotes" role="doc-endnotes" aria-label="${i18n['essays.citations.notes']}">
      <ol class="footnote-list">
        [#list essay.footnotes as note]
          <li id="${note.anchorId()}" role="doc-endnote" value="${note.number()?c}">${note.html()?no_esc} <a class="backlink" href="#${note.referenceId()}" role="doc-backlink" aria-label="${i18n.get('essays.citations.backToNote', [note.number()?c])}">↩</a></li>
        [/#list]
      </ol>
    </section>
  [/#if]
[/#macro]

[#-- The works-cited list in the essay's style; each entry links back to every place that cites it. --]
[#macro worksCited essay headingLevel=2]
  [#if essay.worksCited?has_content]
    <section class="works-cited" role="doc-bibliography" aria-labelledby="${essay.anchorPrefix}works-cited-heading">
      <h${headingLevel} id="${essay.anchorPrefix}works-cited-heading">${essay.worksCitedHeading}</h${headingLevel}>
      <ul class="csl-bib-body[#if essay.hangingIndent] hanging-indent[/#if]">
        [#list essay.worksCited as entry]
          <li id="${entry.anchorId()}" class="csl-entry">${entry.html()?no_esc}[#list entry.citedAt() as place] <a class="backlink" href="#${place}" role="doc-backlink" aria-label="${i18n.get('essays.citations.backToCitation', [place?index + 1])}">↩[#if entry.citedAt()?size > 1]<sup>${place?index + 1}</sup>[/#if]</a>[/#list]</li>
        [/#list]
      </ul>
    </section>
  [/#if]
[/#macro]

[#-- The essay as an entry in its own style, with files for reference managers. --]
[#macro citeThis essay headingLevel=2]
  [#if essay.citeThisHtml?has_content]
    <section class="cite-this" aria-labelledby="${essay.anchorPrefix}cite-this-heading">
      <h${headingLevel} id="${essay.anchorPrefix}cite-this-heading">${i18n['essays.citations.citeThis']}</h${headingLevel}>
      <p class="csl-entry">${essay.citeThisHtml?no_esc}</p>
      <p class="cite-this-files">${i18n['essays.citations.download']} <a href="${ctx.contextPath}${essay.citeDownload('bibtex')}" download>BibTeX</a> · <a href="${ctx.contextPath}${essay.citeDownload('ris')}" download>RIS</a></p>
    </section>
  [/#if]
[/#macro]

[#macro teaser essay headingLevel=2]
  <article class="essay-teaser h-entry">
    <h${headingLevel} class="essay-teaser-title p-name"><a class="u-url" href="${ctx.contextPath}${essay.permalink}" rel="bookmark">${essay.title}</a></h${headingLevel}>
    [#if essay.subtitle?has_content]<p class="essay-subtitle">${essay.subtitle}</p>[/#if]
    [@byline essay=essay /]
    [#if essay.excerpt?has_content]<p class="essay-excerpt p-summary">${essay.excerpt}</p>[/#if]
    [#if essay.categories?has_content]
      <p class="essay-categories">${i18n['essays.essay.postedIn']} [#list essay.categories as category]<a href="${ctx.contextPath}${category.href}" rel="tag">${category.label}</a>[#sep], [/#list]</p>
    [/#if]
  </article>
[/#macro]
