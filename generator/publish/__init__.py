"""Publishing with MkDocs: the plugin and its helpers, the only code that imports mkdocs."""
