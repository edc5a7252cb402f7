"""Read or change a test station's database behind its services' back, on either database kind."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text


def rows(url: str, statement: str, **params: Any) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(statement), params)]
    finally:
        engine.dispose()


def execute(url: str, *statements: str, **params: Any) -> None:
    """Run statements in one committed transaction."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement), params)
    finally:
        engine.dispose()
