"""The words of the record of one talk (``conversation_report``), merged into ``words``'s
tables: Dutch (the product's language) and English."""

from __future__ import annotations

RECORD_NL: dict[str, str] = {
    "record_kicker": "VERSLAG VAN EEN GESPREK",
    "record_doc_title": "Verslag {deck} {date} – {name}",
    "record_subject": "Verslag van het gesprek van {date}: wat we samen bespraken en afspraken",
    "record_subtitle": "{deck} · {date}",
    "f_talk": "Gesprek",
    "f_held": "Gevoerd op",
    "record_intro": (
        "Dit verslag geeft weer wat {name} en de leidinggevende in dit gesprek samen "
        "bespraken en afspraken. De privénotities van de leidinggevende staan er niet in."
    ),
    "record_no_summary": "Er werd geen samenvatting genoteerd.",
    "record_answers": "Wat we bespraken",
    "record_no_answers": "Er werden geen kaarten beantwoord.",
    "record_no_actions": "In dit gesprek werden geen afspraken gemaakt.",
    "record_signing_note": (
        "Medewerker en leidinggevende hebben dit verslag samen overlopen. Een handtekening "
        "betekent dat dit verslag het gesprek weergeeft zoals het gevoerd werd, niet dat men "
        "het over alles eens is."
    ),
    "record_file": "verslag",
}

RECORD_EN: dict[str, str] = {
    "record_kicker": "RECORD OF A CONVERSATION",
    "record_doc_title": "Record {deck} {date} – {name}",
    "record_subject": "Record of the conversation of {date}: what we discussed and agreed",
    "record_subtitle": "{deck} · {date}",
    "f_talk": "Conversation",
    "f_held": "Held on",
    "record_intro": (
        "This record shows what {name} and their manager discussed and agreed in this "
        "conversation. The manager's private notes are not in it."
    ),
    "record_no_summary": "No summary was written down.",
    "record_answers": "What we discussed",
    "record_no_answers": "No cards were answered.",
    "record_no_actions": "No actions were agreed in this conversation.",
    "record_signing_note": (
        "Employee and manager went through this record together. Signing means it reflects "
        "the conversation as it took place, not that both agree on everything."
    ),
    "record_file": "record",
}
