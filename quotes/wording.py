"""What the analyzer tells people about a level or a check, in the reader's language.

Ratings and checks are worked out once, as codes with their arguments; this module
turns them into sentences through the catalogs (``quotes/locale``). The JSON keeps the
English reasons (the contract's examples are English) and the French check messages.
"""

from __future__ import annotations

from collections.abc import Sequence

from .i18n import N_, language
from .model import Quote

Lang = str

# Each reason: its message, and the name of its one argument when it has one.
REASONS: dict[str, tuple[str, str | None]] = {
    "full_name": (N_("full name: %(name)s"), "name"),
    "described": (N_("role or organization given: %(description)s"), "description"),
    "full_name_alone": (N_("full name, with no role or organization: %(name)s"), "name"),
    "name": (N_("name: %(name)s"), "name"),
    "first_name": (N_("first name only: %(name)s"), "name"),
    "name_alone": (N_("no first name, role or organization"), None),
    "organization": (N_("an organization speaking in its own name: %(organization)s"), "organization"),
    "office": (N_("official speaking for an institution: %(office)s"), "office"),
    "no_name": (N_("no proper name"), None),
    "group": (N_("an uncounted group"), None),
    "relationship": (N_("relationship to the subject: %(relationship)s"), "relationship"),
    "events": (N_("relationship to the events: %(relationship)s"), "relationship"),
    "member": (N_("an unnamed member of a named organization: %(organization)s"), "organization"),
    "role": (N_("role given: %(role)s"), "role"),
    "document": (N_("a document with no named author: %(document)s"), "document"),
    "unnamed_institution": (N_("an institution the article does not name: %(institution)s"), "institution"),
    "field": (N_("field given: %(field)s"), "field"),
    "place": (N_("place given: %(place)s"), "place"),
    "basis": (N_("basis given: %(basis)s"), "basis"),
    "proximity": (N_("only a vague proximity: %(proximity)s"), "proximity"),
    "vague": (N_("only a vague description"), None),
    "reason_given": (N_("reason for anonymity given: « %(reason)s »"), "reason"),
    "reason_stock": (N_("reason for anonymity given: « %(reason)s » (stock phrase)"), "reason"),
    "no_reason": (N_("no reason for anonymity stated"), None),
    "unattributed": (N_("no speaker in the text"), None),
}
# Each check's title and message; a finding's parameters fill the message.
CHECKS: dict[str, tuple[str, str]] = {
    "bare-source": (
        N_("A bare anonymous source"),
        N_("« %(source)s » (%(where)s): nothing says who this source is or why it is credible."),
    ),
    "no-reason": (
        N_("Anonymity not explained"),
        N_(
            "« %(source)s » is quoted without a name (%(where)s) and the article does not say "
            "why anonymity was granted."
        ),
    ),
    "boilerplate-reason": (
        N_("A stock reason for anonymity"),
        N_(
            "For « %(source)s » (%(where)s), the article only says « %(reason)s », not why "
            "this person cannot be named."
        ),
    ),
    "no-relationship": (
        N_("No relationship or basis of knowledge"),
        N_(
            "« %(source)s » (%(where)s): the article does not say how this source is "
            "connected to the story or how it knows what it says."
        ),
    ),
    "anonymous-opinion": (
        N_("An anonymous judgement of a named person"),
        N_("« %(source)s », anonymous, passes judgement on a named person (%(where)s): « %(quote)s »."),
    ),
    "plural-single": (
        N_("Plural wording behind one speaker"),
        N_(
            "« %(source)s » is plural, but the quotation (%(where)s) speaks in the first "
            "person singular: one person seems to have spoken."
        ),
    ),
    "single-anonymous": (
        N_("A claim resting on one anonymous source"),
        N_(
            "« %(quote)s » (%(where)s) rests only on « %(source)s », with no other source in "
            "the same passage."
        ),
    ),
    "anonymous-first": (
        N_("An anonymous first quotation"),
        N_("The article's first quotation (%(where)s) comes from an anonymous source, « %(source)s »."),
    ),
    "unattributed-first": (
        N_("An anonymous first quotation"),
        N_("The article's first quotation (%(where)s) comes from nobody: it is not attributed."),
    ),
    "unattributed": (
        N_("An unattributed quotation"),
        N_("« %(quote)s » (%(where)s): the article does not say who is speaking."),
    ),
    "only-anonymous": (
        N_("An article resting only on anonymous sources"),
        N_("No quotation in the article comes from an identified source."),
    ),
}


def reason_text(code: str, args: Sequence[str], lang: Lang = "en") -> str:
    """One reason behind a level, in ``lang``."""
    message, argument = REASONS[code]
    values = {argument: args[0]} if argument is not None else {}
    return language(lang).gettext(message, **values)


def check_texts(wording: str, params: dict[str, str], lang: Lang = "fr") -> tuple[str, str]:
    """The title and message of a check's finding, in ``lang``."""
    tr = language(lang)
    title, message = CHECKS[wording]
    values = dict(params)
    if "paragraph" in values:
        values["where"] = tr.gettext("paragraph %(n)s", n=values["paragraph"])
    return tr.gettext(title), tr.gettext(message, **values)


def cue_text(quote: Quote, text: str) -> str | None:
    """The cue as a page shows it: one cut after an elision (« a mis l’ ») runs to the end of its word."""
    if quote.cue is None:
        return None
    shown = quote.cue.text
    end = quote.cue.span.end
    if shown.endswith(("’", "'")) and end < len(text) and text[end].isalpha():
        stop = end
        while stop < len(text) and stop - end < 40 and (text[stop].isalnum() or text[stop] == "-"):
            stop += 1
        shown += text[end:stop]
    return shown
