"""Chapter 03-sharing-cases: Sharing educational cases. See ``irsocial.course.chapters`` for the layout."""
