"""File → Export and File → Import: the dialogs, and the jobs they run off the GUI thread."""
