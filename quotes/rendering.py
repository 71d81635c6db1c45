"""Every page is rendered here: the Jinja2 templates in ``templates/``, in the reader's language.

One environment per language, made once: autoescape on, undefined names are errors,
and Jinja2's ``i18n`` extension bound to that language's catalog, so that a template
says ``{{ _("Sources") }}`` and the page reads « Sources » or "Sources". The templates
only loop and branch; what they show is computed in the view models.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import functools
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .i18n import language


def _templates_folder() -> Path:
    """``templates/`` beside the package in a clone, else where a wheel installs it (share/quotes)."""
    beside = Path(__file__).resolve().parent.parent / "templates"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "quotes" / "templates"


TEMPLATES = _templates_folder()
# What a written page may load: nothing from anywhere, only its own inline style and script.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src {script}; base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True, slots=True)
class PageScript:
    """The page's one inline script and the Content-Security-Policy that allows it and nothing else."""

    code: Any
    csp: str


# The options every template is compiled with; the compiled-template cache is kept per set of options.
OPTIONS: dict[str, Any] = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    "extensions": ["jinja2.ext.i18n"],
}


@functools.cache
def environment(lang: str) -> Any:
    """The Jinja2 environment for pages in ``lang``, made once."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        bytecode_cache=_compiled_templates(),
        **OPTIONS,
    )
    # Old-style gettext: ``_()`` gives plain text, which autoescape escapes like any other value
    # (new-style would pass a translation through as markup); placeholders are filled in the
    # template, ``_("… %(n)s …") % {"n": …}``.
    env.install_gettext_translations(language(lang).catalog, newstyle=False)  # type: ignore[attr-defined]
    return env


@functools.cache
def _compiled_templates() -> Any:
    """Templates compiled once and kept beside the parse cache, so that a run does not compile them again.

    Jinja2 writes each file atomically and recompiles a template whose source changed;
    the folder is named after the compile options, so changing them starts afresh.
    """
    import jinja2

    from .parsing.cache import default_cache_dir

    digest = hashlib.sha256(repr(sorted(OPTIONS.items())).encode("utf-8")).hexdigest()[:12]
    folder = default_cache_dir() / f"templates-{digest}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only home: compile every time

    class Compiled(jinja2.FileSystemBytecodeCache):
        """A cache that cannot be written (a full disk, no permission) is not an error: compile again."""

        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return Compiled(str(folder))


def render(template: str, page: object, *, lang: str) -> str:
    """``template`` rendered for ``page`` (its view model), in ``lang``."""
    return str(environment(lang).get_template(template).render(page=page))


@functools.cache
def script(*names: str) -> PageScript:
    """Scripts from ``templates/``, one after the other, and the policy that lets exactly them run."""
    from markupsafe import Markup

    code = "\n".join((TEMPLATES / name).read_text(encoding="utf-8") for name in names)
    if "</" in code:
        raise ValueError(f"{', '.join(names)}: a script may not contain '</'")
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    return PageScript(Markup(code), CSP.format(script=f"'sha256-{digest}'"))


@functools.cache
def tool_version() -> str:
    """« quotes 0.1.0 », for the pages' footers."""
    from importlib import metadata

    try:
        return f"quotes {metadata.version('quotes')}"
    except metadata.PackageNotFoundError:
        return "quotes"


def generated_at(when: datetime.datetime | None, lang: str) -> str:
    """When a page was made, for its footer: « 4 mars 2025 à 17:45 » (now, unless ``when`` is given)."""
    return language(lang).moment(when or datetime.datetime.now())
