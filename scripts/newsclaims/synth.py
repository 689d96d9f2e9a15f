"""Synthetic corpora for benchmarks and scale tests: N article files, half Arabic, half English.

Articles are about 2 KB each and recombine (a) sentences of the shipped articles
(data/raw/articles) and (b) template sentences composed here, with speakers, reporting cues and
numbers (digits, Arabic-Indic digits, number words, vague quantities) in both languages, plus
distractor numbers (times, dates, ages) that are not figures. Deterministic for a given seed.
Write corpora to /tmp or an ignored folder, never to data/.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from newsclaims.ingest import discover, ingest_files
from newsclaims.paths import ARTICLES_DIR

TARGET_BYTES = 2000

# Composed for this generator (not taken from any article).
SOURCES_EN = [
    "the health ministry", "a local official", "police", "the civil defence", "a spokesman for the army",
    "the Syrian Observatory for Human Rights", "witnesses", "the UN refugee agency", "the governor",
    "a hospital director", "the interior ministry", "our correspondent", "rescue workers",
    "the organisers", "the Russian Defence Ministry", "a senior military source", "residents",
]
TEMPLATES_EN = [
    "{S} said {N} people were killed in {P} on {D}.",
    "According to {s}, at least {N} civilians were wounded in the shelling of {P}.",
    "\"{W} bodies have been pulled from the rubble so far,\" {s} told reporters.",
    "{S} reported that dozens of people were injured when the building collapsed.",
    "{S} denied that any soldiers had been killed, calling the reports false.",
    "The death toll rose to {N}, {s} said in a statement on {D}.",
    "More than {N} families have fled {P} since the fighting began, {s} said.",
    "About {N} protesters gathered in the main square, {s} estimated, while {s2} put the number at {N2}.",
    "The blast hit a market in {P} at about {H} o'clock in the morning.",
    "Officials expect the road to reopen within {K} days.",
    "{S} added that {N} of the wounded were children.",
    "{S} said hundreds of homes had been destroyed and {N} people were missing.",
    "A {A}-year-old man was among the dead, {s} said.",
    "The convoy of {K} trucks reached {P} late on {D}.",
    "{S} told a news conference that {W} fighters had been captured.",
    "Reports that {N} people died were exaggerated, {s} said.",
]
SOURCES_AR = [
    "وزارة الصحة", "مصدر محلي", "الدفاع المدني", "المرصد السوري لحقوق الإنسان", "مراسلنا",
    "ناشطون", "المتحدث باسم الجيش", "محافظ المدينة", "شهود عيان", "مدير المستشفى",
    "وزارة الدفاع الروسية", "مصدر عسكري", "الأمم المتحدة",
]
TEMPLATES_AR = [
    "قال {s} إن {N} أشخاص قتلوا في {P} {D}.",
    "وأفاد {s} بمقتل {N} مدنيين وإصابة {N2} آخرين في القصف.",
    "وبحسب {s}، فإن حصيلة القتلى ارتفعت إلى {N} قتيلا.",
    "وذكر {s} أن عشرات الجرحى نقلوا إلى المستشفيات القريبة.",
    "ونفى {s} سقوط أي قتلى في صفوف القوات الحكومية.",
    "وأضاف {s} أن {N} من الجرحى هم من الأطفال.",
    "وأكد {s} في بيان له انتشال {W} جثث من تحت الأنقاض.",
    "ونقلت وكالة الأنباء عن {s} قوله إن أكثر من {N} عائلة نزحت من {P}.",
    "ووقع الانفجار في حوالي الساعة {H} صباحا في سوق {P}.",
    "وأشار {s} إلى أن الطريق سيفتح خلال {K} أيام.",
    "وقال {s} لوكالة الأنباء إن مئات المنازل دمرت وإن {N} شخصا ما زالوا في عداد المفقودين.",
    "وكان بين القتلى رجل يبلغ من العمر {A} عاما بحسب {s}.",
    "وصرح {s} بأن {N} مسلحا اعتقلوا خلال العملية.",
]
# Background sentences (no speaker, no count; dates, years, distances and durations only), for a
# language with no shipped article to recombine: a real article's claims stand among sentences
# of context (the shipped Arabic article has 4 claims per 2 KB), and a corpus of nothing but
# claim templates (24 claims per 2 KB of English) would describe no real newsroom's copy.
BACKGROUND_EN = [
    "The town lies about {K}0 kilometres north of {P}, on the main road to the border.",
    "Electricity and water supplies have been cut in most districts since {D}.",
    "The road linking {P} to the nearest crossing was closed to traffic on {D}.",
    "Aid agencies have repeatedly called for safe access to the area.",
    "The district has changed hands several times since the start of the war in 20{K}{K}.",
    "Schools remained closed and most shops pulled down their shutters early in the afternoon.",
    "Footage shared on social media showed smoke rising over the eastern neighbourhoods.",
    "Prices of bread and fuel have more than doubled over the past {K} months.",
    "The hospital, which serves several villages, has run on generators since {D}.",
    "Diplomats are due to meet next week to discuss a ceasefire and the exchange of prisoners.",
    "Government forces recaptured the area with air support after weeks of fighting.",
    "The market, one of the oldest in {P}, had only reopened in the spring.",
    "Talks between the two sides stalled last year after months of negotiations.",
    "The city has been under a night-time curfew for {K} weeks.",
    "Mobile phone and internet networks were down for much of {D}.",
]
PLACES_EN = ["Aleppo", "Idlib", "Homs", "Raqqa", "Daraa", "Mosul", "Sanaa", "Tripoli", "Khartoum"]
PLACES_AR = ["حلب", "إدلب", "حمص", "الرقة", "درعا", "الموصل", "دير الزور", "صنعاء"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_AR = ["يوم الاثنين", "مساء الثلاثاء", "صباح الأربعاء", "يوم الخميس", "صباح الجمعة", "أمس"]
WORDS_EN = ["Two", "Five", "Twelve", "Seven", "Twenty", "Three", "Dozens of", "Hundreds of"]
WORDS_AR = ["خمس", "ثلاث", "سبع", "عشر", "عشرات", "ثماني"]
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]?")


def shipped_sentences(articles_dir: Path = ARTICLES_DIR) -> dict[str, list[str]]:
    """Sentences of the shipped articles, by language (at least 40 characters each)."""
    articles, _ = ingest_files(discover(articles_dir)) if articles_dir.is_dir() else ([], [])
    out: dict[str, list[str]] = {"ar": [], "en": []}
    for a in articles:
        for m in _SENTENCE.finditer(a.text):
            s = m.group().strip()
            if len(s) >= 40:
                out[a.language].append(s)
    return out


def _number(rng: random.Random, arabic: bool) -> str:
    n = rng.choice([rng.randint(2, 19), rng.randint(20, 99), rng.randint(100, 999),
                    rng.randint(1000, 20000)])
    text = f"{n:,}" if (n >= 1000 and not arabic and rng.random() < 0.5) else str(n)
    if arabic and rng.random() < 0.3:
        text = text.translate(_INDIC)
    return text


def _fill(template: str, rng: random.Random, arabic: bool) -> str:
    sources = SOURCES_AR if arabic else SOURCES_EN
    s, s2 = rng.sample(sources, 2)
    values = {
        "s": s, "S": s[:1].upper() + s[1:], "s2": s2,
        "N": _number(rng, arabic), "N2": _number(rng, arabic),
        "W": rng.choice(WORDS_AR if arabic else WORDS_EN),
        "P": rng.choice(PLACES_AR if arabic else PLACES_EN),
        "D": rng.choice(DAYS_AR if arabic else DAYS_EN),
        "H": str(rng.randint(1, 11)), "K": str(rng.randint(2, 9)), "A": str(rng.randint(18, 80)),
    }
    return template.format(**values)


def article_text(rng: random.Random, language: str, shipped: list[str]) -> str:
    """About TARGET_BYTES of paragraphs of 1-3 sentences; after each article's first sentence,
    half are shipped sentences (of this language), or background templates where none are."""
    arabic = language == "ar"
    templates = TEMPLATES_AR if arabic else TEMPLATES_EN
    background = [] if shipped or arabic else BACKGROUND_EN
    paragraphs, size = [], 0
    while size < TARGET_BYTES:
        sentences = []
        for k in range(rng.randint(1, 3)):
            # The first sentence is always composed (random numbers and names): no two
            # articles have the same text, which ingest would reject as a duplicate.
            if (shipped or background) and (paragraphs or k) and rng.random() < 0.5:
                sentences.append(rng.choice(shipped) if shipped
                                 else _fill(rng.choice(background), rng, arabic))
            else:
                sentences.append(_fill(rng.choice(templates), rng, arabic))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(paragraphs)


def article_file(i: int, rng: random.Random, shipped: dict[str, list[str]]) -> tuple[str, str]:
    language = "ar" if i % 2 == 0 else "en"
    year, month, day = rng.randint(2014, 2024), rng.randint(1, 12), rng.randint(1, 28)
    head = (f"---\nid: b{i:07d}\nlanguage: {language}\npublished: {year}-{month:02d}-{day:02d}\n"
            f"outlet: Synthetic Wire\n---\n")
    return f"b{i:07d}.txt", head + article_text(rng, language, shipped[language]) + "\n"


def make_corpus(out_dir: Path, n: int, seed: int = 7, articles_dir: Path = ARTICLES_DIR) -> Path:
    """Write n article files into out_dir (created; existing b*.txt files are replaced)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("b*.txt"):
        old.unlink()
    shipped = shipped_sentences(articles_dir)
    rng = random.Random(seed)
    for i in range(n):
        name, content = article_file(i, rng, shipped)
        (out_dir / name).write_text(content, encoding="utf-8")
    return out_dir
