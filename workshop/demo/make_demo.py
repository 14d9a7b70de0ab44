"""Generate the "Demo Shop" client: kit.yaml, a Google Forms survey, six interviews, a funnel.

Run `python workshop/demo/make_demo.py [--out DIR]`. The output is deterministic (fixed seed,
stdlib only, fixed line ends), so rerunning it gives byte-identical files and the committed
demo can be checked against the script by a test.

The survey answers come from one model, so the numbers tell a story the kit should find:
each respondent has a latent mood; each touchpoint has a mean; two segments shift it
(55+ first-time buyers on a computer struggle at checkout, account and payment; 18-34
returning phone buyers love search and payment). Ratings are rounded and clipped to the
scale, and NPS is driven by the respondent's own ratings, so correlations with NPS are real.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from interview_scripts import INTERVIEWS  # noqa: E402  (sibling module, not a package)

SEED = 20260314
N_RESPONDENTS = 300

# --------------------------------------------------------------------------------------------
# Touchpoints (kit.yaml) and the survey questions that rate them
# --------------------------------------------------------------------------------------------

TOUCHPOINTS = [
    dict(id="social_ads", name="Social media ads", stage="awareness", channel="ads", online=True,
         owner="Marketing", reach=0.55, importance=2,
         keywords=["ad", "ads", "advert", "instagram", "facebook", "tiktok", "sponsored", "reklama",
                   "реклама"]),
    dict(id="recommendation", name="Friend's recommendation", stage="awareness", channel="word of mouth",
         online=False, owner="Marketing", reach=0.35, importance=4,
         keywords=["friend", "recommended", "recommendation", "colleague", "sister", "word of mouth",
                   "polecił", "посоветовал"]),
    dict(id="homepage", name="Homepage", stage="interest", channel="website", online=True,
         owner="E-commerce", reach=0.85, importance=3,
         keywords=["homepage", "home page", "front page", "banner", "landing page", "strona główna",
                   "главная"]),
    dict(id="newsletter", name="Newsletter", stage="interest", channel="email", online=True,
         owner="Marketing", reach=0.4, importance=2,
         keywords=["newsletter", "email", "e-mail", "discount code", "inbox", "subscribe", "mailing"]),
    dict(id="search", name="Site search", stage="consideration", channel="website", online=True,
         owner="E-commerce", reach=0.7, importance=4,
         keywords=["search", "search bar", "filter", "filters", "find", "found", "wyszukiwarka", "поиск"]),
    dict(id="product_page", name="Product page", stage="consideration", channel="website", online=True,
         owner="E-commerce", reach=0.95, importance=5,
         keywords=["product page", "description", "photos", "size chart", "sizing", "specs", "zdjęcia",
                   "описание"]),
    dict(id="reviews", name="Customer reviews", stage="consideration", channel="website", online=True,
         owner="E-commerce", reach=0.6, importance=4,
         keywords=["review", "reviews", "rating", "stars", "opinie", "отзывы"]),
    dict(id="checkout", name="Checkout", stage="decision", channel="website", online=True,
         owner="E-commerce", reach=0.9, importance=5,
         keywords=["checkout", "check out", "basket", "cart", "order form", "koszyk", "корзина"]),
    dict(id="payment", name="Payment", stage="decision", channel="website", online=True,
         owner="IT", reach=0.9, importance=5,
         keywords=["payment", "pay", "paid", "card", "paypal", "apple pay", "blik", "płatność", "оплата"]),
    dict(id="account", name="Account sign-up", stage="decision", channel="website", online=True,
         owner="IT", reach=0.5, importance=3,
         keywords=["account", "sign up", "sign-up", "register", "password", "log in", "konto",
                   "регистрация"]),
    dict(id="delivery", name="Delivery", stage="post_purchase", channel="courier", online=False,
         owner="Logistics", reach=0.95, importance=5,
         keywords=["delivery", "delivered", "courier", "parcel", "package", "shipping", "tracking",
                   "dostawa", "kurier", "доставка"]),
    dict(id="returns", name="Returns", stage="post_purchase", channel="courier", online=False,
         owner="Logistics", reach=0.25, importance=4,
         keywords=["return", "returns", "returned", "refund", "send back", "return label", "zwrot",
                   "возврат"]),
    dict(id="support", name="Customer support chat", stage="post_purchase", channel="chat", online=True,
         owner="Customer service", reach=0.3, importance=3,
         keywords=["support", "chat", "agent", "chatbot", "bot", "customer service", "czat", "поддержка"]),
]

# touchpoint id -> (question header, mean on 1..5, sd of the answer noise, share who answer;
# None = depends on the respondent, see _answers)
LIKERT = {
    "social_ads": ("How satisfied were you with the ads you saw from us on social media?", 3.3, 0.9, 0.55),
    "homepage": ("How satisfied were you with our homepage?", 3.8, 0.8, 0.93),
    "newsletter": ("How satisfied were you with our newsletter?", 3.3, 0.9, 0.42),
    "search": ("How satisfied were you with the site search?", 4.5, 0.7, 0.78),
    "product_page": ("How satisfied were you with the product pages?", 4.1, 0.75, 0.97),
    "reviews": ("How satisfied were you with the customer reviews on our site?", 3.95, 0.8, 0.66),
    "checkout": ("How satisfied were you with the checkout?", 3.3, 0.9, 0.97),
    "payment": ("How satisfied were you with the payment options?", 4.6, 0.7, 0.95),
    "account": ("How satisfied were you with creating your account?", 3.3, 0.9, None),
    "delivery": ("How satisfied were you with the delivery of your order?", 2.35, 1.0, 0.96),
    "returns": ("If you returned something: how satisfied were you with the return?", 2.45, 1.0, 0.27),
    "support": ("If you used our support chat: how satisfied were you with it?", 3.1, 1.45, 0.33),
}
CES = "How easy was it to complete your order?"
NPS = "How likely are you to recommend Demo Shop to a friend or colleague?"
LIKED = "What did you like most?"
IMPROVE = "What should we improve?"
ANYTHING = "Anything else you would like to tell us?"
FIRST = "Is this your first order with us?"
HEARD = "How did you first hear about us?"
AGE = "What is your age group?"
DEVICE = "Which device did you use to place your order?"
SEGMENTS = [AGE, FIRST, DEVICE, HEARD]

HEADER = ["Timestamp", FIRST, HEARD, *[LIKERT[t][0] for t in LIKERT], CES, NPS, LIKED, IMPROVE,
          ANYTHING, AGE, DEVICE]

AGES = [("18-24", 0.17), ("25-34", 0.29), ("35-44", 0.21), ("45-54", 0.14), ("55+", 0.19)]
CHANNELS = ["Social media", "Friend or family", "Search engine", "Online ad", "Other"]

# --------------------------------------------------------------------------------------------
# Open-text answers: what people write about their best and worst touchpoint
# --------------------------------------------------------------------------------------------

LIKED_TEXTS = {
    "search": ["The search found exactly what I typed, even with a typo",
               "Search + filters. Found my size in seconds",
               "Search is brilliant, filters by size and colour actually work",
               "How quickly I could find things with the search bar"],
    "payment": ["Paying with Apple Pay took two taps",
                "Payment was quick, BLIK worked instantly",
                "Easy payment, glad PayPal is there",
                "Fast payment – no redirects, no fuss"],
    "product_page": ["Good photos and a clear size chart on the product page",
                     "Product descriptions are detailed, I knew exactly what I was buying",
                     "Lots of photos, even of the inside of the bag"],
    "reviews": ["Real reviews with photos from other customers",
                "The reviews helped me pick the right size",
                "Honest reviews, including the 2-star ones"],
    "homepage": ["The homepage is clean and the sale banner was easy to spot",
                 "Nice homepage, not cluttered"],
    "newsletter": ["The newsletter discount code 🙂", "Newsletter has good deals, not too spammy"],
    "social_ads": ["Saw an ad on Instagram and the product was exactly as advertised"],
    "checkout": ["Checkout was OK, nothing special"],
    "support": ["The support chat agent sorted my problem in 5 minutes",
                "Chat support was friendly, Kasia was great"],
    "delivery": ["Delivery was on time for once"],
    "returns": ["Return was free"],
    "account": ["Signing up was quick"],
}
GENERAL_LIKED = ["Prices", "Good prices and a wide choice of brands", "Choice", "Nothing in particular",
                 "The range of products, I couldn’t find it elsewhere", "Prices are fair"]

IMPROVE_TEXTS = {
    "delivery": ["Delivery took 9 days, not 2 as promised. The courier never called.",
                 "The parcel arrived damaged and late. Again.",
                 "Courier left my package with a neighbour I don't know!!",
                 'Tracking said "delivered" but nothing arrived for 3 days',
                 "Delivery, delivery, delivery. It is the slowest shop I order from",
                 "Choose a better courier. My parcel was thrown over the fence"],
    "returns": ["Returns are a nightmare: print a label, find a box, wait 3 weeks for the refund.",
                "I am still waiting for my refund after 4 weeks",
                "Why do I have to pay for returns? Other shops don't.",
                "Return label didn't work, had to call twice",
                'The "easy returns" are not easy at all'],
    "account": ["Don't force me to create an account just to buy one thing",
                "The sign-up form rejected my password 4 times",
                "Let me check out as a guest, please",
                "Too many fields when registering, why do you need my birthday?"],
    "checkout": ["Checkout has too many steps",
                 "The checkout page kept resetting my address",
                 "Text in the checkout is too small, I couldn't find the button to confirm",
                 "Delivery cost only shown at the very end of checkout"],
    "payment": ["My card was declined twice and then charged twice",
                "I couldn't find how to pay by bank transfer",
                "Payment page timed out while I was typing the card number"],
    "support": ["Chat bot just loops, I want a human",
                "Support chat took 40 minutes to answer",
                "The chat agent closed the conversation before my problem was solved"],
    "social_ads": ["Too many ads following me on Facebook after I bought the thing"],
    "newsletter": ["Too many emails, 3 a day is too much", "Newsletter every day – please stop"],
    "homepage": ["Homepage is slow on my old laptop", "Too many pop-ups on the homepage"],
    "search": ["Search doesn't understand plurals"],
    "product_page": ["Sizes on the product page don't match reality"],
    "reviews": ["Some reviews look fake"],
}
GENERAL_IMPROVE = ["Nothing, all good", "Cheaper shipping", "More brands", "n/a", "-",
                   "Keep doing what you do", "Faster everything"]

ANYTHING_TEXTS = ["Thanks!", "Good luck", "Will order again if delivery gets better",
                  "My wife recommended you and she was right", "No", "Keep the prices low, please",
                  "I'm 67 and found the website hard to use, my grandson had to help me",
                  "Merci, très bien 👍", "Overall fine, but that delivery…",
                  "Please bring back the free delivery over £50",
                  "I ordered a gift and it arrived after the birthday. Not happy.",
                  "The survey is too long",
                  "Would love a click & collect option in town",
                  "Your chat lady Ola was lovely, give her a raise",
                  "Good shop for trainers, not so good for furniture",
                  "Love the app-like feel of the site on my phone",
                  "Please stop sending SMS AND emails for the same thing",
                  "It would be nice to see delivery dates before paying"]

# A few customers write in their own language; each replaces the delivery complaint of the first
# respondent from that row on who rated delivery 1 or 2.
FOREIGN_DELIVERY = [(40, "Dostawa trwała za długo, kurier nie zadzwonił."),
                    (180, "Доставка очень долгая, неделя вместо двух дней")]

# Respondent rows (0-based) that carry the two hostile cells the kit must keep inert.
SCRIPT_ROW, FORMULA_ROW = 137, 211
SCRIPT_TEXT = "<script>alert('x')</script>"
FORMULA_TEXT = '=HYPERLINK("http://example.com/refund","Click here for your refund")'


# --------------------------------------------------------------------------------------------
# The answer model
# --------------------------------------------------------------------------------------------

def _pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    """Weighted choice built on rng.random() only, whose sequence Python guarantees."""
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for value, weight in weighted:
        x -= weight
        if x < 0:
            return value
    return weighted[-1][0]


def _one(rng: random.Random, items: list[str]) -> str:
    return items[int(rng.random() * len(items))]


def _typed(rng: random.Random, text: str) -> str:
    """Small variations people make when typing, so comments don't repeat verbatim."""
    x = rng.random()
    if x < 0.15:
        text = text[0].lower() + text[1:]
    elif x < 0.25:
        text = text.rstrip(".!") + " "
    elif x < 0.3:
        text = text + " Thanks."
    return text


def _clip_round(x: float, low: int, high: int) -> int:
    return int(min(high, max(low, math.floor(x + 0.5))))


def _segment(rng: random.Random) -> dict:
    age = _pick(rng, AGES)
    older = age in ("45-54", "55+")
    young = age in ("18-24", "25-34")
    first = rng.random() < (0.7 if age == "55+" else 0.38)
    device = _pick(rng, [("Phone", 0.75 if young else 0.35), ("Computer", 0.75 if older else 0.35),
                         ("Tablet", 0.12)])
    heard = _pick(rng, [("Social media", 0.4 if young else 0.12), ("Friend or family", 0.28),
                        ("Search engine", 0.25), ("Online ad", 0.12), ("Other", 0.05)])
    return dict(age=age, first=first, device=device, heard=heard)


def _effects(seg: dict) -> tuple[float, dict[str, float]]:
    """Mood shift and per-touchpoint shifts of a respondent's segment."""
    shifts: dict[str, float] = {}
    mood = 0.0
    if seg["first"]:
        shifts["account"] = -0.7
    else:
        shifts["account"] = 0.3
    if seg["age"] == "55+" and seg["first"] and seg["device"] == "Computer":  # the strugglers
        shifts.update(checkout=-1.4, account=-1.4, payment=-1.9)
        mood -= 0.6
    if seg["age"] in ("18-24", "25-34") and not seg["first"] and seg["device"] == "Phone":  # the fans
        shifts.update(search=0.6, payment=0.6)
        mood += 0.3
    return mood, shifts


def _answers(rng: random.Random, seg: dict) -> dict:
    """One respondent's ratings, CES and NPS (None = left blank)."""
    mood_shift, shifts = _effects(seg)
    mood = rng.gauss(0.0, 0.6) + mood_shift
    ratings: dict[str, int | None] = {}
    latent: dict[str, float] = {}
    for tp, (_, mean, sd, share) in LIKERT.items():
        if tp == "account":  # returning customers signed up long ago; few still rate it
            share = 0.97 if seg["first"] else 0.3
        if tp == "social_ads" and seg["heard"] in ("Social media", "Online ad"):
            share = 0.95
        value = mean + shifts.get(tp, 0.0) + 0.8 * mood + rng.gauss(0.0, sd)
        latent[tp] = value
        ratings[tp] = _clip_round(value, 1, 5) if rng.random() < share else None
    ces = _clip_round(4.2 + 1.4 * (latent["checkout"] - 3.0) + rng.gauss(0.0, 0.8), 1, 7)
    given = [r - 3 for r in ratings.values() if r is not None]
    worst = min(given) if given else 0
    nps_latent = 7.9 + 1.3 * (sum(given) / max(len(given), 1)) + 0.7 * worst + 1.0 * mood + rng.gauss(0, 1.0)
    nps = _clip_round(nps_latent, 0, 10)
    return dict(ratings=ratings, ces=ces if rng.random() < 0.96 else None, nps=nps)


def _comments(rng: random.Random, ratings: dict) -> tuple[str, str, str]:
    """Open texts tied to the respondent's best and worst rated touchpoints."""
    rated = [(tp, r) for tp, r in ratings.items() if r is not None]
    top = max((r for _, r in rated), default=0)
    bottom = min((r for _, r in rated), default=5)
    best = (_one(rng, [tp for tp, r in rated if r == top]) if rated else None, top)
    worst = (_one(rng, [tp for tp, r in rated if r == bottom]) if rated else None, bottom)
    liked = improve = anything = ""
    if rng.random() < 0.55:
        liked = _one(rng, LIKED_TEXTS[best[0]]) if best[1] >= 4 and rng.random() < 0.8 \
            else _one(rng, GENERAL_LIKED)
    if rng.random() < (0.85 if worst[1] <= 2 else 0.45):
        improve = _one(rng, IMPROVE_TEXTS[worst[0]]) if worst[1] <= 3 and rng.random() < 0.85 \
            else _one(rng, GENERAL_IMPROVE)
        if worst[1] == 1 and rng.random() < 0.25:  # angry people write a second paragraph
            second = [tp for tp, r in rated if r <= 2 and tp != worst[0]]
            extra = _one(rng, IMPROVE_TEXTS[_one(rng, second)]) if second else "Very disappointed."
            improve = f"{improve}\n{extra}"
    if rng.random() < 0.12:
        anything = _one(rng, ANYTHING_TEXTS)
    return tuple(_typed(rng, text) if text else "" for text in (liked, improve, anything))


def _timestamps(rng: random.Random, n: int) -> list[str]:
    """Google Sheets' US timestamp, e.g. 3/14/2026 9:05:31, in answer order."""
    t = dt.datetime(2026, 3, 2, 8, 12, 5)
    out = []
    for _ in range(n):
        t += dt.timedelta(seconds=int(60 + rng.random() * 6600))
        if t.hour >= 23 or t.hour < 7:  # nobody answers at night
            t = t.replace(hour=7, minute=0) + dt.timedelta(days=1 if t.hour >= 23 else 0,
                                                           seconds=int(rng.random() * 3000))
        out.append(f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}:{t.second:02d}")
    return out


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)


def survey_rows(rng: random.Random) -> list[list[str]]:
    rows = []
    foreign = list(FOREIGN_DELIVERY)
    for i, stamp in enumerate(_timestamps(rng, N_RESPONDENTS)):
        seg = _segment(rng)
        ans = _answers(rng, seg)
        liked, improve, anything = _comments(rng, ans["ratings"])
        if foreign and i >= foreign[0][0] and (ans["ratings"]["delivery"] or 5) <= 2:
            improve = foreign.pop(0)[1]
        if i == SCRIPT_ROW:
            anything = SCRIPT_TEXT
        if i == FORMULA_ROW:
            improve = FORMULA_TEXT
        rows.append([stamp, "Yes" if seg["first"] else "No", seg["heard"],
                     *[_cell(ans["ratings"][tp]) for tp in LIKERT], _cell(ans["ces"]), str(ans["nps"]),
                     liked, improve, anything, seg["age"], seg["device"]])
    return rows


def survey_csv(rng: random.Random) -> str:
    """The CSV exactly as Google Sheets downloads it: comma, minimal quoting, LF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(survey_rows(rng))
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# kit.yaml
# --------------------------------------------------------------------------------------------

def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


# What the interviews and the shop's own team said per stage: the map's goals/actions/thoughts lanes.
STAGE_NOTES = {
    "awareness": {"goals": ["Find a shop that has what I need"],
                  "actions": ["Scrolls social media", "Asks friends"],
                  "thoughts": ["Never heard of them. Are they legit?"],
                  "backstage": ["Paid social campaigns", "Referral codes"],
                  "kpis": ["Reach", "Ad click-through rate"]},
    "interest": {"goals": ["See whether the range and prices fit"],
                 "actions": ["Opens the homepage", "Signs up for the newsletter"],
                 "thoughts": ["Nice prices, but is delivery expensive?"],
                 "backstage": ["Homepage merchandising", "Weekly newsletter"],
                 "kpis": ["Bounce rate", "Newsletter sign-ups"]},
    "consideration": {"goals": ["Find the right product fast", "Trust that it is good"],
                      "actions": ["Searches and filters", "Reads reviews"],
                      "thoughts": ["Search is great, found it in seconds"],
                      "backstage": ["Search tuning", "Review moderation"],
                      "kpis": ["Search exit rate", "Add-to-cart rate"]},
    "decision": {"goals": ["Pay quickly and safely", "Skip creating an account"],
                 "actions": ["Fills in the checkout", "Creates an account", "Pays by card or BLIK"],
                 "thoughts": ["Why must I create an account?", "Payment was instant"],
                 "backstage": ["Checkout form", "Payment provider", "Fraud checks"],
                 "kpis": ["Checkout conversion", "Customer effort score"]},
    "post_purchase": {"goals": ["Get the parcel on the promised day", "Return without hassle"],
                      "actions": ["Tracks the parcel", "Contacts support", "Sends a return"],
                      "thoughts": ["Where is my parcel?", "The refund took weeks"],
                      "backstage": ["Courier hand-over", "Returns processing", "Support chat"],
                      "kpis": ["On-time delivery", "Refund lead time", "NPS"]},
}


def kit_yaml() -> str:
    lines = [
        "# kit.yaml — the Demo Shop, a made-up online shop used to try the CJM Workshop Kit.",
        "# Generated by make_demo.py (edit that script, not this file, then rerun it).",
        "# `cjm run workshop/demo` reads this file, the raw files under data/ (never changed by the kit)",
        "# and the workshop's edits in journey.json, and rebuilds everything under out/.",
        "# Paths are relative to this directory and must stay inside it.",
        "",
        'client: "Demo Shop"           # name shown on the map and the report',
        "language: en                  # en | pl | ru — labels, default stage names, text scoring",
        "stage_model: aidp             # awareness, interest, consideration, decision, post_purchase",
        "",
        "survey:                       # post-purchase survey, Google Forms downloaded from Sheets as CSV",
        "  file: data/survey.csv",
        "  respondent_id: null         # no id column: the row number identifies a respondent",
        "  questions:                  # which survey column measures which touchpoint",
    ]
    for tp, (header, *_rest) in LIKERT.items():
        lines += [f"    - column: {_q(header)}",
                  f"      touchpoint: {tp}",
                  "      type: likert",
                  "      scale: 5"]
    lines += [f"    - column: {_q(CES)}   # customer effort, 1..7",
              "      touchpoint: checkout",
              "      type: ces",
              "      scale: 7",
              "      direction: higher_is_better   # 7 = very easy",
              f"  overall: {_q(NPS)}   # NPS: the KPI lane, and what touchpoint importance is derived from",
              "  segments:                   # who answered; used to build personas"]
    lines += [f"    - {_q(s)}" for s in SEGMENTS]
    lines += [
        "",
        "interviews:                   # six customer interviews: Zoom and Teams .vtt, .srt, .txt, .md",
        "  dir: data/interviews",
        "",
        "analytics:                    # web analytics funnel: users per stage, last 30 days",
        "  file: data/funnel.csv",
        "",
        "touchpoints:                  # the touchpoints to map, in journey order",
    ]
    for tp in TOUCHPOINTS:
        lines += [f"  - id: {tp['id']}",
                  f"    name: {_q(tp['name'])}",
                  f"    stage: {tp['stage']}",
                  f"    channel: {tp['channel']}" + ("   # by courier or in a partner store"
                                                     if tp["id"] == "returns" else ""),
                  f"    online: {'true' if tp['online'] else 'false'}",
                  f"    owner: {tp['owner']}",
                  f"    reach: {tp['reach']}",
                  f"    importance: {tp['importance']}",
                  "    keywords: [" + ", ".join(_q(k) for k in tp["keywords"]) + "]"]
    lines += ["", "stages:                       # notes from the research, to start the workshop from"]
    for stage_id, lanes in STAGE_NOTES.items():
        lines.append(f"  - id: {stage_id}")
        lines += [f"    {lane}: [" + ", ".join(_q(text) for text in texts) + "]" for lane, texts in lanes.items()]
    lines += [
        "",
        "scoring:                      # the kit's defaults",
        "  weights: {rating: 1.0, judgement: 1.0, quote: 0.7, text: 0.4}   # source weights",
        "  min_n: 5                    # below this a score is \"insufficient\"",
        "  reliable_n: 30              # from this a score is \"reliable\"",
        "",
        "personas:                     # how respondents are grouped into personas",
        "  method: clusters            # clusters (k chosen by silhouette) | rules",
        "  columns: []                 # empty = survey.segments",
        "  k_min: 2",
        "  k_max: 6",
        "  seed: 0                     # same seed, same personas",
        "  min_size: 10",
        f"  channel_column: {_q(HEARD)}",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Funnel
# --------------------------------------------------------------------------------------------

# Users reaching each aidp stage in the last 30 days. Checkout loses the most: only 29% of the
# users who reach the decision stage finish an order (the other steps keep 55-63%).
FUNNEL = [("awareness", 120000), ("interest", 66400), ("consideration", 41800), ("decision", 24300),
          ("post_purchase", 7050)]


def funnel_csv() -> str:
    return "stage,users\n" + "".join(f"{stage},{users}\n" for stage, users in FUNNEL)


# --------------------------------------------------------------------------------------------
# Interviews: one script, six export formats
# --------------------------------------------------------------------------------------------

def _clock(seconds: float, sep: str = ".") -> str:
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _timed_turns(rng: random.Random, turns: list[tuple[str, str]]):
    """(start, end, speaker, text) with talk at ~2.7 words a second and short pauses."""
    t = 1.0 + rng.random() * 3
    for speaker, text in turns:
        duration = 0.8 + len(text.split()) / 2.7 + rng.random() * 0.6
        yield t, t + duration, speaker, text
        t += duration + 0.3 + rng.random() * 1.5


def _split_cues(text: str, max_chars: int = 120) -> list[str]:
    """Break a long turn into caption-sized chunks at sentence ends, as Zoom and SRT do."""
    chunks, current = [], ""
    for sentence in re.split(r"(?<=[.?!]) ", text):
        if current and len(current) + len(sentence) + 1 > max_chars:
            chunks.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    return chunks + [current]


def _cues(rng: random.Random, turns):
    """(start, end, speaker, chunk) caption cues, time shared out by chunk length."""
    for start, end, speaker, text in _timed_turns(rng, turns):
        chunks = _split_cues(text)
        total = sum(len(c) for c in chunks)
        for chunk in chunks:
            stop = start + (end - start) * len(chunk) / total
            yield start, stop, speaker, chunk
            start = stop


def zoom_vtt(rng, interview) -> str:
    out = ["WEBVTT", ""]
    for i, (start, end, who, text) in enumerate(_cues(rng, interview["turns"]), 1):
        out += [str(i), f"{_clock(start)} --> {_clock(end)}", f"{interview['names'][who]}: {text}", ""]
    return "\n".join(out)


def teams_vtt(rng, interview) -> str:
    out = ["WEBVTT", ""]
    guid = "".join("0123456789abcdef"[int(rng.random() * 16)] for _ in range(32))
    guid = f"{guid[:8]}-{guid[8:12]}-{guid[12:16]}-{guid[16:20]}-{guid[20:]}"
    for i, (start, end, who, text) in enumerate(_timed_turns(rng, interview["turns"])):
        out += [f"{guid}/{10 + i * 3}-0", f"{_clock(start)} --> {_clock(end)}",
                f"<v {interview['names'][who]}>{text}</v>", ""]
    return "\n".join(out)


def srt(rng, interview) -> str:
    out = []
    for i, (start, end, who, text) in enumerate(_cues(rng, interview["turns"]), 1):
        out += [str(i), f"{_clock(start, ',')} --> {_clock(end, ',')}", f"{interview['names'][who]}: {text}",
                ""]
    return "\n".join(out)


def named_txt(rng, interview) -> str:
    out = [interview["title"], ""]
    for _, _, who, text in _timed_turns(rng, interview["turns"]):
        out += [f"{interview['names'][who]}: {text}", ""]
    return "\n".join(out)


def qa_txt(rng, interview) -> str:
    out = [interview["title"]]
    for start, _, who, text in _timed_turns(rng, interview["turns"]):
        out += [_clock(start)[:8] + " ", f"{'Q' if who == 'moderator' else 'A'}: {text}"]
    return "\n".join(out) + "\n"


def markdown(rng, interview) -> str:
    out = [f"# {interview['title']}", ""]
    for _, _, who, text in _timed_turns(rng, interview["turns"]):
        out += [f"**{interview['names'][who]}:** {text}", ""]
    return "\n".join(out)


FORMATS = {"zoom_vtt": (".vtt", zoom_vtt), "teams_vtt": (".vtt", teams_vtt), "srt": (".srt", srt),
           "named_txt": (".txt", named_txt), "qa_txt": (".txt", qa_txt), "md": (".md", markdown)}


# --------------------------------------------------------------------------------------------

def write_demo(out: Path) -> list[Path]:
    """Write every file of the demo client under `out`; return their paths."""
    files = {
        "kit.yaml": kit_yaml(),
        "data/survey.csv": survey_csv(random.Random(SEED)),
        "data/funnel.csv": funnel_csv(),
    }
    for interview in INTERVIEWS:  # one generator each, so editing one file leaves the others as they are
        suffix, render = FORMATS[interview["format"]]
        rng = random.Random(f"{SEED}:{interview['file']}")
        files[f"data/interviews/{interview['file']}{suffix}"] = render(rng, interview)
    written = []
    for relative, text in files.items():
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the Demo Shop client (kit.yaml and data/).")
    parser.add_argument("--out", type=Path, default=HERE, help="client directory to write (default: %(default)s)")
    args = parser.parse_args(argv)
    for path in write_demo(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
