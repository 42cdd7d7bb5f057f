"""The filter bar's drop-down trees: places (country, region, cercle) and drivers/responses.

Several boxes may be ticked; an incident matches when it is in any ticked place, or carries
any ticked tag (a ticked group includes what is below it). Values a chart or the map set that
have no box here (a region the gazetteer lacks) are kept, and named on the button, until the
user changes the ticks or clears the filter.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.domain.text import fold
from sahel_desk.ui.check_tree import CheckTree, Node, TreeButton

LEVELS = ("countries", "admin1", "admin2")  # IncidentQuery's place fields, widest first
Places = dict[str, frozenset[str]]  # IncidentQuery's place fields


def place_key(level: str, name: str) -> str:
    return f"{level}\x1f{name}"


def _split(key: str) -> tuple[str, str]:
    level, _, name = key.partition("\x1f")
    return level, name


class PlaceChooser(TreeButton):
    def __init__(self, units: Iterable[tuple[str, str, str]], parent: QWidget | None = None):
        """``units``: (country, region, cercle) as ``store.places.admin_units`` gives them."""
        nothing = QCoreApplication.translate("PlaceChooser", "All places")
        super().__init__(CheckTree(), nothing, parent)
        nodes, seen = [], set()
        # Mali first (the country the analysts work on), then its neighbours
        order = sorted(units, key=lambda u: (u[0] != "Mali", *map(fold, u)))
        for country, region, cercle in order:
            for level, name, parent_key in (
                ("countries", country, None),
                ("admin1", region, place_key("countries", country)),
                ("admin2", cercle, place_key("admin1", region)),
            ):
                key = place_key(level, name)
                if name and key not in seen:
                    seen.add(key)
                    nodes.append(Node(key, name, parent_key))
        # incidents recorded without a region (a place no gazetteer knows) can be found too
        nodes.append(Node(place_key("admin1", ""), self.tr("(no region)")))
        mali = place_key("countries", "Mali")
        self.check_tree.set_nodes(nodes, expand=lambda n: n.key == mali)

    def values(self) -> Places:
        """countries, admin1 and admin2 as IncidentQuery takes them."""
        chosen = [_split(key) for key in self.chosen_keys()]
        return {level: frozenset(n for lv, n in chosen if lv == level) for level in LEVELS}

    def show_values(self, places: Places) -> None:
        self.show_keys(
            frozenset(place_key(level, n) for level in LEVELS for n in places.get(level, ()))
        )

    def extra_label(self, key: str) -> str:
        return _split(key)[1] or self.tr("no region")


class TagChooser(TreeButton):
    def __init__(self, parent: QWidget | None = None):
        nothing = QCoreApplication.translate("TagChooser", "Any driver or response")
        super().__init__(CheckTree(), nothing, parent)
        self._labels: dict[str, str] = {}

    def set_tags(self, tags: list[Tag], language: str) -> None:
        """The vocabulary (again after the tag manager changed it), ticks kept."""
        headings = {TagKind.DRIVER: self.tr("Drivers"), TagKind.RESPONSE: self.tr("Responses")}
        nodes = [Node(f"kind:{k.value}", text, checkable=False) for k, text in headings.items()]
        self._labels = {}
        for tag in tags:
            if tag.kind in headings:
                label = tag.label(language) + (self.tr(" (hidden)") if tag.hidden else "")
                parent = tag.parent or f"kind:{tag.kind.value}"
                nodes.append(Node(tag.code, label, parent))
                self._labels[tag.code] = tag.label(language)
        self.check_tree.set_nodes(nodes, expand=lambda n: not n.checkable)
        self.show_choice()

    def codes(self) -> frozenset[str]:
        return self.chosen_keys()

    def show_codes(self, codes: frozenset[str]) -> None:
        self.show_keys(codes)

    def label(self, code: str) -> str:
        return self._labels.get(code, code)
