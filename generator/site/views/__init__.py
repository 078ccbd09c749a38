"""The pictures a researcher reads at a glance: who met whom, meetings over time, where.

Each view is drawn here, at build time, as inline SVG text (`network`, `timeline`, `worldmap`),
so it works without JavaScript, offline, in print and for screen readers; `docs/assets/views.js`
only adds zoom, hover and filters. Every mark is an `<a>` to the page it stands for, its link made
by the caller (`svg.Linker`, from `urls`), so the views never join paths themselves.
"""
