"""Hook specifications pytest-audiotrust adds (registered by ``hooks/models.py``)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.hookspec(firstresult=True)
def pytest_audiotrust_make_model(config: pytest.Config, spec: str) -> Any:
    """Build the model under test for ``spec`` (from ``--audiotrust-model`` / ini ``audiotrust_model``).

    Return an ``AudioModel`` (or a ``f(audio, prompt) -> str`` callable) to take over,
    or ``None`` to let the next implementation (finally the built-in spec loaders) decide.
    Implement it in a ``conftest.py`` or a plugin to add your own schemes::

        def pytest_audiotrust_make_model(config, spec):
            if spec.startswith("mycorp:"):
                return MyCorpModel(spec.removeprefix("mycorp:"))
    """
