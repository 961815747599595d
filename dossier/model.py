"""The data model of both stages: small frozen records, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("person", "organization", "place", "event", "other")


@dataclass(frozen=True)
class Line:
    """One line of a source text, 1-based, counting blank lines."""

    number: int
    text: str


@dataclass(frozen=True)
class Removal:
    """A line that cleaning dropped, the rule that dropped it and why."""

    line: int
    text: str
    rule: str
    evidence: str = ""
    #: "boilerplate" (chrome that must go) or "metadata" (moved to front matter: headline, byline)
    kind: str = "boilerplate"

    @property
    def reason(self) -> str:
        return f"{self.rule}: {self.evidence}" if self.evidence else self.rule


@dataclass(frozen=True)
class Field:
    """A metadata value with where it came from; `value` is None when the text does not say."""

    value: str | None = None
    line: int | None = None
    rule: str | None = None


@dataclass(frozen=True)
class Mention:
    """A spelling found in a text with the type its context suggests."""

    text: str
    type: str
    cue: str = ""
    full: str = ""  # the span with its title, e.g. "Russian President Vladimir Putin"
    start: bool = False  # the spelling opens a sentence (its capital may be the sentence's)
    prose: bool = True  # found in running text, not on a short line of its own ("Message Boards")
    relative: bool = False  # introduced as another person's relative ("His mother, X, says")
    known_as: str = ""  # the name the text says it stands for ("X, known as Y", "Y, as X is known": X)


@dataclass(frozen=True)
class Entity:
    """A named thing, under its canonical name, with the spellings that point to it."""

    name: str
    type: str = "other"
    aliases: tuple[str, ...] = ()
    reviewed: bool = False
    description: str = ""
    same_as: str = ""

    def spellings(self) -> tuple[str, ...]:
        """Return the canonical name followed by every alias, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


@dataclass(frozen=True)
class Article:
    """Everything stage 1 learns from one source file."""

    source_file: str
    sha256: str
    slug: str
    paragraphs: tuple[Line, ...]
    removed: tuple[Removal, ...]
    title: Field = Field()
    publisher: Field = Field()
    date: Field = Field()
    author: Field = Field()
    url: Field = Field()
    citations: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    #: spellings that could be two of the source's people ("Trump", where the father and the son are
    #: named), with the names: no entity takes them in this source
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: where the date is empty because the page's stamp is numeric and its order unknown
    #: ("10/01/2008"): the stamp read month first and day first, for the corpus to choose
    #: (`corpusdates`); else empty
    date_readings: tuple[Field, ...] = ()

    @property
    def body(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def metadata(self) -> dict[str, Field]:
        return {
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "author": self.author,
            "url": self.url,
        }
