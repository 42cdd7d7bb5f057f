"""Drivers or responses as a checkable tree, with a search box."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sahel_desk.domain.tags import Tag
from sahel_desk.ui.check_tree import CheckTree, Node


class TagPicker(CheckTree):
    def __init__(self, tags: list[Tag], language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.set_tags(tags)

    def set_tags(self, tags: list[Tag]) -> None:
        """(Re)build the tree from the vocabulary, keeping what was ticked."""
        language = self.language
        self.set_nodes(
            (
                Node(
                    tag.code,
                    tag.label(language),
                    tag.parent,
                    tag.description_fr if language == "fr" else tag.description_en,
                )
                for tag in tags
                if not tag.hidden
            ),
            expand=lambda _node: True,
        )

    def codes(self) -> frozenset[str]:
        return self.keys()
