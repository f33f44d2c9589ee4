"""Milestone Desk: milestone and progress billing for small contracting firms."""

__version__ = "0.1.0"
