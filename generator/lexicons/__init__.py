"""The word tables the extraction rules read: data only, every table once, each with where it came from."""
