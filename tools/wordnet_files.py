"""A small reader of the Princeton WordNet 3.0 database files (`index.*`, `data.*`, `index.sense`, `lexnames`).

Only what `derive_lexicons.py` needs: synsets with their lexicographer file, words and pointers, each lemma's
senses in frequency order, sense tag counts and a morphy-like lemmatizer. NLTK's reader would do as well, but
recent NLTK refuses corpus roots outside its own data folders, and this is 100 lines with no dependency.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

POS_FILES = {"n": "noun", "v": "verb"}
# Morphy's detachment rules (WordNet's morph(7)): suffix -> replacement, per part of speech.
DETACH = {"n": (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
                ("ies", "y"), ("s", "")),
          "v": (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
                ("s", ""))}


@dataclass(frozen=True)
class Synset:
    """One synset: offset, part of speech, lexicographer file ('noun.person'), words, pointers."""

    offset: str
    pos: str
    lexname: str
    words: tuple[str, ...]
    pointers: tuple[tuple[str, str, str, int, int], ...]  # (symbol, offset, pos, source word, target word)

    def related(self, symbol: str, word: int | None = None) -> list[tuple[str, str, int]]:
        """Return (offset, pos, target word) of the pointers with this symbol (from `word`, 1-based, if given)."""
        return [(o, p, t) for s, o, p, src, t in self.pointers if s == symbol and (word is None or src in (0, word))]


class WordNet:
    """The database of one `dict/` folder, read once (nouns and verbs only)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.lexnames = {int(line.split()[0]): line.split()[1] for line in (root / "lexnames").open()}
        self.index = {pos: self.read_index(name) for pos, name in POS_FILES.items()}
        self.synsets = {pos: self.read_data(pos, name) for pos, name in POS_FILES.items()}
        self.tag_counts = self.read_tag_counts()

    def read_index(self, name: str) -> dict[str, tuple[str, ...]]:
        """Return lemma -> synset offsets, most frequent sense first."""
        index = {}
        for line in (self.root / f"index.{name}").open(encoding="utf-8"):
            if not line.startswith(" "):
                parts = line.split()
                index[parts[0]] = tuple(parts[-int(parts[2]):])
        return index

    def read_data(self, pos: str, name: str) -> dict[str, Synset]:
        """Return offset -> synset of one data file."""
        synsets = {}
        for line in (self.root / f"data.{name}").open(encoding="utf-8"):
            if line.startswith(" "):
                continue
            parts = line.split("|")[0].split()
            count = int(parts[3], 16)
            words = tuple(parts[4 + 2 * i].lower() for i in range(count))
            at = 4 + 2 * count
            pointers = tuple((parts[at + 1 + 4 * i], parts[at + 2 + 4 * i], parts[at + 3 + 4 * i],
                              int(parts[at + 4 + 4 * i][:2], 16), int(parts[at + 4 + 4 * i][2:], 16))
                             for i in range(int(parts[at])))
            synsets[parts[0]] = Synset(parts[0], pos, self.lexnames[int(parts[1])], words, pointers)
        return synsets

    def read_tag_counts(self) -> dict[tuple[str, str], int]:
        """Return (lemma, offset) -> how often that sense was tagged in the SemCor texts."""
        counts = {}
        for line in (self.root / "index.sense").open(encoding="utf-8"):
            key, offset, _, count = line.split()
            counts[(key.split("%")[0], offset)] = int(count)
        return counts

    def senses(self, lemma: str, pos: str) -> list[Synset]:
        """Return the synsets of a lemma, most frequent first ('talks' -> [talks.n.01])."""
        return [self.synsets[pos][o] for o in self.index[pos].get(lemma, ())]

    def tagged(self, lemma: str, synset: Synset) -> int:
        """Return the tag count of one sense of a lemma."""
        return self.tag_counts.get((lemma, synset.offset), 0)

    @functools.cache
    def lemma(self, form: str, pos: str) -> str | None:
        """Return the lemma of a word form by morphy's rules ('stepped' -> 'step', 'talks' -> 'talks')."""
        form = form.lower().replace(" ", "_")
        if form in self.index[pos]:
            return form
        for suffix, replacement in DETACH[pos]:
            if form.endswith(suffix):
                base = form[: len(form) - len(suffix)] + replacement
                if base in self.index[pos]:
                    return base
                if pos == "v" and replacement == "" and len(base) > 2 and base[-1] == base[-2] \
                        and base[:-1] in self.index[pos]:
                    return base[:-1]  # a doubled consonant: "stepped", "deterring"
        return None

    def hypernym_closure(self, synset: Synset) -> set[str]:
        """Return the offsets of every hypernym (and instance hypernym) above a synset."""
        seen, todo = set(), [synset.offset]
        while todo:
            above = self.synsets[synset.pos][todo.pop()]
            for offset, _, _ in above.related("@") + above.related("@i"):
                if offset not in seen:
                    seen.add(offset)
                    todo.append(offset)
        return seen
