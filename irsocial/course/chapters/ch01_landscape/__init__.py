"""Chapter 01-landscape: Social media and IR: the landscape. See ``irsocial.course.chapters`` for the layout."""
