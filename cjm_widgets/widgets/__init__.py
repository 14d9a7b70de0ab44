"""Workshop editors (exports added as they land)."""
