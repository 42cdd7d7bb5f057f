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
    assert version_time(dt.datetime(2024, 5, 17, 14, 3, 7, 999_999).replace(tzinfo=dt.UTC)) == (
        dt.datetime(2024, 5, 17, 14, 3, 7, 999_000)
    )
    assert version_time(made.replace(tzinfo=dt.UTC)) == version_time(made)
    # a day fraction read back a microsecond off still names the same version
    back = from_excel(float(f"{to_excel(version_time(made)):.16g}"))
    assert version_time(back - dt.timedelta(microseconds=1)) == version_time(made)
    # two versions in one second are two
    assert version_time(made) != version_time(made.replace(microsecond=456_000))
