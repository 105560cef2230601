"""The network of actors (who is mentioned with whom, factions coloured) as inline SVG.

Computed at build time from the collection, laid out in Python with a fixed seed, so the picture
needs no script or CDN, works offline and is byte-identical from one build to the next. A large
collection shows only its strongest ties, so the picture stays readable (and small) at any size.
"""
from __future__ import annotations

import functools
import html
import math
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import quote

import numpy as np
from markupsafe import Markup

from generator.records import CollectionActor

# Readable on the light and the dark palette; the ninth colour is for actors in no coloured faction.
PALETTE = ("#3f51b5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41", "#d81b60")
NO_FACTION = "#9e9e9e"
MAX_NODES = 60
MAX_EDGES = 120
MAX_LABELS = 30
SEED = 7
LAYOUT_STEPS = 150
LEGEND_ROW = 20
GRAVITY = 0.15


@dataclass(frozen=True)
class Node:
    """An actor in the picture: page id, name, its size (mentions, or sentences shared) and colour."""

    id: str
    name: str
    mentions: int
    colour: str
    unit: str = "mention"  # what `mentions` counts, for the tooltip


@dataclass(frozen=True)
class Network:
    """Actors, ties between them as (node index, node index, shared sentences), and the legend."""

    nodes: tuple[Node, ...]
    edges: tuple[tuple[int, int, int], ...]
    legend: tuple[tuple[str, str], ...]


def ties_of(actors: Iterable[CollectionActor]) -> dict[tuple[str, str], int]:
    """Return {(id, id) sorted: shared sentences} from each actor's strongest related actors."""
    ties: dict[tuple[str, str], int] = {}
    for actor in actors:
        for other, count in actor.related:
            pair = (min(actor.id, other), max(actor.id, other))
            ties[pair] = max(ties.get(pair, 0), count)  # each side may list it; the counts agree
    return ties


def strongest_network(actors: Iterable[CollectionActor], factions_of: Mapping[str, list[str]],
                      max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES,
                      colours: Mapping[str, str] | None = None) -> Network:
    """Return the network of the strongest ties: at most `max_nodes` actors and `max_edges` ties."""
    by_id = {a.id: a for a in actors}
    chosen: dict[str, int] = {}
    edges: list[tuple[str, str, int]] = []
    for (a, b), count in sorted(ties_of(by_id.values()).items(), key=lambda t: (-t[1], t[0])):
        if len(edges) >= max_edges:
            break
        new = [x for x in (a, b) if x not in chosen and x in by_id]
        if len(new) + len(chosen) > max_nodes or a not in by_id or b not in by_id:
            continue  # the picture is full: only ties between actors already shown
        for x in new:
            chosen[x] = len(chosen)
        edges.append((a, b, count))
    return make_network([by_id[i] for i in chosen], edges, factions_of, colours)


def ego_network(actor: CollectionActor, actors: Mapping[str, CollectionActor],
                factions_of: Mapping[str, list[str]], colours: Mapping[str, str] | None = None) -> Network:
    """Return one actor and the actors most often mentioned with it, with the ties among them.

    Drawn from the actor's own figures only: the others are sized by the sentences they share with
    it, and ties between two others are drawn thin, whatever their count. So a new article about
    a much-mentioned actor changes the pictures of the actors in that article, not of every actor
    ever mentioned with it (at 2,225 articles that was 900 pages to build again).
    """
    shared = {i: count for i, count in actor.related if i in actors}
    members = [actor] + [actors[i] for i in shared]
    ids = {m.id for m in members}
    edges = [(a, b, c if actor.id in (a, b) else 0) for (a, b), c in sorted(ties_of(members).items())
             if a in ids and b in ids]
    network = make_network(members, edges, factions_of, colours)
    nodes = (network.nodes[0],) + tuple(replace(n, mentions=shared[n.id], unit="shared sentence")
                                        for n in network.nodes[1:])
    return replace(network, nodes=nodes)


def make_network(members: list[CollectionActor], edges: list[tuple[str, str, int]],
                 factions_of: Mapping[str, list[str]], colours: Mapping[str, str] | None = None) -> Network:
    """Return the network of these actors, coloured by faction (`colours`, else the best represented)."""
    colour = dict(colours) if colours is not None else dict(faction_colours(members, factions_of))
    shown = {f for a in members for f in factions_of.get(a.id, ())}
    legend = [(name, c) for name, c in colour.items() if name in shown]
    nodes = tuple(Node(a.id, a.name, a.mentions,
                       next((colour[f] for f in factions_of.get(a.id, ()) if f in colour), NO_FACTION))
                  for a in members)
    index = {a.id: i for i, a in enumerate(members)}
    return Network(nodes, tuple((index[a], index[b], c) for a, b, c in edges), tuple(legend))


def faction_colours(members: list[CollectionActor], factions_of: Mapping[str, list[str]]) -> list[tuple[str, str]]:
    """Return [(faction name, colour)] for the factions with most members shown, one colour each."""
    counts: dict[str, int] = {}
    for actor in members:
        for name in factions_of.get(actor.id, ()):
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts, key=lambda name: (-counts[name], name))[:len(PALETTE)]
    return list(zip(ranked, PALETTE))


def force_layout(count: int, edges: tuple[tuple[int, int, int], ...], steps: int = LAYOUT_STEPS) -> np.ndarray:
    """Return (count, 2) positions in the unit square by Fruchterman-Reingold from a seeded start."""
    if count == 1:
        return np.array([[0.5, 0.5]])
    rng = random.Random(SEED)  # the stdlib's stream is the same on every Python version
    jitter = np.array([[rng.random() - 0.5, rng.random() - 0.5] for _ in range(count)]) * 0.02
    angle = np.linspace(0, 2 * math.pi, count, endpoint=False)
    pos = np.column_stack([0.5 + 0.4 * np.cos(angle), 0.5 + 0.4 * np.sin(angle)]) + jitter
    k = math.sqrt(1.0 / count)
    heaviest = max((c for _, _, c in edges), default=1)
    for step in range(steps):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 0.01)
        push = (delta / distance[:, :, None] * (k * k / distance)[:, :, None]).sum(axis=1)
        for a, b, c in edges:
            d = pos[a] - pos[b]
            pull = d * np.linalg.norm(d) / k * (0.5 + c / heaviest)
            push[a] -= pull
            push[b] += pull
        push += (0.5 - pos) * GRAVITY * count  # keeps loosely tied actors from drifting to the edges
        length = np.maximum(np.linalg.norm(push, axis=1), 1e-9)
        temperature = 0.1 * (1 - step / steps) + 0.002
        pos = pos + push / length[:, None] * np.minimum(length, temperature)[:, None]
    return pos


def radial_layout(count: int) -> np.ndarray:
    """Return positions with the first node in the centre and the others on a circle around it."""
    angle = np.linspace(-math.pi / 2, 1.5 * math.pi, max(count - 1, 1), endpoint=False)
    ring = np.column_stack([0.5 + 0.5 * np.cos(angle), 0.5 + 0.5 * np.sin(angle)])[: count - 1]
    return np.vstack([[0.5, 0.5], ring])


@functools.lru_cache(maxsize=None)
def radial_points(count: int, width: int, height: int) -> list[tuple[float, float]]:
    """Return the radial layout of `count` nodes in the picture (cached: it depends on the count alone)."""
    return fit(radial_layout(count), width, height, 60)


def fit(pos: np.ndarray, width: int, height: int, margin: int) -> list[tuple[float, float]]:
    """Return positions scaled into the picture, keeping `margin` pixels free at each side."""
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = np.where(high - low > 1e-9, high - low, 1.0)
    scaled = (pos - low) / span
    scaled[:, (high - low) <= 1e-9] = 0.5
    return [(round(margin + x * (width - 2 * margin), 1), round(margin + y * (height - 2 * margin), 1))
            for x, y in scaled]


def network_picture(network: Network, width: int = 720, height: int = 540, radial: bool = False,
                    label: str = "Network of actors", href_suffix: str = ".html") -> Markup:
    """Return the network as an SVG: ties as lines, actors as linked dots, the largest labelled."""
    if len(network.nodes) < 2 or not network.edges:
        return Markup("")
    if radial:
        points = radial_points(len(network.nodes), width, height)
    else:
        points = fit(force_layout(len(network.nodes), network.edges), width, height, 40)
    labelled = set(sorted(range(len(network.nodes)),
                          key=lambda i: (-network.nodes[i].mentions, network.nodes[i].name))[:MAX_LABELS])
    heaviest = max(c for _, _, c in network.edges)
    rows = math.ceil(len(network.legend) / 2)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height + LEGEND_ROW * rows}" width="100%" '
             f'aria-label="{html.escape(label, quote=True)}" class="actor-network">',
             f"<title>{html.escape(label)}</title>"]
    parts += [edge_line(points[a], points[b], count, heaviest) for a, b, count in network.edges]
    parts += [node_mark(node, points[i], i in labelled, href_suffix, width, centre=radial and i == 0)
              for i, node in enumerate(network.nodes)]
    parts += legend_marks(network.legend, width, height)
    parts.append("</svg>")
    # Names in the picture are no search results: the lists beside it say the same.
    return Markup('<div class="briefing-picture network-picture" data-search-exclude="true">\n' + "".join(parts) + "\n</div>")


def edge_line(a: tuple[float, float], b: tuple[float, float], count: int, heaviest: int) -> str:
    """Return a tie as a line, thicker for more shared sentences."""
    return (f'<line x1="{a[0]}" y1="{a[1]}" x2="{b[0]}" y2="{b[1]}" stroke="currentColor" '
            f'stroke-opacity="0.3" stroke-width="{1 + 3 * count / heaviest:.1f}"/>')


def node_mark(node: Node, at: tuple[float, float], labelled: bool, href_suffix: str, width: int,
              centre: bool = False) -> str:
    """Return an actor as a dot sized by mentions, linked to its page, with a tooltip and maybe a label."""
    name = html.escape(node.name)
    radius = min(4 + 1.5 * math.sqrt(node.mentions), 16)
    label = clip(node.name)
    half = len(label) * 3.4 + 2  # about half the label's width at 12 px: keep it inside the picture
    x = min(max(at[0], half), width - half)
    bold, ring = (' font-weight="bold"', ' stroke="currentColor" stroke-width="2.5"') if centre else ("", "")
    text = (f'<text x="{x:.1f}" y="{at[1] + radius + 12:.1f}" text-anchor="middle" fill="currentColor" '
            f'font-size="12"{bold}>{html.escape(label)}</text>') if labelled else ""
    return (f'<a href="{html.escape(quote(node.id) + href_suffix, quote=True)}"><title>{name}: {node.mentions} '
            f'{node.unit}{"s" if node.mentions != 1 else ""}</title><circle cx="{at[0]}" cy="{at[1]}" r="{radius:.1f}" '
            f'fill="{node.colour}"{ring}/>{text}</a>')


def legend_marks(legend: tuple[tuple[str, str], ...], width: int, top: int) -> list[str]:
    """Return the legend below the picture: a coloured dot and name per faction, in two columns."""
    marks = []
    for i, (name, colour) in enumerate(legend):
        x, y = 12 + (i % 2) * width / 2, top + LEGEND_ROW * (i // 2) + 10
        marks.append(f'<circle cx="{x:.0f}" cy="{y}" r="6" fill="{colour}"/><text x="{x + 12:.0f}" y="{y + 4}" '
                     f'fill="currentColor" font-size="12">{html.escape(clip(name, 40))}</text>')
    return marks


def clip(text: str, limit: int = 20) -> str:
    """Return text shortened to `limit` characters, so a label does not cover its neighbours."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
