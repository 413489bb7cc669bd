"""Per-chapter code, one package per chapter, named after the chapter's slug.

Chapter ``NN-slug`` (e.g. ``05-mentoring``) keeps everything under that name:

- page ``book/NN-slug.md``, notebook ``exercises/NN-slug.ipynb``, quiz bank ``book/quizzes/NN-slug.yml``;
- course content (scenarios, drafts) ``book/content/NN-slug.yml`` and data ``exercises/data/NN-slug/``;
- code ``irsocial/course/chapters/chNN_slug/`` (hyphens become underscores): ``checks.py`` (the
  notebook's checks), ``widgets.py`` (its tools, if any), ``data.py`` (its data generators, if
  any) and the analysis modules the notebook imports;
- tests ``tests/chapters/test_chNN_slug.py``.

``tests/test_course_structure.py`` fails when a chapter breaks this convention.
"""
