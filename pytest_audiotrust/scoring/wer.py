"""Word and character error rates (jiwer) with the alignment kept for reports and insertion counts."""

from __future__ import annotations

from dataclasses import dataclass

from .text import normalize


@dataclass(frozen=True)
class ErrorRate:
    """An error rate with its alignment counts and a word-level diff."""

    rate: float
    hits: int
    substitutions: int
    deletions: int
    insertions: int
    reference: str
    hypothesis: str
    diff: str
    inserted_words: tuple[str, ...] = ()


def _diff(ref_words: list[str], hyp_words: list[str], chunks) -> tuple[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    parts: list[str] = []
    inserted: list[str] = []
    for c in chunks:
        r = ref_words[c.ref_start_idx : c.ref_end_idx]
        h = hyp_words[c.hyp_start_idx : c.hyp_end_idx]
        if c.type == "equal":
            parts.extend(r)
        elif c.type == "substitute":
            parts.extend(f"[{a}->{b}]" for a, b in zip(r, h, strict=False))
        elif c.type == "delete":
            parts.extend(f"[-{a}]" for a in r)
        elif c.type == "insert":
            parts.extend(f"[+{b}]" for b in h)
            inserted.extend(h)
    return " ".join(parts), tuple(inserted)


def word_error(hypothesis: str, reference: str, normalizer: str = "whisper") -> ErrorRate:
    """WER of ``hypothesis`` against ``reference`` after normalisation.

    An empty reference gives rate 0 for an empty hypothesis and 1 per inserted
    word otherwise (capped by nothing: it is an insertion count then).
    """
    import jiwer

    ref = normalize(reference, normalizer)
    hyp = normalize(hypothesis, normalizer)
    if not ref.split():
        words = tuple(hyp.split())
        return ErrorRate(float(len(words)), 0, 0, 0, len(words), ref, hyp, " ".join(f"[+{w}]" for w in words), words)
    if not hyp.split():
        words = ref.split()
        return ErrorRate(1.0, 0, 0, len(words), 0, ref, hyp, " ".join(f"[-{w}]" for w in words))
    out = jiwer.process_words(ref, hyp)
    diff, inserted = _diff(out.references[0], out.hypotheses[0], out.alignments[0])
    return ErrorRate(out.wer, out.hits, out.substitutions, out.deletions, out.insertions, ref, hyp, diff, inserted)


def char_error(hypothesis: str, reference: str, normalizer: str = "whisper") -> ErrorRate:
    """CER of ``hypothesis`` against ``reference`` after normalisation."""
    import jiwer

    ref = normalize(reference, normalizer)
    hyp = normalize(hypothesis, normalizer)
    if not ref:
        return ErrorRate(float(len(hyp)), 0, 0, 0, len(hyp), ref, hyp, hyp)
    if not hyp:
        return ErrorRate(1.0, 0, 0, len(ref), 0, ref, hyp, "")
    out = jiwer.process_characters(ref, hyp)
    return ErrorRate(out.cer, out.hits, out.substitutions, out.deletions, out.insertions, ref, hyp, f"{ref} => {hyp}")
