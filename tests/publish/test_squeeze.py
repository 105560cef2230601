"""Squeezed pages: indentation gone, what a reader sees unchanged, preformatted text untouched."""
from generator.publish.squeeze import squeeze

PAGE = """<ul>
      <li>
        <a href="a.html">Marco   Rubio</a>
      </li>
    </ul>
    <pre><code>line one
    indented line</code></pre>
    <script>var s = `keep
      this`;</script>
    <p>Rubio said
       talks would go on.</p>
"""


def test_runs_with_a_line_break_become_one_line_break():
    out = squeeze(PAGE)
    assert "<ul>\n<li>\n<a href=\"a.html\">Marco   Rubio</a>\n</li>\n</ul>\n" in out  # spaces within a line stay
    assert "<p>Rubio said\ntalks would go on.</p>\n" in out


def test_preformatted_text_and_scripts_are_left_as_written():
    out = squeeze(PAGE)
    assert "<pre><code>line one\n    indented line</code></pre>" in out
    assert "var s = `keep\n      this`;" in out


def test_a_page_without_line_breaks_is_unchanged():
    assert squeeze("<p>a  b</p>") == "<p>a  b</p>"
