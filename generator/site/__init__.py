"""The site: which pages exist, their URLs, rendering, data exports and the SVG views."""
