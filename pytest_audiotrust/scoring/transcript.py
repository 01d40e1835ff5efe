"""Take the transcript out of a chat model's wrapper before WER/CER.

Audio LLMs asked to transcribe answer like "The original content of this audio is: '…'",
``Sure! Here's the transcription: "…"`` or "The speaker says, …", often with commentary after
("Let me know if you need anything else."). ``extract_transcript`` strips, in order: a courtesy
opener ("Sure!", "Of course.") when a wrapper follows, a lead-in or a "Transcription:" label,
surrounding quotes (the quoted span is the transcript; what follows it is commentary) and, when a
wrapper was found, trailing commentary. A plain transcript (Whisper's) passes through unchanged,
and a refusal is kept whole: it is not a transcript and must score as errors, not as an empty string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_MEDIA = r"(?:audio(?: clip| file)?|recording|clip|speech|voice message)"
_COURTESY = re.compile(r"^\s*(?:sure|certainly|of course|absolutely|okay|ok|alright|yes|here you go|no problem)\b[!.,]*\s*",
                       re.IGNORECASE)
_LEAD_INS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p, re.IGNORECASE)) for name, p in (
        ("label", r"^\s*[*_#>]*\s*(?:transcription|transcript|transcribed text|text|speech|audio)\s*[*_]*\s*:\s*[*_]*\s*"),
        ("here is the transcription",
         r"^\s*here(?: is|'s|\u2019s| are)\s+(?:the |a |your )?(?:full |complete |exact |verbatim )?"
         r"(?:transcription|transcript|text|what was said|what (?:the speaker|he|she|they) said)"
         rf"(?: of (?:the |this |your )?{_MEDIA})?"
         r"(?: is)?(?: as follows)?\s*[:\-]\s*"),
        ("the content of the audio is",
         r"^\s*(?:the )?(?:original |full |complete |exact )?(?:content|transcription|transcript|spoken text|speech|text|words"
         rf"|spoken words)(?: spoken)?(?: (?:of|in|from) (?:the |this |your )?{_MEDIA} (?:is|reads|are|says)(?: as follows)?"
         r"\s*[:,]?|(?: is| reads| are)?(?: as follows)?\s*:)\s*"),
        ("the audio says",
         rf"^\s*(?:the |this )?{_MEDIA} (?:says|said|contains the following(?: speech| text| words)?|goes)\s*[:,]?\s*"),
        ("the speaker says",
         r"^\s*(?:in (?:the|this) (?:audio|recording|clip),?\s*)?(?:the |a )?(?:speaker|person|man|woman|narrator|voice|child"
         rf"|caller)(?: in the {_MEDIA})? (?:says|said|is saying|speaks|states)\s*(?:[:,]\s*|(?=[\"'\u201c\u2018]))"),
        ("here you go", r"^\s*here you go\s*[:,]?\s*"),
    )
)
_OPEN_CLOSE = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_COMMENTARY = re.compile(
    r"^\s*\(?(?:let me know|i hope (?:this|that) helps|hope (?:this|that) helps|is there anything else"
    r"|if you (?:need|want|'d like|would like|have)|feel free|note:|please note"
    r"|the speaker (?:sounds|seems|speaks|has|is)|the (?:audio|recording) "
    r"(?:quality|is|was|sounds)|(?:that's|that is|this is) what|some words|\(?note\b|i can also|would you like"
    r"|anything else)", re.IGNORECASE)
@dataclass(frozen=True)
class Extraction:
    """A transcript taken out of its wrapper: ``text`` is what gets scored, ``raw`` what the model said."""

    text: str
    raw: str
    steps: tuple[str, ...]  # what was stripped, in order; () when the raw text passed through
    refusal: bool = False

    @property
    def rule(self) -> str:
        return "refusal kept" if self.refusal else (" + ".join(self.steps) or "none")

    def to_dict(self) -> dict[str, Any]:
        return {"raw_output": self.raw, "extracted_output": self.text, "extraction": self.rule}


def _is_refusal(text: str) -> bool:
    """A refusal ("I'm sorry, I can't help with that") is kept whole: it scores as errors, never as an empty transcript."""
    from .refusal import Refusal, parse_refusal

    return parse_refusal(text) is Refusal.REFUSED


def _quoted(text: str) -> tuple[str, str] | None:
    """(quoted span, what follows) when ``text`` starts with a quote, else None."""
    s = text.lstrip()
    if not s or s[0] not in _OPEN_CLOSE:
        return None
    close = _OPEN_CLOSE[s[0]]
    for i in range(1, len(s)):
        # an apostrophe inside a word ("I'll", "o'clock") does not close a single-quoted span
        if s[i] == close and (close not in "'\u2019" or i + 1 == len(s) or not s[i + 1].isalpha()):
            inner = s[1:i].strip()
            return (inner, s[i + 1 :]) if inner else None
    return None


def _drop_commentary(text: str) -> tuple[str, bool]:
    """Remove trailing paragraphs / sentences / parentheses that talk about the transcript."""
    dropped = False
    while True:
        paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
        if len(paras) > 1 and _COMMENTARY.match(paras[-1]):
            text, dropped = "\n\n".join(paras[:-1]), True
            continue
        m = re.search(r"(?<=[.!?\"'\u201d])\s+(\(?[A-Z][^.!?]*[.!?)]+)\s*$", text.strip())
        if m and _COMMENTARY.match(m.group(1)):
            text, dropped = text.strip()[: m.start()], True
            continue
        m = re.search(r"\s*\((?:note|n\.b\.)[^)]*\)\s*$", text, re.IGNORECASE)
        if m:
            text, dropped = text[: m.start()], True
            continue
        return text.strip(), dropped


def extract_transcript(text: str) -> Extraction:
    """The transcript inside a chat model's answer to "transcribe this" (see the module doc)."""
    raw = str(text)
    if _is_refusal(raw):
        return Extraction(raw, raw, (), refusal=True)
    s, steps = raw.strip(), []
    body = _COURTESY.sub("", s, count=1)
    if body != s and (any(p.match(body) for _, p in _LEAD_INS) or _quoted(body)):
        s = body
        steps.append("courtesy opener")
    for name, pattern in _LEAD_INS:
        m = pattern.match(s)
        if m and s[m.end():].strip():
            s = s[m.end():].lstrip()
            steps.append(f"lead-in: {name}")
            break
    s = re.sub(r"^(?:>\s*)+", "", s)
    q = _quoted(s)
    if q and (steps or not q[1].strip() or _COMMENTARY.match(q[1])):
        s = q[0]
        steps.append("quotes" if not q[1].strip() else "quotes + trailing commentary")
    elif steps:
        s, dropped = _drop_commentary(s)
        if dropped:
            steps.append("trailing commentary")
    if not steps:
        return Extraction(raw, raw, ())
    return Extraction(s.strip(), raw, tuple(steps))
