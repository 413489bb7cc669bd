"""Chapter 02-professional-presence: A professional presence. See ``irsocial.course.chapters`` for the layout."""
