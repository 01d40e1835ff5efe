"""The bundled LLM's template prefix (system prompt and worked examples, ~1,250 tokens for ``chat-v3``): encoded by a
fresh instance vs read back from the copy an earlier instance kept on disk, side by side in one run, each in a
fresh process as a pytest-xdist worker or a later run would be. Also checks that both give the same answer.

    python benchmarks/bench_llm_prefix.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, ROOT, emit, row, run

#: One process: a fresh LocalLLM answers one cascade question; prints the prefix's seconds and the answer.
CHILD = """
import time
from pytest_audiotrust.models.chat import DEFAULT_TEMPLATE, TEMPLATES
from pytest_audiotrust.models.llm import LocalLLM
from pytest_audiotrust.models.threads import torch_threads
llm = LocalLLM(max_new_tokens=40)
conv = TEMPLATES[DEFAULT_TEMPLATE].messages("Is there a dog barking in this recording?", "",
                                            [("Dog", 0.95), ("Bark", 0.91)])
prefix = llm._split(llm.load().tokenizer, conv)[0]
path = llm._prefix_file(prefix)
if {drop}:
    path.unlink(missing_ok=True)
on_disk = path.is_file()
with torch_threads(llm.threads):  # as chat_batch computes it
    t = time.perf_counter()
    llm._prefix(prefix)
    seconds = time.perf_counter() - t
print("PREFIX", len(prefix), seconds, on_disk)
print("ANSWER", repr(llm.chat(conv)))
"""


def _child(drop: bool) -> tuple[int, float, bool, str]:
    proc = run([PYTHON, "-c", CHILD.format(drop=drop)], env={"PYTHONPATH": str(ROOT)})
    lines = dict(ln.split(" ", 1) for ln in proc.stdout.splitlines() if ln.startswith(("PREFIX ", "ANSWER ")))
    if proc.returncode != 0 or len(lines) != 2:
        raise SystemExit(f"the child failed: {(proc.stderr or proc.stdout)[-600:]}")
    tokens, seconds, on_disk = lines["PREFIX"].split()
    return int(tokens), float(seconds), on_disk == "True", lines["ANSWER"]


def main() -> None:
    tokens, encoded, had, first = _child(drop=True)
    _, read, kept, second = _child(drop=False)
    emit([
        row("template prefix encoded (fresh process, no file)", f"{encoded:.2f} s", "-", None, f"{tokens} tokens"),
        row("template prefix read back (fresh process, file kept)", f"{read:.2f} s", "faster than encoding",
            kept and not had and read < encoded, f"x{encoded / read:.0f}"),
        row("answer with the read-back prefix equals the encoded one's", str(first == second), "True", first == second,
            first[:60]),
    ])


if __name__ == "__main__":
    main()
