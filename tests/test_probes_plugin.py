"""The probe fixtures as a user meets them: readable ids, marker narrowing, planted models, skips, records."""

from __future__ import annotations

import json

import pytest
from _probe_checks import outcomes as _outcomes

ASK_TESTS = '''
import pytest
from pytest_audiotrust import expect

MARK = pytest.mark.audiotrust(events=["dog", "helicopter"])

@MARK
def test_no_phantom_events(audiotrust_model, absent_event_probe):
    expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))

@MARK
def test_hears_present_events(audiotrust_model, present_event_probe):
    expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))
'''


def test_always_yes_model_fails_every_absent_event_probe(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("Yes, I can hear it.")
    pytester.makepyfile(ASK_TESTS)
    result = pytester.inline_run("-p", "no:randomly")
    got = _outcomes(result)
    assert len(got["test_no_phantom_events"]) == 2 * 3 * 3  # events x strategies x phrasings
    assert set(got["test_no_phantom_events"].values()) == {"failed"}
    assert set(got["test_hears_present_events"].values()) == {"passed"}


def test_always_no_model_fails_every_present_event_control(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("No.")
    pytester.makepyfile(ASK_TESTS)
    got = _outcomes(pytester.inline_run())
    assert set(got["test_hears_present_events"].values()) == {"failed"} and len(got["test_hears_present_events"]) == 6
    assert set(got["test_no_phantom_events"].values()) == {"passed"}


def test_ids_read_like_sentences_and_markers_narrow_them(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.audiotrust(events=["dog"], absent_strategies=["adversarial"], phrasings=[0])
        def test_a(absent_event_probe): pass

        @pytest.mark.audiotrust(events=["helicopter"], phrasings=[1])
        def test_p(present_event_probe): pass

        @pytest.mark.audiotrust(events=["helicopter"], controls=["silence", "speech"])
        def test_m(mismatched_audio_probe): pass

        @pytest.mark.audiotrust(clips=["weather_01"], pause_variants=["pause.trailing_10s", "cut.mid_word"])
        def test_l(long_pause_probe): pass
        """
    )
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines([
        "*test_a[[]absent:cat@dog-adversarial-q0[]]",
        "*test_p[[]present:helicopter-q1[]]",
        "*test_m[[]mismatched:helicopter-silence-q0[]]",
        "*test_m[[]mismatched:helicopter-speech-q0[]]",
        "*test_l[[]pause.trailing_10s-clip:weather_01[]]",
        "*test_l[[]cut.mid_word-clip:weather_01[]]",
        "6 tests collected*",
    ])


def test_unknown_event_fails_collection_with_a_suggestion(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        @pytest.mark.audiotrust(events=["helicoptr"])
        def test_a(absent_event_probe): pass
        """
    )
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(["*unknown bundled event 'helicoptr'; did you mean 'helicopter'*"])
    assert result.ret == pytest.ExitCode.INTERRUPTED


def test_question_probes_skip_for_a_speech_to_text_model(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest
        from pytest_audiotrust.models import CallableModel

        @pytest.fixture(scope="session")
        def audiotrust_model():
            return CallableModel(lambda audio, prompt: "", name="asr_only", capabilities=("transcribe",))

        @pytest.fixture
        def other_asr():
            return CallableModel(lambda audio, prompt: "", name="other_asr", capabilities=("transcribe",))
        """
    )
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect

        @pytest.mark.audiotrust(events=["frog"], phrasings=[0])
        def test_q(audiotrust_model, present_event_probe):
            expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))

        @pytest.mark.audiotrust(events=["frog"], phrasings=[0], controls=["noise"])
        def test_other(other_asr, mismatched_audio_probe):
            expect.denies(other_asr.ask(mismatched_audio_probe.audio, mismatched_audio_probe.question))

        @pytest.mark.audiotrust(clips=["weather_01"], pause_variants=["pause.trailing_10s"])
        def test_l(audiotrust_model, long_pause_probe):
            assert long_pause_probe.reference == "What is the weather going to be like tomorrow morning?"
        """
    )
    result = pytester.runpytest("-rs")
    result.assert_outcomes(passed=1, skipped=2)
    result.stdout.fnmatch_lines([
        "*cannot answer questions about audio*question probes need an audio LLM*",
        "*question probe skipped*other_asr*speech-to-text only*",
    ])


def test_records_carry_the_probe_fields_the_report_reads(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("Yes, faintly.")
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect

        @pytest.mark.audiotrust(events=["frog"], absent_strategies=["adversarial"], phrasings=[2])
        def test_a(audiotrust_model, absent_event_probe):
            expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))

        @pytest.mark.audiotrust(clips=["weather_01"], pause_variants=["pause.trailing_10s"])
        def test_l(audiotrust_model, long_pause_probe):
            expect.no_insertions(audiotrust_model.transcribe(long_pause_probe), long_pause_probe.reference)
        """
    )
    pytester.runpytest("--audiotrust-json=out.json")
    records = {r["test"]: r for r in json.loads((pytester.path / "out.json").read_text())["records"]}
    probe = records["test_a"]["probe"]
    assert probe["id"] == "absent:rain@frog-adversarial-q2" and probe["family"] == "absent"
    assert probe["strategy"] == "adversarial" and probe["question"] == "Does this clip contain rain?"
    assert probe["answer"] == "yes" and probe["hallucinated"] is True and probe["expected"] == "no"
    assert probe["output"] == "Yes, faintly." and probe["answer_rule"] == "leading yes"
    pause = records["test_l"]["probe"]
    assert pause["family"] == "long_pause" and pause["reference"].startswith("What is the weather")
    # two substitutions, no insertion: an unrelated answer is a WER problem, not an inserted-words one
    assert pause["output"] == "Yes, faintly." and pause["inserted_words"] == [] and pause["hallucinated"] is False
