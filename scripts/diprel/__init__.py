"""diprel: diplomatic relations event data with verbatim provenance.

`diprel.load("meetings", release=PATH)` and `diprel.load_package(PATH)` give
typed pandas frames; they are imported on first use, so that `import diprel`
(and the command line) stays fast.
"""
__version__ = "0.1.0"
__all__ = ["load", "load_package"]


def __getattr__(name):
    if name in __all__:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.loaders"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
