[#ftl output_format="HTML" strip_whitespace=true]
[#-- A works-cited list of the citation components in this component's "sources" area, in the chosen style. --]
[#assign list = essayfn.worksCited(cmsfn.asJCRNode(content))]
[#if list.entries?has_content]
  <section class="works-cited" role="doc-bibliography" aria-labelledby="works-cited-${content['@name']}">
    <h2 id="works-cited-${content['@name']}">${list.heading}</h2>
    <ul class="csl-bib-body[#if list.hangingIndent] hanging-indent[/#if]">
      [#list list.entries as entry]
        <li id="${entry.anchorId()}" class="csl-entry">${entry.html()?no_esc}</li>
      [/#list]
    </ul>
  </section>
[/#if]
[#-- While editing, the single citations show too, so editors can open and change them. --]
[#if cmsfn.isEditMode()]
  [@cms.area name="sources" /]
[/#if]
