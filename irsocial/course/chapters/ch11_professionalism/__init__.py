"""Chapter 11-professionalism: Professionalism online. See ``irsocial.course.chapters`` for the layout."""
