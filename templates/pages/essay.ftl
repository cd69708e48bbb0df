[#ftl output_format="HTML" strip_whitespace=true]
[#import "/essays/templates/macros/essay.ftl" as layout]
[#assign essay = essayfn.essay(ctx.getParameter("slug")!"")!]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [#if essay?has_content]
    [@layout.head title=essay.title?has_content?then(essay.title + " – " + i18n['essays.site.name'], i18n['essays.site.name']) description=essay.excerpt /]
    <link rel="canonical" href="${ctx.contextPath}${essay.permalink}">
    [#list essay.metaTags as meta]
    <meta name="${meta.name()}" content="${meta.content()}">
    [/#list]
    <script type="application/ld+json">${essay.jsonLd?no_esc}</script>
  [#else]
    [@layout.head title=i18n['essays.notFound.title'] /]
  [/#if]
  [@cms.page /]
</head>
<body class="essay-page">
  [@layout.siteHeader /]
  <main id="main">
    [#if essay?has_content]
      [#if cmsfn.isAuthorInstance()]
        [#assign problems = essayfn.problems(essay.slug)]
        [#if problems?has_content]
          <aside class="editor-report" aria-labelledby="editor-report-heading">
            <h2 id="editor-report-heading">${i18n['essays.report.title']}</h2>
            <ul>
              [#list problems as problem]<li>${problem.message()}</li>[/#list]
            </ul>
          </aside>
        [/#if]
      [/#if]
      [@layout.article essay=essay /]
      [@cms.area name="main" /]
      [@cms.area name="comments" /]
    [#else]
      <h1>${i18n['essays.notFound.title']}</h1>
      <p>${i18n['essays.notFound.text']}</p>
    [/#if]
  </main>
  [@layout.siteFooter /]
</body>
</html>
