"""Benchmarks: a seeded ten-year firm and measurements against the bare limits of our libraries."""
