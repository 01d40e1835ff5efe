"""Session state kept in ``config.stash``: settings resolved from CLI/ini and the collected case records.

Stdlib only: the hook module imports it at pytest start-up.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from ..errors import ConfigError
from ..inputs.seeding import DEFAULT_SEED
from ..verdicts.results import Settings, State  # the run's data (re-exported: its old home)

THRESHOLD_NAMES = ("max_wer", "max_cer", "min_similarity", "max_words", "max_insertion_rate")


STATE_KEY = pytest.StashKey[State]()


def marker_kwargs(node: Any) -> dict[str, Any]:
    """THE merge of a node's ``audiotrust`` markers (module, class, function): the closest wins."""
    merged: dict[str, Any] = {}
    for mark in reversed(list(node.iter_markers("audiotrust"))):
        if mark.args:
            raise ConfigError(f"{getattr(node, 'nodeid', node)}: @pytest.mark.audiotrust takes keyword arguments only")
        merged.update(mark.kwargs)
    return merged


# ----------------------------------------------------------------------------- the one repeat-id rule
#: Runs of a case marked ``repeats=k`` are parametrized ``audiotrust_repeat`` = 1..k with ids ``rep1``..``repk``.
REPEAT_PARAM = "audiotrust_repeat"
_REPEAT_PART = re.compile(r"rep\d+")


def repeat_id(run: int) -> str:
    return f"rep{run}"


def repeat_index(item: Any) -> int:
    """0-based run index of a repeated case (0 for a test that is not repeated)."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    return max(0, int(params.get(REPEAT_PARAM, 1)) - 1)


def strip_repeat_id(nodeid: str) -> str:
    """``test_x[noise.white-sev3-rep2]`` -> ``test_x[noise.white-sev3]``: the case all its repeats share."""
    if nodeid.endswith("]") and "[" in nodeid:
        base, _, ids = nodeid[:-1].partition("[")
        parts = [p for p in ids.split("-") if not _REPEAT_PART.fullmatch(p)]
        return f"{base}[{'-'.join(parts)}]" if parts else base
    return nodeid


def parse_thresholds(items: list[str], source: str) -> dict[str, tuple[float, str]]:
    """``["max_wer=0.2", ...]`` -> ``{"max_wer": (0.2, source)}`` with named errors."""
    out: dict[str, tuple[float, str]] = {}
    for item in items:
        for part in str(item).replace(",", " ").split():
            name, sep, value = part.partition("=")
            if not sep:
                raise ConfigError(f"{source} threshold {part!r}: expected NAME=VALUE, e.g. max_wer=0.2")
            if name not in THRESHOLD_NAMES:
                raise ConfigError(f"{source} threshold {name!r}: unknown; expected one of {', '.join(THRESHOLD_NAMES)}")
            try:
                out[name] = (float(value), source)
            except ValueError:
                raise ConfigError(f"{source} threshold {name}={value!r}: expected a number") from None
    return out


def resolve_seed(config: pytest.Config) -> int:
    raw = config.getoption("audiotrust_seed") or config.getini("audiotrust_seed") or str(DEFAULT_SEED)
    raw = str(raw).strip()
    if raw == "last":
        cache = getattr(config, "cache", None)
        last = cache.get("audiotrust/last_seed", None) if cache is not None else None
        if last is None:
            raise ConfigError("--audiotrust-seed=last: no previous run recorded a seed in pytest's cache")
        return int(last)
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"--audiotrust-seed: expected an integer or 'last', got {raw!r}") from None


def build_settings(config: pytest.Config) -> Settings:
    ini_thr = parse_thresholds(config.getini("audiotrust_thresholds"), "ini")
    cli_thr = parse_thresholds(config.getoption("audiotrust_threshold") or [], "cli")
    return Settings(
        model_spec=config.getoption("audiotrust_model") or config.getini("audiotrust_model"),
        seed=resolve_seed(config),
        clips=config.getoption("audiotrust_clips") or config.getini("audiotrust_clips"),
        report=config.getoption("audiotrust_report"),
        json_path=config.getoption("audiotrust_json"),
        normalizer=config.getini("audiotrust_normalizer"),
        thresholds={**ini_thr, **cli_thr},
    )


def dumps(record: Any) -> str:
    return json.dumps(record, sort_keys=True, default=str)
