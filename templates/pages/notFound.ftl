[#ftl output_format="HTML" strip_whitespace=true]
[#import "/essays/templates/macros/essay.ftl" as layout]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@layout.head title=i18n['essays.notFound.title'] /]
  <meta name="robots" content="noindex">
  [@cms.page /]
</head>
<body class="not-found-page">
  [@layout.siteHeader /]
  <main id="main">
    <h1>${i18n['essays.notFound.title']}</h1>
    <p>${i18n['essays.notFound.text']}</p>
    <p><a href="${ctx.contextPath}${essayfn.indexUrl()}">${i18n['essays.site.allEssays']}</a></p>
  </main>
  [@layout.siteFooter /]
</body>
</html>
