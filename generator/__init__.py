"""Static research-site generator for diplomatic meetings.

The pipeline reads top to bottom in `generator.pipeline.build`: ingest seeds, annotate them,
write article files once, load what the researcher left in them, group articles into
meetings, render pages and data files, and let MkDocs publish the result.
"""

__version__ = "0.1.0"
