"""Black-box adversarial search: the smallest perturbation that flips a model's answer, under a query budget.

Works on any model: ``decide(audio) -> answer`` is the only access (e.g. ``model.ask`` then a parser). Seeded random
search with bisection, after the random-noise baselines of adversarial-audio work (no gradients):

1. ask once on the clean audio (the answer to flip);
2. draw ``directions`` seeded perturbation directions (white and pink Gaussian noise, alternately), and walk the
   budget ladder from the weakest perturbation to the strongest, trying every direction at each rung;
3. at the first rung where some direction flips the answer, bisect along that direction between the last rung that
   did not flip and this one (``refine`` queries), so the reported budget is the boundary, not the rung.

Budgets: ``"snr_db"`` (the perturbation scaled to an SNR on the P.56 active level of the audio with
``corruptions.noise.mix_at_snr``; a larger SNR is a smaller perturbation) or ``"linf"`` (every sample moved by at
most ``eps`` of full scale: ``eps * sign(direction)``, clipped to [-1, 1]). The achieved SNR / L-infinity norm of
the flipping perturbation is measured on the audio actually sent. Every query counts against ``max_queries``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..inputs.audio import Audio

BUDGETS = ("snr_db", "linf")
#: Default ladders, weakest perturbation first.
SNR_LADDER_DB: tuple[float, ...] = (40.0, 35.0, 30.0, 25.0, 20.0, 15.0, 10.0, 5.0, 0.0)
LINF_LADDER: tuple[float, ...] = (0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064)


@dataclass(frozen=True)
class FlipSearch:
    """What the search found. ``flip_at``: the weakest budget that flipped the answer (an SNR in dB: the largest
    one that flipped; an L-infinity eps: the smallest), None when nothing within the ladder and queries did."""

    budget: str
    flipped: bool
    flip_at: float | None
    clean_answer: Any
    flipped_answer: Any
    queries: int
    max_queries: int
    seed: int
    measured: dict[str, float] = field(default_factory=dict)
    tried: tuple[tuple[float, int], ...] = ()  # (rung, directions tried there)
    exhausted: bool = False  # stopped by max_queries before the ladder's end

    def to_dict(self) -> dict[str, Any]:
        return {"budget": self.budget, "flipped": self.flipped, "flip_at": self.flip_at,
                "clean_answer": self.clean_answer, "flipped_answer": self.flipped_answer, "queries": self.queries,
                "max_queries": self.max_queries, "seed": self.seed, "measured": dict(self.measured),
                "tried": [list(t) for t in self.tried], "exhausted": self.exhausted}


def _directions(n: int, frames: int, seed: int) -> list[Any]:
    import numpy as np

    from ..corruptions.noise import colored_noise

    rng = np.random.default_rng(seed)
    return [colored_noise(frames, rng, float(i % 2)) for i in range(n)]


def perturb(audio: Audio, direction: Any, budget: str, level: float) -> tuple[Audio, dict[str, float]]:
    """``audio`` plus ``direction`` at ``level`` of ``budget``, and the achieved SNR (dB) / L-infinity norm."""
    import numpy as np

    from ..corruptions.noise import mix_at_snr

    x = audio.to_mono()
    if budget == "snr_db":
        out = mix_at_snr(x, np.asarray(direction, np.float64), float(level))
        return out.audio, {"snr_db": float(out.achieved["snr_db_measured"])}
    if budget == "linf":
        clean = x.samples.reshape(-1).astype(np.float64)
        y = np.clip(clean + float(level) * np.sign(direction), -1.0, 1.0)
        return x.with_samples(y.astype(np.float32)), {"linf": float(np.max(np.abs(y - clean)))}
    raise ConfigError(f"adversarial search: budget must be one of {list(BUDGETS)}, got {budget!r}")


def search_flip(audio: Audio, decide: Callable[[Audio], Any], *, budget: str = "snr_db",
                ladder: Sequence[float] | None = None, directions: int = 4, refine: int = 5, max_queries: int = 64,
                seed: int = 0, decide_batch: Callable[[list[Audio]], list[Any]] | None = None) -> FlipSearch:
    """Search for the weakest perturbation of ``audio`` under which ``decide`` answers differently (see the module).

    ``decide_batch`` (optional): decides a list of audios in one call (e.g. through ``model.generate_batch``); each
    level's directions are then asked together (every one of them counts as a query), the bisection one by one."""
    if budget not in BUDGETS:
        raise ConfigError(f"adversarial search: budget must be one of {list(BUDGETS)}, got {budget!r}")
    rungs = [float(v) for v in (ladder if ladder is not None else SNR_LADDER_DB if budget == "snr_db" else LINF_LADDER)]
    weaker_first = sorted(rungs, reverse=True) if budget == "snr_db" else sorted(rungs)
    if not rungs or rungs != weaker_first:
        raise ConfigError(f"adversarial search: ladder must list {budget} budgets weakest first "
                          f"({'descending SNR' if budget == 'snr_db' else 'ascending eps'}), got {list(rungs)}")
    for name, value, low in (("directions", directions, 1), ("refine", refine, 0), ("max_queries", max_queries, 2)):
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise ConfigError(f"adversarial search: {name} must be a whole number >= {low}, got {value!r}")
    frames = audio.to_mono().frames
    dirs = _directions(directions, frames, seed)
    clean = decide(audio)
    queries = 1
    tried: list[tuple[float, int]] = []
    previous: float | None = None
    for level in rungs:
        n = 0
        asked: list[tuple[Any, Any, dict[str, float]]] | None = None
        if decide_batch is not None:
            level_dirs = dirs[: max(0, max_queries - queries)]
            made = [perturb(audio, d, budget, level) for d in level_dirs]
            answers = list(decide_batch([y for y, _ in made])) if made else []
            if len(answers) != len(made):
                raise ConfigError(f"adversarial search: decide_batch returned {len(answers)} answers for {len(made)} audios")
            asked = [(d, a, m) for d, a, (_, m) in zip(level_dirs, answers, made, strict=True)]
            queries += len(asked)
        for i, d in enumerate(dirs):
            if asked is not None:
                if i >= len(asked):
                    return FlipSearch(budget, False, None, clean, None, queries, max_queries, seed, {}, tuple(tried), True)
                _, answer, measured = asked[i]
            else:
                if queries >= max_queries:
                    return FlipSearch(budget, False, None, clean, None, queries, max_queries, seed, {}, tuple(tried), True)
                y, measured = perturb(audio, d, budget, level)
                answer = decide(y)
                queries += 1
            n += 1
            if answer != clean:
                tried.append((level, n))
                at, flipped_answer, measured, queries = _bisect(audio, decide, d, budget, previous, level, answer,
                                                                measured, clean, refine, queries, max_queries)
                return FlipSearch(budget, True, at, clean, flipped_answer, queries, max_queries, seed, measured,
                                  tuple(tried))
        tried.append((level, n))
        previous = level
    return FlipSearch(budget, False, None, clean, None, queries, max_queries, seed, {}, tuple(tried))


def _bisect(audio: Audio, decide: Callable[[Audio], Any], direction: Any, budget: str, weak: float | None,
            strong: float, answer: Any, measured: dict[str, float], clean: Any, steps: int, queries: int,
            max_queries: int) -> tuple[float, Any, dict[str, float], int]:
    """Narrow the flip between ``weak`` (did not flip; None: the first rung flipped) and ``strong`` (flipped)."""
    if weak is None:
        return strong, answer, measured, queries
    for _ in range(steps):
        if queries >= max_queries:
            break
        mid = (weak + strong) / 2
        y, m = perturb(audio, direction, budget, mid)
        a = decide(y)
        queries += 1
        if a != clean:
            strong, answer, measured = mid, a, m
        else:
            weak = mid
    return strong, answer, measured, queries
