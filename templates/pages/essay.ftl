[#ftl output_format="HTML" strip_whitespace=true]
[#import "/essays/templates/macros/essay.ftl" as layout]
[#-- The essay the address names; without one (the page editor), the essay chosen in the page properties. On the
     author instance drafts show too, so editors can check them. --]
[#assign editor = cmsfn.isAuthorInstance()]
[#assign slug = ctx.getParameter("slug")!""]
[#if slug?has_content]
  [#assign essay = essayfn.essay(slug, editor)!]
[#else]
  [#assign essay = essayfn.essayByReference(content.fallbackEssay!"", editor)!]
[/#if]
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
      [#if editor][@layout.editorReport essay=essay /][/#if]
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
