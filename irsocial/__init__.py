"""irsocial: the toolkit of the course "Social Media for Interventional Radiologists".

Detection, statistics and data modules return data; ``irsocial.widgets`` and the
course helpers in ``irsocial.course`` are thin layers on top of them.
"""

__version__ = "0.1.0"
