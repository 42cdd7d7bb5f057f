"""store.tags: the drivers, responses and user tags, and the tag manager's operations.

Rules the operations keep (each one is a single write transaction that either does all of its
work or raises ``ValidationError`` and changes nothing):

- Two levels at most, as in the shipped vocabularies: a tag sits at the top of its kind or
  under a top-level tag of the same kind. So a parent must itself be top-level, and a tag that
  has sub-tags can only stay at the top (moving it under another tag would make three levels;
  move its sub-tags out first, or merge it).
- No two siblings (same kind, same parent) share an English or a French label, compared the
  way analysts write them (case, accents, hyphens and apostrophes ignored: ``text.fold``).
- Codes never change once given: incidents, saved filters and exports refer to them.
  A generated code is lower-case ASCII: ``<parent code>.<slug>``, or ``drv.``/``rsp.``/``usr.``
  plus the slug at the top, with ``_2``, ``_3`` … when taken.
- A merge rewrites the incidents (trashed ones too, so nothing points to the deleted tag), with
  one revision row per incident, field ``tags``, like ``IncidentRepo.retag``.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from sahel_desk.domain.errors import NotFoundError, Problem, ValidationError
from sahel_desk.domain.history import Action, Changes
from sahel_desk.domain.tags import Tag, TagKind
from sahel_desk.domain.text import clean, fold
from sahel_desk.store import meta, rowmap
from sahel_desk.store import tables as s
from sahel_desk.store.session import Session

t = s.tags
it = s.incident_tags

CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
CODE_MAX = 80  # tags.code is String(80)
LABEL_MAX = 200
PREFIXES = {TagKind.DRIVER: "drv", TagKind.RESPONSE: "rsp", TagKind.USER: "usr"}
_SLUG_MAX = 40


def _refuse(field_name: str, message: str) -> ValidationError:
    return ValidationError([Problem(field_name, message)])


def slug(text: str) -> str:
    """``"Land disputes (Ségou)"`` -> ``"land_disputes_segou"``: ASCII, lower case, letter first."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")[:_SLUG_MAX].strip("_")
    if not out:
        return "tag"
    return out if out[0].isalpha() else f"t_{out}"


def _tag(row: Any, parent_code: str | None) -> Tag:
    return Tag(
        code=row.code,
        kind=TagKind(row.kind),
        label_en=row.label_en,
        label_fr=row.label_fr,
        parent=parent_code,
        hidden=bool(row.hidden),
        description_en=row.description_en,
        description_fr=row.description_fr,
        id=row.id,
    )


def tree_order(tags: list[Tag]) -> list[Tag]:
    """Parents before their children, siblings in the order given; a tag whose parent is not
    in the list (hidden, or of another kind) is placed as a root."""
    present = {tag.code for tag in tags}
    children: dict[str | None, list[Tag]] = {}
    for tag in tags:
        key = tag.parent if tag.parent in present else None
        children.setdefault(key, []).append(tag)
    out: list[Tag] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        tag = stack.pop()
        out.append(tag)
        stack.extend(reversed(children.get(tag.code, [])))
    return out


@dataclass
class _Tree:
    """Every tag row, read once inside the write transaction that checks and changes them."""

    by_code: dict[str, Any]
    by_id: dict[int, Any]
    children: dict[int | None, list[Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection) -> _Tree:
        rows = list(conn.execute(select(t).order_by(t.c.position, t.c.id)))
        tree = cls({r.code: r for r in rows}, {r.id: r for r in rows})
        for row in rows:
            tree.children.setdefault(row.parent_id, []).append(row)
        return tree

    def get(self, code: str | None, field_name: str) -> Any:
        row = self.by_code.get(code or "")
        if row is None:
            raise _refuse(field_name, f"there is no tag “{code}”")
        return row

    def descendants(self, row: Any) -> set[int]:
        out: set[int] = set()
        stack = [row.id]
        while stack:
            for child in self.children.get(stack.pop(), []):
                if child.id not in out:
                    out.add(child.id)
                    stack.append(child.id)
        return out

    def parent_code(self, row: Any) -> str | None:
        return self.by_id[row.parent_id].code if row.parent_id is not None else None

    def siblings(self, kind: str, parent_id: int | None, *, besides: int | None) -> list[Any]:
        return [r for r in self.children.get(parent_id, []) if r.kind == kind and r.id != besides]

    def next_position(self) -> int:
        return max((r.position for r in self.by_id.values()), default=-1) + 1


def _labels(label_en: str, label_fr: str) -> tuple[str, str]:
    en, fr = clean(label_en), clean(label_fr)
    problems = []
    for name, value, language in (("label_en", en, "English"), ("label_fr", fr, "French")):
        if not fold(value):
            problems.append(Problem(name, f"the {language} label is required"))
        elif len(value) > LABEL_MAX:
            problems.append(
                Problem(name, f"the {language} label is longer than {LABEL_MAX} characters")
            )
    if problems:
        raise ValidationError(problems)
    return en, fr


def _check_unique(
    tree: _Tree, kind: str, parent: Any | None, en: str, fr: str, *, besides: int | None = None
) -> None:
    """Refuse when a sibling already carries either label."""
    where = f"under “{parent.label_en}”" if parent is not None else "at the top"
    for other in tree.siblings(kind, parent.id if parent is not None else None, besides=besides):
        if fold(other.label_en) == fold(en):
            raise _refuse("label_en", f"“{other.label_en}” already exists {where}")
        if fold(other.label_fr) == fold(fr):
            raise _refuse("label_fr", f"“{other.label_fr}” already exists {where}")


def _check_parent(tree: _Tree, kind: str, parent: Any) -> None:
    if parent.kind != kind:
        raise _refuse(
            "parent", f"“{parent.label_en}” is a {parent.kind} tag; a {kind} cannot go under it"
        )
    if parent.parent_id is not None:
        raise _refuse(
            "parent",
            f"“{parent.label_en}” is itself a sub-tag; tags have two levels, so only a "
            "top-level tag can hold sub-tags",
        )


def create(
    conn: Connection,
    kind: TagKind,
    label_en: str,
    label_fr: str,
    parent: str | None = None,
    code: str | None = None,
) -> str:
    """Insert a tag inside the caller's transaction (TagRepo.add, an import); its code."""
    kind = TagKind(kind)
    en, fr = _labels(label_en, label_fr)
    tree = _Tree.load(conn)
    parent_row = tree.get(parent, "parent") if parent is not None else None
    if parent_row is not None:
        _check_parent(tree, kind.value, parent_row)
    _check_unique(tree, kind.value, parent_row, en, fr)
    if code is None:
        prefix = parent_row.code if parent_row is not None else PREFIXES[kind]
        code = _free_code(tree.by_code, prefix, slug(en))
    else:
        code = code.strip()
        if not CODE.fullmatch(code) or len(code) > CODE_MAX:
            raise _refuse(
                "code",
                f"“{code}” is not a tag code: lower-case ASCII words joined by dots, "
                f"like “usr.land_disputes”, at most {CODE_MAX} characters",
            )
        if code in tree.by_code:
            raise _refuse("code", f"the code “{code}” is already taken")
    conn.execute(
        t.insert().values(
            code=code,
            kind=kind.value,
            parent_id=parent_row.id if parent_row is not None else None,
            label_en=en,
            label_fr=fr,
            hidden=False,
            position=tree.next_position(),
        )
    )
    return code


class TagRepo:
    def __init__(self, session: Session):
        self._session = session

    # ---- reading -------------------------------------------------------------------------
    def all(self, kind: TagKind | None = None, *, include_hidden: bool = True) -> list[Tag]:
        """Tags in display order: parents before their children, siblings by position."""
        parent = t.alias("parent")
        query = (
            select(t, parent.c.code.label("parent_code"))
            .outerjoin(parent, parent.c.id == t.c.parent_id)
            .order_by(t.c.position, t.c.id)
        )
        if kind is not None:
            query = query.where(t.c.kind == kind.value)
        if not include_hidden:
            query = query.where(t.c.hidden.is_(False))
        with self._session.read() as conn:
            return tree_order([_tag(row, row.parent_code) for row in conn.execute(query)])

    def get(self, code: str) -> Tag:
        with self._session.read() as conn:
            if conn.execute(select(t.c.id).where(t.c.code == code)).first() is None:
                raise NotFoundError(f"there is no tag “{code}”")
            return self._one(conn, code)

    def usage(self) -> dict[str, int]:
        """Incidents (not in the trash) carrying each tag directly; 0 for unused tags."""
        i = s.incidents
        query = (
            select(t.c.code, func.count(it.c.incident_id))
            .select_from(t)
            .outerjoin(it, it.c.tag_id == t.c.id)
            .outerjoin(i, i.c.id == it.c.incident_id)
            .where((i.c.id.is_(None)) | (i.c.deleted.is_(False)))
            .group_by(t.c.code)
        )
        with self._session.read() as conn:
            counts = dict(conn.execute(query).tuples().all())
            codes = conn.execute(select(t.c.code)).scalars().all()
        return {code: counts.get(code, 0) for code in codes}

    # ---- writing -------------------------------------------------------------------------
    def add(
        self,
        kind: TagKind,
        label_en: str,
        label_fr: str,
        parent: str | None = None,
        code: str | None = None,
    ) -> Tag:
        """A new tag at the top of ``kind`` or under the top-level tag ``parent``."""
        with self._session.write() as conn:
            code = create(conn, kind, label_en, label_fr, parent, code)
            return self._one(conn, code)

    def rename(self, code: str, label_en: str, label_fr: str) -> Tag:
        """New English and French labels; the code stays."""
        en, fr = _labels(label_en, label_fr)
        with self._session.write() as conn:
            tree = _Tree.load(conn)
            row = tree.get(code, "code")
            parent_row = tree.by_id.get(row.parent_id) if row.parent_id is not None else None
            _check_unique(tree, row.kind, parent_row, en, fr, besides=row.id)
            if (row.label_en, row.label_fr) != (en, fr):
                conn.execute(update(t).where(t.c.id == row.id).values(label_en=en, label_fr=fr))
            return self._one(conn, code)

    def move(self, code: str, new_parent: str | None) -> Tag:
        """Put ``code`` under the top-level tag ``new_parent`` (None: at the top), last there.

        Refused: a tag under itself or its own sub-tag, under a tag of another kind or under a
        sub-tag, and a tag that has sub-tags under anything (either would make three levels).
        """
        with self._session.write() as conn:
            tree = _Tree.load(conn)
            row = tree.get(code, "code")
            parent_row = None
            if new_parent is not None:
                parent_row = tree.get(new_parent, "parent")
                if parent_row.id == row.id:
                    raise _refuse("parent", f"“{row.label_en}” cannot be its own parent")
                if parent_row.id in tree.descendants(row):
                    raise _refuse(
                        "parent",
                        f"“{parent_row.label_en}” is below “{row.label_en}”; a tag cannot go "
                        "under its own sub-tag",
                    )
                _check_parent(tree, row.kind, parent_row)
                if tree.children.get(row.id):
                    raise _refuse(
                        "parent",
                        f"“{row.label_en}” has sub-tags; tags have two levels, so move its "
                        "sub-tags out first (or merge it into another tag)",
                    )
            target = parent_row.id if parent_row is not None else None
            if target != row.parent_id:
                _check_unique(tree, row.kind, parent_row, row.label_en, row.label_fr)
                conn.execute(
                    update(t)
                    .where(t.c.id == row.id)
                    .values(parent_id=target, position=tree.next_position())
                )
            return self._one(conn, code)

    def set_hidden(self, code: str, hidden: bool) -> Tag:
        """Hidden tags stay on incidents and in filters; pickers no longer offer them.

        Only this tag changes: the sub-tags of a hidden tag keep their own state.
        """
        with self._session.write() as conn:
            row = _Tree.load(conn).get(code, "code")
            if bool(row.hidden) != hidden:
                conn.execute(update(t).where(t.c.id == row.id).values(hidden=hidden))
            return self._one(conn, code)

    def merge(self, source: str, into: str) -> Changes:
        """Give every incident tagged ``source`` the tag ``into`` instead, move the sub-tags of
        ``source`` under ``into``, then delete ``source``. Cannot be undone.

        Refused: merging a tag into itself or into its own sub-tag, across kinds, a tag with
        sub-tags into a sub-tag (three levels), or when a moved sub-tag's label is already
        used under ``into`` (merge those two first).
        """
        author = self._session.author
        with self._session.write() as conn:
            tree = _Tree.load(conn)
            src = tree.get(source, "source")
            dst = tree.get(into, "into")
            if src.id == dst.id:
                raise _refuse("into", f"“{src.label_en}” cannot be merged into itself")
            if dst.id in tree.descendants(src):
                raise _refuse(
                    "into",
                    f"“{dst.label_en}” is below “{src.label_en}”; a tag cannot be merged into "
                    "its own sub-tag",
                )
            if src.kind != dst.kind:
                raise _refuse(
                    "into",
                    f"“{src.label_en}” is a {src.kind} tag and “{dst.label_en}” a "
                    f"{dst.kind} tag; only tags of one kind can be merged",
                )
            orphans = tree.children.get(src.id, [])
            if orphans and dst.parent_id is not None:
                raise _refuse(
                    "into",
                    f"“{src.label_en}” has sub-tags and “{dst.label_en}” is a sub-tag; tags "
                    "have two levels, so merge it into a top-level tag",
                )
            for child in orphans:
                try:
                    _check_unique(tree, child.kind, dst, child.label_en, child.label_fr)
                except ValidationError as exc:
                    raise _refuse(
                        "into",
                        f"the sub-tag “{child.label_en}” of “{src.label_en}” would clash with "
                        f"one of “{dst.label_en}” ({exc.problems[0].message}); merge or "
                        "rename those first",
                    ) from None
            touched, change_id = _retag_all(conn, tree, src.id, dst.id, author)
            position = tree.next_position()
            for offset, child in enumerate(orphans):
                conn.execute(
                    update(t)
                    .where(t.c.id == child.id)
                    .values(parent_id=dst.id, position=position + offset)
                )
            conn.execute(delete(t).where(t.c.id == src.id))
            meta.add_code(conn, meta.REMOVED_TAGS, src.code)  # a vocabulary update keeps it gone
        return Changes(incidents=frozenset(touched), tags=True, change_id=change_id)

    def _one(self, conn: Connection, code: str) -> Tag:
        parent = t.alias("parent")
        row = conn.execute(
            select(t, parent.c.code.label("parent_code"))
            .outerjoin(parent, parent.c.id == t.c.parent_id)
            .where(t.c.code == code)
        ).one()
        return _tag(row, row.parent_code)


def _free_code(taken: Iterable[str], prefix: str, word: str) -> str:
    """``prefix.word``, or ``prefix.word_2`` … when taken; never longer than CODE_MAX."""
    used = set(taken)
    for number in range(1, 10_000):
        suffix = "" if number == 1 else f"_{number}"
        room = CODE_MAX - len(prefix) - 1 - len(suffix)
        if room < 1:
            break
        stem = word[:room].rstrip("_") or "t"
        candidate = f"{prefix}.{stem}{suffix}"
        if candidate not in used:
            return candidate
    raise _refuse("code", f"no free code under “{prefix}”; give one")


def _retag_all(
    conn: Connection, tree: _Tree, src_id: int, dst_id: int, author: str
) -> tuple[list[int], str]:
    """Replace tag ``src_id`` by ``dst_id`` on every incident, with a revision row each."""
    i = s.incidents
    tagged = select(it.c.incident_id).where(it.c.tag_id == src_id)
    before: dict[int, set[str]] = {}
    for incident_id, tag_id in conn.execute(
        select(it.c.incident_id, it.c.tag_id).where(it.c.incident_id.in_(tagged))
    ):
        before.setdefault(incident_id, set()).add(tree.by_id[tag_id].code)
    change_id = str(uuidlib.uuid4())
    if not before:
        return [], change_id
    src_code, dst_code = tree.by_id[src_id].code, tree.by_id[dst_id].code
    now = rowmap.utcnow()
    conn.execute(update(i).where(i.c.id.in_(tagged)).values(updated_at=now, updated_by=author))
    has_dst = select(it.c.incident_id).where(it.c.tag_id == dst_id)
    conn.execute(
        update(it)
        .where(it.c.tag_id == src_id, it.c.incident_id.not_in(has_dst))
        .values(tag_id=dst_id)
    )
    conn.execute(delete(it).where(it.c.tag_id == src_id))
    step = rowmap.Step(author, now, change_id)
    conn.execute(
        s.revisions.insert(),
        [
            step.revision(
                incident_id,
                Action.UPDATE,
                "tags",
                sorted(codes),
                sorted((codes - {src_code}) | {dst_code}),
            )
            for incident_id, codes in sorted(before.items())
        ],
    )
    return sorted(before), change_id
