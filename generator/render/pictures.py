"""Pictures drawn at build time as inline SVG: they need no script, no CDN and work offline."""
from __future__ import annotations

import html

from markupsafe import Markup

WIDTH = 720
HEADER = 44
LINE = 22
MAX_MEMBERS = 8


def sides_picture(sides: list[tuple[str, list[str]]], opposed: list[tuple[int, int]]) -> Markup:
    """Return an SVG of factions side by side (name, then members), red arcs between opponents."""
    if not sides:
        return Markup("")
    column = WIDTH / len(sides)
    rows = max(min(len(members), MAX_MEMBERS + 1) for _, members in sides)
    top = 40 if opposed else 8
    height = top + HEADER + rows * LINE + 16
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" '
             f'width="100%" role="img" aria-label="{label(sides, opposed)}" class="faction-sides">']
    for i, (name, members) in enumerate(sides):
        parts.extend(side_box(i * column + 6, top, column - 12, height - top - 8, name, members))
    for a, b in opposed:
        parts.append(opposition_arc(a, b, column, top))
    parts.append("</svg>")
    return Markup('<div class="briefing-picture">\n' + "".join(parts) + "\n</div>")


def side_box(x: float, y: float, width: float, height: float, name: str, members: list[str]) -> list[str]:
    """Return the SVG of one faction's box: its name and its members, one per line."""
    shown = members[:MAX_MEMBERS] + ([f"and {len(members) - MAX_MEMBERS} more"] if len(members) > MAX_MEMBERS else [])
    centre = x + width / 2
    out = [f'<rect x="{x:.0f}" y="{y:.0f}" width="{width:.0f}" height="{height:.0f}" rx="8" '
           f'fill="currentColor" fill-opacity="0.06" stroke="currentColor" stroke-opacity="0.4"/>',
           f'<text x="{centre:.0f}" y="{y + 28:.0f}" text-anchor="middle" font-weight="bold" '
           f'fill="currentColor" font-size="15">{html.escape(clip(name, width))}</text>']
    for n, member in enumerate(shown):
        out.append(f'<text x="{centre:.0f}" y="{y + HEADER + 14 + n * LINE:.0f}" text-anchor="middle" '
                   f'fill="currentColor" font-size="13">{html.escape(clip(member, width))}</text>')
    return out


def opposition_arc(a: int, b: int, column: float, top: float) -> str:
    """Return a red arc above the boxes from faction a to faction b, labelled 'opposes'."""
    x1, x2 = (a + 0.5) * column, (b + 0.5) * column
    mid = (x1 + x2) / 2
    return (f'<path d="M {x1:.0f} {top:.0f} Q {mid:.0f} {top - 36:.0f} {x2:.0f} {top:.0f}" fill="none" '
            f'stroke="#d32f2f" stroke-width="2.5" stroke-dasharray="6 4"/>'
            f'<text x="{mid:.0f}" y="{top - 22:.0f}" text-anchor="middle" fill="#d32f2f" '
            f'font-size="12">opposes</text>')


def clip(text: str, width: float) -> str:
    """Return text shortened to fit a column of this many pixels."""
    limit = max(6, int(width / 7.5))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def label(sides: list[tuple[str, list[str]]], opposed: list[tuple[int, int]]) -> str:
    """Return a text description of the picture for screen readers."""
    groups = "; ".join(f"{name}: {', '.join(members)}" for name, members in sides)
    rivals = "; ".join(f"{sides[a][0]} opposes {sides[b][0]}" for a, b in opposed)
    return html.escape(f"Factions. {groups}. {rivals}".strip(), quote=True)


def timeline_picture(points: list[tuple[str, str, int]]) -> Markup:
    """Return an SVG timeline: one dot per (label, month 'YYYY-MM', count) along a line, oldest left."""
    if not points:
        return Markup("")
    months = sorted({month for _, month, _ in points})
    step = (WIDTH - 80) / max(1, len(months) - 1)
    x_of = {month: 40 + i * step for i, month in enumerate(months)} if len(months) > 1 else {months[0]: WIDTH / 2}
    height = 120
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
             f'aria-label="{html.escape("Timeline: " + ", ".join(f"{m}: {c}" for _, m, c in points), quote=True)}" '
             f'class="timeline">',
             f'<line x1="20" y1="60" x2="{WIDTH - 20}" y2="60" stroke="currentColor" stroke-opacity="0.5"/>']
    for label_text, month, count in points:
        x = x_of[month]
        parts.append(f'<circle cx="{x:.0f}" cy="60" r="{min(6 + 2 * count, 18)}" fill="#3f51b5" fill-opacity="0.75"/>'
                     f'<text x="{x:.0f}" y="{35 - 0:.0f}" text-anchor="middle" fill="currentColor" '
                     f'font-size="12">{html.escape(label_text)}</text>'
                     f'<text x="{x:.0f}" y="96" text-anchor="middle" fill="currentColor" font-size="11">'
                     f'{count} event{"s" if count != 1 else ""}</text>')
    parts.append("</svg>")
    return Markup('<div class="briefing-picture">\n' + "".join(parts) + "\n</div>")
