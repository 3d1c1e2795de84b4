"""polgraph: a knowledge graph of political actors, built from news articles."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = f"polgraph-rules/{__version__}"
