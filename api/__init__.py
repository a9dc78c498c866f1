"""exokg's HTTP API: a read-only FastAPI app over one build (``api.app.create_app``, ``exokg serve``).

Kept free of imports so that ``exokg --help`` does not load the web stack.
"""
