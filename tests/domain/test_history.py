"""Version times as files carry them."""

from __future__ import annotations

import datetime as dt

from openpyxl.utils.datetime import from_excel, to_excel

from sahel_desk.domain.history import version_time


def test_version_times_are_kept_to_the_millisecond_as_a_sheet_reads_them_back() -> None:
    made = dt.datetime(2024, 5, 17, 14, 3, 7, 123_456)
    assert version_time(made) == dt.datetime(2024, 5, 17, 14, 3, 7, 123_000)
    # never into the next second, which a file would carry as a whole second
    assert version_time(dt.datetime(2024, 5, 17, 14, 3, 7, 999_700)) == dt.datetime(
        2024, 5, 17, 14, 3, 7, 999_000
    )
    # ... but a whole second read back a microsecond short is that second
    assert version_time(dt.datetime(2024, 5, 17, 14, 3, 7, 999_999).replace(tzinfo=dt.UTC)) == (
        dt.datetime(2024, 5, 17, 14, 3, 8)
    )
    assert version_time(made.replace(tzinfo=dt.UTC)) == version_time(made)
    # a day fraction read back a microsecond off still names the same version
    back = from_excel(float(f"{to_excel(version_time(made)):.16g}"))
    assert version_time(back - dt.timedelta(microseconds=1)) == version_time(made)
    # two versions in one second are two
    assert version_time(made) != version_time(made.replace(microsecond=456_000))


def test_a_whole_second_file_time_names_our_version_cut_or_rounded_up() -> None:
    """LibreOffice's CSV cuts a time to the second; files exported before version times kept
    to their second carry x.9996 as the next second. Both name our version, nothing else."""
    from sahel_desk.domain.history import same_version

    ours = dt.datetime(2026, 11, 25, 2, 0, 0, 999_700)
    assert same_version(ours, dt.datetime(2026, 11, 25, 2, 0, 0))  # cut
    assert same_version(ours, dt.datetime(2026, 11, 25, 2, 0, 1))  # rounded up, old export
    assert same_version(ours, dt.datetime(2026, 11, 25, 2, 0, 0, 999_000))  # as exported now
    assert not same_version(ours, dt.datetime(2026, 11, 25, 2, 0, 2))
    early = dt.datetime(2026, 11, 25, 2, 0, 0, 400_000)
    assert same_version(early, dt.datetime(2026, 11, 25, 2, 0, 0))
    assert not same_version(early, dt.datetime(2026, 11, 25, 2, 0, 1))
    assert not same_version(early, dt.datetime(2026, 11, 25, 2, 0, 0, 401_000))
