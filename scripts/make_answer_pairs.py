"""Ask the bundled cascade audio LLM (``bundled:chat``) questions about real recordings, clean and under two of the
plugin's own seeded corruptions, and save every answer plus the (clean, corrupted) answer pairs for labelling by reading.

    python scripts/make_answer_pairs.py [OUT_DIR]      # default tests/external/llm_answer_pairs

Writes ``answers.json`` (every clip, question, condition and answer, with what the model heard, the model id and
config, the commit and the corruption's achieved parameters) and, if it does not exist yet, ``pairs.json``: one row
per (clip, question, corruption) whose corrupted answer differs from the clean one, with ``label`` left empty. Labels
are written by a person READING both answers, never by the verdict under test.

One process, greedy decoding, global seed 1234 (the corruptions' seeds derive from it per clip and corruption).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 1234
#: (condition name, corruption, severity): street noise at 5 dB SNR, the classic 300-3400 Hz telephone channel.
CONDITIONS = (("street_5db", "noise.street", 4), ("telephone", "codec.telephone", 2))
OPEN = "What sounds can you hear in this clip?"
#: Event clip id -> (a yes/no about its own sound, a count question about it).
EVENT_QUESTIONS = {
    "dog": ("Is there a dog barking?", "How many times does the dog bark?"),
    "cow": ("Is there a cow mooing?", "How many times does the cow moo?"),
    "frog": ("Can you hear a frog croaking?", "How many times does the frog croak?"),
    "pig": ("Is there a pig in this recording?", "How many animals can you hear?"),
    "horse": ("Is there a horse neighing?", "How many times does the horse neigh?"),
    "bird": ("Are there birds singing?", "How many birds are singing?"),
    "helicopter": ("Is there a helicopter?", "Is the helicopter getting closer or moving away?"),
    "train": ("Is there a train passing?", "How many trains can you hear?"),
    "airplane": ("Is there an airplane flying overhead?", "Is the aircraft a jet or a propeller plane?"),
    "cheering": ("Is a crowd cheering?", "How many people are cheering, roughly?"),
    "jackhammer": ("Is someone using a jackhammer?", "Is there a dog barking?"),
    "power_tool": ("Is a power tool being used?", "Is it a drill or a saw?"),
    "steam_whistle": ("Is there a steam whistle?", "How many times does the whistle blow?"),
    "cash_register": ("Is there a cash register?", "How many times does the bell ring?"),
    "crumpling": ("Is someone crumpling paper?", "Is there a dog barking?"),
}
MUSIC_QUESTIONS = ("Is there music playing?", "What is the mood of the music?")
SPEECH_QUESTIONS = ("Who is speaking, a man or a woman?", "What is the speaker's mood?")
#: Real speech recordings (not TTS): four prompts by one voice actress, four LibriVox readings.
SPEECH_CLIPS = ("allison_tt_weasels", "allison_vm_nobodyavail", "allison_followme_sorry", "allison_all_circuits_busy_now",
                "librivox_austen_0870", "librivox_austen_0880", "librivox_austen_0920", "librivox_austen_0930")


def _manifest(name: str) -> dict[str, dict]:
    path = ROOT / "fixtures" / name / "manifest.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: {**r, "manifest": f"fixtures/{name}/manifest.jsonl", "path": str(path.parent / r["file"])} for r in rows}


def clips() -> list[tuple[dict, tuple[str, ...]]]:
    """(manifest row, its three questions) for 15 event recordings, 5 music excerpts and 8 real speech recordings."""
    events, music, speech = _manifest("events"), _manifest("music"), _manifest("clips")
    missing = [c for c in EVENT_QUESTIONS if c not in events] + [c for c in SPEECH_CLIPS if c not in speech]
    if missing:
        raise SystemExit(f"make_answer_pairs: clips {missing} not in the bundled manifests")
    out = [(events[c], (OPEN, *qs)) for c, qs in EVENT_QUESTIONS.items()]
    out += [(row, (OPEN, *MUSIC_QUESTIONS)) for row in music.values()]
    out += [(speech[c], (OPEN, *SPEECH_QUESTIONS)) for c in SPEECH_CLIPS]
    return out


def pairs(answers: list[dict]) -> list[dict]:
    """(clean, corrupted) answers to the same clip and question whose texts differ; ``label`` left empty."""
    clean = {(a["clip"], a["question"]): a for a in answers if a["condition"] == "clean"}
    out = []
    for a in answers:
        base = clean.get((a["clip"], a["question"]))
        if a["condition"] == "clean" or base is None or base["answer"].strip() == a["answer"].strip():
            continue
        out.append({"id": f"{a['clip']}|q{a['q']}|{a['condition']}", "clip": a["clip"], "question": a["question"],
                    "condition": a["condition"], "a": base["answer"], "b": a["answer"], "label": "", "note": ""})
    return out


def main(out_dir: Path) -> None:
    from pytest_audiotrust.corruptions import apply
    from pytest_audiotrust.inputs.audio import Audio
    from pytest_audiotrust.inputs.seeding import derive_seed
    from pytest_audiotrust.models.chat import bundled_chat

    git = ["git", "-C", str(ROOT), "rev-parse", "HEAD"]
    commit = subprocess.run(git, capture_output=True, text=True, check=True).stdout.strip()
    model = bundled_chat({"seed": SEED})
    items, meta = [], []
    for row, questions in clips():
        clean = Audio.load(row["path"])
        conds = [("clean", clean, {})]
        for cond, name, sev in CONDITIONS:
            made = apply(clean, name, sev, derive_seed(SEED, row["id"], name))
            conds.append((cond, made.audio, {"corruption": name, **made.achieved}))
        for cond, audio, params in conds:
            for q, question in enumerate(questions):
                items.append((audio, question))
                meta.append({"clip": row["id"], "manifest": row["manifest"], "license": row.get("license", ""),
                             "q": q, "question": question, "condition": cond, "corruption": params})
    start = time.perf_counter()
    responses = model.generate_batch(items)
    seconds = round(time.perf_counter() - start, 1)
    answers = [{**m, "answer": r.text, "heard": r.metadata.get("heard", {})} for m, r in zip(meta, responses, strict=True)]
    out_dir.mkdir(parents=True, exist_ok=True)
    doc = {"model": model.id, "config": model.config(), "commit": commit, "seed": SEED, "seconds": seconds,
           "conditions": [{"condition": c, "corruption": n, "severity": s} for c, n, s in CONDITIONS], "answers": answers}
    (out_dir / "answers.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    made = pairs(answers)
    if not (out_dir / "pairs.json").exists():
        (out_dir / "pairs.json").write_text(json.dumps(made, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(answers)} answers, {len(made)} differing pairs, {seconds} s -> {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "external" / "llm_answer_pairs")
