[#-- components/comments: written by the lead; see ARCHITECTURE.md --]
