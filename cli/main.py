"""The ``cqmap`` command group: logging, version, and how errors end a command.

Exit status: 0 success, 1 runtime error (a one-line message; the traceback only with
``-v``), 2 usage error (also one line: bad option, missing input, unknown place).
Logs go to stderr, data to stdout.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from cqmap.geo.errors import CqmapError

LOG = logging.getLogger("cqmap")

# Each command's one-line help, shown by ``cqmap --help``, and its module ``cli.<name>``,
# imported only when the command itself is run or asked for its help: listing the
# commands imports none of them (the drawing commands need geopandas and folium, a
# second to import), so ``cqmap --help`` starts as fast as Python and click do.
SHORT_HELP = {
    "build": "Build every layer, map and an index page.",
    "extract": "Extract records with evidence as JSON.",
    "layers": "Write the layers for QGIS.",
    "map": "Write the overview map (HTML).",
    "pairing": "Write the route map of a pairing.",
    "places": "Look up places: adcode, group, aliases, partners.",
    "summarize": "Summarize records into what the maps show (JSON).",
}
COMMANDS = {name: f"cqmap.cli.{name}" for name in SHORT_HELP}


def _version() -> str:
    """The installed version, looked up only when ``--version`` asks for it."""
    from importlib import metadata

    try:
        return metadata.version("cqmap")
    except metadata.PackageNotFoundError:  # running from a source tree
        from cqmap.geo import __version__

        return __version__


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"cqmap {_version()}")
    ctx.exit()


class _Group(click.Group):
    """A group whose errors are one line on stderr, with the promised exit status, and
    whose commands are loaded when needed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMANDS.get(name)
        return importlib.import_module(module).command if module else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The listing of ``cqmap --help``, from :data:`SHORT_HELP` (no command imported)."""
        rows = [(name, SHORT_HELP[name]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        except click.Abort:
            click.echo("cqmap: aborted", err=True)
            sys.exit(1)
        except click.UsageError as err:
            where = (
                f"cqmap {err.ctx.info_name}"
                if err.ctx and err.ctx.info_name != "cqmap"
                else "cqmap"
            )
            hint = f" (see '{where} --help')" if err.ctx else ""
            click.echo(f"{where}: error: {err.format_message()}{hint}", err=True)
            sys.exit(2)
        except click.ClickException as err:
            click.echo(f"cqmap: error: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except (CqmapError, OSError) as err:  # anything else is a bug: its traceback shows
            if LOG.isEnabledFor(logging.DEBUG):
                LOG.exception("failed")
            if isinstance(err, OSError) and err.strerror and err.filename:
                message = f"{err.filename}: {err.strerror}"
            elif isinstance(err, OSError) and err.strerror:
                message = err.strerror
            else:
                message = str(err).splitlines()[0] if str(err) else type(err).__name__
            click.echo(f"cqmap: error: {message}", err=True)
            sys.exit(1)


def _configure_logging(verbose: int, quiet: int) -> None:
    level = max(logging.DEBUG, min(logging.ERROR, logging.INFO - 10 * (verbose - quiet)))
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter(
            "%(message)s" if level >= logging.INFO else "%(levelname)s %(name)s: %(message)s"
        )
    )
    LOG.handlers[:] = [handler]
    LOG.setLevel(level)
    LOG.propagate = False


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
    help="Show the version and exit.",
)  # fmt: skip
@click.option(
    "-v", "--verbose", count=True, help="More log output (repeatable); -v also shows tracebacks."
)
@click.option("-q", "--quiet", count=True, help="Less log output (repeatable).")
def cqmap(verbose: int, quiet: int) -> None:
    """Map Chongqing's 一区两群 coordination from news articles.

    Reads articles (the bundled seeds by default), extracts regions, pairings, ports
    and freight routes with evidence, and writes interactive maps and QGIS layers.

    \b
    Example:
      cqmap build                      # everything for the seeds, into out/
      cqmap pairing 渝北 云阳 -o p.html  # one pairing route map
      cqmap places 开州                 # adcode, group and partners of 开州区
    """
    _configure_logging(verbose, quiet)
