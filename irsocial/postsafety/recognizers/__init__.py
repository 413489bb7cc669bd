"""One recognizer per kind of identifier, each with its context words per language (after Presidio).

A recognizer is a function ``find(doc)`` registered with ``@register(rule, ...)``; ``doc`` (a
:class:`~irsocial.postsafety.recognizers.base.Doc`) holds the normalised text, the languages it is
written in and the context helpers, and collects findings with ``doc.add``. ``RECOGNIZERS`` lists
them in the order they run; :func:`irsocial.postsafety.identifiers.find_identifiers` runs them all.

Modules: ``names`` (titles and honorifics per language, labels, initials, a census name list),
``dates`` (numeric and month-name dates in eight languages from CLDR data, relative dates),
``ages`` (ages over 89 in every language), ``phones`` (``phonenumbers``), ``national_ids``
(``python-stdnum`` check digits), ``records`` (record, health-plan, account, licence, vehicle, device
and other numbers by their context words), ``places`` (street addresses, postcodes, towns),
``online`` (e-mail, links with or without a scheme, IP addresses, DICOM UIDs), ``rare`` (unique details).
"""

# Importing a module registers its recognizers; they run in registration order. The places
# recognizer reads what the name and age recognizers found, so it must come after them.
from irsocial.postsafety.recognizers import (  # noqa: F401
    ages,
    dates,
    names,
    national_ids,
    online,
    phones,
    places,
    rare,
    records,
)
from irsocial.postsafety.recognizers.base import RECOGNIZERS, Doc, register  # noqa: F401

_ORDER = [func.__module__ for _name, func in RECOGNIZERS]
assert _ORDER.index(places.__name__) > max(_ORDER.index(names.__name__), _ORDER.index(ages.__name__))
