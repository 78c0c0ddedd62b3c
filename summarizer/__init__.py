"""summarizer: armed-conflict news articles to structured, verified records."""

__version__ = "0.1.0"
