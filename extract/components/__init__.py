"""spaCy pipeline components: each writes one span group onto the Doc."""
