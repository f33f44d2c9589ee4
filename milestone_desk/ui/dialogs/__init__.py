"""Dialogs: each builds its widgets, turns them into a spec and hands it to a submit callback."""
