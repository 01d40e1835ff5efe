"""The example suites run on real speech: by default the bundled real recordings of voice-assistant/phone
commands (``bundled:real,category=command``: 22 prompts by Allison Smith, CC-BY-SA-3.0).

``--audiotrust-clips`` or an ``audiotrust_clips`` ini value other than the default ``bundled`` still wins,
e.g. ``pytest example_suites --audiotrust-clips=bundled:tts`` for the synthesised set.
"""

import pytest

EXAMPLE_CLIPS = "bundled:real,category=command"


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    if config.getoption("audiotrust_clips", None) is None and config.getini("audiotrust_clips") == "bundled":
        config.option.audiotrust_clips = EXAMPLE_CLIPS
