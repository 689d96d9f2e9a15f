"""newsclaims: news articles in, a validated Data Package of claims, sources and figures out."""

__version__ = "0.1.0"
