"""Use cases: each public method is one transaction with its audit event. No Qt here."""
