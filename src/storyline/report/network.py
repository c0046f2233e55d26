"""Lay out the actors and their alliances as a network picture.

Our own small force-directed layout (Fruchterman-Reingold): nodes start on a
circle in a fixed order, so the same views always give the same picture, and
the result is plain coordinates that a template draws as inline SVG.

>>> actors = [{"actor_id": "a", "name": "A", "n_mentions": 3},
...           {"actor_id": "b", "name": "B", "n_mentions": 1}]
>>> net = layout(actors, [{"a": "a", "b": "b", "relation": "SUPPORT", "sign": 1, "weight": 2}])
>>> [n.id for n in net.nodes], len(net.edges), net.edges[0].sign
(['a', 'b'], 1, 1)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

WIDTH = 900
HEIGHT = 600
MARGIN_X = 90
MARGIN_Y = 40
MAX_NODES = 40
MIN_NODES = 16


@dataclass(frozen=True)
class Node:
    """An actor drawn at ``(x, y)`` with radius ``r``."""

    id: str
    name: str
    kind: str
    sector: str
    x: float
    y: float
    r: float
    degree: int


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


@dataclass(frozen=True)
class Network:
    """A laid-out picture: nodes and edges inside ``width`` x ``height``."""

    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]
    hidden_nodes: int


def _pick_nodes(actors: Sequence[dict[str, Any]], alliances: Sequence[dict[str, Any]],
                max_nodes: int) -> list[dict[str, Any]]:
    """The actors worth drawing: those in an alliance, topped up by the most mentioned
    to :data:`MIN_NODES`."""
    allied: dict[str, int] = {}
    for row in alliances:
        for end in (row.get("a"), row.get("b")):
            if end:
                allied[end] = allied.get(end, 0) + int(row.get("weight") or 1)
    by_id = {a["actor_id"]: a for a in actors if a.get("actor_id")}
    for row in alliances:  # alliance ends missing from the actor view still get a node
        for end, name in ((row.get("a"), row.get("a_name")), (row.get("b"), row.get("b_name"))):
            if end and end not in by_id:
                by_id[end] = {"actor_id": end, "name": name or end}

    def rank(actor: dict[str, Any]) -> tuple[int, int, str]:
        aid = actor["actor_id"]
        return (-allied.get(aid, 0), -int(actor.get("n_mentions") or 0), aid)

    ranked = sorted(by_id.values(), key=rank)
    n_allied = sum(1 for a in ranked if a["actor_id"] in allied)
    return ranked[:min(max_nodes, max(n_allied, MIN_NODES))]


def _forces(n: int, links: list[tuple[int, int, float]], width: float, height: float,
            iterations: int) -> list[tuple[float, float]]:
    """Fruchterman-Reingold positions of ``n`` nodes (any scale), deterministic.

    Nodes start on a circle; linked nodes attract, all nodes repel, and a pull
    to the centre keeps unlinked nodes in a disc instead of drifting away.
    """
    if n == 1:
        return [(0.0, 0.0)]
    k = math.sqrt(width * height / n)
    pos = [[k * n / 4 * math.cos(2 * math.pi * i / n), k * n / 4 * math.sin(2 * math.pi * i / n)]
           for i in range(n)]
    temperature = width / 10
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                dist = math.hypot(dx, dy) or 0.01
                push = k * k / dist
                disp[i][0] += dx / dist * push
                disp[i][1] += dy / dist * push
                disp[j][0] -= dx / dist * push
                disp[j][1] -= dy / dist * push
        for i, j, strength in links:
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            dist = math.hypot(dx, dy) or 0.01
            pull = dist * dist / k * strength
            disp[i][0] -= dx / dist * pull
            disp[i][1] -= dy / dist * pull
            disp[j][0] += dx / dist * pull
            disp[j][1] += dy / dist * pull
        for i in range(n):
            dist = math.hypot(*pos[i]) or 0.01
            gravity = dist * dist / k * 0.25
            disp[i][0] -= pos[i][0] / dist * gravity
            disp[i][1] -= pos[i][1] / dist * gravity
            length = math.hypot(*disp[i]) or 0.01
            step = min(length, temperature)
            pos[i][0] += disp[i][0] / length * step
            pos[i][1] += disp[i][1] / length * step
        temperature = max(temperature * 0.97, 0.5)
    return [(x, y) for x, y in pos]


def _fit(points: list[tuple[float, float]], width: int, height: int) -> list[tuple[float, float]]:
    """Scale ``points`` evenly to fill the canvas, leaving room for labels at the edges."""
    if len(points) == 1:
        return [(width / 2, height / 2)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    spanx, spany = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    scale = min((width - 2 * MARGIN_X) / spanx, (height - 2 * MARGIN_Y) / spany)
    left = (width - spanx * scale) / 2
    top = (height - spany * scale) / 2
    return [(round(left + (x - min(xs)) * scale, 1), round(top + (y - min(ys)) * scale, 1))
            for x, y in points]


def layout(actors: Sequence[dict[str, Any]], alliances: Sequence[dict[str, Any]], *,
           width: int = WIDTH, height: int = HEIGHT, max_nodes: int = MAX_NODES,
           iterations: int = 250) -> Network:
    """Place the most connected actors and draw every alliance between them.

    Args:
        actors: rows of the ``actors`` view.
        alliances: rows of the ``alliances`` view.
        width: canvas width in SVG units.
        height: canvas height in SVG units.
        max_nodes: at most this many actors are drawn (the rest are counted).
        iterations: steps of the force simulation.

    Returns:
        The :class:`Network`, nodes and edges in a stable order.

    >>> layout([], []).nodes
    []
    """
    chosen = _pick_nodes(actors, alliances, max_nodes)
    ids = [a["actor_id"] for a in chosen]
    index = {aid: i for i, aid in enumerate(ids)}
    drawn = [row for row in alliances
             if row.get("a") in index and row.get("b") in index and row.get("a") != row.get("b")]
    degree = dict.fromkeys(ids, 0)
    pair_weight: dict[tuple[int, int], float] = {}
    for row in drawn:
        degree[row["a"]] += 1
        degree[row["b"]] += 1
        pair = tuple(sorted((index[row["a"]], index[row["b"]])))
        pair_weight[pair] = pair_weight.get(pair, 0) + int(row.get("weight") or 1)  # type: ignore[index]
    links = [(i, j, 1.0 + math.log1p(w) / 3) for (i, j), w in sorted(pair_weight.items())]
    points = _fit(_forces(len(ids), links, width, height, iterations), width, height) \
        if ids else []
    most = max((int(a.get("n_mentions") or 0) for a in chosen), default=0) or 1
    nodes = [Node(id=aid, name=str(a.get("name") or aid), kind=str(a.get("kind") or ""),
                  sector=str(a.get("sector") or ""), x=points[i][0], y=points[i][1],
                  r=round(7 + 11 * math.sqrt(int(a.get("n_mentions") or 0) / most), 1),
                  degree=degree[aid])
             for i, (aid, a) in enumerate(zip(ids, chosen, strict=True))]
    edges = []
    for row in sorted(drawn, key=lambda r: (r["a"], r["b"], -int(r.get("sign") or 1),
                                            str(r.get("relation")))):
        (x1, y1), (x2, y2) = points[index[row["a"]]], points[index[row["b"]]]
        sign = -1 if int(row.get("sign") or 1) < 0 else 1
        # cooperative and conflictual lines of the same pair sit side by side
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        ox, oy = -(y2 - y1) / length * 3 * sign, (x2 - x1) / length * 3 * sign
        weight = int(row.get("weight") or 1)
        edges.append(Edge(a=row["a"], b=row["b"], relation=str(row.get("relation") or ""),
                          sign=sign, weight=weight,
                          x1=round(x1 + ox, 1), y1=round(y1 + oy, 1),
                          x2=round(x2 + ox, 1), y2=round(y2 + oy, 1),
                          stroke=round(min(1.5 + math.log1p(weight) * 1.5, 8.0), 1)))
    hidden = len({a.get("actor_id") for a in actors}) - len(nodes)
    return Network(width=width, height=height, nodes=nodes, edges=edges,
                   hidden_nodes=max(hidden, 0))
