"""Pick the rows of tests/external/audiobench_asr/ from AudioBench's logs (run once; kept for the record).

Usage: python select_rows.py <dir with the AudioBench files> > rows.jsonl
Files: log_for_all_models/<model>/<set>_wer_score.json (HEAD e991641) and log/salmonn_7b/<set>.json (2f6461c).
Rule, fixed before any scoring (a first draw of 20 + 6 rows per model was read, not scored, and widened because it held
almost no wrapped replies): per model, up to 40 rows whose prediction has a word of ``STRONG`` (assistant talk) that
its reference lacks, 10 more whose prediction names a wrapper-like word (``CUE``) the reference lacks, is 1.5x + 3
words longer than the reference, or is empty, and 6 other rows; seeded (22).
SALMONN's raw replies: 12 rows with ARPAbet phones or a wrapper-like word, 12 others.
"""

import json
import random
import re
import sys
from pathlib import Path

SETS = ("librispeech_test_clean", "librispeech_test_other", "common_voice_15_en_test")
MODELS = ("Qwen2-Audio-7B-Instruct", "SALMONN_7B", "WavLLM_fairseq", "cascade_whisper_large_v3_llama_3_8b_instruct",
          "Qwen-Audio-Chat", "seallms_audio_7b", "phi_4_multimodal_instruct", "MERaLiON-AudioLLM-Whisper-SEA-LION",
          "cascade_whisper_large_v2_gemma2_9b_cpt_sea_lionv3_instruct")
CUE = re.compile(r"\b(transcri\w*|audio|speaker|speech|says|said|text|following|recording|sorry|language|translat\w*"
                 r"|content|english|clip|hear|heard|sound)\b", re.IGNORECASE)
STRONG = re.compile(r"\b(transcri\w*|audio|speech|recording|sorry|provide|provided|clarify|question|output|as follows"
                    r"|assist|help you|i can|i cannot|unable)\b", re.IGNORECASE)
PHONES = re.compile(r"\b[A-Z]{1,2}[012]\b")


def strong(pred: str, ref: str) -> bool:
    return bool({w.lower() for w in STRONG.findall(pred)} - {w.lower() for w in STRONG.findall(ref)})


def candidate(pred: str, ref: str) -> bool:
    extra = {w.lower() for w in CUE.findall(pred)} - {w.lower() for w in CUE.findall(ref)}
    return bool(extra) or len(pred.split()) > 1.5 * len(ref.split()) + 3 or not pred.strip()


def main(root: Path) -> None:
    rng = random.Random(22)
    for model in MODELS:
        pool = []
        for s in SETS:
            data = json.loads((root / f"log_for_all_models/{model}/{s}_wer_score.json").read_text())["sample_wer"]
            pool += [(s, i, r["prediction"], r["reference"]) for i, r in enumerate(data)]
        strongs = [p for p in pool if strong(p[2], p[3])]
        cands = [p for p in pool if candidate(p[2], p[3]) and not strong(p[2], p[3])]
        others = [p for p in pool if not candidate(p[2], p[3]) and not strong(p[2], p[3])]
        picked = rng.sample(strongs, min(40, len(strongs))) + rng.sample(cands, min(10, len(cands))) + rng.sample(others, 6)
        for s, i, pred, ref in picked:
            print(json.dumps({"model": model, "source": f"log_for_all_models/{model}/{s}_wer_score.json", "index": i,
                              "form": "normalised", "reply": pred, "reference": ref}))
    pool = []
    for s in ("librispeech_test_clean", "librispeech_test_other", "common_voice_15_en_test"):
        data = json.loads((root / f"log/salmonn_7b/{s}.json").read_text())
        pool += [(s, i, r["text"], r["model_prediction"], r["answer"]) for i, r in enumerate(data)]
    cands = [p for p in pool if PHONES.search(p[3]) or candidate(p[3], p[4])]
    others = [p for p in pool if p not in cands]
    for s, i, prompt, pred, ref in rng.sample(cands, 12) + rng.sample(others, 12):
        print(json.dumps({"model": "SALMONN_7B", "source": f"log/salmonn_7b/{s}.json", "index": i, "form": "raw",
                          "prompt": prompt, "reply": pred, "reference": ref}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
