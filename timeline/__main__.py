"""`python -m timeline` runs the command-line tool."""

from timeline.cli import main

main()
