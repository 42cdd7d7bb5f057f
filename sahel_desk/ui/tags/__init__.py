"""The tag manager: add, rename, re-parent, merge and hide drivers and responses."""
