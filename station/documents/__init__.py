"""Printed paperwork (reportlab, A4, Chinese): filled from plain case data, no database, no Qt."""
