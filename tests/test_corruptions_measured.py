"""Measured calibration of the corruption families: SNR, RT60, band limits, loss rates, delays.

Every figure is measured here from the output audio with code independent of the corruption's own report
where that is possible (plain power ratios, an impulse through the reverb, spectra)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.corruptions import apply, get

NOISES = ["noise.white", "noise.pink", "noise.brown", "noise.babble", "noise.street", "noise.cafe", "noise.car", "noise.file"]
RATE = 16000


@pytest.fixture(scope="module")
def clips() -> list[Audio]:
    by_id = {e.id: e for e in bundled_clips()}  # two real talkers and one TTS voice
    return [by_id[i].load().audio for i in ("allison_vm_sorry", "librivox_austen_0890", "dictation_02")]


def p56_sample_by_sample(x: np.ndarray, rate: int) -> float:
    """ITU-T P.56 method B active level (dBov), written as the G.191 sv56 loop: one sample at a time, a hangover
    counter per threshold. Independent of the vectorised ``corruptions.levels`` the corruptions use."""
    g = np.exp(-1 / (rate * 0.03))
    hang_max = round(0.2 * rate)
    c = 2.0 ** -np.arange(29, -1, -1)
    active = np.zeros(len(c))
    hang = np.full(len(c), hang_max)
    p = q = energy = 0.0
    for s in np.asarray(x, dtype=np.float64).tolist():
        energy += s * s
        p = g * p + (1 - g) * abs(s)
        q = g * q + (1 - g) * p
        now = q >= c
        counted = now | (hang < hang_max)
        active += counted
        hang = np.where(now, 0, np.where(hang < hang_max, hang + 1, hang))
    a_db, c_db = [], []
    for j in range(len(c)):
        if active[j] == 0:
            break
        a_db.append(10 * np.log10(energy / active[j]))
        c_db.append(20 * np.log10(c[j]))
        if a_db[-1] - c_db[-1] <= 15.9:
            break
    if len(a_db) < 2:
        return a_db[-1]
    d0, d1 = a_db[-2] - c_db[-2], a_db[-1] - c_db[-1]
    return a_db[-2] + (d0 - 15.9) / (d0 - d1) * (a_db[-1] - a_db[-2])


@pytest.fixture(scope="module")
def clip_levels(clips: list[Audio]) -> list[float]:
    return [p56_sample_by_sample(c.samples, c.sample_rate) for c in clips]


def test_p56_level_matches_the_sample_loop_and_ignores_silence(clips: list[Audio], clip_levels: list[float]) -> None:
    from pytest_audiotrust.corruptions.levels import active_level

    for clip, ref in zip(clips, clip_levels, strict=True):
        got = active_level(clip.samples, clip.sample_rate)
        assert got.level_db == pytest.approx(ref, abs=0.05)
        assert 0.3 < got.activity < 1.0
        # pauses do not dilute it: 1 s or 4 s of digital silence around the clip (after the 0.2 s hangover has run
        # out in both) give the same active level while the long-term level drops by > 2 dB
        def padded(seconds: float, x: np.ndarray = clip.samples, rate: int = clip.sample_rate) -> np.ndarray:
            return np.concatenate([np.zeros(int(seconds * rate)), x, np.zeros(int(seconds * rate))])

        short, long = padded(1.0), padded(4.0)
        assert 10 * np.log10(np.mean(short**2) / np.mean(long**2)) > 2.0
        assert active_level(long, clip.sample_rate).level_db == pytest.approx(
            active_level(short, clip.sample_rate).level_db, abs=0.02)
    t = np.arange(4 * RATE) / RATE  # a steady 0.5 tone: level 10*log10(0.5**2 / 2)
    tone = active_level(0.5 * np.sin(2 * np.pi * 440 * t), RATE)
    assert tone.level_db == pytest.approx(10 * np.log10(0.125), abs=0.05) and tone.activity > 0.98
    assert active_level(np.zeros(RATE), RATE).power == 0.0


@pytest.mark.parametrize("name", NOISES)
def test_noise_snr_within_half_a_db_at_every_severity(name: str, clips: list[Audio], clip_levels: list[float]) -> None:
    """Speech measured alone (the clean clip, P.56 by the sample loop) and noise measured alone (noisy - clean)."""
    errors = []
    for clip, speech_db in zip(clips, clip_levels, strict=True):
        for sev in range(1, 6):
            target = get(name).levels[sev - 1]["snr_db"]
            out = apply(clip, name, sev, seed=sev)
            residual = out.audio.samples.astype(np.float64) - clip.samples
            noise_db = 10 * np.log10(np.mean(residual**2))
            measured = speech_db - noise_db
            errors.append(abs(measured - target))
            assert out.achieved["snr_db_measured"] == pytest.approx(measured, abs=0.1)
    assert max(errors) <= 0.5, f"{name}: SNR errors {np.round(errors, 3)}"


@pytest.mark.parametrize("name", ["noise.white", "noise.pink", "noise.babble", "noise.car"])
def test_snr_on_a_continuous_signal_is_the_plain_power_ratio(name: str) -> None:
    t = np.arange(3 * RATE) / RATE
    tone = 0.3 * np.sin(2 * np.pi * 220 * t) * (1 + 0.3 * np.sin(2 * np.pi * 3 * t))  # never silent: all frames active
    audio = Audio.from_array(tone, RATE)
    for sev, target in enumerate((30, 20, 10, 5, 0), 1):
        y = apply(audio, name, sev, seed=7).audio.samples.astype(np.float64)
        plain = 10 * np.log10(np.sum(tone**2) / np.sum((y - tone) ** 2))
        assert plain == pytest.approx(target, abs=0.5)


def _t30_from_impulse_response(h: np.ndarray) -> float:
    """Independent RT60: Schroeder curve of the whole response, T30 fit (-5..-35 dB)."""
    edc = np.cumsum(h[::-1] ** 2)[::-1]
    edc_db = 10 * np.log10(edc / edc[0] + 1e-30)
    i5, i35 = np.argmax(edc_db <= -5), np.argmax(edc_db <= -35)
    t = np.arange(len(h)) / RATE
    slope = np.polyfit(t[i5:i35], edc_db[i5:i35], 1)[0]
    return -60 / slope


@pytest.mark.parametrize("sev", [1, 2, 3, 4, 5])
def test_reverb_rt60_within_15_percent(sev: int) -> None:
    target = get("reverb.room").levels[sev - 1]["rt60_s"]
    impulse = np.zeros(int(2.5 * RATE))
    impulse[100] = 0.5
    for seed in range(3):
        out = apply(Audio.from_array(impulse, RATE), "reverb.room", sev, seed=seed)
        h = out.audio.samples.astype(np.float64)[100:]  # the output of an impulse is the RIR
        assert _t30_from_impulse_response(h) == pytest.approx(target, rel=0.15)
        assert out.achieved["rt60_s_measured"] == pytest.approx(target, rel=0.15)
        assert out.achieved["drr_db_measured"] == pytest.approx(out.achieved["drr_db"], abs=0.5)


def test_far_field_drr_falls_with_distance_and_air_absorbs_highs() -> None:
    impulse = np.zeros(2 * RATE)
    impulse[0] = 0.5
    drr = [apply(Audio.from_array(impulse, RATE), "reverb.far_field", s, seed=1).achieved for s in range(1, 6)]
    assert all(a["drr_db_measured"] > b["drr_db_measured"] + 3 for a, b in itertools.pairwise(drr))
    for a in drr:
        assert a["drr_db_measured"] == pytest.approx(a["drr_db_target"], abs=0.5)
        assert a["rt60_s_measured"] == pytest.approx(0.6, rel=0.15)
    assert drr[-1]["air_absorption_db_at_4khz"] > drr[0]["air_absorption_db_at_4khz"]


def _white(seconds: float = 3.0, rate: int = RATE) -> Audio:
    return Audio.from_array(0.2 * np.random.default_rng(5).standard_normal(int(seconds * rate)), rate)


def _fraction_above(x: np.ndarray, rate: int, hz: float) -> float:
    spec = np.abs(np.fft.rfft(x.astype(np.float64))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / rate)
    return float(spec[f > hz].sum() / spec.sum())


NARROWBAND = ["codec.gsm", "codec.mulaw", "codec.alaw", "codec.adpcm", "codec.telephone", "chain.phone_in_cafe"]


@pytest.mark.parametrize("name", NARROWBAND)
def test_narrowband_codecs_leave_nothing_above_4khz(name: str) -> None:
    # White noise fills the whole 0-8 kHz band: half its energy lies above 4 kHz before the codec.
    assert _fraction_above(_white().samples, RATE, 4000) > 0.45
    for sev in (1, 5):
        y = apply(_white(), name, sev).audio.samples
        assert _fraction_above(y, RATE, 4100) < 1e-3, f"{name} sev{sev}"


def test_telephone_band_edges() -> None:
    for sev, (lo, hi) in enumerate(((200, 3700), (300, 3400), (400, 3000), (500, 2500), (600, 2000)), 1):
        y = apply(_white(), "codec.telephone", sev).audio.samples
        assert _fraction_above(y, RATE, hi * 1.15) < 0.01, sev
        assert 1 - _fraction_above(y, RATE, lo * 0.7) < 0.01, sev


@pytest.mark.parametrize(("name", "cutoff_key"), [("channel.lowpass", "high_hz"), ("channel.bandpass", "high_hz")])
def test_lowpass_filters_remove_the_band_above_their_cutoff(name: str, cutoff_key: str) -> None:
    for sev in range(1, 6):
        cutoff = get(name).levels[sev - 1][cutoff_key]
        out = apply(_white(), name, sev)
        assert _fraction_above(out.audio.samples, RATE, cutoff * 1.25) < 2e-3, (name, sev)


def test_wideband_codecs_band_limit_and_realign(clips: list[Audio]) -> None:
    clip = clips[2]
    for name in ("codec.mp3", "codec.opus", "codec.vorbis"):
        for sev in (1, 5):
            out = apply(clip, name, sev)
            y = out.audio.samples.astype(np.float64)
            # realignment: the decoded signal correlates best with the input at lag 0 (within 2 samples)
            xc = np.fft.irfft(np.fft.rfft(y, 2 * len(y)) * np.conj(np.fft.rfft(clip.samples, 2 * len(y))))
            lag = int(np.argmax(np.concatenate([xc[-200:], xc[:200]]))) - 200
            assert abs(lag) <= 2, (name, sev, lag)
            assert out.achieved["bandwidth_hz"] < 7000
    mp3 = [apply(clip, "codec.mp3", s).achieved for s in range(1, 6)]
    for a in mp3:
        assert a["bitrate_kbps_measured"] == pytest.approx(a["bitrate_kbps"], rel=0.12)
    assert any(a["delay_removed_samples"] == 1105 for a in mp3)  # the LAME/mpg123 delay, found by cross-correlation
    snrs = [a["snr_db_vs_input"] for a in mp3]
    assert snrs == sorted(snrs, reverse=True)


def test_packet_loss_rates_are_achieved() -> None:
    long = _white(120.0)  # 6000 packets of 20 ms
    for name in ("transmission.packet_loss", "transmission.packet_loss_plc", "transmission.burst_loss"):
        for sev, rate in enumerate((0.01, 0.03, 0.05, 0.10, 0.20), 1):
            a = apply(long, name, sev, seed=sev).achieved
            assert a["loss_rate_achieved"] == pytest.approx(rate, abs=0.5 / a["packets"]), (name, sev)
            if name == "transmission.burst_loss" and sev >= 3:
                assert a["mean_burst_packets"] == pytest.approx(4.0, rel=0.35)
    for sev, rate in enumerate((0.01, 0.03, 0.05, 0.10, 0.20), 1):  # stochastic chain: binomial-ish tolerance
        a = apply(long, "transmission.gilbert_elliott", sev, seed=sev).achieved
        sigma = np.sqrt(rate * (1 - rate) / a["packets"] * (2 * 4 - 1))  # bursts inflate the variance ~ (2L-1)
        assert abs(a["loss_rate_achieved"] - rate) < 4 * sigma, (sev, a)
        assert a["mean_burst_packets"] == pytest.approx(4.0, rel=0.3)


def test_lost_packets_are_silent_without_concealment_and_filled_with_it() -> None:
    audio = _white(4.0)
    frame = 320
    zeroed = apply(audio, "transmission.packet_loss", 5, seed=3)
    filled = apply(audio, "transmission.packet_loss_plc", 5, seed=3)
    z, f = zeroed.audio.samples.reshape(-1, frame), filled.audio.samples.reshape(-1, frame)
    rms_z = np.sqrt(np.mean(z[:, 40:] ** 2, axis=1))  # skip the 2 ms fades at packet edges
    lost = rms_z == 0
    assert lost.sum() == zeroed.achieved["packets_lost"] == round(0.2 * len(z))
    assert np.all(np.sqrt(np.mean(f[lost, 40:] ** 2, axis=1)) > 0.01)


def test_dropouts_and_jitter_achieve_their_rates() -> None:
    audio = _white(60.0)
    from math import erf, sqrt

    for sev in range(1, 6):
        p = get("transmission.dropout").levels[sev - 1]
        a = apply(audio, "transmission.dropout", sev, seed=sev).achieved
        expected = round(p["per_second"] * 60) * p["dropout_ms"] / 1000 / 60
        assert a["time_dropped_fraction"] <= expected + 1e-3  # overlaps can only reduce it
        assert a["time_dropped_fraction"] >= expected * 0.7
        j = get("transmission.jitter").levels[sev - 1]
        b = apply(audio, "transmission.jitter", sev, seed=sev).achieved
        assert b["late_rate_achieved"] == pytest.approx(1 - erf(j["buffer_ms"] / (j["jitter_ms"] * sqrt(2))), abs=1e-3)


def test_timing_durations_and_pitch(clips: list[Audio]) -> None:
    clip = clips[1]
    for sev in range(1, 6):
        f = get("timing.speed").levels[sev - 1]["factor"]
        assert apply(clip, "timing.speed", sev).audio.frames == pytest.approx(clip.frames / f, abs=2)
        r = get("timing.tempo").levels[sev - 1]["rate"]
        assert apply(clip, "timing.tempo", sev).audio.frames == pytest.approx(clip.frames / r, rel=0.01)
    # pitch: the spectral centroid of voiced speech rises with the shift, the length does not change
    def centroid(x: np.ndarray) -> float:
        s = np.abs(np.fft.rfft(x)) ** 2
        return float((np.fft.rfftfreq(len(x), 1 / RATE) * s).sum() / s.sum())

    cents = [centroid(apply(clip, "timing.pitch", s).audio.samples) for s in (1, 5)]
    assert cents[1] > cents[0] > centroid(clip.samples) * 0.98


def test_clipping_quantize_gain_dc_measured() -> None:
    audio = _white(2.0)
    for sev in range(1, 6):
        frac = get("channel.clipping").levels[sev - 1]["clip_fraction"]
        a = apply(audio, "channel.clipping", sev).achieved
        assert a["clipped_fraction"] == pytest.approx(frac, rel=0.05)
        bits = get("channel.quantize").levels[sev - 1]["bits"]
        q = apply(audio, "channel.quantize", sev).audio.samples
        assert len(np.unique(q)) <= 2**bits
        off = get("channel.dc_offset").levels[sev - 1]["offset"]
        assert float(np.mean(apply(audio, "channel.dc_offset", sev).audio.samples)) == pytest.approx(off, abs=0.01)
    snrs = [apply(audio, "channel.gain", s).achieved["snr_db_vs_input"] for s in range(1, 6)]
    assert snrs == sorted(snrs, reverse=True)


def test_p56_level_of_a_signal_below_every_threshold_is_its_long_term_level_with_no_activity() -> None:
    """Found by the fuzz test: 1e-12 everywhere is under P.56's lowest threshold rung; nothing is active."""
    from pytest_audiotrust.corruptions.levels import active_level

    lvl = active_level(np.full(16_000, 1e-12), 16_000)
    assert lvl.activity == 0.0
    assert lvl.level_db == pytest.approx(-240.0, abs=1e-6)  # 10 * log10((1e-12) ** 2)
