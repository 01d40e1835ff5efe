"""The response cache: hits, misses, keys, corruption, modes, concurrency, prefetch, and the plugin wiring."""

from __future__ import annotations

import json
import threading

import jiwer  # noqa: F401  (pytester in-process runs need these imported up front)
import numpy as np
import pytest
import soundfile  # noqa: F401
import soxr  # noqa: F401

from pytest_audiotrust import results
from pytest_audiotrust.audio import Audio
from pytest_audiotrust.errors import ConfigError, ModelError
from pytest_audiotrust.models import CallableModel, Response
from pytest_audiotrust.models.cache import CachedModel, ResponseCache, cache_key


def _tone(freq: float = 440.0) -> Audio:
    t = np.arange(8000) / 16000
    return Audio.from_array(0.3 * np.sin(2 * np.pi * freq * t).astype(np.float32), 16000)


class Counter:
    """A model function that counts its calls and can be told to fail."""

    def __init__(self) -> None:
        self.calls = 0
        self.fail = False

    def __call__(self, audio: Audio, prompt: str | None) -> str:
        self.calls += 1
        if self.fail:
            raise RuntimeError("backend exploded")
        return f"{prompt or 'transcript'} @ {audio.rms:.4f} #{self.calls}"


@pytest.fixture
def in_test():
    def enter(nodeid: str) -> None:
        results.start(results.CaseRecord(nodeid=nodeid))

    yield enter
    results.finish()


@pytest.fixture
def counted(tmp_path):
    fn = Counter()
    from pytest_audiotrust.hooks.models import _scope  # the plugin's scope: (running test, repeat index)

    return fn, CachedModel(CallableModel(fn, name="counter"), ResponseCache(tmp_path / "c", "rw"), scope=_scope)


def test_second_test_asking_the_same_is_a_hit(counted, in_test):
    fn, model = counted
    in_test("t::a")
    first = model.transcribe(_tone())
    in_test("t::b")
    second = model.transcribe(_tone())
    assert fn.calls == 1 and second.text == first.text and second.metadata["cached"] is True
    assert model.cache.stats()["hits"] == 1 and model.cache.stats()["writes"] == 1


def test_key_covers_audio_prompt_config_and_repeat(counted, in_test):
    fn, model = counted
    in_test("t::a")
    model.transcribe(_tone(440))
    model.transcribe(_tone(441))  # other audio
    model.ask(_tone(440), "Is there a dog?")  # other prompt
    again = model.transcribe(_tone(440))  # same test, same call: repeat index 1, a fresh sample
    assert fn.calls == 4 and again.text.endswith("#4")
    other = CachedModel(CallableModel(lambda a, p: "x", name="counter"), model.cache)  # other source -> other config
    a = model.prepare(_tone())
    assert cache_key(model.inner, a, None) != cache_key(other.inner, a, None)
    assert cache_key(model.inner, a, None, 0) != cache_key(model.inner, a, None, 1)
    in_test("t::b")
    model.transcribe(_tone(440))
    model.transcribe(_tone(440))
    assert fn.calls == 4  # both repeats are hits in the next test


def test_errors_are_never_cached(counted, in_test):
    fn, model = counted
    in_test("t::a")
    fn.fail = True
    with pytest.raises(ModelError, match=r"\[python:counter\] RuntimeError: backend exploded"):
        model.transcribe(_tone())
    assert model.cache.stats()["writes"] == 0
    fn.fail = False
    in_test("t::b")
    assert model.transcribe(_tone()).text.endswith("#2")


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "wrong-key", "binary"])
def test_damaged_entry_is_a_miss_and_gets_rewritten(counted, in_test, damage):
    fn, model = counted
    in_test("t::a")
    model.transcribe(_tone())
    key = cache_key(model.inner, model.prepare(_tone()), None)
    path = model.cache.root / key[:2] / f"{key}.json"
    raw = path.read_bytes()
    path.write_bytes({"truncate": raw[: len(raw) // 2], "garbage": b"not json at all", "empty": b"",
                      "wrong-key": raw.replace(key.encode(), b"0" * 64), "binary": b"\x00\xff\xfe"}[damage])
    in_test("t::b")
    out = model.transcribe(_tone())
    assert fn.calls == 2 and out.text.endswith("#2") and "cached" not in out.metadata
    assert json.loads(path.read_bytes())["text"] == out.text  # rewritten whole
    assert model.cache.stats()["corrupt"] == 1
    in_test("t::c")
    assert model.transcribe(_tone()).text == out.text and fn.calls == 2


def test_read_mode_uses_hits_but_writes_nothing(tmp_path, in_test):
    fn = Counter()
    rw = CachedModel(CallableModel(fn, name="counter"), ResponseCache(tmp_path, "rw"))
    ro = CachedModel(CallableModel(fn, name="counter"), ResponseCache(tmp_path, "read"))
    in_test("t::a")
    rw.transcribe(_tone(440))
    in_test("t::b")
    assert ro.transcribe(_tone(440)).metadata.get("cached") is True
    ro.transcribe(_tone(300))
    in_test("t::c")
    ro.transcribe(_tone(300))
    assert fn.calls == 3 and ro.cache.stats()["writes"] == 0
    with pytest.raises(ConfigError, match="expected one of off, read, rw"):
        ResponseCache(tmp_path, "sometimes")


def test_concurrent_writers_of_one_key_never_tear_an_entry(tmp_path):
    cache = ResponseCache(tmp_path, "rw")
    key = "ab" + "0" * 62
    seen: list[str] = []
    stop = threading.Event()

    def write(i: int) -> None:
        for n in range(150):
            cache.put(key, Response(f"writer {i} " + "x" * 5000, {"n": n}))

    def read() -> None:
        while not stop.is_set():
            got = cache.get(key)
            if got is not None:
                seen.append(got.text)

    readers = [threading.Thread(target=read) for _ in range(2)]
    writers = [threading.Thread(target=write, args=(i,)) for i in range(3)]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    assert cache.corrupt == 0 and len(seen) > 10
    assert all(s.startswith("writer ") and len(s) == len("writer 0 ") + 5000 for s in seen)
    assert not list(tmp_path.rglob("*.tmp"))


def test_prefetch_sends_all_misses_through_the_batch_path_and_reports_progress(counted, in_test):
    fn, model = counted
    batches: list[int] = []
    told: list[tuple[int, int]] = []
    inner_batch = model.inner.generate_batch

    def spy(items, **kw):
        batches.append(len(items))
        return inner_batch(items, **kw)

    model.inner.generate_batch = spy  # type: ignore[method-assign]
    tones = [_tone(f) for f in (300, 400, 500)]
    in_test("t::a")
    assert model.prefetch([(t, None) for t in tones], progress=lambda d, n: told.append((d, n))) == 3
    # every miss went through generate_batch (in chunks, so progress can be told between them), each once
    assert sum(batches) == 3 and fn.calls == 3 and told[0] == (0, 3) and told[-1] == (3, 3)
    assert [d for d, _ in told] == sorted(d for d, _ in told) and len(told) == len(batches) + 1
    assert model.prefetch([(t, None) for t in tones]) == 0 and sum(batches) == 3
    assert [model.transcribe(t).metadata.get("cached") for t in tones] == [True, True, True] and fn.calls == 3


CONFTEST = """
import numpy, pytest
import pytest_audiotrust.models.cache  # noqa
from pytest_audiotrust.models import CallableModel

LOG = {log!r}

def answer(audio, prompt):
    with open(LOG, "a") as fh:
        fh.write("call\\n")
    return "turn off the lights in the kitchen" if audio.duration < 2.0 else "play some jazz"

def pytest_audiotrust_make_model(config, spec):
    if spec == "counting:v1":
        return CallableModel(answer, name="counting")
"""

SUITE = """
import pytest
from pytest_audiotrust import expect

@pytest.mark.parametrize("rep", range(3))
def test_accurate(audiotrust_model, speech_clip, rep):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.3)
"""


def _verdicts(result: pytest.RunResult) -> list[str]:
    return sorted(line.split(" - ")[0] for line in result.outlines if line.startswith(("PASSED ", "FAILED ", "ERROR ")))


def _calls(log) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_plugin_cache_hookspec_and_xdist_verdicts(small_clip_set, pytester):
    log = pytester.path / "calls.log"
    pytester.makeconftest(CONFTEST.format(log=str(log)))
    pytester.makeini("[pytest]\naudiotrust_model = counting:v1\naudiotrust_normalizer = basic\n" + small_clip_set())
    pytester.makepyfile(test_suite=SUITE)
    cold = pytester.runpytest_subprocess("-n", "2", "-rA", "-p", "no:randomly")
    n_cases = sum(cold.parseoutcomes().get(k, 0) for k in ("passed", "failed"))
    assert n_cases == 12 and cold.parseoutcomes().get("failed", 0) >= 1 and cold.parseoutcomes().get("passed", 0) >= 1
    cold_calls = _calls(log)
    assert 0 < cold_calls <= n_cases  # one call per distinct (clip, repeat) key, at most one per case per worker
    warm = pytester.runpytest("-rA", "-p", "no:randomly")
    assert _verdicts(warm) == _verdicts(cold)
    assert _calls(log) == cold_calls  # the warm serial run is answered from the cache entirely
    warm.stdout.fnmatch_lines([f"audiotrust model cache (rw), *: {n_cases} hits, 0 misses*"])
    off = pytester.runpytest("-rA", "--audiotrust-cache=off")
    assert _verdicts(off) == _verdicts(cold) and _calls(log) == cold_calls + n_cases
    bad = pytester.runpytest("--audiotrust-cache=sometimes")
    assert bad.ret != 0
    bad.stderr.fnmatch_lines(["*--audiotrust-cache*invalid choice*sometimes*"])


PREFETCH_CONFTEST = """
import numpy, pytest
import pytest_audiotrust.models.cache  # noqa
from pytest_audiotrust.models import CallableModel

LOG = {log!r}

class Batching(CallableModel):
    def generate_batch(self, items, *, return_exceptions=False):
        with open(LOG, "a") as fh:
            fh.write(f"batch {{len(items)}}\\n")
        return [self.generate(a, p) for a, p in items]

def answer(audio, prompt):
    with open(LOG, "a") as fh:
        fh.write("call " + audio.digest()[:8] + " " + __import__("pytest_audiotrust.results").results.current().nodeid + "\\n")
    return ""

def pytest_audiotrust_make_model(config, spec):
    if spec == "batching":
        return Batching(answer, name="batching")
"""

PREFETCH_SUITE = """
from pytest_audiotrust import expect

def test_clean(audiotrust_model, speech_clip):
    audiotrust_model.transcribe(speech_clip)

def test_again(audiotrust_model, speech_clip):
    audiotrust_model.transcribe(speech_clip)

def test_quiet(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
"""


def test_prefetch_hands_the_model_every_clean_input_at_once(small_clip_set, pytester):
    log = pytester.path / "calls.log"
    pytester.makeconftest(PREFETCH_CONFTEST.format(log=str(log)))
    pytester.makeini("[pytest]\naudiotrust_model = batching\naudiotrust_normalizer = basic\n" + small_clip_set())
    pytester.makepyfile(test_suite=PREFETCH_SUITE)
    result = pytester.runpytest("-p", "no:randomly")
    outcomes = result.parseoutcomes()
    lines = log.read_text().splitlines()
    assert outcomes.get("passed", 0) >= 3 and "failed" not in outcomes, result.outlines[-5:]
    n_tests = outcomes["passed"]
    # every distinct clip and probe through the batch path (in chunks, for progress), then nothing else:
    # each test is a cache hit
    batched = sum(int(ln.split()[1]) for ln in lines if ln.startswith("batch "))
    assert lines[0].startswith("batch ") and sum(ln.startswith("call") for ln in lines) == batched < n_tests
    result.stdout.fnmatch_lines([f"audiotrust model cache (rw), *: {n_tests} hits*"])
    log.unlink()
    pytester.runpytest("-p", "no:randomly", "--audiotrust-prefetch=off", "--audiotrust-cache=off")
    assert "batch" not in log.read_text() and log.read_text().count("call ") == n_tests


def test_without_cacheprovider_the_cache_is_off_and_says_so(small_clip_set, pytester, monkeypatch):
    monkeypatch.delenv("AUDIOTRUST_CACHE_DIR", raising=False)
    log = pytester.path / "calls.log"
    pytester.makeconftest(CONFTEST.format(log=str(log)))
    pytester.makeini("[pytest]\naudiotrust_model = counting:v1\naudiotrust_normalizer = basic\n" + small_clip_set(2))
    pytester.makepyfile(test_suite=SUITE)
    result = pytester.runpytest("-p", "no:cacheprovider")
    assert result.parseoutcomes().get("failed", 0) + result.parseoutcomes().get("passed", 0) == 6
    assert _calls(log) == 6
    result.stdout.fnmatch_lines(["audiotrust model cache: off (pytest's cacheprovider is disabled*"])


def test_unwritable_cache_dir_degrades_to_uncached_and_says_so(pytester: pytest.Pytester,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # root ignores permission bits, so make the cache "directory" a file: every write fails with an OSError
    (pytester.path / "cachefile").write_text("not a directory")
    monkeypatch.setenv("AUDIOTRUST_CACHE_DIR", str(pytester.path / "cachefile" / "sub"))
    pytester.makeconftest(
        """
        import pytest
        from pytest_audiotrust.models import CallableModel
        from pytest_audiotrust.hooks.models import wrap_cached
        calls = []
        @pytest.fixture(scope="session")
        def audiotrust_model(pytestconfig):
            return wrap_cached(pytestconfig, CallableModel(lambda a, p: calls.append(1) or "", name="counted"))
        """
    )
    pytester.makepyfile(
        """
        import numpy as np
        from pytest_audiotrust import expect
        def test_twice(audiotrust_model):
            for _ in range(2):
                expect.no_speech(audiotrust_model.transcribe((np.zeros(1600, "float32"), 16000)))
        """
    )
    result = pytester.runpytest("--audiotrust-cache=rw", "-p", "no:randomly")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*WARNING: 2 answers not cached: cannot write to the response cache*"])


def test_extra_models_from_the_factory_fixture_are_cached(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOTRUST_CACHE_DIR", str(pytester.path / "cache"))
    pytester.makepyfile(
        helper_mod="""
        CALLS = []
        def make(**options):
            return lambda audio, prompt: CALLS.append(1) or ""
        """
    )
    pytester.makepyfile(
        """
        import numpy as np
        import helper_mod
        from pytest_audiotrust import expect
        def test_a(audiotrust_load_model):
            m = audiotrust_load_model("python:helper_mod:make")
            expect.no_speech(m.transcribe((np.zeros(1600, "float32"), 16000)))
            print("CALLS", len(helper_mod.CALLS))
        """
    )
    pytester.syspathinsert()
    pytester.runpytest("-s", "-p", "no:randomly").stdout.fnmatch_lines(["*CALLS 1*", "*1 misses, 1 written*"])
    pytester.runpytest("-s", "-p", "no:randomly").stdout.fnmatch_lines(["*CALLS 0*", "*1 hits, 0 misses*"])


def test_what_a_cascade_heard_is_reported_for_live_answers_batches_and_hits(tmp_path):
    """``on_heard`` is told the ``heard`` metadata of every answer however it was obtained (the disk cache keeps it);
    answers without it (a plain ASR) tell nothing."""

    def cascade(audio: Audio, prompt: str | None) -> Response:
        return Response(f"answer to {prompt}", {"heard": {"transcript": f"rms {audio.rms:.3f}", "labels": [["Tone", 0.9]]}})

    told: list[dict] = []
    model = CachedModel(CallableModel(cascade, capabilities={"transcribe", "ask"}), ResponseCache(tmp_path, "rw"),
                        on_heard=told.append)
    a, b = _tone(440.0), _tone(880.0)
    model.ask(a, "q1")  # live
    model.ask(a, "q1")  # disk hit
    model.generate_batch([(b, "q2"), (a, "q1")])  # one miss, one hit
    assert [h["transcript"] for h in told] == [f"rms {a.rms:.3f}"] * 2 + [f"rms {b.rms:.3f}", f"rms {a.rms:.3f}"]
    assert all(h["labels"] == [["Tone", 0.9]] for h in told)
    silent: list[dict] = []
    plain = CachedModel(CallableModel(lambda audio, prompt: "words", capabilities={"transcribe"}), None, on_heard=silent.append)
    plain.transcribe(a)
    assert silent == []
