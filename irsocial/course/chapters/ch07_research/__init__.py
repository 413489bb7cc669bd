"""Chapter 07-research: Disseminating research. See ``irsocial.course.chapters`` for the layout."""
