from __future__ import annotations

from storyline.corpus.framing import framing, quoted_words, voice


def _article(key: str, outlet: str, sentences: list[str], quotes=()) -> dict:
    body = " ".join(sentences)
    mentions = []
    at = 0
    while (at := body.find("Guaido", at)) >= 0:
        mentions.append([at, at + 6])
        at += 6
    return {"article_key": key, "outlet": outlet, "body": body, "quotes": list(quotes),
            "actors": [{"id": "juan_guaido", "name": "Juan Guaido", "text": "Guaido",
                        "mentions": mentions}]}


RT = ["The coup plotter Guaido met backers.", "Guaido, a coup plotter, spoke in Caracas.",
      "The puppet Guaido lost support.", "Guaido the coup plotter waved."] * 3
VOA = ["Opposition leader Guaido met backers.", "Guaido, the opposition leader, spoke.",
       "Interim president Guaido held talks.", "Guaido waved to opposition supporters."] * 3


def _resolve(ref):
    return ref.get("id")


def _stories(outlet: str, sentences: list[str], n: int = 3) -> list[dict]:
    """One article of ``sentences`` per story, ``n`` stories."""
    return [_article(f"{outlet}{i}", outlet, sentences) for i in range(n)]


RT_ONE, VOA_ONE = RT[:4], VOA[:4]


def test_framing_finds_the_words_one_outlet_uses_about_an_actor_with_sentences():
    rows = framing(_stories("RT", RT_ONE) + _stories("VOA", VOA_ONE), _resolve)
    words = {(r["outlet"], r["word"]) for r in rows}
    assert {("RT", "coup"), ("RT", "plotter"), ("VOA", "opposition")} <= words
    assert not {w for o, w in words if w in ("met", "backers", "waved")}  # shared words
    coup = next(r for r in rows if r["word"] == "coup")
    assert coup["count"] == 9 and coup["articles"] == 3 and coup["others"] == 0
    assert coup["z"] >= 1.645 and all("coup" in s for s in coup["sentences"])


def test_framing_word_of_one_article_is_its_story_not_the_outlets_voice():
    """Each outlet tells one story: however often a word is repeated in it, it is not kept."""
    rows = framing([_article("a", "RT", RT), _article("b", "VOA", VOA)], _resolve)
    assert rows == []
    assert framing([_article("a", "RT", RT), _article("b", "VOA", VOA)], _resolve,
                   min_articles=1)


def test_voice_finds_an_outlets_own_words_over_all_its_articles_not_what_it_quotes():
    said = "He called it a \u201cregime of thieves\u201d again."
    quote = {"speaker": None, "kind": "direct", "start": 0, "end": len(said)}
    rt = [{**_article(f"rt{i}", "RT", ["The regime in Caracas fell.", "Banks closed."]),
           "actors": []} for i in range(10)]
    voa = [{**_article(f"voa{i}", "VOA", [said, "The government in Caracas fell.",
                                          "Banks closed."]),
            "actors": [], "quotes": [quote]} for i in range(10)]
    rows = voice(rt + voa, _resolve)
    words = {(r["outlet"], r["word"]) for r in rows}
    assert ("RT", "regime") in words and ("VOA", "government") in words
    assert not {w for o, w in words if o == "VOA" and w in ("regime", "thieves")}
    assert ("RT", "caracas") not in words  # both outlets' word


def test_framing_keeps_quoted_insults_for_the_speaker():
    said = "Maduro called Guaido a \u201cpuppet of the empire\u201d on Sunday."
    start = said.index("\u201c")
    quote = {"speaker": {"id": "nicolas_maduro", "name": "Nicolás Maduro"}, "kind": "partial",
             "start": 0, "end": len(said), "text": said[start:]}
    voa = _article("b", "VOA", [said] * 6, [{**quote, "start": i * (len(said) + 1),
                                             "end": i * (len(said) + 1) + len(said)}
                                            for i in range(6)])
    rows = framing([_article("a", "RT", RT), voa], _resolve)
    assert ("VOA", "puppet") not in {(r["outlet"], r["word"]) for r in rows}
    quoted = quoted_words([voa], _resolve)
    assert quoted and all(q["speaker_id"] == "nicolas_maduro" and "puppet" in q["words"]
                          and "called" not in q["words"] for q in quoted)
