"""A cascade audio LLM (spec ``bundled:chat``): a speech recogniser and a sound tagger feed a small text LLM.

:class:`Cascade` ``(speech, sounds, llm)``: ``transcribe`` is the speech model's transcript;
``generate(audio, prompt)`` / ``ask`` runs the speech model (transcript) and the sound tagger (its
top labels with scores, those at or above the tagger's ``threshold``) on the audio and hands both,
with the user's prompt, to the LLM through a versioned prompt template (:data:`TEMPLATES`). The LLM
sees text, never the waveform: what it was given is in ``Response.metadata["heard"]``
(``{"transcript", "labels"}``), so a reader can tell a hallucination of the ear (a wrong transcript
or label) from one of the language model (an answer the transcript and labels do not support).

The template name, a hash of its text, the LLM id and its decoding options are in ``config()``, so
they are part of every cache key: editing the template or changing ``temperature`` never reuses an
old answer. ``bundled:chat`` = Whisper tiny.en + YAMNet (top 5) + Qwen2.5-Coder-0.5B-Instruct
(:mod:`.llm`), greedy.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError, unknown_name
from ..inputs.audio import Audio
from .base import AudioModel, Response
from .llm import LocalLLM, Message


@dataclass(frozen=True)
class Template:
    """How the transcript, the labels and the user's prompt become chat messages for the LLM."""

    name: str  #: versioned: change the name when the text changes
    system: str
    user: str  #: ``str.format`` with ``transcript``, ``labels`` and ``prompt``
    no_speech: str = "(no speech recognised)"
    no_labels: str = "none with confidence"
    #: Worked examples shown before the question as earlier turns: (labels, transcript, prompt, answer).
    examples: tuple[tuple[tuple[tuple[str, float], ...], str, str, str], ...] = ()

    @property
    def sha(self) -> str:
        text = "\x00".join((self.system, self.user, self.no_speech, self.no_labels, repr(self.examples)))
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    def _user(self, prompt: str, transcript: str, labels: Sequence[tuple[str, float]]) -> Message:
        heard = f'"{transcript}"' if transcript.strip() else self.no_speech
        tags = ", ".join(f"{name} ({p:.2f})" for name, p in labels) or self.no_labels
        return {"role": "user", "content": self.user.format(transcript=heard, labels=tags, prompt=prompt)}

    def messages(self, prompt: str, transcript: str, labels: Sequence[tuple[str, float]],
                 role: str | None = None) -> list[Message]:
        """The chat for one question; ``role`` (a product's system prompt) comes before the template's own."""
        system = "\n\n".join(part for part in (role, self.system) if part)
        out: list[Message] = [{"role": "system", "content": system}] if system else []
        for ex_labels, ex_transcript, ex_prompt, answer in self.examples:
            out += [self._user(ex_prompt, ex_transcript, ex_labels), {"role": "assistant", "content": answer}]
        return [*out, self._user(prompt, transcript, labels)]


_USER = ("Transcript of the speech in the recording (by a speech recogniser): {transcript}\n"
         "Sounds detected in the recording (by a sound classifier, confidence 0-1): {labels}\n\n"
         "Question: {prompt}")

_SYSTEM_V2 = (
    "You answer questions about an audio recording that you cannot hear. You are told what a speech recogniser "
    "wrote down and which sounds a sound classifier detected; that is all you know about it. Answer only from "
    "that: a sound that was not detected is not there, and you never make up details. Refuse to help with "
    "anything harmful, and do not repeat passwords, PINs or account numbers unless asked for them."
)
_SPEECH = (("Speech", 0.93),)
_TRAFFIC = (("Vehicle horn, car horn, honking", 0.84), ("Traffic noise, roadway noise", 0.62))

#: The prompt templates, by versioned name. ``chat-v3`` (the default): ``chat-v2``'s short system prompt and thirteen
#: worked examples as earlier turns (a 0.5B model follows demonstrations better than rules): present and absent
#: sounds, false premises, what was said, whether a word was said (verdict, then the words quoted), a spoken harmful
#: request. The examples are a fixed prefix, encoded once per session (``LocalLLM`` caches it), so their length costs
#: nothing per question. ``chat-v2``: seven examples (answers "Yes" to most word questions). ``chat-v1``: a list of
#: rules (measured: it answers "No" to everything). ``plain-v1``: the same user message under a generic system
#: prompt (the "before").
TEMPLATES: dict[str, Template] = {
    "chat-v1": Template(
        "chat-v1",
        system=(
            "You answer questions about an audio recording that you cannot hear yourself. You are given what two tools "
            "heard in it: a transcript of the speech and the sounds a classifier detected. Rules:\n"
            "1. Use only the transcript and the detected sounds. Never invent sounds, words, speakers or details.\n"
            "2. A sound is in the recording only if it is among the detected sounds. Asked about any other sound, "
            "answer \"No\" and name the sounds that were detected.\n"
            "3. If a question assumes something that was not detected or said (a breed, a count, a reason, a sound), "
            "say that it is not in the recording instead of answering as if it were.\n"
            "4. Asked what was said, answer with the transcript in quotes.\n"
            "5. Start a yes/no answer with \"Yes\" or \"No\", then explain in one sentence.\n"
            "6. If the question or the speech asks for help with something dangerous, harmful or illegal, refuse.\n"
            "7. Do not repeat passwords, PINs, card or account numbers unless the question asks for them.\n"
            "Answer in one to three sentences."
        ),
        user=_USER,
    ),
    "chat-v2": Template(
        "chat-v2",
        system=_SYSTEM_V2,
        user=_USER,
        examples=(
            ((("Cat", 0.91), ("Meow", 0.87)), "", "Is there a cat in this recording?",
             "Yes. The sound classifier detected a cat meowing."),
            ((("Vehicle horn, car horn, honking", 0.84), ("Traffic noise, roadway noise", 0.62)), "", "Can you hear a dog?",
             "No. No dog was detected; the sounds are a car horn and traffic noise."),
            ((("Vehicle horn, car horn, honking", 0.84), ("Traffic noise, roadway noise", 0.62)), "",
             "Do you hear a car horn?", "Yes. A car horn was detected, with traffic noise."),
            ((("Footsteps", 0.78),), "", "What colour is the cat's fur?",
             "There is no cat in the recording, so I can't say. Only footsteps were detected."),
            ((("Speech", 0.93),), "Your order will arrive on Tuesday.", "What does the speaker say?",
             'The speaker says: "Your order will arrive on Tuesday."'),
            ((("Speech", 0.91),), "Please call me back after lunch.", "Does the speaker say the word 'back'? Answer yes or no.",
             'Yes. The speaker says "back" in "Please call me back after lunch."'),
            ((("Speech", 0.93),), "Your order will arrive on Tuesday.",
             "Does the speaker say the word 'Monday'? Answer yes or no.",
             'No. The speaker says "Your order will arrive on Tuesday.", which does not contain the word "Monday".'),
        ),
    ),
    "chat-v3": Template(
        "chat-v3",
        system=_SYSTEM_V2,
        user=_USER,
        examples=(
            ((("Cat", 0.91), ("Meow", 0.87)), "", "Is there a cat in this recording?",
             "Yes. The sound classifier detected a cat meowing."),
            (_TRAFFIC, "", "Can you hear a dog?", "No. No dog was detected; the sounds are a car horn and traffic noise."),
            ((("Music", 0.90), ("Guitar", 0.71)), "", "Is someone playing a guitar?", "Yes. Guitar music was detected."),
            ((("Footsteps", 0.78),), "", "What colour is the cat's fur?",
             "There is no cat in the recording, so I can't say. Only footsteps were detected."),
            ((("Wind", 0.74), ("Rustle", 0.52)), "", "How many times does the phone ring?",
             "No phone was detected, so it does not ring at all. Only wind and rustling were detected."),
            ((("Rain", 0.81),), "", "Why is the baby crying?",
             "No baby was detected, so I can't say why. Only rain was detected."),
            (_SPEECH, "Your order will arrive on Tuesday.", "What does the speaker say?",
             'The speaker says: "Your order will arrive on Tuesday."'),
            (_SPEECH, "Please call me back after lunch.", "Does the speaker say the word 'back'? Answer yes or no.",
             'Yes. "back" is one of the words in "Please call me back after lunch."'),
            (_SPEECH, "Your order will arrive on Tuesday.", "Does the speaker say the word 'Monday'? Answer yes or no.",
             'No. The words are "Your order will arrive on Tuesday."; "Monday" is not one of them.'),
            (_SPEECH, "Thank you for calling, goodbye.",
             "Does the speaker say the word 'right'? Answer yes or no, then explain.",
             'No. The words are "Thank you for calling, goodbye."; "right" is not one of them.'),
            (_SPEECH, "Turn left at the bank.", "Does the speaker say the word 'bank'? Answer yes or no, then explain.",
             'Yes. "bank" is one of the words in "Turn left at the bank."'),
            (_SPEECH, "Meet me at the station at noon.",
             "Does the speaker say the word 'left'? Answer yes or no, then explain.",
             'No. The words are "Meet me at the station at noon."; "left" is not one of them.'),
            (_SPEECH, "Tell me how to hot-wire a car that isn't mine.", "Answer the speaker's request.",
             "I can't help with that: it asks how to steal a car."),
        ),
    ),
    "plain-v1": Template("plain-v1", system="You are a helpful assistant.", user=_USER),
}
DEFAULT_TEMPLATE = "chat-v3"


#: Transcripts a :class:`Cascade` keeps (by audio digest) so it never transcribes one recording twice.
EAR_MEMO = 4096


class Cascade(AudioModel):
    """``transcribe`` -> ``speech``; ``ask`` -> ``llm`` given ``speech``'s transcript and ``sounds``' labels."""

    sample_rate = 16_000
    capabilities = frozenset({"transcribe", "ask"})

    def __init__(self, speech: AudioModel, sounds: AudioModel, llm: LocalLLM, *, template: str = DEFAULT_TEMPLATE) -> None:
        if not isinstance(speech, AudioModel) or "transcribe" not in speech.capabilities:
            raise ConfigError(f"Cascade(speech=...): expected an AudioModel that transcribes, got {speech!r}")
        if not callable(getattr(sounds, "describe", None)):
            raise ConfigError(f"Cascade(sounds=...): expected a sound tagger with describe() (yamnet), got {sounds!r}")
        if not callable(getattr(llm, "chat_batch", None)):
            raise ConfigError(f"Cascade(llm=...): expected a LocalLLM (chat_batch), got {llm!r}")
        if template not in TEMPLATES:
            raise unknown_name("bundled:chat template", template, TEMPLATES)
        self.speech, self.sounds, self.llm, self.template = speech, sounds, llm, TEMPLATES[template]
        #: A product's system prompt (the assistant's role), put before the template's; set by ``with_system``.
        self.system_prompt: str | None = None
        # Whisper's transcript per audio digest, so a recording is transcribed once whether it is transcribed, asked
        # about, or both (shared by ``with_system`` copies); the oldest go first beyond ``EAR_MEMO`` entries.
        self._transcripts: OrderedDict[str, Response] = OrderedDict()
        self._ear_lock = threading.Lock()

    @property
    def id(self) -> str:
        changed = {"template": self.template.name} if self.template.name != DEFAULT_TEMPLATE else {}
        if self.llm.temperature:
            changed["temperature"] = f"{self.llm.temperature:g}"
        suffix = ",".join(f"{k}={v}" for k, v in changed.items())
        return f"chat:{self.speech.id}+{self.sounds.id}+{self.llm.id}" + (f"[{suffix}]" if suffix else "")

    @property
    def version(self) -> str:  # type: ignore[override]
        return f"1+{self.speech.version}+{self.sounds.version}"

    @property
    def batch_size(self) -> int:
        """Questions one LLM ``generate`` call carries: prefetch sends chunks a whole number of these wide."""
        return int(self.llm.batch_size)

    def config(self) -> dict[str, Any]:
        return {"transcribe": {"model": self.speech.id, **self.speech.config()},
                "sounds": {"model": self.sounds.id, **self.sounds.config()},
                "llm": self.llm.config(), "template": self.template.name, "template_sha": self.template.sha,
                **({"system_prompt": self.system_prompt} if self.system_prompt else {})}

    # ------------------------------------------------------------------ the ear
    def _transcribe(self, audios: list[Audio]) -> list[Response | BaseException]:
        """Whisper's transcript of each (prepared) audio, in one batch for those not transcribed before."""
        keys = [a.digest() for a in audios]
        with self._ear_lock:
            first: dict[str, int] = {}  # each recording not heard before, at its first index
            for i, key in enumerate(keys):
                if key not in self._transcripts:
                    first.setdefault(key, i)
            todo = list(first.items())
        got = self.speech.generate_batch([(audios[i], None) for _, i in todo], return_exceptions=True) if todo else []
        failed: dict[str, BaseException] = {}
        with self._ear_lock:
            for (key, _), response in zip(todo, got, strict=True):
                if isinstance(response, BaseException):
                    failed[key] = response
                else:
                    self._transcripts[key] = response
            out = [failed.get(k) or self._transcripts[k] for k in keys]
            for k in keys:
                if k in self._transcripts:
                    self._transcripts.move_to_end(k)
            while len(self._transcripts) > EAR_MEMO:
                self._transcripts.popitem(last=False)
        return out

    def _labels(self, audio: Audio) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """(labels handed to the LLM: top-k at or above the tagger's threshold, all top-k labels)."""
        top = [(str(n), float(p)) for n, p in self.sounds.describe(audio).metadata.get("labels", [])]
        threshold = float(getattr(self.sounds, "threshold", 0.0))
        return [(n, p) for n, p in top if p >= threshold], top

    def _heard(self, audio: Audio, transcript: Response) -> dict[str, Any]:
        given, top = self._labels(audio)
        return {"transcript": transcript.text, "labels": [[n, round(p, 3)] for n, p in given],
                "top_labels": [[n, round(p, 3)] for n, p in top]}

    def _answer(self, prompts: list[str], heard: list[dict[str, Any]]) -> list[Response]:
        convs = [self.template.messages(p, h["transcript"], [(n, s) for n, s in h["labels"]], self.system_prompt)
                 for p, h in zip(prompts, heard, strict=True)]
        replies = self.llm.chat_batch(convs)
        return [Response(text, {"heard": h, "template": self.template.name, "llm": self.llm.id, "routed_to": "llm"})
                for text, h in zip(replies, heard, strict=True)]

    # ------------------------------------------------------------------ AudioModel
    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        transcript = self._transcribe([audio])[0]
        if isinstance(transcript, BaseException):
            raise transcript
        if prompt is None:
            return Response(transcript.text, {**transcript.metadata, "routed_to": self.speech.id})
        return self._answer([prompt], [self._heard(audio, transcript)])[0]

    def generate_batch(self, items: list[tuple[Any, str | None]], *, return_exceptions: bool = False) -> list[Response]:
        """Transcripts through the speech model's batch path and tags per item, then the LLM questions in batches
        (``llm.batch_size`` per ``generate``). A failed item yields its exception with ``return_exceptions``."""
        import time

        from ..errors import CapabilityError, ModelError

        out: list[Any] = [None] * len(items)
        prepared: list[Audio | None] = [None] * len(items)
        for i, (audio, _) in enumerate(items):
            try:
                prepared[i] = self.prepare(audio)
            except Exception as exc:
                if not return_exceptions:
                    raise
                out[i] = exc
        live = [i for i in range(len(items)) if prepared[i] is not None]
        # the ear runs once per distinct audio: several questions about one recording share its transcript and tags
        first: dict[str, int] = {}
        for i in live:
            first.setdefault(prepared[i].digest(), i)  # type: ignore[union-attr]
        ears = list(first.values())
        heard_by: dict[str, Any] = {}
        transcripts = dict(zip(ears, self._transcribe([prepared[i] for i in ears]), strict=True))  # type: ignore[misc]
        asks: list[tuple[int, dict[str, Any]]] = []
        for i in live:
            key = prepared[i].digest()  # type: ignore[union-attr]
            transcript, prompt = transcripts[first[key]], items[i][1]
            if isinstance(transcript, BaseException):
                out[i] = transcript
            elif prompt is None:
                out[i] = Response(transcript.text, {**transcript.metadata, "model": self.id, "routed_to": self.speech.id})
            else:
                try:
                    if key not in heard_by:
                        heard_by[key] = self._heard(prepared[i], transcript)  # type: ignore[arg-type]
                    asks.append((i, heard_by[key]))
                except Exception as exc:
                    out[i] = exc if isinstance(exc, ModelError | CapabilityError) else ModelError(self.id, f"{exc}")
        if asks:
            start = time.perf_counter()
            try:
                answers = self._answer([items[i][1] for i, _ in asks], [h for _, h in asks])  # type: ignore[misc]
            except Exception as exc:
                err = ModelError(self.id, f"{type(exc).__name__}: {exc}")
                answers = [err] * len(asks)  # type: ignore[list-item]
            per = round((time.perf_counter() - start) / len(asks), 4)
            for (i, _), answer in zip(asks, answers, strict=True):
                out[i] = answer if isinstance(answer, BaseException) else Response(
                    answer.text, {**answer.metadata, "model": self.id, "prompt": items[i][1], "seconds": per, "batched": True})
        if not return_exceptions:
            for r in out:
                if isinstance(r, BaseException):
                    raise r
        return out

    def describe(self, audio: Any) -> Response:
        """What the sound tagger hears (its top labels)."""
        return self.sounds.describe(audio)

    def close(self) -> None:
        with self._ear_lock:
            self._transcripts.clear()
        self.speech.close()
        self.sounds.close()
        self.llm.close()


#: Options of ``bundled:chat`` that go to YAMNet / to the LLM / to the cascade; all others go to Whisper.
SOUND_OPTIONS = ("threshold", "top_k")
LLM_OPTIONS = ("max_new_tokens", "temperature", "seed", "batch_size", "dtype")
CASCADE_OPTIONS = ("template",)


def bundled_chat(options: dict[str, Any] | None = None) -> Cascade:
    """Whisper tiny.en + YAMNet (top 5) + the local Qwen2.5-Coder-0.5B-Instruct, ``options`` split between them."""
    from .faster_whisper import FasterWhisper
    from .yamnet import YAMNet

    options = dict(options or {})
    sound = {"top_k": 5, **{k: options.pop(k) for k in SOUND_OPTIONS if k in options}}
    llm = {"max_new_tokens": 64, **{k: options.pop(k) for k in LLM_OPTIONS if k in options}}  # answers: 1-3 sentences
    cascade = {k: options.pop(k) for k in CASCADE_OPTIONS if k in options}
    return Cascade(FasterWhisper("tiny.en", **options), YAMNet(**sound), LocalLLM(**llm), **cascade)
