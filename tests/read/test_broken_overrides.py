"""The editor's overrides file: a valid one loads into frozen values, a missing one is empty, and a
broken one lists every problem at once, one line each naming the file and the value.
"""
from __future__ import annotations

import dataclasses

import pytest

from generator.overrides import ActorOverride, Overrides, OverridesError, load_overrides
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "overrides"


def problems_of(name: str) -> list[str]:
    """Return the problem lines of an overrides file, without the file name."""
    with pytest.raises(OverridesError) as caught:
        load_overrides(DATA / name)
    prefix = f"{DATA / name}: "
    assert all(line.startswith(prefix) for line in caught.value.problems)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return [line[len(prefix):] for line in caught.value.problems]


def test_a_valid_file_loads_every_setting():
    overrides = load_overrides(DATA / "good.yml")
    assert overrides.actor("marco-rubio") == ActorOverride(
        id="marco-rubio", name="Marco Rubio", kind="person", aliases=("Secretary Rubio",),
        reject_aliases=("Rubio Jr",), merge=("rubio",), description="U.S. Secretary of State from January 2025.",
        roles=("U.S. Secretary of State",))
    assert [a.id for a in overrides.actors] == ["marco-rubio", "russia", "rdif"]
    assert overrides.actor("russia").aliases == ("Moscow", "the Kremlin") and overrides.actor("russia").name is None
    assert overrides.merged_ids() == {"rubio": "marco-rubio"} and overrides.actor("nobody") is None


def test_overrides_are_frozen_values():
    overrides = load_overrides(DATA / "good.yml")
    with pytest.raises(dataclasses.FrozenInstanceError):
        overrides.actors[0].name = "Someone else"
    assert hash(overrides) == hash(load_overrides(DATA / "good.yml"))


def test_a_missing_or_empty_file_means_no_overrides(tmp_path):
    assert load_overrides(tmp_path / "actors.yml") == Overrides()
    assert load_overrides(DATA / "empty.yml") == Overrides()
    (tmp_path / "actors.yml").write_text("actors:\n")
    assert load_overrides(tmp_path / "actors.yml") == Overrides()


def test_every_problem_is_reported_at_once_in_mkdocs_wording():
    assert problems_of("errors.yml") == [
        "unknown key 'actor' (did you mean 'actors'?)",
        "unknown key 'actors.marco-rubio.descripton' (did you mean 'description'?)",
        "value 'actors.marco-rubio.kind': expected one of person, organization, country, place, group, got 'persn'",
        "value 'actors.marco-rubio.merge[1]': an actor cannot be merged into itself",
        "value 'actors.Marco Rubio': expected an actor id (lower-case letters, digits, '-', '_'), "
        "got 'Marco Rubio'; did you mean 'marco-rubio'?",
        "value 'actors.sergei-lavrov.name': expected one line of at most 200 characters, got 'Sergei\\nLavrov'",
        "value 'actors.sergei-lavrov.aliases': expected a list of texts, like [A, B], got 'Lavrov'",
        "value 'actors.sergei-lavrov.merge[1]': expected an actor id like 'not-an-id', got 'Not An Id'",
        "value 'actors.sergei-lavrov.roles[1]': expected a line of text, got a list",
        "value 'actors.empty': expected a mapping of settings "
        "(name, kind, aliases, reject_aliases, merge, description, roles), got nothing",
        "value 'actors.sergei-lavrov.merge': 'rubio' is already merged into 'marco-rubio'",
        "value 'actors.marco-rubio.aliases': 'Rubio Jr' is also in reject_aliases",
        "value 'actors.rubio': this actor is merged into 'marco-rubio'; put its settings there",
        "value 'actors.steve-witkoff.aliases': 'Secretary Rubio' is already an alias of 'marco-rubio'",
    ]


@pytest.mark.parametrize("name, problem", [
    ("broken-yaml.yml", "broken YAML near line 5: expected ',' or ']', but got ':'"),
    ("duplicate-key.yml", "broken YAML near line 6: key 'marco-rubio' is given twice"),
    ("not-a-mapping.yml", "expected a mapping with the key 'actors', got 'just a sentence, not a mapping'"),
    ("python-tag.yml", "broken YAML near line 3: could not determine a constructor for the tag "
                       "'tag:yaml.org,2002:python/object/apply:os.system'"),
])
def test_a_file_that_cannot_be_read_gets_one_line(name, problem):
    assert problems_of(name) == [problem]


def test_the_python_tag_runs_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    problems_of("python-tag.yml")
    assert not (tmp_path / "pwned.txt").exists()


@pytest.mark.parametrize("content, problem", [
    (b"\xff\xfe\x00a", "not UTF-8 text (byte 0)"),
    (b"actors: [marco-rubio]\n", "value 'actors': expected a mapping of actor ids to settings, got a list"),
    (b"actors:\n  x:\n    kind: [person]\n",
     "value 'actors.x.kind': expected one of person, organization, country, place, group, got a list"),
    (b"actors:\n  x:\n    description: ''\n",
     "value 'actors.x.description': expected a text of at most 2000 characters, got ''"),
    (b"actors:\n  index:\n    name: X\n", "value 'actors.index': expected an actor id (lower-case letters, digits, "
                                         "'-', '_'), got 'index'; did you mean 'index-1bc04b52'?"),
])
def test_wrong_values_name_the_value_and_what_was_expected(tmp_path, content, problem):
    path = tmp_path / "actors.yml"
    path.write_bytes(content)
    with pytest.raises(OverridesError) as caught:
        load_overrides(path)
    assert caught.value.problems == (f"{path}: {problem}",)


def test_a_huge_file_is_refused_without_parsing(tmp_path):
    path = tmp_path / "actors.yml"
    with path.open("wb") as f:
        f.truncate(50 * 2**20)
    with pytest.raises(OverridesError, match="larger than 1024 KB; is this the overrides file"):
        load_overrides(path)
