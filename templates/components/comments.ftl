[#ftl output_format="HTML" strip_whitespace=true]
[#-- The comment area under an essay; filled in by the comments feature. --]
