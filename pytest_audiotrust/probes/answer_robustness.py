"""Robustness on answers: the question probes (absent / present / mismatched, order, count) under a corruption or
a competing talker, each case holding the clean probe beside the corrupted one.

A case is (question probe, condition). The condition is a corruption case (``noise.babble-sev3``: any corruption
or suite, as for transcripts), ``talker@<SNR>dB``: real speech of a bundled speaker (a LibriVox reader or
Allison Smith, whichever the probe does not already hold), or ``event@<SNR>dB``: a real environmental sound, a
bundled event recording the probe neither holds nor asks about (chosen seeded), mixed at that SNR on the P.56 active
level of the probe audio (``corruptions.noise.mix_at_snr``; the achieved SNR is measured and recorded).

Scored by ``expect.robust_answer(answer, clean_answer)``: the clean answer must itself be right (the anchor: a
model that ignores its input fails wherever the right answer is not its constant one) and the answer under the
condition must be right too; whether the two agree (stability) is recorded beside it. For yes/no families the
case also carries a ``twin``: the clean audio asked the question whose right answer is the opposite (present <->
absent about the same clip, the order question with the other sound named first); pass the model's answer to it
as ``contrast=``: the clean pair must differ where the meaning differs, and a model that gives both one answer is
flagged ``constant_output`` in the record. (The twin is the same for every condition, so a response cache answers
it once.)
Questions about speech are left out: the talker and babble conditions put speech in the audio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, unknown_name
from .spoken import TrustProbe

if TYPE_CHECKING:
    from ..inputs.audio import Audio

FAMILIES: tuple[str, ...] = ("absent", "present", "mismatched", "temporal_order", "count")
DEFAULT_EVENTS: tuple[str, ...] = ("dog", "cow", "helicopter", "cash_register")
DEFAULT_CONDITIONS: tuple[str, ...] = ("standard", "talker@10dB", "talker@0dB", "event@10dB")
DEFAULT_SEVERITIES: tuple[int, ...] = (3, 5)
DEFAULT_COUNTS: tuple[int, ...] = (2, 3)
_MIXED = re.compile(r"^(talker|event)@(-?\d+(?:\.\d+)?)dB$")
#: Speakers of the bundled real speech clips a competing talker is drawn from (manifest ``speaker`` field).
TALKERS: tuple[str, ...] = ("LibriVox volunteer reader (Sense and Sensibility, chapter 1)", "Allison Smith")


@dataclass(frozen=True)
class RobustProbe(TrustProbe):
    """A question probe under a condition: ``audio`` is corrupted, ``clean`` the same probe without it; ``twin``
    (yes/no families) the opposite-answer question over the clean audio."""

    clean: Any = None
    twin: Any = None
    condition: str = ""
    severity: int = 0
    achieved: dict[str, Any] = field(default_factory=dict)

    def record(self) -> dict[str, Any]:
        out = super().record()
        out.update(condition=self.condition, severity=self.severity, base_family=self.metadata.get("base_family"),
                   achieved=dict(self.achieved))
        if self.twin is not None:
            out.update(twin_expected=self.twin.expected, twin_question=self.twin.question,
                       twin_target=self.twin.target if isinstance(self.twin.target, str) else list(self.twin.target))
        return out


def competing_talker(audio: Audio, snr_db: float, seed: int, exclude: str = "") -> tuple[Audio, dict[str, Any]]:
    """``audio`` with real speech of a bundled speaker (not ``exclude``) mixed in at ``snr_db`` (P.56 active level of
    ``audio`` over the talker's mean power), from a seeded offset; the achieved SNR and the talker's clips recorded."""
    import numpy as np

    from ..corruptions.noise import mix_at_snr
    from ..inputs.clips import bundled_clips

    speaker = next(s for s in TALKERS if s != exclude)
    entries = [e for e in bundled_clips() if e.metadata.get("speaker") == speaker]
    if not entries:
        raise ConfigError(f"competing talker: no bundled clip of speaker {speaker!r} (fixtures/clips/manifest.jsonl)")
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(entries))
    x = audio.to_mono()
    need, parts, used = x.frames, [], []
    for i in order:
        if sum(len(p) for p in parts) >= need:
            break
        clip = entries[int(i)].load().audio.to_mono().resample(x.sample_rate)
        parts.append(clip.samples.reshape(-1))
        used.append(entries[int(i)].id)
    bed = np.concatenate(parts)
    while len(bed) < need:  # short clips: repeat the bed
        bed = np.concatenate([bed, bed])
    start = int(rng.integers(0, len(bed) - need + 1))
    mixed = mix_at_snr(x, bed[start:start + need].astype(np.float64), float(snr_db))
    return mixed.audio, {"talker": speaker, "talker_clips": used, "snr_db": float(snr_db), **mixed.achieved}


def background_event(audio: Audio, snr_db: float, seed: int, exclude: tuple[str, ...]) -> tuple[Audio, dict[str, Any]]:
    """``audio`` with a bundled event recording not in ``exclude`` (seeded choice, looped to length, from a seeded
    offset) mixed in at ``snr_db``; the event and the achieved SNR recorded."""
    import numpy as np

    from ..corruptions.noise import mix_at_snr
    from .events import CO_OCCURS, bundled_events

    events = bundled_events()
    banned = set(exclude) | {c for e in exclude for c in CO_OCCURS.get(e, ())}
    names = [k for k in events if k not in banned]
    rng = np.random.default_rng(seed)
    name = names[int(rng.integers(len(names)))]
    x = audio.to_mono()
    bed = events[name].load().to_mono().resample(x.sample_rate).samples.reshape(-1).astype(np.float64)
    bed = np.tile(bed, int(np.ceil(2 * x.frames / len(bed))))
    start = int(rng.integers(0, len(bed) - x.frames + 1))
    mixed = mix_at_snr(x, bed[start:start + x.frames], float(snr_db))
    return mixed.audio, {"background_event": name, "snr_db": float(snr_db), **mixed.achieved}


def _conditions(conditions: list[str] | None, severities: list[int] | None) -> list[tuple[str, Any]]:
    """(id, corruption CaseSpec or (kind, SNR)) for each condition."""
    from ..corruptions.suites import resolve

    out: list[tuple[str, Any]] = []
    for c in conditions or list(DEFAULT_CONDITIONS):
        m = _MIXED.match(str(c))
        if m:
            out.append((f"{m.group(1)}@{float(m.group(2)):g}dB", (m.group(1), float(m.group(2)))))
            continue
        if str(c).startswith(("talker", "event")):
            raise ConfigError(f"answer condition {c!r}: expected 'talker@<SNR>dB' or 'event@<SNR>dB', e.g. 'talker@10dB'")
        sev = severities if severities is not None else (list(DEFAULT_SEVERITIES) if conditions is None else None)
        out += [(case.id, case) for case in resolve(str(c), sev)]
    return out


def _base_specs(seed: int, families: list[str], events: list[str] | None, counts: list[int] | None) -> list[Any]:
    from . import questions, temporal

    evs = list(events or DEFAULT_EVENTS)
    out: list[Any] = []
    if "absent" in families:
        out += [s for s in questions.absent_specs(seed, evs, ["adversarial"], [0]) if s.asked_about != "speech"]
    if "present" in families:
        out += questions.present_specs(evs, [0])
    if "mismatched" in families:
        out += questions.mismatched_specs(evs, ["other_event"], [0])
    if "temporal_order" in families:
        pairs = [p for p in temporal.ORDER_PAIRS if events is None or set(p) <= set(evs)] or [temporal.ORDER_PAIRS[0]]
        out += [s for s in temporal.order_specs([pairs[0]]) if s.relation == "before"]
    if "count" in families:
        ev = next((e for e in evs if e in temporal.COUNT_EVENTS), next(iter(temporal.COUNT_EVENTS)))
        out += temporal.count_specs([ev], list(counts or DEFAULT_COUNTS))
    return out


def _twin(spec: Any, seed: int) -> Any:
    """The opposite-answer question about the same clean audio, or None (count, mismatched)."""
    from dataclasses import replace

    from . import questions, temporal  # the same form as ``_base_specs``: the classes its specs were built from

    QuestionSpec, choose_absent, OrderSpec = questions.QuestionSpec, questions.choose_absent, temporal.OrderSpec
    if isinstance(spec, QuestionSpec) and spec.family == "present":
        x = choose_absent(spec.event, "adversarial", seed)
        return QuestionSpec(f"absent:{x}@{spec.event}-twin", "absent", spec.event, x, spec.phrasing, "no",
                            strategy="adversarial")
    if isinstance(spec, QuestionSpec) and spec.family == "absent":
        return QuestionSpec(f"present:{spec.event}-twin", "present", spec.event, spec.event, spec.phrasing, "yes")
    if isinstance(spec, OrderSpec):
        other = spec.second if spec.x == spec.first else spec.first
        return replace(spec, x=other)
    return None


@dataclass(frozen=True)
class AnswerCase:
    """A question probe spec under one condition."""

    base: Any  # questions.QuestionSpec | temporal.OrderSpec | temporal.CountSpec
    condition: str
    how: Any  # corruptions.suites.CaseSpec, or ("talker" | "event", SNR in dB)

    @property
    def id(self) -> str:
        return f"{self.base.id}~{self.condition}"

    def _apply(self, audio: Audio, seed: int) -> tuple[Audio, dict[str, Any], int]:
        import numpy as np

        from ..inputs.seeding import derive_seed

        s = derive_seed(seed, "condition", self.condition)
        if isinstance(self.how, tuple) and self.how[0] == "talker":
            out, achieved = competing_talker(audio, self.how[1], s)
            return out, achieved, 0
        if isinstance(self.how, tuple):
            named = tuple(str(getattr(self.base, k, "")) for k in ("event", "asked_about", "first", "second"))
            from .questions import other_event

            held = (*named, other_event(self.base.event)) if getattr(self.base, "control", None) == "other_event" else named
            out, achieved = background_event(audio, self.how[1], s, tuple(h for h in held if h))
            return out, achieved, 0
        from ..corruptions.registry import get

        res = get(self.how.name).apply(audio, self.how.severity, np.random.default_rng(s), **self.how.params)
        return res.audio, dict(res.achieved), self.how.severity

    def make(self, seed: int) -> RobustProbe:
        clean = self.base.make(seed)
        audio, achieved, severity = self._apply(clean.audio, seed)
        twin_spec = _twin(self.base, seed)
        twin = None
        if twin_spec is not None:
            t = twin_spec.make(seed)
            twin = _as_trust(t, t.audio)
        meta = {**clean.metadata, "base_family": clean.family, "condition": self.condition,
                "description": f"{clean.metadata.get('description', '')}; under {self.condition}"}
        base = _as_trust(clean, clean.audio)
        return RobustProbe(self.id, "answer_robustness", audio, clean.expected, clean.question, meta, clean.reference,
                           clean.accept, target=base.target, count=base.count, clean=base, twin=twin,
                           condition=self.condition, severity=severity, achieved=achieved)


def _as_trust(probe: Any, audio: Audio) -> TrustProbe:
    """A question probe (``Probe`` or ``TrustProbe``) as a ``TrustProbe`` over ``audio``."""
    target = getattr(probe, "target", None)
    if target is None:
        target = probe.metadata.get("target_terms") or probe.metadata.get("target")
    return TrustProbe(probe.id, probe.family, audio, probe.expected, probe.question, probe.metadata, probe.reference,
                      probe.accept, target, None, getattr(probe, "count", None))


def answer_specs(seed: int, families: list[str] | None = None, events: list[str] | None = None,
                 conditions: list[str] | None = None, severities: list[int] | None = None,
                 counts: list[int] | None = None) -> list[AnswerCase]:
    """Every (question probe, condition) case. Defaults: all ``FAMILIES`` over ``DEFAULT_EVENTS`` (phrasing 0, the
    adversarial absent sound, the first order pair asked "before", counts 2 and 3), under the ``standard`` suite at
    severities 3 and 5, a competing talker at 10 and 0 dB and a real environmental sound at 10 dB."""
    fams = list(families or FAMILIES)
    for f in fams:
        if f not in FAMILIES:
            raise unknown_name("answer-robustness family", f, FAMILIES)
    bases = _base_specs(seed, fams, events, counts)
    return [AnswerCase(b, cid, how) for b in bases for cid, how in _conditions(conditions, severities)]
