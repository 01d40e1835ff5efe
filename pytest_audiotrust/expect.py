"""Assertions for trust specs. Each records a measurement for the report, passing or failing.

Every helper accepts a model ``Response`` or a ``str``. Thresholds carry their
direction in their name (``max_wer``, ``min_similarity``). When a threshold is
not passed explicitly it comes from, in order: the ``audiotrust`` marker
(``@pytest.mark.audiotrust(max_wer=0.2)``), ``--audiotrust-threshold max_wer=0.2``,
the ini option ``audiotrust_thresholds``, then the built-in default below. The
effective value and where it came from are recorded.

Inside a test whose marker sets a ``gate=``, a missed threshold is recorded but
does not fail the test: the group's gate decides (see the plugin's gates).
"""

from __future__ import annotations

from typing import Any

from . import results
from .results import Measurement

#: Built-in defaults, used when nothing else sets a threshold.
DEFAULTS: dict[str, float] = {
    "max_wer": 0.15,
    "max_cer": 0.10,
    "min_similarity": 0.85,
    "max_words": 0,
    "max_insertion_rate": 0.05,
}

#: Thresholds set by the plugin from CLI / ini (name -> value); marker values live on the record.
configured: dict[str, float] = {}
#: Normaliser used for WER/CER and answer checks (CLI/ini ``audiotrust_normalizer``).
settings: dict[str, Any] = {"normalizer": "whisper", "embedding_model": None}


class ExpectationFailed(AssertionError):
    """A trust expectation was not met. The message shows both texts, the metric and the threshold."""


def _text(value: Any, what: str) -> str:
    text = getattr(value, "text", value)
    if not isinstance(text, str):
        raise TypeError(f"expect: {what} must be a model Response or str, got {type(value).__name__}")
    return text


def _threshold(name: str, explicit: float | None) -> tuple[float, str]:
    if explicit is not None:
        return float(explicit), "argument"
    marker = results.current().params.get("thresholds", {})
    if name in marker:
        return float(marker[name]), "marker"
    if name in configured:
        return float(configured[name]), settings.get(f"source:{name}", "cli")
    return DEFAULTS[name], "default"


def _record(m: Measurement, message: str) -> Measurement:
    rec = results.current()
    rec.measurements.append(m)
    if not m.passed and not rec.gate:
        raise ExpectationFailed(message)
    return m


def _quote(text: str | None) -> str:
    return "''" if text is None else repr(text if len(text) <= 300 else text[:300] + "...")


def wer(output: Any, reference: Any, max_wer: float | None = None, *, normalizer: str | None = None) -> Measurement:
    """Word error rate of ``output`` against ``reference`` is at most ``max_wer``."""
    from .scoring.wer import word_error

    out, ref = _text(output, "output"), _text(reference, "reference")
    limit, source = _threshold("max_wer", max_wer)
    norm = normalizer or settings["normalizer"]
    er = word_error(out, ref, norm)
    m = Measurement(
        "wer", "wer", round(er.rate, 4), limit, "max", er.rate <= limit, out, ref,
        {"diff": er.diff, "normalizer": norm, "normalized_output": er.hypothesis,
         "normalized_reference": er.reference, "substitutions": er.substitutions,
         "deletions": er.deletions, "insertions": er.insertions, "hits": er.hits},
        source,
    )
    return _record(m, (
        f"WER {er.rate:.3f} > max_wer {limit} ({source})\n  reference: {_quote(ref)}\n  output:    {_quote(out)}\n"
        f"  diff ({norm}-normalised): {er.diff}"
    ))


def cer(output: Any, reference: Any, max_cer: float | None = None, *, normalizer: str | None = None) -> Measurement:
    """Character error rate of ``output`` against ``reference`` is at most ``max_cer``."""
    from .scoring.wer import char_error

    out, ref = _text(output, "output"), _text(reference, "reference")
    limit, source = _threshold("max_cer", max_cer)
    norm = normalizer or settings["normalizer"]
    er = char_error(out, ref, norm)
    m = Measurement(
        "cer", "cer", round(er.rate, 4), limit, "max", er.rate <= limit, out, ref,
        {"normalizer": norm, "normalized_output": er.hypothesis, "normalized_reference": er.reference}, source,
    )
    return _record(m, f"CER {er.rate:.3f} > max_cer {limit} ({source})\n  reference: {_quote(ref)}\n  output:    {_quote(out)}")


def similarity(output: Any, other: Any, min_similarity: float | None = None) -> Measurement:
    """Semantic similarity (sentence embeddings) of two texts is at least ``min_similarity``."""
    from .scoring.similarity import similarity as sim

    a, b = _text(output, "output"), _text(other, "other")
    limit, source = _threshold("min_similarity", min_similarity)
    value = sim(a, b, settings.get("embedding_model"))
    m = Measurement("similarity", "similarity", round(value, 4), limit, "min", value >= limit, a, b, {}, source)
    return _record(m, (
        f"similarity {value:.3f} < min_similarity {limit} ({source})\n  expected like: {_quote(b)}\n  output:        {_quote(a)}"
    ))


def consistent(output: Any, other: Any, min_similarity: float | None = None) -> Measurement:
    """Invariance (CheckList INV): ``output`` means the same as ``other`` (e.g. noisy vs clean transcript)."""
    from .scoring.similarity import similarity as sim
    from .scoring.wer import word_error

    a, b = _text(output, "output"), _text(other, "other")
    limit, source = _threshold("min_similarity", min_similarity)
    value = sim(a, b, settings.get("embedding_model"))
    diff = word_error(a, b, settings["normalizer"]).diff
    m = Measurement("consistent", "similarity", round(value, 4), limit, "min", value >= limit, a, b, {"diff": diff}, source)
    return _record(m, (
        f"outputs are not consistent: similarity {value:.3f} < min_similarity {limit} ({source})\n"
        f"  reference output: {_quote(b)}\n  output:           {_quote(a)}\n  word diff: {diff}"
    ))


def no_speech(output: Any, max_words: int | None = None) -> Measurement:
    """Nothing was said, so nothing may be written: at most ``max_words`` words (default 0), abstentions allowed."""
    from .scoring.hallucination import inspect_nonspeech_output

    out = _text(output, "output")
    limit, source = _threshold("max_words", max_words)
    f = inspect_nonspeech_output(out)
    m = Measurement(
        "no_speech", "hallucinated_words", f.words, limit, "max", f.words <= limit, out, None,
        {"chars": f.chars, "known_phrases": list(f.known_phrases), "repetition": f.repetition}, source,
    )
    kinds = []
    if f.known_phrases:
        kinds.append(f"known Whisper hallucination {list(f.known_phrases)}")
    if f.repetition:
        kinds.append(f"repetition loop {f.repetition!r}")
    return _record(m, (
        f"hallucination: {f.words} word(s) produced from audio with no speech (max_words {limit:g})\n"
        f"  output: {_quote(out)}" + (f"\n  looks like: {'; '.join(kinds)}" if kinds else "")
    ))


def _answer(check: str, expected: str, output: Any) -> Measurement:
    from .scoring.answers import parse_answer

    out = _text(output, "answer")
    parsed = parse_answer(out).value
    m = Measurement(check, "answer", parsed, expected, "eq", parsed == expected, out, None, {}, "argument")
    return _record(m, f"expected the model to answer {expected!r}, parsed {parsed!r} from: {_quote(out)}")


def denies(answer: Any) -> Measurement:
    """The answer is a clear "no" (abstentions and unparseable answers do not count as no)."""
    return _answer("denies", "no", answer)


def affirms(answer: Any) -> Measurement:
    """The answer is a clear "yes"."""
    return _answer("affirms", "yes", answer)


def no_insertions(output: Any, reference: Any, max_rate: float | None = None) -> Measurement:
    """Words that were never said (insertions against the reference, per reference word) are at most ``max_rate``."""
    from .scoring.wer import word_error

    out, ref = _text(output, "output"), _text(reference, "reference")
    limit, source = _threshold("max_insertion_rate", max_rate)
    er = word_error(out, ref, settings["normalizer"])
    n_ref = max(1, len(er.reference.split()))
    rate = er.insertions / n_ref
    m = Measurement(
        "no_insertions", "insertion_rate", round(rate, 4), limit, "max", rate <= limit, out, ref,
        {"inserted_words": list(er.inserted_words), "diff": er.diff}, source,
    )
    return _record(m, (
        f"hallucinated insertions: {er.insertions} word(s) never said ({rate:.3f} per reference word > {limit})\n"
        f"  inserted: {list(er.inserted_words)}\n  diff: {er.diff}"
    ))
