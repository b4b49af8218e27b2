"""The `dateline` command group, and the one place errors become a line on stderr."""

from __future__ import annotations

import os
import sys

import click
from eventsourcing.persistence import OperationalError, PersistenceError

from application.readmodel import keep_loads_for_good
from cli.analyst import assert_command, redate_command, retract_command
from cli.export import export_command, schema_command
from cli.incidents import link_command, merge_command, unlink_command
from cli.ingest import ingest_command
from cli.maintenance import rebuild_command, reextract_command, reresolve_command, verify_command
from cli.reading import claims_command, history_command, reports_command
from cli.resolve import resolve_command
from cli.review import accept_command, correct_command, reject_command, review_command
from cli.views import audit_command, casualties_command, talks_command, timeline_command
from domain.errors import DatelineError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="dateline")
def cli() -> None:
    """Dateline turns news reports into an auditable, replayable timeline.

    Every reported fact becomes an immutable, attributed, dated event in a store
    (SQLite by default, PostgreSQL for teams); read commands rebuild what you ask
    for from those events.

    \b
    Example:
      dateline ingest --manifest ../shared/examples/reports.json
      dateline claims
    """


for command in (
    ingest_command, reports_command, claims_command, history_command, assert_command,
    retract_command, redate_command, review_command, accept_command, reject_command,
    correct_command, link_command, unlink_command, merge_command, timeline_command,
    casualties_command, talks_command, audit_command, rebuild_command, verify_command, reextract_command,
    reresolve_command,
    export_command, schema_command,
):
    cli.add_command(command)

cli.add_command(resolve_command)


def main() -> None:
    keep_loads_for_good()  # one command, then the process exits
    try:
        # Without standalone mode click returns an Exit's code instead of exiting.
        code = cli.main(standalone_mode=False)
    except click.Abort:
        click.echo("dateline: aborted", err=True)
        sys.exit(130)
    except click.UsageError as error:
        # One line, like every other refusal; click's own form is three (usage, hint, error).
        where = error.ctx.command_path if error.ctx is not None else "dateline"
        click.echo(f"dateline: error: {error.format_message()} (see '{where} --help')", err=True)
        sys.exit(error.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except DatelineError as error:
        click.echo(f"dateline: error: {error}", err=True)
        sys.exit(1)
    except (OperationalError, PersistenceError) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        click.echo(f"dateline: store error: {reason}", err=True)
        sys.exit(3)
    except Exception as error:
        if os.environ.get("DATELINE_DEBUG"):
            raise
        reason = " ".join(str(error).split())[:200]
        click.echo(f"dateline: internal error: {type(error).__name__}: {reason} "
                   "(DATELINE_DEBUG=1 shows the traceback)", err=True)
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
