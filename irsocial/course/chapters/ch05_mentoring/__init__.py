"""Chapter 05-mentoring: Mentoring and motivation. See ``irsocial.course.chapters`` for the layout."""
