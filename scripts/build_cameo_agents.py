"""Build ``storyline/data/cameo_agents.json`` from the CAMEO/Phoenix agents dictionary.

Source: ``petrarch2/data/dictionaries/Phoenix.agents.txt`` of
https://github.com/openeventdata/petrarch2 (MIT licence, (c) 2014 Open Event Data
Alliance; from the Computational Event Data System project), at the commit named in
``storyline/data/SOURCES``. It lists some 2,300 nouns for kinds of actor ("HERDSMAN
[~AGR]", "JAIL_GUARD [~COP]") with the CAMEO code of their sector.

What is kept: nouns of plain words (``!PERSON!`` spelled out as man, woman, person and
their plurals; a plural in braces as a noun of its own), with the PLOVER sector of the
code's first three letters (``CAMEO_SECTORS``: CAMEO's ``MED`` is the media, ``JRN``;
its ``HLH`` health, PLOVER's ``MED``). Religions alone (``MUS``, ``CHR``: a believer is
no actor of a sector), radicals, ``PPL``, ``IMG`` and commented-out lines are left out,
and so are the words of ``LEFT_OUT`` (events, modifiers, words storyline's annotation
rules read otherwise); any noun sectors.json (written for storyline) already places, in
any of its forms, is left to it, and so is a compound of a head noun it places
("security officer", "invasion force": its modifiers and heads read those).

Run ``PYTHONPATH=src:scripts python scripts/build_cameo_agents.py PATH/Phoenix.agents.txt``
from the repository root; it rewrites ``src/storyline/data/cameo_agents.json``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from storyline.stages.actors.lexicon import fold, singular

OUT = Path(__file__).resolve().parents[1] / "src/storyline/data/cameo_agents.json"
#: The PLOVER sector of a CAMEO agent code's first three letters.
CAMEO_SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "CRM": "CRM", "OPP": "OPP", "BUS": "BUS",
    "CVL": "CVL", "JUD": "JUD", "COP": "COP", "MED": "JRN", "LEG": "LEG", "HLH": "MED",
    "EDU": "EDU", "UAF": "UAF", "SPY": "SPY", "AGR": "AGR", "LAB": "LAB", "REF": "REF",
    "PTY": "PTY", "ELI": "ELI", "NGO": "NGO", "HRI": "NGO", "ENV": "NGO", "DEV": "NGO",
}
#: Words of the dictionary that name no actor in storyline's reading (events: "uprising",
#: "revolt"; modifiers: "retired", "state-owned"; not a body: "governance", "telecom";
#: vehicles and buildings: "airliner", "barracks"),
#: and words whose sector storyline's annotation rules give otherwise
#: (docs/ACTOR_ANNOTATION.md: migrants are REF, a spokeswoman is her body's).
LEFT_OUT = frozenset("""
revolt uprising rebellion insurgence governance polity retired state-owned semi-official
native naturalized non-native non-resident telecom actor doc kingdom settlement
neighborhood neighbourhood chamber echelon phalanx airliner jetliner jumbojet tanker
supertanker freighter containership oiler battlewagon humvee hmmwv mig kfir jetfighter
barracks prison infirmary sanatorium sanitarium sanatarium schoolhouse aerospace airway
""".split())
RESECTORED = {"immigrant": "REF"}
_LINE = re.compile(r"^([A-Z][A-Z_!'-]*)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)[\]}]")
_PERSON = ("man", "men", "woman", "women", "person")


def _words(raw: str) -> list[str]:
    """The nouns a dictionary word stands for: "HERDS!PERSON!" is herdsman, herdsmen, ..."""
    raw = raw.strip().strip("_")
    if not raw:
        return []
    if "!PERSON!" in raw:
        return [w for p in _PERSON for w in _words(raw.replace("!PERSON!", p.upper()))]
    if "!" in raw:
        return []
    text = raw.replace("_", " ").lower()
    return [text] if re.fullmatch(r"[a-z][a-z' -]*[a-z]", text) else []


def _forms(noun: str) -> set[str]:
    """The noun and its singular ("spokeswomen": spokeswoman): either one that sectors.json
    places leaves the noun to it (the lookup reads a plural as its singular)."""
    key = fold(noun)
    return {key, singular(key)}


def build(path: Path) -> dict[str, str]:
    """Noun -> PLOVER sector."""
    ours = json.loads((OUT.parent / "sectors.json").read_text(encoding="utf-8"))
    known = {fold(w) for key in ("modifiers", "generic") for w in ours[key]}
    known |= {fold(w) for words in ours["heads"].values() for w in words}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        raw, plural, code = match.groups()
        sector = CAMEO_SECTORS.get(code[:3])
        if sector is None:
            continue
        for noun in _words(raw) + [w for p in (plural or "").split(",") for w in _words(p)]:
            noun = noun.removeprefix("the ")
            if noun in LEFT_OUT or _forms(noun) & known or _forms(noun.split()[-1]) & known:
                continue  # a compound of a head sectors.json places is read by its rules
            out.setdefault(noun, RESECTORED.get(noun, sector))
    return dict(sorted(out.items()))


def main() -> None:
    table = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps({
        "_about": "Nouns for kinds of actor with their PLOVER sector, from the CAMEO/Phoenix "
                  "agents dictionary of openeventdata/petrarch2 (MIT); built by "
                  "scripts/build_cameo_agents.py, see SOURCES. sectors.json wins over it.",
        "agents": table}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
