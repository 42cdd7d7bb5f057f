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


def test_writes_land_in_the_order_they_were_asked_for(qtbot):
    """A slow save then a quick delete: the delete waits, and the results come in order."""
    tasks = Tasks()
    gate, ran, delivered = threading.Event(), [], []
    tasks.run(lambda: gate.wait(5) and ran.append("save"), delivered.append, delivered.append,
              write=True)  # fmt: skip
    tasks.run(lambda: ran.append("delete"), delivered.append, delivered.append, write=True)
    tasks.run(lambda: ran.append("read") or "read", delivered.append, delivered.append)
    qtbot.waitUntil(lambda: ran == ["read"], timeout=5000)  # reads do not queue behind writes
    gate.set()
    qtbot.waitUntil(lambda: len(delivered) == 3, timeout=5000)
    assert ran == ["read", "save", "delete"] and tasks.wait()
