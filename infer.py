"""Tag meeting transcripts with a trained checkpoint. Same as the `meetingtype-infer` command; see --help."""

from meetingtype.infer_cli import main

if __name__ == "__main__":
    raise SystemExit(main())
