"""`python -m generator` runs the `briefings` command."""
from generator.cli import main

main()
