"""Chapter 06-networking: Networking and career development. See ``irsocial.course.chapters`` for the layout."""
