"""Grouping a mixed feed of articles into stories."""
