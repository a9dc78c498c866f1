"""The ``exokg`` command line.

Each subcommand lives in the module that owns its work and exposes two functions:
``configure(parser)`` adds its arguments and ``run(args) -> int`` does the job. Modules
are imported only when their command runs, so ``exokg --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kg.errors import ExokgError

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("kg.pipeline", "build the knowledge graph from a corpus"),
    "add": ("kg.incremental", "add papers to an existing build (only the new ones are read)"),
    "exclude": ("kg.exclusions", "leave papers out of a build, with the reason (screening), or bring them back"),
    "extract": ("extractors.cli", "print mentions and statements found in a text as JSON lines"),
    "explain": ("kg.explain", "list the mechanism paths from A to B in the built graph, with evidence"),
    "meta": ("metaanalysis.cli", "pool study-level data: effect sizes, FE/RE models, heterogeneity, bias, plots"),
    "sparql": ("kg.sparql", "run a read-only SPARQL query on the built graph (table, csv, json ...)"),
    "push": ("kg.push", "load the graph into a SPARQL 1.1 Graph Store such as Virtuoso"),
    "serve": ("api.cli", "serve the graph over HTTP: REST API, SPARQL endpoint and HTML view"),
}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exokg",
        description="exokg: a knowledge graph of MSC exosome mechanisms in spinal cord injury.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        importlib.import_module(module).configure(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    module = importlib.import_module(args._module)
    try:
        return int(module.run(args) or 0)
    except ExokgError as exc:
        print(f"exokg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("exokg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
