"""Verdicts: evaluation helpers that score a model over a grid of conditions (per voice, per noise...) for ``expect``.

Above scoring, below the report and the pytest glue.
"""
