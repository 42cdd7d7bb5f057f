"""Jobs that join the store and the file formats: export and import, for the CLI and the UI.

``store`` and ``exchange`` must not know each other (either can change alone); the code that
reads one and feeds the other lives here, once, instead of twice in ``cli`` and ``ui``.
No Qt: progress and cancellation come in as plain callables.
"""
