"""Tags: the drivers behind an incident and the responses that follow, plus the user's own."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class TagKind(enum.StrEnum):
    DRIVER = "driver"
    RESPONSE = "response"
    USER = "user"


@dataclass(frozen=True)
class Tag:
    """A node of a hierarchical vocabulary. ``code`` is stable; labels can be renamed."""

    code: str
    kind: TagKind
    label_en: str
    label_fr: str
    parent: str | None = None  # parent's code
    hidden: bool = False
    description_en: str = ""
    description_fr: str = ""
    id: int | None = None

    def label(self, language: str) -> str:
        return self.label_fr if language.startswith("fr") and self.label_fr else self.label_en
