"""`python -m diprel` runs the command line."""
from .cli import main

main()
