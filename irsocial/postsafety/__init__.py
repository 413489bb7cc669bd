"""The post-safety toolkit: check a draft post and de-identify an image before it goes online.

A product of its own, usable without the course: identifier detection (``identifiers``, with one
recognizer per kind of identifier in ``recognizers``, the language check in ``language`` and Unicode
normalisation in ``normalise``; eight languages, all data shipped, nothing downloaded), platform
rules and thread splitting (``platforms``), readability (``readability``), the whole review of a
post or thread (``review``), DICOM and photo de-identification (``deid`` with its profile table
``deid_profile``) and the ``irsocial`` command (``cli``). It imports nothing from
``irsocial.course`` and none of pandas, matplotlib or ipywidgets.
"""
