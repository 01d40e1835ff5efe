"""Properties every corruption of the catalog must have: identity at 0, determinism, seed sensitivity, length,
documented severities, clear errors. (voice.* is another family's and is tested there.)"""

from __future__ import annotations

import json

import numpy as np
import pytest

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.corruptions import apply, catalog, get
from pytest_audiotrust.errors import ConfigError

OWN_FAMILIES = {"noise", "reverb", "codec", "channel", "transmission", "timing", "chain"}
NAMES = sorted(n for n, c in catalog().items() if c.family in OWN_FAMILIES)
RANDOM = sorted(n for n in catalog() if n.endswith(".random"))


@pytest.fixture(scope="module")
def clip() -> Audio:
    by_id = {e.id: e for e in bundled_clips()}
    return by_id["cmd_timer_01"].load().audio  # 1.75 s: keeps 50 corruptions x 4 renders fast


def test_catalog_covers_every_family_of_the_issue() -> None:
    families = {catalog()[n].family for n in NAMES}
    assert families == OWN_FAMILIES
    assert len(NAMES) >= 40
    for family in ("noise", "reverb", "codec", "channel", "transmission", "timing"):
        assert f"{family}.random" in catalog()


@pytest.mark.parametrize("name", NAMES)
def test_documented_parameters_for_five_severities(name: str) -> None:
    c = get(name)
    assert c.description and len(c.levels) == 5
    keys = set(c.levels[0])
    assert keys, f"{name}: severity parameters must be documented"
    assert all(set(level) == keys for level in c.levels), f"{name}: every severity must set the same parameters"
    assert len({repr(sorted(level.items())) for level in c.levels}) == 5, f"{name}: severities must differ"


@pytest.mark.parametrize("name", NAMES + RANDOM)
def test_identity_determinism_seed_and_length(name: str, clip: Audio) -> None:
    c = get(name)
    if name == "transmission.gilbert_elliott":  # a stationary chain: on 88 packets a 5 % rate may lose none
        clip = Audio.from_array(np.tile(clip.samples, 10), clip.sample_rate)
    assert apply(clip, name, 0, seed=3).audio == clip
    a = apply(clip, name, 3, seed=11)
    b = apply(clip, name, 3, seed=11)
    assert a.audio.digest() == b.audio.digest(), "same seed must give bit-identical audio"
    assert a.achieved == b.achieved
    assert a.achieved["severity"] == 3
    assert json.loads(json.dumps(a.achieved)) == a.achieved, "achieved must be plain JSON (it goes into the report)"
    assert not np.array_equal(a.audio.samples, clip.samples), "severity 3 must change the audio"
    other = apply(clip, name, 3, seed=12)
    if c.seeded:
        if name.endswith(".random"):  # a random pick may land on an unseeded member: try a few seeds
            digests = {apply(clip, name, 3, seed=s).audio.digest() for s in range(12, 18)}
            assert len(digests) > 1
        else:
            assert other.audio.digest() != a.audio.digest(), "another seed must give different audio"
    else:
        assert other.audio.digest() == a.audio.digest(), "an unseeded corruption must not depend on the seed"
    if c.length.startswith("same"):
        assert a.audio.frames == clip.frames and a.audio.sample_rate == clip.sample_rate
    elif not name.endswith(".random"):
        factor = c.levels[2].get("factor", c.levels[2].get("rate"))
        assert a.audio.frames == pytest.approx(clip.frames / factor, rel=0.01), c.length
    assert np.isfinite(a.audio.samples).all()


def test_stereo_input_keeps_its_channels(clip: Audio) -> None:
    stereo = Audio.from_array(np.stack([clip.samples, 0.5 * clip.samples], axis=1), clip.sample_rate)
    for name in ("noise.babble", "reverb.room", "codec.mp3", "channel.bandpass", "transmission.packet_loss_plc", "timing.pitch"):
        out = apply(stereo, name, 2, seed=1).audio
        assert out.channels == 2 and out.frames == stereo.frames, name


def test_other_sample_rates_work(clip: Audio) -> None:
    for rate in (8000, 44100, 48000):
        audio = clip.resample(rate)
        for name in ("codec.mp3", "codec.opus", "codec.gsm", "reverb.far_field", "noise.cafe", "channel.lowpass"):
            for sev in (1, 5):
                out = apply(audio, name, sev, seed=1)
                assert out.audio.sample_rate == rate and out.audio.frames == audio.frames, (name, rate)
    # low MP3 bitrates are coded at a lower rate, as LAME does; the measured bitrate follows the target
    mp3 = apply(clip.resample(48000), "codec.mp3", 5).achieved
    assert mp3["codec_rate_hz"] == 24000 and mp3["bitrate_kbps_measured"] == pytest.approx(16, rel=0.15)
    # a low-pass above Nyquist has nothing to remove: reported, and the audio passes through the other edge only
    assert apply(clip.resample(8000), "channel.lowpass", 1).achieved["effective_high_hz"] is None


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("noise.file", {"path": "/no/such/noise.wav"}, "noise.file: file /no/such/noise.wav does not exist (parameter 'path')"),
        ("reverb.rir_file", {"path": "/no/rir.wav"}, "reverb.rir_file: file /no/rir.wav does not exist"),
        ("codec.opus", {"rate_hz": 44100}, "codec.opus: rate_hz must be one of (8000, 12000, 16000, 24000, 48000)"),
        ("codec.mp3", {"bitrate_kbps": 400}, "codec.mp3: bitrate_kbps must be within 8..320, got 400"),
        ("codec.adpcm", {"variant": "g729"}, "codec.adpcm: variant must be one of"),
        ("transmission.packet_loss", {"pattern": "sometimes"}, "pattern must be 'random', 'bursty' or 'gilbert_elliott'"),
        ("transmission.packet_loss", {"concealment": "magic"}, "concealment must be 'none' or 'repeat'"),
        ("channel.highpass", {"low_hz": 9000}, "low_hz must be in (0, 8000) Hz at 16000 Hz"),
        ("channel.bandpass", {"low_hz": 3000, "high_hz": 2000}, "low_hz 3000 must be below high_hz 2000"),
        ("channel.resample", {"quality": "best"}, "quality must be one of QQ/LQ/MQ/HQ/VHQ"),
        ("timing.speed", {"factor": 10}, "timing.speed: factor must be within 0.25..4"),
        ("chain.phone_in_cafe", {"noise_snr_db": 3, "codec_passes": 1, "band_low_hz": 1, "band_high_hz": 9}, None),
        ("noise.white", {"snr": 3}, "unknown parameter(s) ['snr']; expected some of ['snr_db']"),
    ],
)
def test_bad_parameters_fail_naming_the_parameter(name: str, params: dict, message: str | None, clip: Audio) -> None:
    if message is None:  # a valid override of every chain stage renders
        assert apply(clip, name, 2, **params).audio.frames == clip.frames
        return
    with pytest.raises(ConfigError) as info:
        apply(clip, name, 2, **params)
    assert message in str(info.value)


def test_user_noise_and_rir_files(tmp_path, clip: Audio) -> None:
    rng = np.random.default_rng(0)
    noise_path = Audio.from_array(0.1 * rng.standard_normal(8000), 8000).save(tmp_path / "hum.wav")  # other rate: resampled
    out = apply(clip, "noise.file", 3, seed=2, path=str(noise_path))
    assert out.achieved["snr_db_measured"] == pytest.approx(10.0, abs=0.5)
    assert out.achieved["path"] == str(noise_path)
    from pytest_audiotrust.corruptions.reverb import synthetic_rir

    rir = synthetic_rir(16000, 0.5, 0.0, np.random.default_rng(1))
    delayed = np.concatenate([np.zeros(160), rir / np.abs(rir).max()])  # 10 ms pre-delay: removed to stay aligned
    rir_path = Audio.from_array(delayed, 16000).save(tmp_path / "rir.wav", subtype="FLOAT")
    got = apply(clip, "reverb.rir_file", 3, path=str(rir_path))
    assert got.achieved["rt60_s_measured"] == pytest.approx(0.5, rel=0.15)
    assert got.achieved["drr_db_measured"] == pytest.approx(0.0, abs=0.1)


def test_bundled_noise_and_rir_fixtures_match_their_manifests() -> None:
    import hashlib

    import soundfile as sf

    from pytest_audiotrust.data import fixtures_dir

    total = 0
    for folder in ("noise", "rirs"):
        manifest = json.loads((fixtures_dir() / folder / "manifest.json").read_text())
        assert manifest["generator"] == "scripts/make_noise_fixtures.py"
        for entry in manifest["files"]:
            path = fixtures_dir() / folder / entry["file"]
            data, rate = sf.read(str(path), dtype="float32")
            assert rate == entry["sample_rate"] and hashlib.sha256(data.tobytes()).hexdigest() == entry["sha256_pcm"], path
            total += path.stat().st_size
    assert total < 2_000_000
