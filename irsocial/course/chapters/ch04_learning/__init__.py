"""Chapter 04-learning: Learning in medical school and residency. See ``irsocial.course.chapters`` for the layout."""
