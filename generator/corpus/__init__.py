"""The corpus: seeds, article files and their front matter, the registry of people and places."""
