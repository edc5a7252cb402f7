"""Reading and writing missing-person lists: CSV / Excel with photo folders, PFIF 1.4 XML."""
