"""Authentication probes: "Are these the same speaker?" about two clips of one voice, of two voices, or a spoof.

* ``same``: two different clips by one speaker (clip metadata ``speaker``, else ``voice``). Right answer: yes.
* ``different``: clips by two different speakers. Right answer: no.
* ``spoof``: a clip of a speaker (a real recording when the clip set has one, ``source_kind: real``)
  and the project's TTS re-voicing that speaker's words (another of their clips' transcript) in a
  voice that is not theirs. Right answer: no.

The two clips are joined into one file with a beep between (``layout: beep``), as a one-audio chat API
needs; ``probe.parts`` keeps them apart for a model that takes two audio inputs. About as many "no"
as "yes" pairs, so an always-"yes" model fails about half.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from .spoken import TrustProbe

QUESTION = ("You will hear two voice recordings separated by a beep. Are these the same speaker? "
            "Answer yes or no.")
#: What the yes/no answer is about (the target handed to the answer parser).
TARGET = ("the same speaker", "same person", "same voice")
#: Offline voices a spoof is spoken in (the first that is not the speaker's own).
SPOOF_VOICES: tuple[str, ...] = ("en_us_joe", "en_us", "en_gb")
PAIRS_PER_KIND = 4


def speaker_of(entry: Any) -> str | None:
    """The speaker of a clip entry: metadata ``speaker`` (a person or TTS voice id), else ``voice``."""
    meta = getattr(entry, "metadata", {}) or {}
    value = meta.get("speaker") or meta.get("voice")
    return str(value) if value else None


@dataclass(frozen=True)
class PairSpec:
    """One pair: ``kind`` same / different / spoof; ``first``/``second`` clip entries (``second`` None for a spoof)."""

    kind: str
    first: Any
    second: Any
    spoof_voice: str | None = None
    spoof_text: str | None = None

    @property
    def id(self) -> str:
        other = f"tts:{self.spoof_voice}" if self.kind == "spoof" else self.second.id
        return f"pair:{self.kind}-{self.first.id}+{other}"

    @property
    def expected(self) -> str:
        return "yes" if self.kind == "same" else "no"

    def make(self, seed: int) -> TrustProbe:
        from .spoken import beep, join, silence, speak

        a = self.first.load().audio
        b = speak(self.spoof_text or "", self.spoof_voice) if self.kind == "spoof" else self.second.load().audio
        audio = join([a, silence(0.4), beep(), silence(0.4), b], f"probe:pair_{self.kind}")
        speakers = [speaker_of(self.first), self.spoof_voice if self.kind == "spoof" else speaker_of(self.second)]
        meta: dict[str, Any] = {
            "description": {"same": "two clips by the same speaker",
                            "different": "clips by two different speakers",
                            "spoof": f"a clip of {speakers[0]} and TTS ({self.spoof_voice}) saying their words"}[self.kind],
            "pair": self.kind, "speakers": speakers, "layout": "beep", "seed": seed,
            "clip": self.first.id, "source_kind": (self.first.metadata or {}).get("source_kind", "unknown"),
        }
        if self.kind == "spoof":
            meta["spoof_voice"] = self.spoof_voice
        else:
            meta["second_clip"] = self.second.id
        return TrustProbe(self.id, "speaker_pair", audio, self.expected, QUESTION, meta, target=TARGET, parts=(a, b))


def pair_specs(entries: list[Any], kinds: list[str] | None = None, per_kind: int = PAIRS_PER_KIND) -> list[PairSpec]:
    """Up to ``2 * per_kind`` same-speaker pairs and ``per_kind`` each of different-speaker and spoof pairs."""
    kinds = kinds or ["same", "different", "spoof"]
    for k in kinds:
        if k not in ("same", "different", "spoof"):
            from ..errors import unknown_name

            raise unknown_name("speaker-pair kind", k, ("same", "different", "spoof"))
    by_speaker: dict[str, list[Any]] = defaultdict(list)
    for e in entries:
        s = speaker_of(e)
        if s:
            by_speaker[s].append(e)
    if len(by_speaker) < 2:
        raise ConfigError(f"speaker pairs need clips of at least two speakers (metadata 'speaker' or 'voice'); "
                          f"the clip set has {sorted(by_speaker) or 'none'}")
    speakers = sorted(by_speaker, key=lambda s: (-len(by_speaker[s]), s))

    def round_robin(lists: list[list[Any]]) -> list[Any]:
        return [xs[i] for i in range(max(map(len, lists), default=0)) for xs in lists if i < len(xs)]

    out: list[PairSpec] = []
    n_no = sum(k in kinds for k in ("different", "spoof")) * per_kind
    if "same" in kinds:
        same = round_robin([list(zip(by_speaker[s][0::2], by_speaker[s][1::2], strict=False)) for s in speakers])
        out += [PairSpec("same", a, b) for a, b in same[:max(per_kind, n_no)]]
    if "different" in kinds:
        for i in range(per_kind):
            s1, s2 = speakers[i % len(speakers)], speakers[(i + 1) % len(speakers)]
            c1 = by_speaker[s1][(i // len(speakers)) % len(by_speaker[s1])]
            c2 = by_speaker[s2][(i // len(speakers) + 1) % len(by_speaker[s2])]
            out.append(PairSpec("different", c1, c2))
    if "spoof" in kinds:
        real = [e for e in entries if (e.metadata or {}).get("source_kind") == "real" and speaker_of(e)]
        sources = real or round_robin([by_speaker[s] for s in speakers])
        for e in sources[:per_kind]:
            own = by_speaker[speaker_of(e) or ""]
            words = next((o.transcript for o in own if o.id != e.id), e.transcript)
            voice = next(v for v in SPOOF_VOICES if v != speaker_of(e))
            out.append(PairSpec("spoof", e, None, voice, words))
    return list({p.id: p for p in out}.values())
