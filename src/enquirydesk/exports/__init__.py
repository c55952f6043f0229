"""Renderings of the monthly report: text for a terminal (and, later, CSV, XLSX, PDF)."""
