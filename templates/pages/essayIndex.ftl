[#-- pages/essayIndex: written by the lead; see ARCHITECTURE.md --]
