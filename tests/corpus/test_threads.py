from __future__ import annotations

from storyline.corpus.threads import links, threads

from .conftest import article

TRAIN = ("Militants attacked a passenger train in Balochistan province near Sibi and took "
         "hundreds of passengers hostage, officials said. The Baloch Liberation Army claimed "
         "the hijacking of the Jaffar Express. ")
RESCUE = ("Pakistani soldiers rescued passengers from the hijacked Jaffar Express in Balochistan "
          "after militants of the Baloch Liberation Army held them hostage near Sibi. ")
TARIFF = ("The president doubled tariffs on Canadian steel and aluminum, escalating a trade war "
          "with Ottawa as markets fell and Ontario threatened an electricity surcharge. ")
CYCLONE = ("Cyclone Jude battered Malawi and Mozambique with heavy rain and strong winds, "
           "destroying homes and flooding farmland, but no deaths were reported. ")


def _corpus():
    return [
        article("t1", title="Militants attack train, take hostages", published="2025-03-11",
                body=TRAIN * 3),
        article("t2", title="Military rescues passengers after train attack",
                published="2025-03-12", body=RESCUE * 3),
        article("x1", title="Trump doubles tariffs on Canada steel", published="2025-03-11",
                body=TARIFF * 3),
        article("c1", title="Cyclone Jude batters Malawi", published="2025-03-12",
                body=CYCLONE * 3),
    ]


def test_threads_link_stories_about_the_same_incident():
    (thread,) = threads(_corpus())
    assert thread["article_keys"] == ["t1", "t2"]
    assert (thread["first"], thread["last"]) == ("2025-03-11", "2025-03-12")
    assert thread["title"] == "Militants attack train, take hostages"


def test_threads_never_link_stories_months_apart():
    arts = _corpus()
    arts[1]["published"] = "2025-09-12"
    assert threads(arts) == []


def test_threads_id_stays_when_a_later_story_joins():
    first = threads(_corpus())[0]["thread_id"]
    later = article("t3", title="Death toll in train hijacking rises", published="2025-03-14",
                    body=(TRAIN + RESCUE) * 2)
    (thread,) = threads([*_corpus(), later])
    assert thread["thread_id"] == first and thread["article_keys"] == ["t1", "t2", "t3"]


def test_links_are_sorted_pairs_with_scores():
    pairs = links(_corpus())
    assert [(a, b) for a, b, _s in pairs] == [("t1", "t2")]
    assert 0 < pairs[0][2] <= 1


def test_threads_do_not_chain_a_long_crisis_into_one_thread():
    days = ["2025-01-01", "2025-01-20", "2025-02-08", "2025-02-27", "2025-03-18"]
    arts = [article(f"s{i}", title="Train hostages in Balochistan", published=d,
                    body=TRAIN * 2 + f"Update number{i} words{i}.") for i, d in enumerate(days)]
    arts += _corpus()[2:]
    found = threads(arts)
    assert sum(t["n_articles"] for t in found) == 5
    assert all(t["first"] >= "2025-01-01" and t["last"] <= "2025-02-15" or t["first"] >= "2025-02"
               for t in found)
    assert len(found) >= 2


def test_threads_a_repost_joins_the_thread_of_its_original():
    arts = [*_corpus(), article("t1copy", title="Militants attack train", published="2025-03-13",
                                body=TRAIN * 3)]
    (thread,) = threads(arts, duplicates={"t1copy": "t1"})
    assert thread["article_keys"] == ["t1", "t1copy", "t2"]
