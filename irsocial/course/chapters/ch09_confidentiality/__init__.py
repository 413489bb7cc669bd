"""Chapter 09-confidentiality: Patient confidentiality. See ``irsocial.course.chapters`` for the layout."""
