"""Linking statements of different outlets that say the same thing in other words."""
