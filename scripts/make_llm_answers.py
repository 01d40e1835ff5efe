"""Ask the bundled local LLM (``models.llm.LocalLLM``) audio questions with the audio given as text (the sound
events and transcript a cascade would pass it), and save its raw answers for hand labelling.

    python scripts/make_llm_answers.py OUT.json [N_PER_KIND]

Each row: kind ("answers" | "counts" | "orders" | "no_speech"), the prompt, the question's target (label and phrase,
or the two sounds and relation), the raw answer, and ``label`` left empty: it is filled by a person READING the
answer (what the answer says, not whether it is right), never by the parser under test.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

#: AudioSet label -> the phrase a question uses.
SOUNDS = {
    "Dog": "a dog barking", "Siren": "a siren", "Church bell": "church bells", "Bicycle bell": "a bicycle bell",
    "Rain": "rain", "Thunder": "thunder", "Applause": "applause", "Bird": "birds chirping",
    "Cat": "a cat", "Meow": "a cat meowing",
    "Train": "a train", "Helicopter": "a helicopter", "Vehicle horn, car horn, honking": "a car horn",
    "Telephone bell ringing": "a telephone ringing", "Knock": "someone knocking on a door",
    "Baby cry, infant cry": "a baby crying", "Music": "music", "Speech": "someone speaking", "Water": "running water",
    "Engine": "a car engine", "Cough": "someone coughing", "Laughter": "people laughing", "Shatter": "glass breaking",
    "Purr": "a cat purring", "Crowing, cock-a-doodle-doo": "a rooster crowing", "Cluck": "hens clucking",
    "Car alarm": "a car alarm", "Wind": "wind blowing", "Walk, footsteps": "footsteps", "Typing": "typing on a keyboard",
}
#: Sounds that are easily confused (the question asks about one, the scene holds the other).
CONFUSABLE = [("Church bell", "Bicycle bell"), ("Siren", "Car alarm"), ("Meow", "Purr"), ("Crowing, cock-a-doodle-doo", "Cluck"),
              ("Rain", "Water"), ("Thunder", "Engine"), ("Applause", "Rain"), ("Dog", "Cough"), ("Train", "Engine")]
SYSTEMS = [
    "You are an audio assistant. You cannot hear audio directly; an audio analyser describes it for you. Answer the "
    "user's question about the audio.",
    "You are a helpful assistant that answers questions about audio recordings from their analysis.",
    "You answer questions about a sound clip. Be concise.",
]
STYLES = ["", " Answer yes or no.", " Explain briefly.", " Answer in one sentence."]


def _scene(rng: random.Random, labels: list[str]) -> str:
    t, parts = 0.0, []
    for lab in labels:
        start = round(t + rng.uniform(0.0, 1.5), 1)
        end = round(start + rng.uniform(0.5, 3.0), 1)
        parts.append(f"{SOUNDS.get(lab, lab.lower())} ({start}-{end} s, confidence {rng.uniform(0.3, 0.95):.2f})")
        t = end
    return "; ".join(parts) if parts else "no sound events detected (near silence)"


def prompts(n: int, seed: int = 22) -> list[dict]:
    rng = random.Random(seed)
    names = [k for k in SOUNDS if k != "Speech"]
    rows: list[dict] = []
    for i in range(n):  # yes/no about a target
        kind = i % 4
        target = rng.choice(names)
        if kind == 0:
            scene = [target, *rng.sample([x for x in names if x != target], rng.randint(0, 2))]
        elif kind == 1:
            scene = rng.sample([x for x in names if x != target], rng.randint(1, 3))
        elif kind == 2:
            a, b = rng.choice(CONFUSABLE)
            target, scene = (a, [b]) if rng.random() < 0.5 else (b, [a])
        else:
            scene = []
        rng.shuffle(scene)
        q = rng.choice(["Is there {x} in the audio?", "Do you hear {x}?", "Does this clip contain {x}?"])
        q = q.format(x=SOUNDS.get(target, target)) + rng.choice(STYLES)
        rows.append({"kind": "answers", "label_asked": target, "phrase": SOUNDS.get(target, target),
                     "system": rng.choice(SYSTEMS), "user": f"Audio analysis: {_scene(rng, scene)}.\n\nQuestion: {q}"})
    for _ in range(n):  # counts
        event = rng.choice(["Church bell", "Dog", "Knock", "Vehicle horn, car horn, honking", "Telephone bell ringing",
                            "Cough"])
        k = rng.randint(0, 6)
        times = sorted(round(rng.uniform(0, 8), 1) for _ in range(k))
        noun = SOUNDS[event]
        scene = ", ".join(f"{noun} at {t} s" for t in times) or "no events detected"
        q = rng.choice(["How many times do you hear {x}?", "Count how many times {x} occurs.",
                        "How many {x} events are there?"]).format(x=noun)
        rows.append({"kind": "counts", "target": noun, "true": k, "system": rng.choice(SYSTEMS),
                     "user": f"Audio analysis: {scene}.\n\nQuestion: {q}{rng.choice(STYLES)}"})
    for i in range(n):  # order
        a, b = rng.sample(names, 2)
        first, second = (a, b) if rng.random() < 0.5 else (b, a)
        rel = rng.choice(["before", "after"])
        scene = _scene(rng, [first, second]) if i % 5 else _scene(rng, [first, second]).replace(";", " overlapping with")
        q = f"Did you hear {SOUNDS[a]} {rel} {SOUNDS[b]}?"
        rows.append({"kind": "orders", "first": SOUNDS[a], "second": SOUNDS[b], "relation": rel,
                     "system": rng.choice(SYSTEMS), "user": f"Audio analysis: {scene}.\n\nQuestion: {q}{rng.choice(STYLES)}"})
    for _ in range(n):  # transcription of audio without speech
        scene = rng.sample(names, rng.randint(0, 2))
        q = rng.choice(["Transcribe the speech in this audio.", "What is being said in this recording?",
                        "Please write down exactly what the speaker says.", "Transcribe this clip."])
        rows.append({"kind": "no_speech", "system": rng.choice(SYSTEMS),
                     "user": f"Audio analysis: speech detector found no speech; {_scene(rng, scene)}.\n\nRequest: {q}"})
    return rows


def main(out: str, n: int) -> None:
    """Ask in batches, kinds interleaved, saving after each batch (a long run can be stopped and still used)."""
    from pytest_audiotrust.models.llm import LocalLLM

    llm = LocalLLM(max_new_tokens=40, batch_size=8)
    by_kind = prompts(n)
    rows = [r for i in range(n) for r in (by_kind[i], by_kind[n + i], by_kind[2 * n + i], by_kind[3 * n + i])]
    start = time.perf_counter()
    done: list[dict] = []
    for i in range(0, len(rows), llm.batch_size):
        batch = rows[i:i + llm.batch_size]
        answers = llm.chat_batch([[{"role": "system", "content": r["system"]}, {"role": "user", "content": r["user"]}]
                                  for r in batch])
        done += [{**r, "answer": a, "label": ""} for r, a in zip(batch, answers, strict=True)]
        Path(out).write_text(json.dumps({"llm": llm.id, "config": llm.config(), "seconds": round(time.perf_counter() - start, 1),
                                         "rows": done}, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{len(done)}/{len(rows)} answers, {time.perf_counter() - start:.0f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 50)
