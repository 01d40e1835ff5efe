"""The local LLM of ``bundled:chat`` (Qwen2.5-Coder-0.5B-Instruct, transformers on CPU): load time and answers per
second, one at a time vs batched (8 conversations per decoding batch), in bfloat16 and float32 side by side in one
run (``dtype=auto`` picks one per CPU); the batched answers are compared with the one-at-a-time answers. Also two
processes answering at once, as two pytest-xdist workers do, each on its share of the cores (the default ``threads``)
vs each on every core.

    python benchmarks/bench_chat.py                      # later loads (converted checkpoint) + throughput
    BENCH_CHAT_COLD=1 python benchmarks/bench_chat.py    # also the first use in an empty model dir (~2-4 min, 2.4 GB)

The conversations are the cascade's default template filled with real transcripts and YAMNet labels of bundled
clips, so the prompts are the ones ``bundled:chat`` sends (its fixed prefix, the system prompt and worked examples,
is encoded once per LLM instance and reused: the first call pays for it).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, ROOT, emit, row, run

#: One xdist-like worker: load the LLM, then time batched answers to the cases on ``threads`` torch threads.
WORKER = """
import sys, time
sys.path.insert(0, {bench!r})
from bench_chat import CASES
from pytest_audiotrust.models.chat import DEFAULT_TEMPLATE, TEMPLATES
from pytest_audiotrust.models.llm import LocalLLM
llm = LocalLLM(max_new_tokens=60, batch_size=8, threads={threads})
convs = [TEMPLATES[DEFAULT_TEMPLATE].messages(q, t, labels) for labels, t, q in CASES]
llm.chat(convs[0])
t = time.perf_counter()
llm.chat_batch(convs)
print("SECONDS", time.perf_counter() - t, llm.threads)
"""

LOAD = "import time; t = time.perf_counter(); from pytest_audiotrust.models.llm import LocalLLM; LocalLLM().load(); " \
       "print('LOADED', time.perf_counter() - t)"

#: (labels, transcript, question): what the cascade hands the LLM for eight typical probe questions.
CASES = [
    ([("Speech", 0.95)], "The leader has left the conference.", "What does the speaker say in this recording?"),
    ([("Speech", 0.94)], "Press 7 to delete this message.", "Does the speaker say the word 'left'? Answer yes or no."),
    ([("Dog", 0.95), ("Bark", 0.91), ("Animal", 0.88)], "", "Is there a dog barking in this recording?"),
    ([("Rain", 0.81)], "", "Is there a siren in the audio?"),
    ([("Speech", 0.95)], "Your message has been saved.", "Do you hear a dog barking?"),
    ([("Music", 0.90), ("Piano", 0.72)], "", "What is the baby crying about?"),
    ([("Moo", 0.88), ("Cattle, bovinae", 0.81)], "", "What animal do you hear?"),
    ([("Speech", 0.96)], "Please enter your password followed by the pound key.", "How many speakers are there?"),
]


def _load_seconds(model_dir: str | None = None) -> float:
    env = {"PYTHONPATH": str(ROOT), **({"AUDIOTRUST_MODEL_DIR": model_dir} if model_dir else {})}
    proc = run([PYTHON, "-c", LOAD], env=env)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("LOADED ")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"loading the LLM failed: {(proc.stderr or proc.stdout)[-400:]}")
    return float(lines[-1].split()[1])


def _two_workers(threads: int) -> float:
    """Wall seconds of the slower of two processes answering the cases at once, each on ``threads`` threads (the
    measured part starts after each has loaded and answered once, so it is two decoding loops sharing the cores)."""
    import subprocess

    code = WORKER.format(bench=str(Path(__file__).resolve().parent), threads=threads)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTEST_XDIST_WORKER_COUNT": "2"}
    procs = [subprocess.Popen([PYTHON, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate() for p in procs]
    secs = [float(ln.split()[1]) for out, _ in outs for ln in out.splitlines() if ln.startswith("SECONDS ")]
    if len(secs) != 2:
        raise SystemExit(f"a worker failed: {outs[0][1][-400:]} {outs[1][1][-400:]}")
    return max(secs)


def main() -> None:
    from pytest_audiotrust.models.chat import DEFAULT_TEMPLATE, TEMPLATES
    from pytest_audiotrust.models.llm import LocalLLM, native_bf16

    rows = []
    if os.environ.get("BENCH_CHAT_COLD") == "1":
        with tempfile.TemporaryDirectory() as empty:
            cold = _load_seconds(empty)
        rows.append(row("LLM first use (join + sha256 + dequantise + save)", f"{cold:.0f} s", "once per machine", None))
    warm = _load_seconds()
    rows.append(row("LLM load, converted checkpoint (fresh process)", f"{warm:.1f} s", "< 10 s", warm < 10))

    threads = __import__("torch").get_num_threads()
    convs = [TEMPLATES[DEFAULT_TEMPLATE].messages(q, transcript, labels) for labels, transcript, q in CASES]
    per: dict[str, float] = {}
    for dtype in ("bfloat16", "float32"):
        llm = LocalLLM(max_new_tokens=60, batch_size=8, dtype=dtype)
        start = time.perf_counter()
        llm.chat(convs[0])  # loads, encodes the template's prefix once, warms the kernels
        first = time.perf_counter() - start
        start = time.perf_counter()
        sequential = [llm.chat(c) for c in convs]
        seq = (time.perf_counter() - start) / len(convs)
        start = time.perf_counter()
        batched = llm.chat_batch(convs)
        bat = (time.perf_counter() - start) / len(convs)
        per[dtype] = bat
        same = sum(a == b for a, b in zip(sequential, batched, strict=True))
        rows += [
            row(f"{dtype}: first call (load + the template prefix)", f"{first:.1f} s", "-", None),
            row(f"{dtype}: s per answer, one at a time", f"{seq:.2f} s", "-", None,
                f"{1 / seq:.2f} answers/s, torch threads {threads}"),
            row(f"{dtype}: s per answer, batched (8 per batch)", f"{bat:.2f} s", "faster than one at a time", bat < seq,
                f"{1 / bat:.2f} answers/s; x{seq / bat:.2f}"),
            row(f"{dtype}: batched answers equal to one-at-a-time (greedy)", f"{same}/{len(convs)}", "-", None),
        ]
        llm.close()
    from pytest_audiotrust.models.threads import core_share, usable_cores

    cores = usable_cores()
    share = core_share({"PYTEST_XDIST_WORKER_COUNT": "2"})
    shared, every = _two_workers(share), _two_workers(cores)
    rows += [
        row(f"two workers at once, {share} thread(s) each (the default share)", f"{shared:.1f} s", "-", None,
            f"{cores} cores"),
        row(f"two workers at once, {cores} threads each (every core)", f"{every:.1f} s",
            "slower than the share" if cores > share else "-", every > shared if cores > share else None,
            f"x{every / shared:.2f}"),
    ]
    native = native_bf16()
    rows.append(row("bfloat16 vs float32, batched", f"x{per['float32'] / per['bfloat16']:.2f}",
                    "> 1 (native bfloat16)" if native else "< 1 (bfloat16 emulated)",
                    (per["float32"] > per["bfloat16"]) == native,
                    f"dtype=auto picks {'bfloat16' if native else 'float32'} on this CPU"))
    emit(rows)


if __name__ == "__main__":
    main()
