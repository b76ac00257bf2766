"""Fine-tune the meeting-type classifier. Same as the `meetingtype-train` command; see --help."""

from meetingtype.train_cli import main

if __name__ == "__main__":
    raise SystemExit(main())
