"""The words printed on a preparation form, in the employee's language (Dutch, English).

The form is the employee's, not the app user's: its words follow the form's language,
not the app's, so they live here as the report words do (``reports/record_words.py``).
"""

from __future__ import annotations

FORM_NL: dict[str, str] = {
    "kicker": "VOORBEREIDING VAN JE GESPREK",
    "subtitle": "{deck} · met {manager}",
    "subtitle_no_manager": "{deck}",
    "intro": (
        "Dit formulier helpt je je gesprek voor te bereiden. Vul in wat je wilt, op het "
        "scherm of op papier; een vraag open laten mag altijd. Sla het bestand daarna op en "
        "bezorg het terug aan {manager}. Wat je invult, wordt in leercoach bewaard bij jullie "
        "gesprek en verschijnt naast de vragen wanneer jullie het samen overlopen. Je "
        "leidinggevende past het niet aan: wat jij schreef, blijft van jou."
    ),
    "intro_manager": "je leidinggevende",
    "confidential": (
        "Deze zelfscan is vertrouwelijk. Jij beslist wat je deelt: alleen wat je invult en "
        "terugbezorgt, wordt bewaard. Wat je niet wilt delen, laat je gewoon leeg."
    ),
    "extra": "Extra vragen",
    "extra_intro": "Als je wilt, kun je ook op deze vragen al iets voorbereiden.",
    "think": "Om over na te denken:",
    "note": "Toelichting",
    "note_tooltip": "{question} (toelichting)",
    "clear_hint": "Klik een gekozen rondje nog eens aan om je keuze weg te halen.",
    "points": "Waarover wil jij het hebben?",
    "points_intro": (
        "Onderwerpen die jij op tafel wilt leggen, één per regel. Ze komen op de agenda "
        "van jullie gesprek."
    ),
    "points_tooltip": "Waarover wil jij het hebben? Eén onderwerp per regel.",
    "footer": "Voorbereiding · {deck}",
    "page": "pagina {page}",
    "doc_title": "Voorbereiding {deck} – {name}",
    "doc_subject": "Voorbereiding van je gesprek: invulformulier",
    "file": "voorbereiding",
    "yes": "ja",
    "no": "nee",
    "other": "anders, namelijk:",
    "other_tooltip": "{question} – anders, namelijk",
    "multi_hint": "Kruis aan wat past; meer dan één mag.",
}

FORM_EN: dict[str, str] = {
    "kicker": "PREPARING YOUR CONVERSATION",
    "subtitle": "{deck} · with {manager}",
    "subtitle_no_manager": "{deck}",
    "intro": (
        "This form helps you prepare your conversation. Fill in what you like, on screen or "
        "on paper; leaving a question open is always fine. Then save the file and send it "
        "back to {manager}. What you write is kept in leercoach with your conversation and "
        "shown beside the questions when you go through them together. Your manager does not "
        "change it: what you wrote stays yours."
    ),
    "intro_manager": "your manager",
    "confidential": (
        "This self-scan is confidential. You decide what you share: only what you fill in and "
        "send back is kept. Leave empty whatever you would rather not share."
    ),
    "extra": "Extra questions",
    "extra_intro": "If you like, you can prepare something for these questions too.",
    "think": "To think about:",
    "note": "Notes",
    "note_tooltip": "{question} (notes)",
    "clear_hint": "Click a chosen circle again to take your choice away.",
    "points": "What would you like to talk about?",
    "points_intro": (
        "Topics you want to bring up, one per line. They go on the agenda of your conversation."
    ),
    "points_tooltip": "What would you like to talk about? One topic per line.",
    "footer": "Preparation · {deck}",
    "page": "page {page}",
    "doc_title": "Preparation {deck} – {name}",
    "doc_subject": "Preparing your conversation: a form to fill in",
    "file": "preparation",
    "yes": "yes",
    "no": "no",
    "other": "other, namely:",
    "other_tooltip": "{question} – other, namely",
    "multi_hint": "Tick whatever applies; more than one is fine.",
}


def form_words(language: str) -> dict[str, str]:
    return FORM_EN if language == "en" else FORM_NL
