"""Pure extraction: article text in, claims and figures out (see model.py)."""
