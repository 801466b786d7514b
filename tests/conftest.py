"""Test-wide settings."""

import figures.style

# Check every figure the app builds against Plotly's schema (the app itself skips this).
figures.style.VALIDATE = True
