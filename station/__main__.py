from station.cli import main

# Worker processes (spawn) import this module again; only the real start runs main().
if __name__ == "__main__":
    raise SystemExit(main())
