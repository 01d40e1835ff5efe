"""One eSpeak NG synthesis in a fresh process (run as a script; stdlib only).

eSpeak NG keeps wave-generator state between utterances (pitch flutter phase, echo
buffer, cycle counters), so the same text can come out a few samples different
depending on what was spoken before. A fresh process per utterance makes the output
a pure function of (text, voice, rate, pitch): what seeded corruptions and
reproducible fixtures need.

    python _espeak_proc.py LIBRARY DATA_DIR VOICE RATE PITCH < text  ->  "RATE\\n" + int16 PCM on stdout
Exit status 3: unknown voice; 4: initialisation or synthesis failed.
"""

from __future__ import annotations

import ctypes
import sys

_AUDIO_OUTPUT_RETRIEVAL = 1
_ESPEAK_RATE = 1
_ESPEAK_PITCH = 3
_ESPEAK_CHARS_UTF8 = 1
_POS_CHARACTER = 1


def main(argv: list[str]) -> int:
    library, data, voice, rate, pitch = argv
    text = sys.stdin.buffer.read()
    lib = ctypes.CDLL(library)
    callback_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_SetSynthCallback.argtypes = [callback_type]
    lib.espeak_Synth.argtypes = [
        ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]
    sample_rate = lib.espeak_Initialize(_AUDIO_OUTPUT_RETRIEVAL, 0, data.encode(), 0)
    if sample_rate <= 0:
        print(f"eSpeak NG failed to initialise with data at {data}", file=sys.stderr)
        return 4
    chunks: list[bytes] = []

    def collect(wav, n, _events):  # type: ignore[no-untyped-def]
        if wav and n > 0:
            chunks.append(ctypes.string_at(wav, n * 2))
        return 0

    cb = callback_type(collect)
    lib.espeak_SetSynthCallback(cb)
    if lib.espeak_SetVoiceByName(voice.encode()) != 0:
        print(f"eSpeak NG has no voice {voice!r}", file=sys.stderr)
        return 3
    lib.espeak_SetParameter(_ESPEAK_RATE, int(rate), 0)
    lib.espeak_SetParameter(_ESPEAK_PITCH, int(pitch), 0)
    raw = text + b"\0"
    buf = ctypes.create_string_buffer(raw)
    err = lib.espeak_Synth(buf, len(raw), 0, _POS_CHARACTER, 0, _ESPEAK_CHARS_UTF8, None, None)
    if err != 0:
        print(f"espeak_Synth failed with code {err}", file=sys.stderr)
        return 4
    lib.espeak_Synchronize()
    out = sys.stdout.buffer
    out.write(f"{sample_rate}\n".encode())
    out.write(b"".join(chunks))
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
