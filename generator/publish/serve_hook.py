"""MkDocs hook used by `briefings serve` only: regenerate the briefing pages before each rebuild."""
from generator.publish import live


def on_pre_build(config, **kwargs) -> None:
    """Regenerate pages from seeds/ and templates/ (cheap when nothing changed)."""
    live.regenerate()
