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

from irsocial.postsafety.recognizers.base import RECOGNIZERS, Doc, register  # noqa: F401
from irsocial.postsafety.recognizers import (  # noqa: F401,E402  (registration order = run order)
    online, national_ids, phones, records, dates, ages, names, places, rare,
)
