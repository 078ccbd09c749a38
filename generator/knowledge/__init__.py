"""What the corpus says, worked out: meetings, per-person and per-place views, the review queue.

Pure: no files, no caches.
"""
