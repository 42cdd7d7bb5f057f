"""Fixtures shared by the widget tests."""

import pytest


@pytest.fixture
def small_blocks(monkeypatch):
    """Ids read 200 at a time instead of 1,000, so that 603 incidents span several blocks."""
    from sahel_desk.ui.incidents import panel, table_model

    monkeypatch.setattr(table_model, "BLOCK", 200)
    monkeypatch.setattr(panel, "BLOCK", 200)
