"""The pytest entry point (``pytest11: audiotrust``): the core hooks and fixtures of ``pytest_audiotrust.glue``.

The glue registers its sub-plugins (``glue/hooks/``) at configure. Only stdlib + pytest at import: a pytest run
that does not use the plugin pays nothing for it.
"""

from .glue.core import (
    audiotrust_model,
    audiotrust_seed,
    pytest_addoption,
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_generate_tests,
    pytest_runtest_makereport,
    pytest_runtest_protocol,
    pytest_sessionfinish,
    pytest_terminal_summary,
    pytest_unconfigure,
)

__all__ = ["audiotrust_model", "audiotrust_seed", "pytest_addoption", "pytest_collection_modifyitems", "pytest_configure",
           "pytest_generate_tests", "pytest_runtest_makereport", "pytest_runtest_protocol", "pytest_sessionfinish",
           "pytest_terminal_summary", "pytest_unconfigure"]
