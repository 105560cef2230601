"""The editor's overrides file (`seeds/actors.yml`): checked whole, every problem reported at once.

```yaml
actors:
  marco-rubio:            # actor id (slug)
    name: Marco Rubio
    kind: person
    aliases: [Secretary Rubio]
    reject_aliases: [Rubio Jr]
    merge: [rubio]        # other actor ids that are the same actor
    description: U.S. Secretary of State from January 2025.
    roles: [U.S. Secretary of State]
```

Like MkDocs' config validation, each problem is one line naming the file, the value and what was
expected ("seeds/actors.yml: value 'actors.marco-rubio.kind': expected one of ..., got 'persn'"),
and all of them are raised together in one `OverridesError`. A missing file means no overrides.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import BriefingsError
from generator.slugs import is_safe_slug, safe_slug

# The editor's file, in the seeds folder.
OVERRIDES_FILE = "actors.yml"
KINDS = ("person", "organization", "country", "place", "group")
TOP_LEVEL_KEYS = ("actors", "factions")
FACTION_KEYS = ("name", "leader", "members", "remove_members", "merge", "stance", "opposes")
ACTOR_KEYS = ("name", "kind", "aliases", "reject_aliases", "merge", "description", "roles")
MAX_FILE_BYTES = 1024 * 1024
MAX_NAME_CHARS = 200
MAX_DESCRIPTION_CHARS = 2000


@dataclass(frozen=True)
class ActorOverride:
    """What the editor says about one actor; None or () where the file says nothing."""

    id: str
    name: str | None = None
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    reject_aliases: tuple[str, ...] = ()
    merge: tuple[str, ...] = ()
    description: str | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactionOverride:
    """What the editor says about one faction (ids of actors and factions); None or () for nothing."""

    id: str
    name: str | None = None
    leader: str | None = None
    members: tuple[str, ...] = ()
    remove_members: tuple[str, ...] = ()
    merge: tuple[str, ...] = ()
    stance: str | None = None
    opposes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Overrides:
    """Every actor and faction override of the file, in the file's order."""

    actors: tuple[ActorOverride, ...] = ()
    factions: tuple[FactionOverride, ...] = ()

    def faction(self, faction_id: str) -> FactionOverride | None:
        """Return the override of a faction id, or None."""
        return next((f for f in self.factions if f.id == faction_id), None)

    def merged_faction_ids(self) -> dict[str, str]:
        """Return {merged faction id: the id it is merged into}."""
        return {other: f.id for f in self.factions for other in f.merge}

    def actor(self, actor_id: str) -> ActorOverride | None:
        """Return the override of an actor id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def merged_ids(self) -> dict[str, str]:
        """Return {merged actor id: the id it is merged into}."""
        return {other: a.id for a in self.actors for other in a.merge}


class OverridesError(BriefingsError):
    """The overrides file has problems; `problems` holds one line each, naming the file."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


class UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping (a copy-pasted entry)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        """Return the mapping; raise if a key repeats."""
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str | int | float | bool) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' is given twice", key_node.start_mark)
            if isinstance(key, str | int | float | bool):
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


def overrides_for(seeds_dir: Path) -> Overrides:
    """Return the overrides of a seeds folder (none without a file), or raise `OverridesError`."""
    return load_overrides(seeds_dir / OVERRIDES_FILE)


def load_overrides(path: Path) -> Overrides:
    """Return the overrides in `path` (none if it does not exist), or raise `OverridesError`."""
    if not path.exists():
        return Overrides()
    data = load_yaml(path)
    problems: list[str] = []
    checker = Checker(str(path), problems)
    actors = checker.top_level(data)
    found = tuple(override for actor_id, entry in actors.items()
                  if (override := checker.actor(actor_id, entry)) is not None)
    checker.across_actors(found)
    factions = tuple(override for faction_id, entry in checker.section(data, "factions").items()
                     if (override := checker.faction(faction_id, entry)) is not None)
    if problems:
        raise OverridesError(problems)
    return Overrides(actors=found, factions=factions)


def load_yaml(path: Path) -> object:
    """Return the file's YAML data, or raise `OverridesError` with the one problem that stops reading."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise OverridesError([f"{path}: larger than {MAX_FILE_BYTES // 1024} KB; is this the overrides file?"])
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise OverridesError([f"{path}: cannot be read ({err.strerror or err})"]) from None
    except UnicodeDecodeError as err:
        raise OverridesError([f"{path}: not UTF-8 text (byte {err.start})"]) from None
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" near line {mark.line + 1}" if mark else ""
        problem = " ".join(str(getattr(err, "problem", None) or err).split())[:120]
        raise OverridesError([f"{path}: broken YAML{where}: {problem}"]) from None
    except (ValueError, TypeError, RecursionError) as err:
        raise OverridesError([f"{path}: broken YAML ({type(err).__name__})"]) from None


def describe(value: object) -> str:
    """Return a short description of a value for "got ..." (never a huge repr)."""
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    names = {list: "a list", dict: "a mapping", bool: "true/false", type(None): "nothing"}
    return names.get(type(value), f"{type(value).__name__} {value!r}"[:60])


class Checker:
    """Checks the parts of the file, adding one line per problem to `problems`."""

    def __init__(self, shown: str, problems: list[str]) -> None:
        self.shown = shown
        self.problems = problems

    def problem(self, where: str, message: str) -> None:
        """Record a problem with a value ('actors.x.kind'), in MkDocs' wording."""
        self.problems.append(f"{self.shown}: value '{where}': {message}")

    def expected(self, where: str, what: str, value: object) -> None:
        """Record "expected <what>, got <value>"."""
        self.problem(where, f"expected {what}, got {describe(value)}")

    def unknown_key(self, where: str, key: object, allowed: tuple[str, ...]) -> None:
        """Record a key the format does not have, with the nearest allowed one."""
        close = difflib.get_close_matches(str(key), allowed, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(allowed)}"
        self.problems.append(f"{self.shown}: unknown key '{where}{key}' ({hint})")

    def top_level(self, data: object) -> dict:
        """Return the `actors` mapping of the file's data ({} if absent or wrong)."""
        if data is None:
            return {}
        if not isinstance(data, dict):
            self.problems.append(f"{self.shown}: expected a mapping with the key 'actors', got {describe(data)}")
            return {}
        for key in data:
            if key not in TOP_LEVEL_KEYS:
                self.unknown_key("", key, TOP_LEVEL_KEYS)
        actors = data.get("actors")
        if actors is None:
            return {}
        if not isinstance(actors, dict):
            self.expected("actors", "a mapping of actor ids to settings", actors)
            return {}
        return actors

    def section(self, data: object, key: str) -> dict:
        """Return one top-level mapping of the file's data ({} if absent or wrong; `top_level` checked the rest)."""
        value = data.get(key) if isinstance(data, dict) else None
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.expected(key, f"a mapping of {key[:-1]} ids to settings", value)
            return {}
        return value

    def faction(self, faction_id: object, entry: object) -> FactionOverride | None:
        """Return the checked override of one faction, or None if its id or settings are unusable."""
        where = f"factions.{faction_id}"
        if not isinstance(faction_id, str) or not is_safe_slug(faction_id):
            self.problem(where, f"expected a faction id like '{safe_slug(str(faction_id))}', got {describe(faction_id)}")
            return None
        if not isinstance(entry, dict) or not entry:
            self.expected(where, f"a mapping of settings ({', '.join(FACTION_KEYS)})", entry)
            return None
        for key in entry:
            if key not in FACTION_KEYS:
                self.unknown_key(f"{where}.", key, FACTION_KEYS)
        leader = self.line(f"{where}.leader", entry.get("leader"))
        if leader is not None and not is_safe_slug(leader):
            self.expected(f"{where}.leader", f"an actor id like '{safe_slug(leader)}'", leader)
            leader = None
        return FactionOverride(
            id=faction_id, name=self.line(f"{where}.name", entry.get("name")), leader=leader,
            members=self.ids(f"{where}.members", entry.get("members"), ""),
            remove_members=self.ids(f"{where}.remove_members", entry.get("remove_members"), ""),
            merge=self.ids(f"{where}.merge", entry.get("merge"), faction_id),
            stance=self.line(f"{where}.stance", entry.get("stance"), MAX_DESCRIPTION_CHARS),
            opposes=self.ids(f"{where}.opposes", entry.get("opposes"), faction_id))

    def actor(self, actor_id: object, entry: object) -> ActorOverride | None:
        """Return the checked override of one actor, or None if its id or settings are unusable."""
        if not isinstance(actor_id, str) or not is_safe_slug(actor_id):
            self.problem(f"actors.{actor_id}", f"expected an actor id (lower-case letters, digits, '-', '_'), "
                                               f"got {describe(actor_id)}; did you mean '{safe_slug(str(actor_id))}'?")
            return None
        where = f"actors.{actor_id}"
        if not isinstance(entry, dict) or not entry:
            self.expected(where, f"a mapping of settings ({', '.join(ACTOR_KEYS)})", entry)
            return None
        for key in entry:
            if key not in ACTOR_KEYS:
                self.unknown_key(f"{where}.", key, ACTOR_KEYS)
        return ActorOverride(
            id=actor_id, name=self.line(f"{where}.name", entry.get("name"), MAX_NAME_CHARS),
            kind=self.kind(f"{where}.kind", entry.get("kind")),
            aliases=self.lines(f"{where}.aliases", entry.get("aliases")),
            reject_aliases=self.lines(f"{where}.reject_aliases", entry.get("reject_aliases")),
            merge=self.ids(f"{where}.merge", entry.get("merge"), actor_id),
            description=self.text(f"{where}.description", entry.get("description")),
            roles=self.lines(f"{where}.roles", entry.get("roles")))

    def line(self, where: str, value: object, limit: int = MAX_NAME_CHARS) -> str | None:
        """Return one line of text, or None if absent or wrong."""
        if value is None:
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool) or not str(value).strip():
            self.expected(where, "a line of text", value)
            return None
        text = str(value).strip()
        if "\n" in text or len(text) > limit:
            self.expected(where, f"one line of at most {limit} characters", value)
            return None
        return text

    def text(self, where: str, value: object) -> str | None:
        """Return a text of up to a few paragraphs, or None if absent or wrong."""
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_DESCRIPTION_CHARS:
            self.expected(where, f"a text of at most {MAX_DESCRIPTION_CHARS} characters", value)
            return None
        return value.strip()

    def kind(self, where: str, value: object) -> str | None:
        """Return one of `KINDS`, or None if absent or wrong."""
        if value is None:
            return None
        if value not in KINDS:
            self.expected(where, f"one of {', '.join(KINDS)}", value)
            return None
        return value

    def lines(self, where: str, value: object) -> tuple[str, ...]:
        """Return a list of lines of text (each checked), or () if absent or wrong."""
        if value is None:
            return ()
        if not isinstance(value, list):
            self.expected(where, "a list of texts, like [A, B]", value)
            return ()
        checked = [self.line(f"{where}[{n}]", item) for n, item in enumerate(value)]
        return tuple(dict.fromkeys(c for c in checked if c is not None))

    def ids(self, where: str, value: object, own_id: str) -> tuple[str, ...]:
        """Return a list of other actor ids, or () if absent or wrong."""
        ids = self.lines(where, value)
        for n, other in enumerate(ids):
            if not is_safe_slug(other):
                self.expected(f"{where}[{n}]", f"an actor id like '{safe_slug(other)}'", other)
            elif other == own_id:
                self.problem(f"{where}[{n}]", "an actor cannot be merged into itself")
        return tuple(i for i in ids if is_safe_slug(i) and i != own_id)

    def across_actors(self, actors: tuple[ActorOverride, ...]) -> None:
        """Record problems between entries: merges that clash, aliases that are kept and rejected."""
        merged_into: dict[str, str] = {}
        for actor in actors:
            for other in actor.merge:
                if other in merged_into:
                    self.problem(f"actors.{actor.id}.merge", f"'{other}' is already merged into "
                                                             f"'{merged_into[other]}'")
                merged_into.setdefault(other, actor.id)
        for actor in actors:
            if actor.id in merged_into:
                self.problem(f"actors.{actor.id}", f"this actor is merged into '{merged_into[actor.id]}'; "
                                                   "put its settings there")
            rejected = {alias.casefold() for alias in actor.reject_aliases}
            for alias in (a for a in actor.aliases if a.casefold() in rejected):
                self.problem(f"actors.{actor.id}.aliases", f"'{alias}' is also in reject_aliases")
        owner: dict[str, str] = {}
        for actor in actors:
            for alias in actor.aliases:
                first = owner.setdefault(alias.casefold(), actor.id)
                if first != actor.id:
                    self.problem(f"actors.{actor.id}.aliases", f"'{alias}' is already an alias of '{first}'")
