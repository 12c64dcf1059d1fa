"""paperkg: paper-note pages in, a typed knowledge graph out."""
