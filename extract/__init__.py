"""Reading paper-note pages and extracting entities, roles and figures from them."""
