"""python -m sahel_desk: the same as the sahel-desk command."""

from sahel_desk.cli import main

raise SystemExit(main())
