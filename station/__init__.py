"""Station (救助寻亲工作站): intake, placement, family search and photo matching."""

__version__ = "0.1.0"
