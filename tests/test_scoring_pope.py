"""POPE figures (scoring.pope) and the honest hallucination accounting (summary) they sit beside."""

from __future__ import annotations

import json

import pytest
from _html import parse

from pytest_audiotrust.scoring.pope import confusion, metrics, pope, spread
from pytest_audiotrust.summary import hallucination, probe_outcome
from pytest_audiotrust.summary import pope as summary_pope


def test_metrics_by_hand() -> None:
    # 4 present: yes, yes, no, abstain; 6 absent: yes, no, no, no, unparseable, abstain
    c = confusion([(True, "yes"), (True, "yes"), (True, "no"), (True, "abstain"),
                   (False, "yes"), (False, "no"), (False, "no"), (False, "no"), (False, "unparseable"), (False, "abstain")])
    assert (c.tp, c.fn, c.fp, c.tn, c.abstained, c.unparseable) == (2, 2, 1, 5, 2, 1)
    m = metrics(c)
    assert m["accuracy"] == 0.7  # (2 + 5) / 10
    assert m["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["recall"] == 0.5
    assert m["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), abs=1e-4)  # 4/7 = 0.5714
    assert m["yes_ratio"] == 0.3
    assert (m["positives"], m["negatives"], m["n"]) == (4, 6, 10)


def test_undefined_figures_are_none_not_zero() -> None:
    never_yes = metrics(confusion([(True, "no"), (False, "no"), (False, "abstain")]))
    assert never_yes["precision"] is None and never_yes["recall"] == 0.0 and never_yes["f1"] == 0.0
    assert never_yes["yes_ratio"] == 0.0 and never_yes["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    only_negatives = metrics(confusion([(False, "no")]))
    assert only_negatives["recall"] is None and only_negatives["f1"] is None and only_negatives["accuracy"] == 1.0
    assert metrics(confusion([]))["accuracy"] is None


def _case(present: bool, answer: str, phrasing: int, strategy: str | None = None) -> dict:
    return {"present": present, "answer": answer, "phrasing": phrasing, "strategy": strategy}


def test_per_strategy_sets_share_the_positives_and_phrasings_are_compared() -> None:
    cases = [_case(True, "yes", 0), _case(True, "yes", 1), _case(True, "no", 1),
             _case(False, "no", 0, "random"), _case(False, "yes", 1, "random"),
             _case(False, "yes", 0, "adversarial"), _case(False, "yes", 1, "adversarial")]
    p = pope(cases)
    # random: 3 positives (2 yes) + 2 negatives (1 yes): tp 2, fn 1, fp 1, tn 1
    assert p["by_strategy"]["random"] | {} == metrics(confusion(
        [(True, "yes"), (True, "yes"), (True, "no"), (False, "no"), (False, "yes")]))
    assert p["by_strategy"]["random"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    # adversarial: both negatives answered yes: precision 2/4
    assert p["by_strategy"]["adversarial"]["precision"] == 0.5 and p["by_strategy"]["adversarial"]["tn"] == 0
    # phrasing 0: tp 1, fp 1, tn 1 -> F1 2/3; phrasing 1: tp 1, fn 1, fp 2 -> F1 2/5
    assert p["by_phrasing"]["0"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert p["by_phrasing"]["1"]["f1"] == pytest.approx(0.4, abs=1e-4)
    assert p["phrasing_spread"]["f1"] == {"metric": "f1", "spread": pytest.approx(0.2667, abs=1e-4), "best": "0",
                                          "worst": "1"}
    assert spread({"only": {"f1": 0.5}}) is None


def _record(family: str, answer: str, output: str, *, strategy: str | None = None, phrasing: int = 0,
            model: str = "m") -> dict:
    expected = "yes" if family == "present" else "no"
    check = "affirms" if expected == "yes" else "denies"
    return {"nodeid": f"t.py::test[{family}-{output}]", "outcome": "passed" if answer == expected else "failed",
            "model": model,
            "probe": {"family": family, "expected": expected, "question": "Is there a dog barking?",
                      "strategy": strategy, "phrasing": phrasing},
            "measurements": [{"check": check, "metric": "answer", "value": answer, "threshold": expected,
                              "direction": "eq", "passed": answer == expected, "output": output}]}


def test_only_a_yes_to_an_absent_sound_is_a_hallucination() -> None:
    records = [
        _record("absent", "no", "It's a siren, not a dog."),  # correct, not hallucinated
        _record("absent", "yes", "Yes, a dog barks twice near the start."),  # the one hallucination
        _record("absent", "unparseable", "The recording is 10 seconds long."),
        _record("absent", "abstain", "I'm unable to determine that from the recording."),
        _record("present", "no", "I only hear rain."),  # a missed control, not a hallucination
        _record("present", "yes", "A dog barks in the distance."),
    ]
    fams = hallucination(records)["families"]
    assert fams["absent"] | {} == {**fams["absent"], "n": 4, "correct": 1, "hallucinated": 1, "unparseable": 1,
                                   "abstained": 1, "missed": 0, "at_risk": 4, "rate": 0.25}
    assert fams["present"]["hallucinated"] == 0 and fams["present"]["missed"] == 1 and fams["present"]["rate"] is None
    assert fams["present"]["missed_rate"] == 0.5
    offending = hallucination(records)["offending"]
    assert [o["output"] for o in offending] == ["Yes, a dog barks twice near the start."]
    assert probe_outcome(records[0]["probe"], records[0]["measurements"][0]) == "correct"


@pytest.mark.parametrize(("verdict", "passed", "outcome"), [
    ("empty", True, "correct"), ("abstained", True, "abstained"), ("hallucinated", False, "hallucinated"),
    (None, True, "correct"), (None, False, "hallucinated")])
def test_no_speech_verdicts_are_accepted_when_present(verdict, passed, outcome) -> None:  # type: ignore[no-untyped-def]
    details = {} if verdict is None else {"verdict": verdict}
    m = {"check": "no_speech", "metric": "hallucinated_words", "value": 0, "passed": passed, "details": details}
    assert probe_outcome({"family": "silence"}, m) == outcome


def test_an_always_yes_model_pope_figures_in_json_terminal_and_html(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("Yes, I can hear it clearly in the recording.")
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect

        MARK = pytest.mark.audiotrust(events=["dog", "cow"])

        @MARK
        def test_no_phantom_events(audiotrust_model, absent_event_probe):
            expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))

        @MARK
        def test_hears_present_events(audiotrust_model, present_event_probe):
            expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))
        """
    )
    result = pytester.runpytest("-q", "-p", "no:randomly", "--audiotrust-json=r.json", "--audiotrust-report=r.html")
    result.assert_outcomes(passed=6, failed=18)  # 2 events x 3 phrasings present; x 3 strategies absent
    doc = json.loads((pytester.path / "r.json").read_text(encoding="utf-8"))
    (model,) = doc["summary"]["pope"]
    p = doc["summary"]["pope"][model]
    base_rate = 6 / 24
    assert p["all"]["yes_ratio"] == 1.0 and p["all"]["precision"] == base_rate and p["all"]["recall"] == 1.0
    assert p["all"]["accuracy"] == base_rate and p["all"]["f1"] == pytest.approx(2 * base_rate / (1 + base_rate), abs=1e-4)
    assert set(p["by_strategy"]) == {"random", "popularity", "adversarial"}
    for row in p["by_strategy"].values():  # 6 positives + 6 negatives of the strategy
        assert (row["positives"], row["negatives"], row["precision"], row["yes_ratio"]) == (6, 6, 0.5, 1.0)
    for row in p["by_phrasing"].values():  # 2 positives + 6 negatives per phrasing
        assert row["precision"] == 0.25 and row["yes_ratio"] == 1.0
    assert p["phrasing_spread"]["f1"]["spread"] == 0.0
    hal = doc["summary"]["hallucination"]["families"]
    assert hal["absent"]["hallucinated"] == 18 and hal["absent"]["rate"] == 1.0
    assert hal["present"]["hallucinated"] == 0 and hal["present"]["correct"] == 6
    result.stdout.fnmatch_lines([
        f"  POPE [[]{model}[]] (6 present, 18 absent): accuracy 0.250, precision 0.250, recall 1.000, F1 0.400, "
        "yes-ratio 1.000",
        "    strategy adversarial: accuracy 0.500, precision 0.500, recall 1.000, F1 0.667, yes-ratio 1.000",
    ])
    html = (pytester.path / "r.html").read_text(encoding="utf-8")
    page = parse(html)
    rows = page.find("tr", class_="pope-row")
    assert [r["data-set"] for r in rows][:4] == ["all", "strategy adversarial", "strategy popularity", "strategy random"]
    assert page.find("td", **{"data-yes-ratio": "1"}) and page.find("td", **{"data-f1": "0.4"})


def test_summary_pope_keeps_models_apart() -> None:
    records = [_record("present", "yes", "Yes.", model="a"), _record("absent", "yes", "Yes.", strategy="random", model="a"),
               _record("present", "yes", "Yes.", model="b"), _record("absent", "no", "No.", strategy="random", model="b")]
    p = summary_pope(records)
    assert p["a"]["all"]["precision"] == 0.5 and p["b"]["all"]["precision"] == 1.0
