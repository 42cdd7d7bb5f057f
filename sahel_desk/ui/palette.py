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
