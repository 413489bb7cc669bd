"""Every example in the toolkit's docstrings runs and gives what it says."""

import doctest
import importlib
import pkgutil

import pytest

import irsocial

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(irsocial.__path__, "irsocial.")
    if not m.name.endswith(("__main__", "sphinxext"))
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
