"""Persistence: SQLModel tables, the engine and its transactions, migrations and the photo files."""
