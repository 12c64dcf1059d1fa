"""Writers for the graph: Turtle, GraphML, node-link JSON and the HTML view, one module each."""
