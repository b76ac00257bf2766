"""One module per meeting type (material + composition), plus ``shared`` for material every type uses."""
