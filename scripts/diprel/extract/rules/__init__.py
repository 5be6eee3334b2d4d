"""One module per record table; each exposes `extract(doc) -> list[Hit]`."""
