"""The collector pause of bulk jobs: counted across overlapping jobs, and restored."""

from __future__ import annotations

import gc

import pytest

from sahel_desk.jobs.gcpause import gc_paused, paused


def test_overlapping_pauses_resume_the_collector_once_the_last_ends() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer job still runs
    assert gc.isenabled()


def test_a_pause_leaves_a_collector_someone_else_stopped_stopped() -> None:
    gc.disable()  # as cli.main does while the window opens
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_job_resumes_the_collector() -> None:
    @gc_paused
    def job() -> None:
        assert not gc.isenabled()
        raise ValueError("bad file")

    with pytest.raises(ValueError, match="bad file"):
        job()
    assert gc.isenabled()
