"""The HTTP server: SPARQL 1.1 endpoint, saved-query API, linked data and exports
over the store ``ofsted-kg build`` writes (see "Serving the graph over HTTP" in README.md)."""
