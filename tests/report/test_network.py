from storyline.report.network import layout

ACTORS = [{"actor_id": f"a{i}", "name": f"A{i}", "n_mentions": 10 - i} for i in range(6)]
ALLIANCES = [
    {"a": "a0", "b": "a1", "relation": "SUPPORT", "sign": 1, "weight": 3},
    {"a": "a0", "b": "a1", "relation": "ACCUSE", "sign": -1, "weight": 1},
    {"a": "a2", "b": "a3", "relation": "REJECT", "sign": -1, "weight": 2},
]


def test_network_layout_is_deterministic():
    assert layout(ACTORS, ALLIANCES) == layout(ACTORS, ALLIANCES)


def test_network_nodes_stay_inside_the_canvas_and_do_not_overlap():
    net = layout(ACTORS, ALLIANCES)
    assert {n.id for n in net.nodes} == {a["actor_id"] for a in ACTORS}
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


def test_network_draws_at_most_max_nodes_preferring_allied_actors():
    net = layout(ACTORS, ALLIANCES, max_nodes=4)
    assert {n.id for n in net.nodes} == {"a0", "a1", "a2", "a3"}
    assert net.hidden_nodes == 2


def test_network_alliance_end_missing_from_actor_view_still_gets_a_node():
    net = layout([], [{"a": "x", "b": "y", "a_name": "X", "b_name": "Y", "sign": 1,
                       "relation": "AID", "weight": 1}])
    assert sorted(n.name for n in net.nodes) == ["X", "Y"]
    assert len(net.edges) == 1
