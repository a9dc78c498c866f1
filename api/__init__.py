"""exokg's HTTP API: a read-only FastAPI app over a build (``api.app.create_app``, ``exokg serve``),
following its rebuilds (``api.reload``).

Kept free of imports so that ``exokg --help`` does not load the web stack.
"""
