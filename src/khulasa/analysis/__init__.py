"""The cross-source comparison of one story (``khulasa compare``) and its rendering."""
