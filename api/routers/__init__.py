"""Route groups of the HTTP API; each module's ``router(ctx)`` returns an APIRouter bound to one context."""
