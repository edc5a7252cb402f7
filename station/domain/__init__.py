"""Pure rules of the rescue-station domain: no Qt, no SQL, nothing else of Station."""
