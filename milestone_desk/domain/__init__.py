"""Pure billing rules: standard library only, so they are easy to test and reuse."""
