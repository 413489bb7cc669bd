"""Chapter 08-advocacy: Advocacy and patient awareness. See ``irsocial.course.chapters`` for the layout."""
