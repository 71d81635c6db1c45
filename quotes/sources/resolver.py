"""The resolver: each mention, in article order, to the cluster of its referent.

``_find`` tries the parts in order: a pronoun, « le premier » / « le second », a name, a
description; a mention that none places starts a cluster of its own.
"""

from __future__ import annotations

from ..cues import ORDINAL_ANAPHORS
from ..model import Mention
from .bridges import _Bridges
from .clusters import _Cluster
from .descriptions import _Descriptions
from .mentions import _TextMentions
from .naming import _Naming
from .pronouns import _Pronouns
from .source import _SourceMaking


class _Resolver(_TextMentions, _Naming, _Pronouns, _Descriptions, _Bridges, _SourceMaking):
    """Places mentions in clusters; its parts are the classes it is made of."""

    def place(self, mention: Mention, *, is_speaker: bool) -> _Cluster:
        if mention.span.start < self.latest_start:
            self.in_order = False
        self.latest_start = mention.span.start
        target, reason = self._find(mention)
        if target is None:
            target = _Cluster(len(self.clusters))
            self.clusters.append(target)
            reason = "first mention"
        return self.attach(target, mention, reason, is_speaker=is_speaker)

    def _find(self, mention: Mention) -> tuple[_Cluster | None, str]:
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention)
        parts = mention.text.lower().split()
        if len(parts) == 2 and parts[0] in ("le", "la") and parts[1] in ORDINAL_ANAPHORS:
            # « a répondu le premier »: the same as the pronoun-like « Le premier exige … »
            here = self.view.sentence_of[self.view.word_at(mention.span.start)]
            return self._resolve_ordinal(mention, parts[1], here)
        name = self._name_text(mention)
        if name:
            found = self._resolve_name(mention, name)
            if found is not None:
                return found
        return self._resolve_description(mention)
