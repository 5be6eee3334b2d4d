"""diprel: diplomatic relations event data with verbatim provenance."""
__version__ = "0.1.0"
