[#-- pages/notFound: written by the lead; see ARCHITECTURE.md --]
