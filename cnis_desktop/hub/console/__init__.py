"""The authority's web console, served by the hub under /console/."""
