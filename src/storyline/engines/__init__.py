"""Engines run the per-article pipeline over many articles: ``local`` (a process pool)
and ``spark`` (PySpark partitions)."""
