"""Local, reproducible scoring: WER/CER, semantic similarity, hallucination detectors, answer parsing, statistics."""
