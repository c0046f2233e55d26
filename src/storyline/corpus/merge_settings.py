"""When reports from different articles tell one act: the settings of the event merge.

:func:`storyline.corpus.dedup.cluster_events` takes one :class:`MergeSettings`; the
:class:`~storyline.corpus.context.Corpus` keeps the one its events were merged under
beside its ``min_confidence``. The defaults were chosen together on the training threads
of eval/data/cross_outlet (the adjudicated second annotation; the corpus: those threads
and the VOA stories of no thread) by training/cross_outlet_merge.py: among the settings
that join no two stories of that corpus, best F0.5 among those of training precision 0.9
or more (1.0: the 4 cross-article pairs they merge are right, 1 of 5 missed); on ties, the
most cautious. ``same_detail_similarity`` was added later and set by a sweep of it alone
with the others at these defaults (its attribute says how).

>>> MergeSettings().same_key_similarity
0.4
>>> MergeSettings(same_day_place="type").same_day_place
'type'
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import OptionError

#: The linkages of :attr:`MergeSettings.same_key_link`.
LINKS = ("one", "every")
#: The grounds of :attr:`MergeSettings.same_day_place`, from the most cautious.
DAY_PLACE = ("off", "type", "quad")


@dataclass(frozen=True)
class MergeSettings:
    """The thresholds and linkage of the event merge (docs/CORPUS.md, "events").

    Attributes:
        same_key_similarity: reports of one key (type and actors) tell one act only when
            their sentences share at least this much beyond the words of the key
            (:func:`~storyline.corpus.evidence.similarity` less the actors' names and the
            trigger, each word weighed by its rarity in the corpus' articles: a shared
            "train" or "Frontier Corps" counts, a shared "said" hardly).
        same_key_link: whether a report must be that alike to ``"every"`` report of the
            act from other articles, or to ``"one"`` of them (one would chain: a generic
            sentence links two unrelated ones).
        one_sided_similarity: the same for reports that name one side only ("militants
            attacked", "was attacked"), whose key leaves more words of the sentence in.
        same_type_similarity: events of different keys but one type, with compatible
            actors (one outlet naming fewer or less precisely), are one act when reports
            from different articles are this alike (training: 0.3 to 0.5 score the same,
            0.6 loses a right merge). Reports of two threads join only as alike.
        same_detail_similarity: the same for events of one type that share a detail finer
            than the type (:func:`~storyline.corpus.dedup.same_detail`): its mode (ACCUSE
            ``allege``, COERCE ``deport``: the finer kind of act, as CAMEO's third digit) or
            a figure both tell ("30-day"), whose sentences may share fewer words: "have filed
            multiple lawsuits against the U.S. government" and "The suits allege that the
            U.S. government has overstepped its bounds" (0.21), "Ukraine had agreed to a
            30-day ceasefire" and "Ukraine said it is ready to accept a U.S. proposal for an
            immediate, interim 30-day ceasefire" (0.28). Chosen on the training threads with
            the other settings at their defaults (recall 0.71 -> 0.88, acts 3 -> 5 of 8,
            precision 1.0; 0.3 joins neither, 0.1 joins two stories, precision 0.7).
        cross_key_similarity: the same for events of two types of one quad class
            (training: 0.4 and 0.5 score the same, 0.6 loses a right merge).
        same_day_place: events that :func:`~storyline.corpus.day_place.same_day_and_place`
            (dated by their text to one day, sharing a place) are one act in whatever words
            when they are of one ``"type"``, or of one ``"quad"`` class; ``"off"``: never
            on that ground alone. ``"quad"`` joins "Rubio will join ... for the Jeddah
            talks" (CONSULT) with "Rubio led more than eight hours of peace talks ... in
            Jeddah" (AGREE), both of Tuesday (training pair precision 0.67 -> 0.75, recall
            0.5 -> 0.75); ``"type"`` joins nothing more there.
    """

    same_key_similarity: float = 0.4
    same_key_link: str = "every"
    one_sided_similarity: float = 0.5
    same_type_similarity: float = 0.5
    same_detail_similarity: float = 0.2
    cross_key_similarity: float = 0.5
    same_day_place: str = "quad"

    def __post_init__(self) -> None:
        if self.same_key_link not in LINKS:
            raise OptionError("same_key_link", self.same_key_link, " or ".join(LINKS))
        if self.same_day_place not in DAY_PLACE:
            raise OptionError("same_day_place", self.same_day_place, ", ".join(DAY_PLACE))

    def day_place_joins(self, same_type: bool) -> bool:
        """Whether two events of one day and place are one act on that ground alone, being
        of one type (``same_type``) or of two types of one quad class.

        >>> MergeSettings(same_day_place="type").day_place_joins(False)
        False
        """
        return self.same_day_place == "quad" or (self.same_day_place == "type" and same_type)


#: The settings chosen on the training threads (module docstring).
DEFAULT_MERGE = MergeSettings()
