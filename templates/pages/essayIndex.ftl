[#ftl output_format="HTML" strip_whitespace=true]
[#import "/essays/templates/macros/essay.ftl" as layout]
[#assign index = essayfn.index(ctx.getParameter("category")!"", ctx.getParameter("tag")!"", ctx.getParameter("page")!"1")]
[#assign heading = content.title!i18n['essays.index.title']]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@layout.head title=heading + " – " + i18n['essays.site.name'] /]
  [@cms.page /]
</head>
<body class="essay-index-page">
  [@layout.siteHeader /]
  <main id="main">
    <header class="index-header">
      <h1>${heading}</h1>
      [#if index.category?has_content]
        <p class="index-filter">${i18n.get('essays.index.inCategory', [index.category])} · <a href="${ctx.contextPath}${essayfn.indexUrl()}">${i18n['essays.index.showAll']}</a></p>
      [#elseif index.tag?has_content]
        <p class="index-filter">${i18n.get('essays.index.withTag', [index.tag])} · <a href="${ctx.contextPath}${essayfn.indexUrl()}">${i18n['essays.index.showAll']}</a></p>
      [/#if]
    </header>
    [#list index.essays as essay]
      [@layout.teaser essay=essay /]
    [#else]
      <p class="index-empty">${i18n['essays.index.empty']}</p>
    [/#list]
    [#if index.pageCount > 1]
      <nav class="pagination" aria-label="${i18n['essays.index.pages']}">
        [#if index.previousHref?has_content]<a rel="prev" href="${ctx.contextPath}${index.previousHref}">${i18n['essays.index.newer']}</a>[/#if]
        <span class="pagination-position">${i18n.get('essays.index.pageOf', [index.page, index.pageCount])}</span>
        [#if index.nextHref?has_content]<a rel="next" href="${ctx.contextPath}${index.nextHref}">${i18n['essays.index.older']}</a>[/#if]
      </nav>
    [/#if]
    [@cms.area name="main" /]
  </main>
  [@layout.siteFooter /]
</body>
</html>
