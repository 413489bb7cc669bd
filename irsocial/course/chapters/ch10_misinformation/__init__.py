"""Chapter 10-misinformation: Misinformation and critical appraisal. See ``irsocial.course.chapters`` for the layout."""
