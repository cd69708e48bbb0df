[#-- components/essayTeaser: written by the lead; see ARCHITECTURE.md --]
