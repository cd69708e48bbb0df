[#-- components/essay: written by the lead; see ARCHITECTURE.md --]
