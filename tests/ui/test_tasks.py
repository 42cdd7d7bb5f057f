"""The worker pool the window runs its reads and writes on."""

import threading

import shiboken6

from sahel_desk.ui.tasks import Tasks


def test_a_result_nobody_waits_for_any_more_is_dropped_quietly(qtbot, capfd):
    """Closing the window while a count still runs must not print a traceback at exit."""
    tasks = Tasks()
    gate, ran = threading.Event(), threading.Event()
    tasks.run(lambda: gate.wait(5) and ran.set(), lambda _r: None, lambda _e: None)
    (relay,) = tasks._relays
    shiboken6.delete(relay)  # what closing the app does to the objects it owned
    gate.set()
    assert tasks.wait() and ran.is_set()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "has been deleted" not in err
