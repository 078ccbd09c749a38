"""The build engine: caches, incremental scope, worker processes, atomic writes.

It knows nothing of diplomacy.
"""
