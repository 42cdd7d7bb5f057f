"""The project's translation commands (Qt Linguist tools from the PySide6 wheel).

    python scripts/i18n.py update   # regenerate sahel_desk/ui/i18n_catalog.py, then lupdate
                                    # every UI source into resources/i18n/sahel_desk_<lang>.ts
    python scripts/i18n.py build    # lrelease each .ts into its .qm (git-ignored) when stale

``update`` keeps existing translations and drops strings that left the code (-no-obsolete);
new strings arrive as ``type="unfinished"`` and tests/ui/test_i18n.py fails until they are
translated (Qt Linguist: ``.venv/bin/pyside6-linguist resources/i18n/sahel_desk_fr.ts``).
``build`` runs from scripts/_venv.sh on every scripts/run and scripts/test; it is quick and
does nothing when the .qm is newer than its .ts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
CATALOGUE = ROOT / "sahel_desk" / "ui" / "i18n_catalog.py"
TRANSLATED = ("fr",)  # every language in sahel_desk.ui.i18n except the source, English

# Strings the code translates with a context lupdate cannot see (a computed context, or a
# helper such as format.tr / table_model._tr / parent.tr that lupdate files under another
# context). Listed here under the context used at run time so that they reach the .ts; each
# entry can go once its source calls QCoreApplication.translate("<context>", "<literal>").


def tool(name: str) -> Path:
    """A Qt tool installed beside this Python (the venv's bin/ or Scripts/)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return candidate
    found = shutil.which(name)
    if found:
        return Path(found)
    raise SystemExit(f"{name} not found beside {sys.executable}: is PySide6 installed here?")


def ts_path(language: str) -> Path:
    return I18N_DIR / f"sahel_desk_{language}.ts"


def ui_sources() -> list[Path]:
    """Every file whose strings the UI shows: sahel_desk/ui/**.py and app.py, relative to ROOT."""
    files = [*sorted((ROOT / "sahel_desk" / "ui").rglob("*.py")), ROOT / "sahel_desk" / "app.py"]
    return [f.relative_to(ROOT) for f in files if "__pycache__" not in f.parts]


# ---- the generated catalogue ----------------------------------------------------------------


def catalogue_messages() -> dict[str, tuple[str, ...]]:
    """Context -> source texts the UI translates from codes and computed strings."""
    from sahel_desk.domain import taxonomy
    from sahel_desk.domain.actors import ActorType
    from sahel_desk.ui import i18n
    from sahel_desk.ui.incidents.table_model import COLUMNS

    sub_types = [sub for subs in taxonomy.SUB_EVENT_TYPES.values() for sub in subs]
    disorders = sorted(
        {part for sub in sub_types for part in (taxonomy.disorder_type(sub) or "").split("; ")}
    )
    from sahel_desk.domain import dates
    from sahel_desk.exchange import acled_import, guard, tabular, ucdp, values
    from sahel_desk.jobs import imports

    exchange = [*guard.MESSAGES, *tabular.MESSAGES, *acled_import.MESSAGES, *values.MESSAGES,
                *ucdp.MESSAGES, *imports.MESSAGES]  # fmt: skip
    messages: dict[str, list[str]] = {
        i18n.VALIDATION_CONTEXT: [*_problem_templates(), *dates.MESSAGES, *exchange],
        i18n.TAXONOMY_CONTEXT: [*taxonomy.EVENT_TYPES, *sub_types, *disorders],
        i18n.ACTOR_TYPE_CONTEXT: [t.label for t in ActorType],
        "IncidentTableModel": [header for _, header, _ in COLUMNS],
    }
    return {ctx: tuple(dict.fromkeys(texts)) for ctx, texts in messages.items()}


def _problem_templates() -> list[str]:
    """The English templates of every ``problem(field, "template", …)`` call in validation,
    written there or named by a module constant (``M_…``, which other modules compare with)."""
    import ast

    source = (ROOT / "sahel_desk" / "domain" / "validation.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    constants = {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "problem"
            and len(node.args) >= 2
        ):
            template = node.args[1]
            if isinstance(template, ast.Constant):
                found.append(template.value)
            elif isinstance(template, ast.Name) and template.id in constants:
                found.append(constants[template.id])
    return found


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a double-quoted string Python reads back


def catalogue_source() -> str:
    lines = [
        '"""Generated by ``python scripts/i18n.py update``: do not edit.',
        "",
        "Literal copies of the codes and computed strings the UI translates at run time, so",
        "that lupdate puts them in the .ts. Nothing calls this at run time; the tests check it",
        "against sahel_desk.domain.taxonomy.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES: dict[str, tuple[str, ...]] = {",
    ]
    for context, texts in catalogue_messages().items():
        lines.append(f"    {_literal(context)}: (")
        for text in texts:
            line = f"        QT_TRANSLATE_NOOP({_literal(context)}, {_literal(text)}),"
            if len(line) > 100:
                line = f"        QT_TRANSLATE_NOOP(\n            {_literal(context)},\n"
                line += f"            {_literal(text)},  # noqa: E501\n        ),"
            lines.append(line)
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_catalogue() -> bool:
    """Regenerate the catalogue module; True when it changed."""
    text = catalogue_source()
    if CATALOGUE.exists() and CATALOGUE.read_text(encoding="utf-8") == text:
        return False
    CATALOGUE.write_text(text, encoding="utf-8")
    return True


# ---- lupdate / lrelease -----------------------------------------------------------------------


def lupdate(ts_file: Path, language: str, *, quiet: bool = False) -> None:
    """Merge the UI's strings into ``ts_file`` (created if missing), dropping vanished ones."""
    command = [
        str(tool("pyside6-lupdate")),
        *map(str, ui_sources()),
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        str(ts_file),
    ]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file``; unfinished messages stay out (the UI shows the English source)."""
    partial = qm_file.with_name(qm_file.name + ".part")
    command = [str(tool("pyside6-lrelease")), "-silent", "-nounfinished"]
    subprocess.run([*command, str(ts_file), "-qm", str(partial)], cwd=ROOT, check=True)
    os.replace(partial, qm_file)  # readers never see half a file


def update() -> int:
    if write_catalogue():
        print(f"Regenerated {CATALOGUE.relative_to(ROOT)}", file=sys.stderr)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        lupdate(ts_path(language), language)
    return 0


def build(force: bool = False) -> int:
    for ts_file in sorted(I18N_DIR.glob("sahel_desk_*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if not force and qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        lrelease(ts_file, qm_file)
        print(f"Built {qm_file.relative_to(ROOT)}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="regenerate the catalogue and lupdate the .ts files")
    build_cmd = commands.add_parser("build", help="lrelease the .ts files into .qm when stale")
    build_cmd.add_argument("--force", action="store_true", help="rebuild even when up to date")
    args = parser.parse_args(argv)
    if args.command == "update":
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))  # the catalogue reads the package's vocabularies
        return update()
    return build(force=args.force)


if __name__ == "__main__":
    sys.exit(main())
