"""Colours shared by the charts and the map, so that an event type looks the same in both.
Plain strings, no Qt: the map's worker-side layers use them too."""

from __future__ import annotations

from sahel_desk.domain import taxonomy

# Tableau 10 (its grey is "other"), then three of Tableau 20 far from those: a chart draws up
# to 12 series, each in its own colour; distinct on white and on a dark background alike.
CATEGORICAL = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
    "#a0cbe8", "#b6992d", "#d37295",
)  # fmt: skip
OTHER_COLOUR = "#9d9d9d"
EVENT_TYPES = tuple(taxonomy.SUB_EVENT_TYPES)  # a fixed order keeps each type's colour


def event_type_colour(name: str) -> str:
    """The one colour of an ACLED event type, wherever it is drawn."""
    if name in EVENT_TYPES:
        return CATEGORICAL[EVENT_TYPES.index(name)]
    return OTHER_COLOUR


def series_colours(keys: list[str], by_event_type: bool, other: str) -> list[str]:
    """A colour per series: event types their own; anything else by rank, "other" grey."""
    if by_event_type:
        return [OTHER_COLOUR if k == other else event_type_colour(k) for k in keys]
    ranked = iter(CATEGORICAL * (len(keys) // len(CATEGORICAL) + 1))
    return [OTHER_COLOUR if k == other else next(ranked) for k in keys]


class KeptColours:
    """Series colours that stay with their series: ``series_colours``, except that a series
    keeps the colour it was drawn in while it stays drawn, though its rank changes with a
    filter; a new series takes a colour no series drawn has, one no series had if it can."""

    def __init__(self) -> None:
        self._had: dict[str, str] = {}

    def __call__(self, keys: list[str], by_event_type: bool, other: str) -> list[str]:
        if by_event_type:
            return series_colours(keys, True, other)
        drawn = [k for k in keys if k != other]
        given: dict[str, str] = {}
        for key in drawn:
            had = self._had.get(key)
            if had is not None and had not in given.values():
                given[key] = had
        had_any = set(self._had.values())
        free = sorted((c for c in CATEGORICAL if c not in given.values()), key=had_any.__contains__)
        for key in drawn:
            if key not in given:
                given[key] = free.pop(0) if free else CATEGORICAL[len(given) % len(CATEGORICAL)]
        self._had.update(given)
        return [OTHER_COLOUR if k == other else given[k] for k in keys]
