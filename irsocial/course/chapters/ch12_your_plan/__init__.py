"""Chapter 12-your-plan: Your social media plan. See ``irsocial.course.chapters`` for the layout."""
