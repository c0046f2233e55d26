"""Lay out the actors and their alliances as a network picture people can read.

networkx does the graph work: the layout (ForceAtlas2, seeded, so the same views
give the same picture) and the camps, the communities of the cooperative edges
(Louvain). Only actors in an alliance are drawn (no isolated nodes); the
:data:`SHOWN` most connected are on screen, the next ones up to :data:`MAX_NODES`
are laid out around them and brought in by a search. Labels are placed greedily,
most connected first, beside their circle where they overlap nothing already
drawn; a label that fits nowhere is left to the node's tooltip, so no two labels
overlap.

>>> actors = [{"actor_id": "a", "name": "A", "n_mentions": 3},
...           {"actor_id": "b", "name": "B", "n_mentions": 1}]
>>> net = layout(actors, [{"a": "a", "b": "b", "relation": "SUPPORT", "sign": 1, "weight": 2}])
>>> [n.id for n in net.nodes], len(net.edges), net.edges[0].sign, net.camps[0].name
(['a', 'b'], 1, 1, 'A')
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

WIDTH = 960
HEIGHT = 620
MARGIN = 24
#: Actors on screen when the picture opens (the most connected).
SHOWN = 30
#: Actors laid out in all (the rest of the most connected come in by search).
MAX_NODES = 150
#: Camps given a colour of their own; the others are drawn grey.
CAMP_COLOURS = 8
FONT_PX = 12
CHAR_PX = 7.0  # a generous average glyph width at FONT_PX, so estimated boxes hold the text
LABEL_CHARS = 26
SEED = 7


@dataclass(frozen=True)
class Label:
    """Where a node's name is written; ``shown`` False leaves it to the tooltip."""

    text: str
    x: float
    y: float
    anchor: str
    shown: bool


@dataclass(frozen=True)
class Node:
    """An actor drawn at ``(x, y)`` with radius ``r``, in camp ``camp`` (-1: none)."""

    id: str
    name: str
    kind: str
    sector: str
    x: float
    y: float
    r: float
    degree: int
    camp: int
    shown: bool
    label: Label


@dataclass(frozen=True)
class Edge:
    """One alliance row drawn as a line; ``sign`` 1 is cooperative, -1 conflictual."""

    a: str
    b: str
    relation: str
    sign: int
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: float
    shown: bool


@dataclass(frozen=True)
class Camp:
    """Actors who cooperate with each other: a community of the cooperative edges."""

    index: int
    name: str
    members: list[str]


@dataclass(frozen=True)
class Network:
    """A laid-out picture: nodes and edges inside ``width`` x ``height``."""

    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]
    camps: list[Camp]
    hidden_nodes: int
    searchable: int = 0


def _graph(actors: Sequence[dict[str, Any]], alliances: Sequence[dict[str, Any]]) -> nx.Graph:
    """The undirected weighted graph of alliances; nodes carry their actor row."""
    graph = nx.Graph()
    by_id = {a["actor_id"]: a for a in actors if a.get("actor_id")}
    for row in alliances:
        a, b = row.get("a"), row.get("b")
        if not a or not b or a == b:
            continue
        weight = int(row.get("weight") or 1)
        sign = -1 if int(row.get("sign") or 1) < 0 else 1
        for end, name in ((a, row.get("a_name")), (b, row.get("b_name"))):
            if end not in graph:
                graph.add_node(end, actor=by_id.get(end) or {"actor_id": end, "name": name or end})
        data = graph.get_edge_data(a, b) or {"weight": 0, "positive": 0}
        graph.add_edge(a, b, weight=data["weight"] + weight,
                       positive=data["positive"] + (weight if sign > 0 else 0))
    return graph


def _ranked(graph: nx.Graph) -> list[str]:
    """Nodes by weighted degree, then mentions, then id: the most connected first."""
    def rank(node: str) -> tuple[int, int, str]:
        actor = graph.nodes[node]["actor"]
        return (-int(graph.degree(node, weight="weight")), -int(actor.get("n_mentions") or 0),
                node)

    return sorted(graph.nodes, key=rank)


def _on_screen(graph: nx.Graph, ranked: Sequence[str], size: int) -> list[str]:
    """The best ranked nodes, at most ``size``, each with a neighbour among them: a node
    comes in with a neighbour already shown, or with its best ranked neighbour.

    >>> g = nx.Graph([("a", "b"), ("c", "d"), ("a", "e")])
    >>> _on_screen(g, ["a", "b", "c", "d", "e"], 3)
    ['a', 'b', 'e']
    """
    order = {n: i for i, n in enumerate(ranked)}
    chosen: set[str] = set()
    for node in ranked:
        if len(chosen) >= size:
            break
        if node in chosen:
            continue
        neighbours = [m for m in graph.neighbors(node) if m in order]
        if any(m in chosen for m in neighbours):
            chosen.add(node)
        elif neighbours and len(chosen) + 2 <= size:
            chosen.update((node, min(neighbours, key=order.__getitem__)))
    return [n for n in ranked if n in chosen]


def camps_of(graph: nx.Graph, ranked: Sequence[str]) -> list[Camp]:
    """Camps: Louvain communities of the cooperative edges, the best connected first.

    >>> g = nx.Graph()
    >>> g.add_nodes_from(["a", "b", "c"], actor={})
    >>> g.add_edge("a", "b", weight=2, positive=2); g.add_edge("b", "c", weight=1, positive=0)
    >>> [c.members for c in camps_of(g, ["b", "a", "c"])]
    [['b', 'a']]
    """
    friendly = nx.Graph()
    friendly.add_edges_from((a, b, {"weight": d["positive"]})
                            for a, b, d in graph.edges(data=True) if d["positive"] > 0)
    if not friendly.number_of_edges():
        return []
    order = {node: i for i, node in enumerate(ranked)}
    groups = [sorted(group, key=order.__getitem__)
              for group in nx.community.louvain_communities(friendly, weight="weight", seed=SEED)
              if len(group) > 1]
    groups.sort(key=lambda g: (-len(g), order[g[0]]))
    return [Camp(index=i, name=str(graph.nodes[g[0]]["actor"].get("name") or g[0]), members=g)
            for i, g in enumerate(groups)]


def _positions(graph: nx.Graph, shown: list[str], extra: list[str],
               ) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 layout of the shown nodes (it keeps the many leaves of a hub apart),
    then a spring layout of the others around them, the shown ones fixed."""
    if len(shown) < 2:
        pos: dict[str, Any] = {n: (0.0, 0.0) for n in shown}
    else:
        pos = nx.forceatlas2_layout(graph.subgraph(shown), seed=SEED, max_iter=300)
    if extra:
        k = 2.5 / math.sqrt(max(len(shown), 1))
        pos = nx.spring_layout(graph.subgraph(shown + extra),
                               pos={n: tuple(pos[n]) for n in shown}, fixed=shown or None,
                               seed=SEED, k=k, iterations=100)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _fit(points: dict[str, tuple[float, float]], shown: list[str], width: int, height: int,
         ) -> dict[str, tuple[float, float]]:
    """Scale so the shown nodes fill the canvas (room left for labels); others may fall
    near the edges and are clamped inside."""
    base = [points[n] for n in shown] or list(points.values())
    xs, ys = [p[0] for p in base], [p[1] for p in base]
    spanx, spany = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    left, top = MARGIN + 70, MARGIN + 10
    sx, sy = (width - 2 * left) / spanx, (height - 2 * top - 20) / spany
    out = {}
    for node, (x, y) in points.items():
        px = left + (x - min(xs)) * sx if len(base) > 1 else width / 2
        py = top + (y - min(ys)) * sy if len(base) > 1 else height / 2
        out[node] = (round(min(max(px, MARGIN), width - MARGIN), 1),
                     round(min(max(py, MARGIN), height - MARGIN), 1))
    return out


Box = tuple[float, float, float, float]


def _overlaps(box: Box, others: list[Box]) -> bool:
    x1, y1, x2, y2 = box
    return any(x1 < b[2] and b[0] < x2 and y1 < b[3] and b[1] < y2 for b in others)


def short_name(name: str, limit: int = LABEL_CHARS) -> str:
    """A name cut to ``limit`` characters for a label.

    >>> short_name("Venezuelan National Constituent Assembly", 20)
    'Venezuelan National…'
    """
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _place_labels(order: list[str], names: dict[str, str], centre: dict[str, tuple[float, float]],
                  radius: dict[str, float], width: int, height: int) -> dict[str, Label]:
    """Greedy label placement: below, above, right, left of the circle, the first that
    overlaps no label or circle already placed and stays on the canvas."""
    circles: list[Box] = [(x - radius[n], y - radius[n], x + radius[n], y + radius[n])
                          for n, (x, y) in centre.items()]
    placed: list[Box] = []
    labels = {}
    for node in order:
        text = short_name(names[node])
        (x, y), r = centre[node], radius[node]
        w, h = len(text) * CHAR_PX + 4, FONT_PX + 4
        below, above, mid = y + r + 1, y - r - 3, y + FONT_PX / 2 - 1
        candidates = [  # (text x, text y, anchor, box)
            (x, below + FONT_PX, "middle", (x - w / 2, below, x + w / 2, below + h)),
            (x, y - r - 5, "middle", (x - w / 2, above - h, x + w / 2, above)),
            (x + r + 4, mid, "start", (x + r + 2, y - h / 2, x + r + 2 + w, y + h / 2)),
            (x - r - 4, mid, "end", (x - r - 2 - w, y - h / 2, x - r - 2, y + h / 2)),
        ]
        own = (x - r, y - r, x + r, y + r)
        others = [c for c in circles if c != own]
        for lx, ly, anchor, box in candidates:
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            if inside and not _overlaps(box, placed) and not _overlaps(box, others):
                placed.append(box)
                labels[node] = Label(text, round(lx, 1), round(ly, 1), anchor, True)
                break
        else:
            labels[node] = Label(text, x, round(y + r + FONT_PX + 1, 1), "middle", False)
    return labels


def layout(actors: Sequence[dict[str, Any]], alliances: Sequence[dict[str, Any]], *,
           width: int = WIDTH, height: int = HEIGHT, shown: int = SHOWN,
           max_nodes: int = MAX_NODES) -> Network:
    """Place the most connected actors and draw every alliance between them.

    Args:
        actors: rows of the ``actors`` view.
        alliances: rows of the ``alliances`` view.
        width: canvas width in SVG units.
        height: canvas height in SVG units.
        shown: actors on screen at first (the most connected).
        max_nodes: actors laid out in all (``searchable`` of them off screen until searched);
            the rest, and the actors in no alliance, are counted in ``hidden_nodes``.

    Returns:
        The :class:`Network`, nodes most connected first, edges in a stable order.

    >>> layout([], []).nodes
    []
    """
    graph = _graph(actors, alliances)
    ranked = _ranked(graph)
    chosen = ranked[:max_nodes]
    on_screen = _on_screen(graph, chosen, shown)
    extra = [n for n in chosen if n not in set(on_screen)]
    camps = camps_of(graph, ranked)
    camp_of = {m: c.index for c in camps for m in c.members}
    centre = _fit(_positions(graph, on_screen, extra), on_screen, width, height) if chosen else {}
    most = max((int(graph.nodes[n]["actor"].get("n_mentions") or 0) for n in chosen),
               default=0) or 1
    radius = {n: round(6 + 10 * math.sqrt(int(graph.nodes[n]["actor"].get("n_mentions") or 0)
                                          / most), 1) for n in chosen}
    names = {n: str(graph.nodes[n]["actor"].get("name") or n) for n in chosen}
    labels = _place_labels(on_screen, names, {n: centre[n] for n in on_screen}, radius,
                           width, height)
    for n in extra:  # brought in by search: their label is always written
        x, y = centre[n]
        labels[n] = Label(short_name(names[n]), x, round(y + radius[n] + FONT_PX + 1, 1),
                          "middle", True)
    visible = set(on_screen)
    nodes = []
    for n in chosen:
        actor = graph.nodes[n]["actor"]
        nodes.append(Node(id=n, name=names[n], kind=str(actor.get("kind") or ""),
                          sector=str(actor.get("sector") or ""), x=centre[n][0], y=centre[n][1],
                          r=radius[n], degree=int(graph.degree(n)), camp=camp_of.get(n, -1),
                          shown=n in visible, label=labels[n]))
    index = set(chosen)
    edges = []
    drawn = [r for r in alliances if r.get("a") in index and r.get("b") in index
             and r.get("a") != r.get("b")]
    for row in sorted(drawn, key=lambda r: (r["a"], r["b"], -int(r.get("sign") or 1),
                                            str(r.get("relation")))):
        (x1, y1), (x2, y2) = centre[row["a"]], centre[row["b"]]
        sign = -1 if int(row.get("sign") or 1) < 0 else 1
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        ox, oy = -(y2 - y1) / length * 2 * sign, (x2 - x1) / length * 2 * sign
        weight = int(row.get("weight") or 1)
        edges.append(Edge(a=row["a"], b=row["b"], relation=str(row.get("relation") or ""),
                          sign=sign, weight=weight, x1=round(x1 + ox, 1), y1=round(y1 + oy, 1),
                          x2=round(x2 + ox, 1), y2=round(y2 + oy, 1),
                          stroke=round(min(1.2 + math.log1p(weight) * 1.3, 7.0), 1),
                          shown=row["a"] in visible and row["b"] in visible))
    hidden = len({a.get("actor_id") for a in actors} | set(graph.nodes)) - len(chosen)
    return Network(width=width, height=height, nodes=nodes, edges=edges, camps=camps,
                   hidden_nodes=max(hidden, 0), searchable=len(extra))
