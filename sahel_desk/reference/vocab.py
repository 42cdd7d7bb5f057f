"""The shipped drivers and responses vocabularies (``resources/vocab/tags.json``).

The file is a JSON list in display order; each entry is a two-level node with a stable
code (``drv.gov.instability``), its kind, its parent's code and English/French labels.
``load_tags`` checks the file before anything seeds the database from it.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.paths import resource

_SHIPPED_KINDS = frozenset({TagKind.DRIVER, TagKind.RESPONSE})
_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
_REQUIRED = ("code", "kind", "label_en", "label_fr")
_KNOWN = frozenset({*_REQUIRED, "parent", "description_en", "description_fr"})


def vocab_path() -> Path:
    return resource("vocab", "tags.json")


def _version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


VOCAB_VERSION: str = _version(vocab_path())
"""Short sha256 of the shipped tags.json: changes whenever the vocabulary file does."""


def _text(entry: dict, key: str, where: str, *, required: bool) -> str:
    value = entry.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def load_tags(path: Path | None = None) -> list[Tag]:
    """The vocabulary's tags in file order; ValueError when the file is malformed."""
    source = path or vocab_path()
    try:
        entries = json.loads(source.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{source.name}: not valid JSON ({exc})") from exc
    if not isinstance(entries, list):
        raise ValueError(f"{source.name}: expected a JSON list of tags")

    tags: list[Tag] = []
    seen: dict[str, Tag] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{source.name}, tag {number}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: expected an object")
        unknown = sorted(set(entry) - _KNOWN)
        if unknown:
            raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}")
        code = _text(entry, "code", where, required=True)
        where = f"{source.name}, tag {code!r}"
        if not _CODE.fullmatch(code):
            raise ValueError(
                f"{where}: a code is lower-case ASCII words joined by dots, "
                "like 'drv.gov.instability'"
            )
        if code in seen:
            raise ValueError(f"{where}: duplicate code")
        try:
            kind = TagKind(entry.get("kind"))
        except ValueError:
            kind = None
        if kind not in _SHIPPED_KINDS:
            raise ValueError(
                f"{where}: kind must be 'driver' or 'response', not {entry.get('kind')!r}"
            )
        parent = entry.get("parent")
        if parent is not None:
            if parent not in seen:
                raise ValueError(
                    f"{where}: parent {parent!r} is not defined before it "
                    "(parents must exist and come first)"
                )
            if seen[parent].kind != kind:
                raise ValueError(
                    f"{where}: parent {parent!r} is a {seen[parent].kind}, not a {kind}"
                )
        tag = Tag(
            code=code,
            kind=kind,
            label_en=_text(entry, "label_en", where, required=True),
            label_fr=_text(entry, "label_fr", where, required=True),
            parent=parent,
            description_en=_text(entry, "description_en", where, required=False),
            description_fr=_text(entry, "description_fr", where, required=False),
        )
        seen[code] = tag
        tags.append(tag)
    return tags
