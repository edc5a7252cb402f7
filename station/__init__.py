"""Station."""
