[#ftl output_format="HTML" strip_whitespace=true]
[#-- One source, shown on its own while a works-cited list is edited; the list prints it in its sorted place. --]
<p class="csl-entry">${essayfn.citation(cmsfn.asJCRNode(content))?no_esc}</p>
