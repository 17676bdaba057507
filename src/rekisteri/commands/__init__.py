"""Feature subcommands of the CLI; each module has ``add_commands(subparsers)``."""
