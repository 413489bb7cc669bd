"""irsocial: the toolkit of the course "Social Media for Interventional Radiologists".

Two products in one package:

- ``irsocial.postsafety``: the post-safety toolkit residents keep using on their real drafts and
  images (the ``irsocial`` command: ``check-post``, ``thread``, ``deid``). ``pip install .`` alone
  gives it; it imports nothing of the course half.
- ``irsocial.course``: the course's own code (``pip install .[course]``): feedback, quizzes, data,
  widgets, the Sphinx extension, the teaching kit, and one package per chapter in
  ``irsocial.course.chapters`` named after the chapter's slug.
"""

__version__ = "0.2.0"
