"""The default model under test: Whisper tiny.en for speech + YAMNet for sounds, composed by ``Routed``."""

from __future__ import annotations

import numpy as np
import pytest

from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.models import CallableModel, Routed, load_model
from pytest_audiotrust.probes.events import bundled_events

SILENCE = (np.zeros(16_000, np.float32), 16_000)


def _pair() -> Routed:
    speech = CallableModel(lambda audio, prompt: f"said {audio.duration:.1f}s", name="asr", capabilities=("transcribe",))
    sounds = CallableModel(lambda audio, prompt: f"No, not {prompt!r}.", name="tagger", capabilities=("ask",))
    return Routed(speech, sounds)


def test_transcribe_goes_to_speech_and_ask_to_sounds() -> None:
    pair = _pair()
    assert pair.id == "python:asr+python:tagger" and pair.capabilities == frozenset({"transcribe", "ask"})
    t = pair.transcribe(SILENCE)
    a = pair.ask(SILENCE, "Is there a dog?")
    assert (t.text, t.metadata["routed_to"], t.metadata["model"]) == ("said 1.0s", "python:asr", pair.id)
    assert (a.text, a.metadata["routed_to"]) == ("No, not 'Is there a dog?'.", "python:tagger")
    assert set(pair.config()) == {"transcribe", "ask"} and pair.config()["ask"]["model"] == "python:tagger"


def test_batches_keep_input_order_across_the_two_models() -> None:
    out = _pair().generate_batch([(SILENCE, "q1"), (SILENCE, None), (SILENCE, "q2")])
    assert [r.text for r in out] == ["No, not 'q1'.", "said 1.0s", "No, not 'q2'."]
    assert {r.metadata["model"] for r in out} == {"python:asr+python:tagger"}


def test_parts_must_be_able_to_do_their_job() -> None:
    asr = CallableModel(lambda a, p: "", name="asr", capabilities=("transcribe",))
    with pytest.raises(ConfigError, match=r"Routed\(sounds='python:asr'\): that model cannot ask"):
        Routed(asr, asr)
    with pytest.raises(ConfigError, match="expected an AudioModel"):
        Routed(asr, "yamnet")  # type: ignore[arg-type]


def test_bundled_spec_splits_options_between_whisper_and_yamnet() -> None:
    model = load_model("bundled:tiny.en?vad_filter=true&threshold=0.9")
    assert model.id == "whisper:tiny.en[vad_filter=True]+yamnet?threshold=0.9"
    assert model.config()["ask"]["threshold"] == 0.9 and model.config()["transcribe"]["vad_filter"] is True
    assert load_model("bundled:").id == "whisper:tiny.en+yamnet"


def test_the_bundled_pair_answers_about_real_sounds_and_writes_down_speech() -> None:
    from pytest_audiotrust import expect
    from pytest_audiotrust.clips import bundled_clips

    model = load_model("bundled:tiny.en")
    frog = bundled_events()["frog"].load()
    expect.affirms(model.ask(frog, "Do you hear a frog croaking in this recording?"))
    expect.denies(model.ask(frog, "Do you hear a dog barking in this recording?"))
    clip = next(c for c in bundled_clips() if c.id == "cmd_music_01").load()
    expect.wer(model.transcribe(clip), clip.transcript, max_wer=0.2)


def test_bundled_tiny_en_asks_question_probes_instead_of_skipping_them(pytester: pytest.Pytester) -> None:
    """The Whisper + YAMNet pair (the default until ``bundled:chat``) answers question probes with YAMNet."""
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect

        @pytest.mark.audiotrust(events=["horse"], phrasings=[0])
        def test_present(audiotrust_model, present_event_probe):
            expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))

        @pytest.mark.audiotrust(events=["horse"], absent_strategies=["adversarial"], phrasings=[1])
        def test_absent(audiotrust_model, absent_event_probe):
            expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))

        def test_model_id(audiotrust_model):
            assert audiotrust_model.id == "whisper:tiny.en+yamnet"
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "--audiotrust-model=bundled:tiny.en")
    result.assert_outcomes(passed=3)
