from storyline.report.network import CHAR_PX, layout

ACTORS = [{"actor_id": f"a{i}", "name": f"A{i}", "n_mentions": 10 - i} for i in range(6)]
ALLIANCES = [
    {"a": "a0", "b": "a1", "relation": "SUPPORT", "sign": 1, "weight": 3},
    {"a": "a0", "b": "a1", "relation": "ACCUSE", "sign": -1, "weight": 1},
    {"a": "a2", "b": "a3", "relation": "REJECT", "sign": -1, "weight": 2},
]


def star(n, hubs=3):
    """``hubs`` actors each backed by many others with long names: a crowded picture."""
    actors = [{"actor_id": f"x{i}", "name": f"Minister of Something Number {i}",
               "n_mentions": 100 - i} for i in range(n)]
    rows = [{"a": f"x{i}", "b": f"x{i % hubs}", "relation": "SUPPORT", "sign": 1, "weight": 1}
            for i in range(hubs, n)]
    return actors, rows


def test_network_layout_is_deterministic():
    assert layout(ACTORS, ALLIANCES) == layout(ACTORS, ALLIANCES)


def test_network_draws_no_isolated_actor():
    net = layout(ACTORS, ALLIANCES)
    assert {n.id for n in net.nodes} == {"a0", "a1", "a2", "a3"}
    assert net.hidden_nodes == 2


def test_network_nodes_stay_inside_the_canvas_and_do_not_overlap():
    net = layout(ACTORS, ALLIANCES)
    for n in net.nodes:
        assert 0 <= n.x <= net.width and 0 <= n.y <= net.height
    points = [(n.x, n.y) for n in net.nodes]
    for i, (x1, y1) in enumerate(points):
        for x2, y2 in points[i + 1:]:
            assert abs(x1 - x2) + abs(y1 - y2) > 20


def test_network_linked_actors_sit_closer_than_unlinked_ones():
    net = layout(ACTORS, ALLIANCES)
    at = {n.id: (n.x, n.y) for n in net.nodes}

    def dist(a, b):
        return ((at[a][0] - at[b][0]) ** 2 + (at[a][1] - at[b][1]) ** 2) ** 0.5

    assert dist("a0", "a1") < dist("a0", "a3")
    assert dist("a2", "a3") < dist("a2", "a1")


def test_network_edges_keep_sign_and_both_signs_of_a_pair_are_drawn_apart():
    net = layout(ACTORS, ALLIANCES)
    pair = [e for e in net.edges if {e.a, e.b} == {"a0", "a1"}]
    assert sorted(e.sign for e in pair) == [-1, 1]
    assert (pair[0].x1, pair[0].y1) != (pair[1].x1, pair[1].y1)
    assert max(e.stroke for e in pair) == next(e.stroke for e in pair if e.weight == 3)


def test_network_shows_the_most_connected_and_keeps_the_next_for_search():
    actors, rows = star(60)
    net = layout(actors, rows, shown=10, max_nodes=40)
    shown = [n.id for n in net.nodes if n.shown]
    assert shown[:3] == ["x0", "x1", "x2"] and len(shown) == 10
    assert len(net.nodes) == 40 and net.searchable == 30 and net.hidden_nodes == 20
    assert all(e.shown == (e.a in shown and e.b in shown) for e in net.edges)


def test_network_camps_group_actors_that_back_each_other():
    actors, rows = star(12, hubs=2)
    rows.append({"a": "x0", "b": "x1", "relation": "ACCUSE", "sign": -1, "weight": 5})
    net = layout(actors, rows)
    camp = {n.id: n.camp for n in net.nodes}
    assert camp["x0"] != camp["x1"] and camp["x2"] == camp["x0"] and camp["x3"] == camp["x1"]
    assert sorted(c.name for c in net.camps) == [actors[0]["name"], actors[1]["name"]]


def test_network_labels_written_never_overlap():
    actors, rows = star(80, hubs=4)
    net = layout(actors, rows)
    boxes = []
    for n in net.nodes:
        if n.shown and n.label.shown:
            w, x = len(n.label.text) * CHAR_PX, n.label.x
            left = {"middle": x - w / 2, "start": x, "end": x - w}[n.label.anchor]
            boxes.append((left, n.label.y - 12, left + w, n.label.y + 2))
    assert len(boxes) >= 10
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_network_alliance_end_missing_from_actor_view_still_gets_a_node():
    net = layout([], [{"a": "x", "b": "y", "a_name": "X", "b_name": "Y", "sign": 1,
                       "relation": "AID", "weight": 1}])
    assert sorted(n.name for n in net.nodes) == ["X", "Y"]
    assert len(net.edges) == 1


def test_network_shows_no_actor_whose_alliances_all_lead_off_screen():
    actors, rows = star(40, hubs=2)
    rows += [{"a": "p", "b": "q", "relation": "ACCUSE", "sign": -1, "weight": 9}]  # apart
    net = layout(actors + [{"actor_id": "p", "name": "P"}, {"actor_id": "q", "name": "Q"}],
                 rows, shown=3)
    shown = {n.id for n in net.nodes if n.shown}
    linked = {e.a for e in net.edges if e.shown} | {e.b for e in net.edges if e.shown}
    assert shown and shown <= linked
