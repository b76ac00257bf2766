"""Tagging and training throughput on this machine. Same as `python -m meetingtype.bench`; see --help."""

from meetingtype.bench import main

if __name__ == "__main__":
    raise SystemExit(main())
