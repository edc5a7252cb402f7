"""The one lower-cased text column the resident search looks through."""

from __future__ import annotations

from sqlmodel import Session, col, select

from station.store.models import Person, PersonAlias, Stay

_PERSON_FIELDS = (
    "name", "id_number", "origin", "household_place", "family_contact", "dialect", "features",
    "notes",
)  # fmt: skip
_STAY_FIELDS = ("case_number", "found_place", "clothing", "health_on_arrival", "brought_by_name")


def refresh(session: Session, person: Person) -> None:
    """Rebuild ``person.search_text`` from the person, their aliases and all their stays."""
    parts = [getattr(person, f) or "" for f in _PERSON_FIELDS]
    parts += session.exec(select(PersonAlias.name).where(PersonAlias.person_id == person.id)).all()
    stays = session.exec(
        select(Stay).where(Stay.person_id == person.id).order_by(col(Stay.id))
    ).all()
    for stay in stays:
        parts += [getattr(stay, f) or "" for f in _STAY_FIELDS]
    person.search_text = "\n".join(p for p in parts if p).lower()
    person.approx_birth_year = approx_birth_year(person)


def approx_birth_year(person: Person) -> int | None:
    if person.birth_date is not None:
        return person.birth_date.year
    if person.age_low is None or person.age_high is None or person.age_estimated_on is None:
        return None
    return person.age_estimated_on.year - (person.age_low + person.age_high) // 2
