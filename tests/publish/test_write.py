"""Write stage: generated folders swapped whole, hand-written pages never touched, failures undone."""
import pytest

from generator.errors import BriefingsError, PageConflict
from generator.render import GENERATED_MARKER
from generator.publish.write import swapped_pages


def page(text: str) -> str:
    """Return a generated page body."""
    return f"{GENERATED_MARKER}\n\n# {text}\n"


def snapshot(folder):
    """Return {relative path: bytes} of every file under folder."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_removed_pages_disappear_and_hand_written_pages_stay(tmp_path):
    docs = tmp_path / "site_src"
    docs.mkdir()
    (docs / "about.md").write_text("# Mine\n")
    with swapped_pages({"index.md": page("Home"), "actors/a.md": page("A"), "actors/b.md": page("B")}, docs):
        pass
    with swapped_pages({"index.md": page("Home"), "actors/a.md": page("A2")}, docs):
        pass
    assert snapshot(docs) == {"about.md": b"# Mine\n", "actors/a.md": page("A2").encode(),
                              "index.md": page("Home").encode()}
    assert not list(tmp_path.glob(".briefings-staging-*"))


def test_hand_written_file_in_a_generated_folder_stops_the_write(tmp_path):
    docs = tmp_path / "site_src"
    (docs / "actors").mkdir(parents=True)
    (docs / "actors" / "notes.md").write_text("# My notes\n")
    before = snapshot(docs)
    with pytest.raises(PageConflict, match=r"actors/notes.md: hand-written file inside the generated folder"):
        with swapped_pages({"actors/a.md": page("A")}, docs):
            pass
    assert snapshot(docs) == before


def test_hand_written_home_page_is_kept(tmp_path):
    docs = tmp_path / "site_src"
    docs.mkdir()
    (docs / "index.md").write_text("# My own home\n")
    with swapped_pages({"index.md": page("Home"), "actors/a.md": page("A")}, docs) as notes:
        assert notes == [f"{docs / 'index.md'}: hand-written page kept; the generated one was not written"]
    assert (docs / "index.md").read_text() == "# My own home\n"


def test_failure_inside_the_write_restores_the_previous_pages(tmp_path):
    docs = tmp_path / "site_src"
    docs.mkdir()
    with swapped_pages({"index.md": page("Old"), "actors/a.md": page("A")}, docs):
        pass
    before = snapshot(docs)
    with pytest.raises(RuntimeError):
        with swapped_pages({"index.md": page("New"), "actors/b.md": page("B")}, docs):
            assert (docs / "actors" / "b.md").exists()
            raise RuntimeError("mkdocs failed")
    assert snapshot(docs) == before


@pytest.mark.parametrize("bad", ["../evil.md", "/etc/evil.md", "actors/../../evil.md"])
def test_paths_outside_the_docs_folder_are_refused(tmp_path, bad):
    with pytest.raises(ValueError, match="refusing to write outside the docs folder"):
        with swapped_pages({bad: page("x")}, tmp_path / "site_src"):
            pass
    assert not (tmp_path / "evil.md").exists()


def test_only_changed_pages_are_written(tmp_path):
    """A rebuild leaves the files of unchanged pages alone: MkDocs and rsync see only what changed."""
    docs = tmp_path / "site_src"
    with swapped_pages({"index.md": page("Home"), "actors/a.md": page("A"), "actors/b.md": page("B")}, docs):
        pass
    before = {name: (docs / name).stat().st_ino for name in ("index.md", "actors/a.md", "actors/b.md")}
    with swapped_pages({"index.md": page("Home"), "actors/a.md": page("A"), "actors/b.md": page("B2"),
                        "actors/c.md": page("C")}, docs):
        pass
    after = {name: (docs / name).stat().st_ino for name in before}
    assert after["index.md"] == before["index.md"] and after["actors/a.md"] == before["actors/a.md"]
    assert after["actors/b.md"] != before["actors/b.md"]  # replaced by a new file, never written in place
    assert snapshot(docs)["actors/b.md"] == page("B2").encode() and (docs / "actors" / "c.md").exists()
    assert not list(tmp_path.glob(".briefings-staging-*"))


def test_a_move_failing_half_way_puts_every_page_back(tmp_path, monkeypatch):
    """The disk fills up (or a file is locked) while pages move in: the docs folder is as before."""
    import os
    docs = tmp_path / "site_src"
    with swapped_pages({"index.md": page("Old"), "actors/a.md": page("A"), "actors/b.md": page("B")}, docs):
        pass
    before = snapshot(docs)
    real_replace, calls = os.replace, []

    def failing_replace(source, target):
        calls.append(target)
        if len(calls) == 4:  # old a.md out, new a.md in, old b.md out, then new b.md fails
            raise OSError(28, "No space left on device", str(target))
        real_replace(source, target)

    monkeypatch.setattr("generator.publish.write.os.replace", failing_replace)
    with pytest.raises(BriefingsError, match=r"b.md: cannot put a page in place \(No space left on device\); nothing"):
        with swapped_pages({"index.md": page("Old"), "actors/a.md": page("A2"), "actors/b.md": page("B2")}, docs):
            pass
    monkeypatch.undo()
    assert snapshot(docs) == before
    assert not list(tmp_path.glob(".briefings-staging-*"))
