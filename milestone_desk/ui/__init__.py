"""PySide6 widgets, table models, dialogs and the milestone timeline."""
