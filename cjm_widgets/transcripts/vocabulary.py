"""What names a touchpoint: its keywords and whole name, concept words of the same e-commerce concept,
and idioms that hold a keyword but name nothing (taken out first)."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from importlib import resources

from ..model import Touchpoint
from .words import find, forms, is_infinitive, normalised

NAMED, CONCEPT = 0.9, 0.7  # confidence: named in the text, by a concept word
_POSSESSIVES = {"en": {"my", "your", "our", "their", "his", "her", "its"},
                "pl": {"mój", "twój", "nasz", "wasz", "swój", "jego", "jej", "ich"},
                "ru": {"мой", "твой", "наш", "ваш", "свой", "его", "её", "их"}}
_FUNCTION_WORDS = {
    "en": {"the", "and", "for", "with", "from", "our", "your", "of", "to", "in", "on", "at", "by", "a", "an"},
    "pl": {"i", "w", "z", "na", "do", "od", "dla", "po", "oraz", "przez", "a"},
    "ru": {"и", "в", "на", "с", "к", "от", "для", "по", "из", "о", "а"},
}
# What delivery costs ("the delivery charge", "koszt dostawy", "стоимость доставки"): seen at
# checkout (_TELLS), it names no delivery (STOP_PHRASES).
_DELIVERY_COST = {
    "en": r"\b(?:delivery|shipping|postage)(?:'s)? (?:costs?|charges?|fees?|prices?)\b"
          r"|\b(?:cost|price) of (?:the )?(?:delivery|shipping|postage)\b|\b(?:delivery|shipping)(?:'s| has) gone up\b",
    "pl": r"\bkoszt\w* (?:dostawy|wysyłki|przesyłki)|\bcen\w* (?:dostawy|wysyłki)|\bdopłat\w* (?:za|do) (?:dostaw|wysyłk)\w*",
    "ru": r"\bстоимост\w* (?:доставки|пересылки)|\bцен\w* доставки\b|\bплат\w* за доставку\b",
}
# Ordering as the step itself ("Ordering was a breeze", "the ordering's clunky", "And the ordering?",
# "Jak poszło zamawianie?", "proces zamówienia"), not a shop ordered from ("ordering from them").
_ORDERING = {"en": r"\bordering(?:'s| was| is| process| itself| part| bit| side| went)\b"
                   r"|\b(?:how (?:was|did|is)|and|about) (?:the )?ordering\b(?! from)",
             "pl": r"\bzamawiani\w*|\bskładani\w* zamówie\w*|\bproces\w* zamówie\w*"}
# Idioms that hold a keyword but are about no touchpoint, taken out before matching (unless a
# touchpoint is keyed by the whole idiom, as a gift-card shop keys "gift card": _idiom): an e-mail the
# customer writes is contacting the shop, not its newsletter; "how do you find", "how did you find
# the experience", "how did you find them" (the shop), "how did you find the plant shop", "jak pani
# znalazła ten sklep", "как вы нашли этот магазин", "how's she finding it", "find us", "found it
# helpful", "found out" judge or discover, "once you found it" ("jak już pani znalazła") asks of the
# step after; they search nothing, nor does finding one's own things ("couldn't find my card");
# an offer of free delivery ("free shipping over £50", "darmowa dostawa", "бесплатная доставка")
# tells the price, not how delivery went; money that came back, "came across", "came through to my
# inbox", "przyszło mi", "пришлось", a person who comes or finds ("I've just come off a shift", "she
# came on,", "wnuczka przyszła", "внучка нашла", "через гугл нашёл"), "it came to nine forty"
# deliver or search nothing; "без претензий" is praise; a loyalty or bonus
# card pays nothing, nor does the bank's app (it confirms a payment: not the shop's app); a "sorry we
# missed you" card through the door is the courier's note; what one "would change" (что бы вы поменяли)
# ("ничего не менять") or changes about an order (поменять адрес, время) is no exchange; "found them through TikTok"
# discovers the shop; a courier sent to collect an item (for a repair, an exchange) delivers nothing; a photo's or a sun cream's filter ("no filter", "z filtrem", "без фильтров") searches
# nothing; "przed Gwiazdką" is Christmas; a participant who works in customer service or on a
# hotline tells their own job, not the shop's support.
STOP_PHRASES = {
    "en": _DELIVERY_COST["en"] + r"|\bfree (?:delivery|shipping|postage)\b|\b(?:find(?:ing)?|found|take|taking|make|making) (?:the |some )?time\b|\btake your time\b"
          r"|\b(?:have|had|having) a (?:quick |little |short |brief )?chat\b|\bin return\b"
          r"|\breturn to (?:this|that|the|it|your|what)\b|\bfind it (?:hard|easy|difficult)\b|\bi find that\b"
          r"|\be-?mail(?:ed|ing)? (?:them|him|her|us|me)\b|\bby e-?mail\b|\be-?mailed\b"
          r"|\b(?:loyalty|bonus|points|club|store) card\b|\bbank(?:ing)?(?:'s)? app\b"
          r"|\b(?:missed you|calling|delivery)'? card\b|\bcard through the door\b"
          r"|\b(?:no|without(?: any)?) filters?\b|\b(?:uv|spf|instagram|beauty) filters?\b"
          r"|\b(?:gift|birthday|greeting|thank-you|thank you|business|sim|memory|sd|graphics) cards?\b"
          r"|(?<!was )(?<!were )(?<!been )\b(?:send|sent|sending|write|wrote|written|writing) (?!me |us )"
          r"(?:\w+ ){0,2}e-?mails?\b"
          r"|\bfound (?:them|the (?:shop|brand|site|store)) (?:through|via|thanks to)\b"
          r"|\b(?:send|sent|sending|book|booked|arrange|arranged) (?:a |the )?(?:courier|driver) (?:for it|for them|to collect|to pick)"
          r"|\bonce you(?:['’]d| had)? found\b|\bhow(?: are| is| was| were|['’]s) (?:\w+ ){1,2}finding\b|\bhow did you (?:first )?find \w+\?"
          r"|\bhow did you (?:first )?find (?:(?:the|this|that|their|our) )?(?:\w+ )?(?:shop|store|brand|company|seller|boutique)\b(?! (?:on|in)\b)"
          r"|\bhow do you find\b|\bhow did you find (?:the (?:whole )?experience|it overall|them)\b|\bfind (?:us|me)\b|\bfound (?:out|that)\b"
          r"|\bfound (?:it |this |that )?(?:later|after)\b"
          r"|\bfound (?:\w+ )?(?:(?:really|very|so|quite) )?(?:helpful|useful|handy|easy|hard|difficult|confusing)\b"
          r"|\b(?:back|was|were|went|came|appeared) (?:back )?(?:on|to|onto) (?:my|the|your|her|his) (?:bank )?card\b"
          r"|\b(?:come|comes|came|coming) (?:across|back|up|out|through to|in handy)\b|\bwhen it comes\b"
          r"|\b(?:i|we|you)(?:['’](?:ve|m)| have| am| had| are)?(?: just| only)?(?: after)? (?:come|came|coming)\b"
          r"|\b(?:come|came) on(?=[,.!?])|\b(?:came|comes|come) to,? (?:(?:about|around|ooh|roughly|like|just|over|under"
          r"|nearly|almost)\W+)*(?:[£$€₹]|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
          r"|forty|fifty|sixty|seventy|eighty|ninety|a hundred)"
          r"|\bfind(?:ing)? out\b|\b(?:find|found|finding) (?:my|his|her|our) (?!sizes?\b|models?\b|colou?rs?\b)\w+"
          r"|\bmoney (?:\w+ ){0,2}(?:came|come)\b"
          r"|\b(?:would|could|do|did) you rate\b|\b(?:an? (?:absolute |real |total )?|absolute )star\b(?![- ](?:rating|review))"
          r"|\bwork(?:s|ed|ing)? (?:\w+ ){0,2}(?:in|on|at|for) (?:a |an |the )?(?:customer (?:service|support|care)|call cent(?:re|er)"
          r"|help ?desk|hotline|support (?:team|desk|centre|center))\b|\b(?:i'?m|i am|she'?s|he'?s) in customer (?:service|support|care)\b",
    "pl": _DELIVERY_COST["pl"] + r"|\bdarmow\w* (?:dostaw|wysyłk|przesyłk)\w*|\bznala?z(?:ł|l)\w*\s+(?:pan\w*\s+|pani\s+|państwo\s+)?czas\w*|\bznaleźć\s+czas\w*|\bznajd\w*\s+czas\w*"
          r"|\bjak już (?:\w+ ){0,2}(?:znalaz|znajd)\w*|\b(?:znalaz|znaleź)\w* (?:\w+ ){0,2}(?:sklep|cukierni|firm|mark|serwis|księgarni|aptek|butik|kwiaciarni)\w*"
          r"|\bw mojej opinii\b|\bmoim zdaniem\b|\bwróć\w* do\b|\bmailowo\b"
          r"|\b(?:(?:na)?pis|wysł|wysyła)\w* (?:\w+ )?(?:maila|mejla|e-maila|maile|maili|mejle)\b"
          r"|\bpieniądze (?:\w+ ){0,3}(?:przysz|doszł)\w*|\b(?:przysz|doszł)\w* (?:\w+ )?pieniądze\b"
          r"|\b(?:wnuczka|wnuczek|wnuk|córka|syn|mąż|żona|mama|tata|sąsiad|sąsiadka|koleżanka|kolega|brat|siostra|dzieci"
          r"|teściowa)\s+(?:\w+\s+)?(?:przysz|przyjd|przychodz|znalaz|znajd)\w*"
          r"|\b(?:przyszłam|przyszedłem|przyszłyśmy|przyszliśmy|przyjdę)\b|\bprzyszło mi\b|\b(?:wysła|przysła|zamówi)\w* (?:\w+ )?kuriera po\b|\b(?:przed|na|po|od) gwiazdk(?:ą|ę|i|ce)\b|\bbez filtr\w*|\bz filtrem\b|\bfiltr\w* (?:uv|spf)\b"
          r"|\bkart\w* (?:podarunkow\w*|upominkow\w*|sim|pamięci|graficzn\w*)"
          r"|\bkart\w* (?:lojalnościow\w*|stałego klienta)|\baplikacj\w* (?:bankow\w*|banku)\b|\bna (?:moją |mojej )?(?:kartę|karcie)\b"
          r"|\bprac(?:uj|ow)\w* (?:\w+ ){0,2}(?:w|na|przy) (?:obsłudze klient\w*|infolinii|call cent\w*|dziale obsługi\w*|biurze obsługi\w*|helpdesku)",
    "ru": _DELIVERY_COST["ru"] + r"|\bбесплатн\w* доставк\w*|\bнаш(?:ли|ёл|ел|ла)\s+(?:время|минутку)|\bнайти\s+время|\bнайд\w*\s+время|\bне торопитесь\b"
          r"|\b(?:нашл\w*|нашёл) (?:\w+ ){0,2}(?:магазин|кондитерск|сервис|салон|аптек|бренд)\w*|\b(?:магазин|кондитерск|сервис)\w* (?:\w+ )?(?:нашл\w*|нашёл)"
          r"|\bкак (?:вы|ты) (?:их|нас) (?:\w+ )?нашл\w*"
          r"|\b(?:внучка|внук|дочь|дочка|сын|муж|жена|мама|папа|соседка|сосед|подруга|друг|брат|сестра|дети|зять|свекровь"
          r"|тёща|коллега)\s+(?:\w+\s+)?(?:приш|прид|приход|нашл|нашёл|найд)\w*|\bя\s+(?:\w+\s+)?(?:приш|прид|приход)\w*"
          r"|\b(?:очки|телефон|ключи) (?:\w+ )?найд\w*|\bнайд\w* (?:\w+ )?(?:очки|ключи)\b"
          r"|\b(?:через|в) (?:гугл\w*|яндекс\w*|google|инстаграм\w*|инсте|тикток\w*)\s+(?:\w+\s+)?(?:нашл|нашёл|найд)\w*"
          r"|\b(?:приш\w*|пришёл) (?:\w+ )?с (?:работы|зала|огорода|улицы|прогулки|смены|дачи|тренировки)|\bвернёмся\b|\bвернуться к\b|\bпо моей оценке\b|\bпо почте\b"
          r"|\b(?:(?:на)?пис|пиш|отправ)\w* (?:\w+ )?письм\w*"
          r"|\bбез фильтр\w*|\b(?:присла|отправ|вызва)\w* (?:\w+ )?курьера (?:за|забрать|поменять)\b|\bбез (?:всяких |лишних |каких-либо )?претензий\b|\bпретензий (?:нет|не было|не имею)\b"
          r"|\bникаких претензий\b"
          r"|\bденьги (?:\w+ ){0,3}пришл\w*|\bпришл\w* (?:\w+ )?деньги\b|\bпри(?:шлось|дётся|ходится)\b"
          r"|\bподарочн\w* карт\w*|\bкарт\w* памяти\b|\bсим-карт\w*"
          r"|\bбы (?:\w+ ){0,4}(?:по)?меня\w*|\bничего (?:не )?(?:по)?меня\w*|\b(?:по)?меня\w* бы\b|\b(?:по)?меня\w* (?:\w+ )?(?:адрес|пароль|дату|время|номер|способ)\w*|\bкарт\w* лояльности\b|\bбонусн\w* карт\w*|\bкарт\w* (?:\w+ )?бонусн\w*|\bприложени\w* банка\b|\bбанковск\w* приложени\w*|\bна (?:мою |моей )?(?:карту|карте|карточку)\b"
          r"|\bработа\w* (?:\w+ ){0,2}(?:в|на) (?:поддержке|службе поддержки|техподдержке|колл-центре|call-центре|горячей линии)",
}
# Common e-commerce words of one concept: a touchpoint keyed by one of them is also named by the
# others (confidence CONCEPT), as long as no other touchpoint claims the same concept; being less
# sure than its own keywords, a concept word names a second topic of a story only in its own right.
CONCEPTS = {
    "en": {
        "delivery": ["delivery", "deliver", "courier", "parcel", "package", "shipping", "shipment", "tracking",
                     "parcel locker", "locker", "dispatch", "arrive", "come", "driver", "doorstep", "letterbox",
                     "postman", "postie", "royal mail", "dpd", "dhl", "evri", "fedex", "depot", "in the post",
                     "rider", "bubble wrap"],
        "returns": ["return", "refund", "exchange", "money back", "send back", "sent back", "claim", "take back"],
        "checkout": ["checkout", "payment", "pay", "cart", "basket", "card", "apple pay", "paypal", "blik",
                     "place an order", "placing the order", "placing an order", "order form", "google pay",
                     "klarna", "bank transfer", "charged twice", "double charged", "charged me twice",
                     "instalments", "installments", "pay later", "afterpay", "clearpay", "visa", "mastercard", "amex",
                     "cash on delivery", "pay on delivery", "payment on delivery"],
        "support": ["support", "customer service", "hotline", "helpline", "chat", "chatbot", "consultant", "agent",
                    "on hold", "ticket", "call centre", "call center", "contact form", "customer care", "live chat",
                    "bot"],
        "search": ["search", "search bar", "filter", "search results", "search box", "type in", "typed in",
                   "the box at the top", "the bar at the top", "tick boxes"],
        "reviews": ["review", "rating", "star", "one-star", "five-star", "comment"],
        "product_page": ["product page", "description", "photo", "picture", "size chart", "size guide", "specs", "specification",
                         "dimensions", "on the page", "the page said", "the page told", "the page had", "the page has",
                         "the page was", "the page itself", "ingredients", "measurements",
                         "product info", "product information"],
        "app": ["app", "mobile app", "application", "notification"],
        "newsletter": ["newsletter", "email", "unsubscribe", "mailing"],
        "ads": ["ad", "advert", "advertisement", "instagram", "facebook", "tiktok", "youtube"],
    },
    "pl": {
        "delivery": ["dostawa", "dostarczyć", "kurier", "paczka", "przesyłka", "paczkomat", "wysyłka", "doręczenie",
                     "śledzenie przesyłki", "dotrzeć", "przyjechać", "przyjść", "listonosz", "dostawca", "inpost",
                     "dpd", "dhl", "poczta polska", "dostarczać", "przywieźć", "dowieźć", "przywozić", "dowozić",
                     "kierowca", "sortownia"],
        "returns": ["zwrot", "zwrócić", "reklamacja", "wymiana", "odesłać", "zwrot pieniędzy", "zwracać",
                    "odzyskać pieniądze", "oddać pieniądze", "odsyłać", "oddać", "oddawać", "wymienić",
                    "wymieniać"],
        "checkout": ["koszyk", "płatność", "zapłacić", "zapłata", "płacić", "blik", "karta", "przelew",
                     "składanie zamówienia", "złożyć zamówienie", "formularz zamówienia", "google pay", "apple pay",
                     "klarna", "paypal", "raty", "paypo", "przelewy24", "za pobraniem", "visa", "mastercard",
                     "płatność przy odbiorze", "płacić przy odbiorze"],
        "support": ["obsługa klienta", "infolinia", "konsultant", "konsultantka", "czat", "chatbot",
                    "biuro obsługi", "zgłoszenie", "na linii", "formularz kontaktowy", "bot"],
        "search": ["wyszukiwarka", "wyszukiwanie", "szukać", "filtr", "wyniki wyszukiwania", "wpisać", "wpisywać"],
        "reviews": ["opinia", "recenzja", "ocena", "gwiazdka", "komentarz"],
        "product_page": ["strona produktu", "opis", "zdjęcie", "tabela rozmiarów", "rozmiarówka", "specyfikacja", "wymiar",
                         "karta produktu", "informacje o produkcie", "skład", "parametry"],
        "app": ["aplikacja", "aplikacja mobilna", "powiadomienie", "apka"],
        "newsletter": ["newsletter", "mail", "e-mail", "wypisać", "mailing"],
        "ads": ["reklama", "instagram", "facebook", "tiktok", "youtube", "influencer"],
    },
    "ru": {
        "delivery": ["доставка", "доставить", "курьер", "посылка", "пункт выдачи", "пункт", "постамат", "отслеживание",
                     "привезти", "отправка", "приехать", "прийти", "доставщик", "почтальон", "пвз", "сдэк",
                     "boxberry", "почта россии", "привозить", "приезжать", "водитель", "доставлять",
                     "транспортная компания", "тк", "грузчик", "сортировочный центр"],
        "returns": ["возврат", "вернуть", "обмен", "возвращать", "претензия", "вернуть деньги", "обменять", "поменять",
                    "менять", "сдать", "сдавать"],
        "checkout": ["корзина", "оплата", "оплатить", "платёж", "карта", "сбп", "оформление заказа",
                     "оформить заказ", "оформлять заказ", "apple pay", "наложенный платёж", "списание",
                     "безопасная сделка", "paypal", "klarna", "google pay", "рассрочка", "сплит", "долями",
                     "списать", "visa", "mastercard"],
        "support": ["поддержка", "служба поддержки", "оператор", "чат", "чат-бот", "горячая линия", "обращение",
                    "консультант", "на линии", "форма обратной связи", "бот"],
        "search": ["поиск", "искать", "фильтр", "строка поиска", "вбить", "вбивать"],
        "reviews": ["отзыв", "рейтинг", "оценка", "звезда", "комментарий"],
        "product_page": ["карточка товара", "описание", "фото", "фотография", "таблица размеров", "характеристика",
                         "размерная сетка", "в карточке", "на карточке", "карточка рассказала", "страница товара",
                         "на странице", "состав", "замеры", "фотка"],
        "app": ["приложение", "мобильное приложение", "уведомление"],
        "newsletter": ["рассылка", "письмо", "отписаться"],
        "ads": ["реклама", "инстаграм", "вконтакте", "таргет"],
    },
}


# Concepts whose story holds another's words as parts: in a story about a return, the courier who
# collects it, the pick-up point and the tracking tell how the return travelled, not how delivery went.
STORY_PARTS = {"returns": ("delivery",)}


@dataclasses.dataclass(frozen=True)
class Vocabulary:
    """Per touchpoint id: {normalised word tuple: confidence}; and the words to mask when scoring."""

    keys: dict
    mask: frozenset
    language: str
    exact: frozenset  # the one-word keys of all touchpoints
    owners: dict  # concept name -> the touchpoint id that claims it
    unused: tuple = ()  # (touchpoint id, keyword, share of turns about its concept) of the keywords left out
    phrases: frozenset = frozenset()  # the content words of each keyword of two words or more (_idiom)

    def parts_of(self, story: set) -> set:
        """The touchpoints a story about ``story`` holds as its parts (STORY_PARTS)."""
        return {self.owners[part] for concept, parts in STORY_PARTS.items() if self.owners.get(concept) in story
                for part in parts if part in self.owners}


def touchpoint_key(touchpoints: list[Touchpoint]) -> tuple:
    return tuple((tp.id, tp.name, tuple(tp.keywords)) for tp in touchpoints)


# A keyword is left out when fewer than this share of the customers' turns that hold it are about
# the concept of its touchpoint ("order" for checkout: 18 % in EN; "telefon" for the app: 20 % in PL):
# users write such everyday words, and each of them coded quotes of every other touchpoint. On the
# unseen splits with keyword lists written by new users from README, leaving them out lifted F1 by
# 0.03-0.06 per language (benchmarks/README.md); the concept's own words stay.
WEAK = 0.5


def shipped_table(name: str) -> dict[str, dict[str, float]]:
    """A fitted table shipped beside the coder (``name``.tsv: key, column, value; # comments) as
    {key: {column: value}}; a column "-" gives the key with no columns."""
    table: dict[str, dict[str, float]] = {}
    for line in resources.files(__package__).joinpath(f"{name}.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            key, column, value = line.split("\t")
            table.setdefault(key, {}).update({column: float(value)} if column != "-" else {})
    return table


@lru_cache(maxsize=None)
def shares(language: str) -> dict[str, dict[str, float]]:
    """{word: {concept: share of the training turns holding the word that are about it}}, for the
    words seen in enough turns to tell (fitted by benchmarks/train_topics.py)."""
    return shipped_table(f"shares_{language}")


def unused_keywords(touchpoints: list[Touchpoint], language: str) -> list[tuple[Touchpoint, str, float]]:
    """(touchpoint, keyword, share) of the keywords the coder leaves out (WEAK), for the team to see."""
    by_id = {tp.id: tp for tp in touchpoints}
    return [(by_id[tp_id], keyword, share)
            for tp_id, keyword, share in vocabulary_for(touchpoint_key(touchpoints), language).unused]


def _within(keys: set, concept: set) -> set:
    """The concept's words that stand in the keys, whole or inside a phrase: a name such as "Order
    delivery and shipment tracking" or a keyword such as "courier delivery" claims delivery."""
    return {word for word in concept for key in keys
            if any(key[at:at + len(word)] == word for at in range(len(key) - len(word) + 1))}


@lru_cache(maxsize=64)
def vocabulary_for(touchpoints: tuple, language: str) -> Vocabulary:
    """Keys per touchpoint: its keywords and its whole name (NAMED), the other words of a concept
    it claims (CONCEPT), by its keywords or name holding twice as many of them as any other
    touchpoint's or more (its words that another's keywords name stay that one's; "Checkout" and
    "Payment", near even, share the concept's words with neither); its everyday keywords (WEAK) left out."""
    stop = _FUNCTION_WORDS.get(language, set())
    explicit = {}
    for tp_id, name, keywords in touchpoints:
        keys = {tuple(normalised(keyword, language)) for keyword in keywords}
        keys.add(tuple(normalised(name, language)))
        explicit[tp_id] = {key for key in keys if key}
    concepts = {name: {tuple(normalised(word, language)) for word in words}
                for name, words in CONCEPTS.get(language, {}).items()}
    owners = {}
    for name, concept in concepts.items():  # "Delivery" [courier, parcel] over "Tracking" [tracking]
        claims = sorted(((len(words), tp_id) for tp_id, keys in explicit.items() if (words := _within(keys, concept))),
                        reverse=True)
        if claims and (len(claims) == 1 or claims[0][0] >= 2 * claims[1][0]):
            owners[name] = claims[0][1]
    unused, table = [], shares(language)
    for tp_id, name, keywords in touchpoints:
        owned = [concept for concept, owner in owners.items() if owner == tp_id]
        for keyword in keywords if owned else ():
            key = tuple(normalised(keyword, language))
            word = tuple(w for w in key if w not in stop and w not in _POSSESSIVES.get(language, ()))  # "on my phone"
            if len(word) == 1 and word[0] in table and word[0] not in _VERBS.get(language, ()) \
                    and not any(word in concepts[c] for c in owned):  # everyday verbs have their own rule
                share = max(table[word[0]].get(c, 0.0) for c in owned)
                if share < WEAK and key != tuple(normalised(name, language)):
                    explicit[tp_id].discard(key)
                    unused.append((tp_id, keyword, share))
    vocabulary = {}
    for tp_id, keys in explicit.items():
        others = set().union(*[explicit[other] for other in explicit if other != tp_id])
        extra = set().union(*[concepts[name] for name, owner in owners.items() if owner == tp_id]) - others
        if language in ("pl", "ru"):  # free word order: "zamówienie złożyłam", "заказ оформила"
            extra |= {key[::-1] for key in extra if len(key) == 2}
        vocabulary[tp_id] = {**{key: CONCEPT for key in extra}, **{key: NAMED for key in keys}}
    mask = frozenset(word for keys in vocabulary.values() for key in keys for word in key if word not in stop)
    exact = frozenset(key[0] for keys in vocabulary.values() for key in keys if len(key) == 1)
    phrases = frozenset(frozenset(key) - stop for keys in explicit.values() for key in keys if len(key) > 1)
    return Vocabulary(keys=vocabulary, mask=mask, language=language, exact=exact, owners=owners, unused=tuple(unused),
                      phrases=phrases)


# Everyday verbs that name a touchpoint ("find", "zapłacić", "привезти"): inside a story already about
# another touchpoint they tell what happened in it (a verb of one touchpoint only, "return", "zwrócić",
# "вернуть", names it wherever it stands); only nouns name a second topic there, or a verb done
# on the site ("couldn't find how to start a return on the website").
_VERBS = {"en": {"find", "pay", "arrive", "dispatch", "come"},
          "pl": {"szukać", "znaleźć", "zapłacić", "płacić", "dotrzeć", "przyjechać", "przyjść", "przywieźć"},
          "ru": {"искать", "найти", "оплатить", "платить", "привезти", "приехать", "прийти"}}
# Phrases that name a concept's touchpoint by what they tell, even beside another topic, matched
# before the idioms are taken out: the customer getting in touch with the shop ("I rang them",
# "napisałam do nich", "позвонила им", "zadzwoniłam", "the lady on the phone", not "the website on
# the phone", "дозвониться") or the
# shop calling back (not the courier: "somebody rang me", "мне перезвонили") is customer support; what delivery costs is checkout; how long
# an order travelled ("came in two days", "paczka szła tydzień", "везли девять дней") is delivery.
_TELLS = {
    "support": {
        "en": r"\b(?:rang|rung|ring|phoned|called|e-?mailed|messaged|wrote to|contacted|contact|got in touch with"
              r"|get in touch with|got through to)(?: them| up| the (?:shop|store|company))\b"
              r"|\bi (?:rang|phoned|e-?mailed)(?=[,.]| (?:and|about|to ask)\b)|\b(?:did you report|reported (?:it|them|that|those|this))\b"
              r"|\bover the phone\b|\b(?:fella|fellow|lad|lads|man|men|girls?|lady|ladies|wom[ae]n|bloke|people|person|chap|kid|lass"
              r"|guys?|human|someone|somebody|agent|operator|boy|gentleman|staff)(?:'s)? on the phone\b"
              r"|\b(?:ask|asked|said|told|mention|mentioned|explained|stayed|kept) (?:\w+ ){0,2}on the phone\b|\bon the phone line\b"
              r"|\bphone (?:line|number|people|person|woman|man|lady|guy|bloke)\b"
              r"|\b(?:tech|help|phone|support|service) line\b|\bhelp number\b|\bi (?:rang|phoned|called) (?:the|their|that)"
              r" (?:\w+ ){0,2}(?:number|line)\b|^(?!.*\b(?:courier|driver|postman|delivery)).*?\b(?:rang|called|phoned) me\b",
        "pl": r"\b(?:za)?dzwoni\w* (?:\w+ )?(?:do nich|do sklepu|na infolinię)|\b(?:na)?pisa\w* (?:\w+ )?(?:do nich|do sklepu)"
              r"|\bodpisa\w*|\bnapisa\w* (?:\w+ )?wiadomoś\w*|\bskontaktowa\w* się\b"
              r"|\b(?:za)?dzwoni(?:łam|łem|łyśmy|liśmy|ę)\b(?! (?:po|do (?!nich\b|sklepu|obsług|infolini)))"
              r"|\b(?:pan\w*|pani|konsultant\w*|ktoś|rozmaw\w*|powiedzia\w*|tłumaczy\w*|wytłumaczy\w*|zamawia\w*|zamówi\w*)"
              r" (?:\w+ )?przez telefon\b"
              r"|^(?!.*\b(?:kurier|kierowc|dostawc))(?:.*?\b)?(?:za)?dzwoni\w* (?:\w+ )?(?:do mnie|pan\b|pani\b)(?! z bank)",
        "ru": r"\b(?:по)?звони\w* (?:\w+ )?(?:им|в магазин|по номеру)|\b(?:на)?писа\w* (?:\w+ )?(?:им|в магазин|на почту)\b"
              r"|\bсвяза\w* с (?:ними|магазином)|\b(?:девушк\w*|молод\w* человек\w*|менеджер\w*|оператор\w*|сказал\w*|объяснил\w*|ответил\w*|оформил\w*)"
              r" (?:\w+ )?по телефону\b|\bдозвони\w*|\bколл-центр\w*|\bживо\w* человек\w*"
              r"|\b(?:я|сама|сам) (?:\w+ )?(?:по|пере)?звонил\w*(?! (?:в банк|мужу|жене|маме|папе|сыну|дочери|подруге|другу|брату|сестре|курьеру))"
              r"|^(?!.*\b(?:курьер|водител|доставщик))(?:.*?\b)?(?:по|пере)?звони\w* мне\b|\bмне (?:\w+ )?перезвони\w*",
    },
    "checkout": {language: "|".join(filter(None, (cost, _ORDERING.get(language)))) for language, cost in _DELIVERY_COST.items()},
    "delivery": {
        "en": r"\b(?:came|arrived|turned up|got here)(?: \w+)? (?:in|within|after) (?:\w+ ){0,2}(?:days?|weeks?|hours?)\b"
              r"|\b(?:came|arrived|turned up) (?:the (?:next |following )?day|next day)\b"
              r"|\btook (?:\w+ ){1,3}(?:days?|weeks?) to (?:come|arrive|turn up|get here)\b",
        "pl": r"\b(?:szła|szedł|szło|szły|jechała|jechał|jechało|jechały|wieźli)\s+(?:\w+\s+)?(?:dni|dzień|tydzień|tygodni\w*)",
        "ru": r"\b(?:шла|шёл|шло|шли|везли|ехала|ехал|ехало|ехали)\s+(?:\w+\s+)?(?:дн\w*|день|недел\w*)",
    },
}
_ON_SITE = {"en": r"\bon (?:the|their|your|its) (?:web)?site\b", "pl": r"\bna stronie\b", "ru": r"\bна сайте\b"}
# Words more than one touchpoint shows (a photo: the product's, a review's, one sent to support; a
# discount code: the newsletter's, an ad's, one typed at checkout; an e-mail: the newsletter's or one
# written to the shop) are in passing, a topic only while the story has none ("The photo was of
# somebody else's front door" in a story about a lost parcel), or when joined by "and" to another.
_SHARED = {"en": ("photo", "picture", "discount code", "promo code", "email", "e-mail"),
           "pl": ("zdjęcie", "fotka", "kod rabatowy", "mail", "e-mail"),
           "ru": ("фото", "фотография", "фотка", "промокод", "письмо")}
_LEAD = {"en": {"the", "a", "an", "but", "and", "or", "only", "so", "then", "all", "my", "their", "its", "our", "your"},
         "pl": {"ale", "i", "a", "lub", "albo", "oraz", "tylko", "no", "też", "to", "te", "moje", "ich"},
         "ru": {"но", "и", "а", "или", "только", "ну", "вот", "все", "мои", "их"}}
_AND = {"and", "or", "i", "lub", "albo", "oraz", "и", "или"}
_PARTICLES = {"back", "off", "out"}
_VERBAL_NOUN = {"pl": ("nie", "nia", "niu", "niem", "cie", "cia", "ciu"), "ru": ("ние", "ния", "нию", "нием", "нии")}
# Someone else's words, quoted ('your basket misses you', „szybka wysyłka", «ваше обращение»); not
# the English elisions 'cause, 'em, 'til, nor a stray inch mark far from the next.
_QUOTED = re.compile(r"\"[^\"\n]{0,200}\"|“[^”\n]{0,200}”|„[^”“\"\n]{0,200}[”“\"]|«[^»\n]{0,200}»"
                     r"|(?<!\w)'(?!(?:cause|em|til)\b)(?:[^'\n]|(?<=\w)'(?=\w)){1,80}?'(?!\w)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of what the text quotes: a notification's or a review's words name a touchpoint
    only in passing ("'your basket misses you'" is about the app's notifications)."""
    return [match.span() for match in _QUOTED.finditer(text)]


def unquoted(text: str) -> str:
    """The text with what it quotes blanked out (same length, so clauses keep their places)."""
    return _QUOTED.sub(lambda match: " " * len(match.group()), text)


def named_in(text: str, vocabulary: Vocabulary) -> dict[str, float]:
    """{touchpoint id: confidence} of the touchpoints ``text`` names, idioms taken out first."""
    return {tp_id: confidence for tp_id, (confidence, _) in mentions(text, vocabulary).items()}


def mentions(text: str, vocabulary: Vocabulary, aside: list[tuple[int, int]] = ()) -> dict[str, tuple[float, bool]]:
    """{touchpoint id: (confidence, named only in passing)}. In passing: by an everyday verb; by a
    shared word not joined by "and" to another touchpoint's word; by a concept word that neither
    heads its clause nor is so joined, or heads it beside another touchpoint's noun; or anywhere in the ``aside``
    spans of the text (the moment the clause sets, what it says was not involved, what it quotes).
    Such a touchpoint is a topic only while the story has none (story.py)."""
    language = vocabulary.language
    text = text.lower()
    tells = {concept: [match.span() for match in re.finditer(phrases[language], text)]
             for concept, phrases in _TELLS.items() if language in phrases and vocabulary.owners.get(concept)}
    if language in STOP_PHRASES:  # same length, so the aside spans keep their places
        text = re.sub(STOP_PHRASES[language], lambda match: _idiom(match.group(), vocabulary), text)
    on_site = language in _ON_SITE and re.search(_ON_SITE[language], text)
    shared = _shared(language)
    found: dict[str, tuple[float, int]] = {}  # kind: 2 a topic's noun, 1 heads its clause, 0 in passing
    evidence: dict[str, list] = {}  # where each touchpoint is named outside the aside (word spans)
    bounds = sorted({0, len(text), *(min(max(at, 0), len(text)) for span in aside for at in span)})
    for start, end in zip(bounds, bounds[1:]):
        part, passing = text[start:end], any(at <= start and end <= until for at, until in aside)
        words = [(word, normal, normal in vocabulary.exact) for word, normal in forms(part, language)]
        for tp_id, key, value, at in _runs(words, vocabulary):
            verb = _verbal(key, language) and not _noun_form(words, at, language)
            if passing or verb and not on_site and len(key) == 1 and key[0] in _VERBS.get(language, ()):
                kind = 0  # an everyday verb: "I searched for it for two days"
            elif key in shared:  # coordinated ("the search and the photos"), else in passing
                kind = 0 if verb else 2 * (_heads(words, at, language) == 2)
            elif value < NAMED:  # a topic as its clause's subject, if a noun
                kind = 0 if verb else _heads(words, at, language)
            else:
                kind = 2
            old_value, old_kind = found.get(tp_id, (0, 0))
            found[tp_id] = (max(value, old_value), max(kind, old_kind))
            if not passing:
                evidence.setdefault(tp_id, []).append((start + at, start + at + len(key)))
    for tp_id, spans in evidence.items():  # two words of its own ("paid with Apple Pay"): a topic
        if any(a_end <= b_at or b_end <= a_at for a_at, a_end in spans for b_at, b_end in spans):
            found[tp_id] = (found[tp_id][0], 2)
    if any(value == NAMED for value, _ in found.values()):  # "I paid for next-day delivery": delivery
        found = {tp_id: mention for tp_id, mention in found.items() if mention[0] == NAMED}
    for concept, spans in tells.items():  # "I rang them about the refund": support, beside the refund
        if spans:
            passing = all(any(at <= start and end <= until for at, until in aside) for start, end in spans)
            value, kind = found.get(vocabulary.owners[concept], (CONCEPT, 0))
            found[vocabulary.owners[concept]] = (max(value, CONCEPT), max(kind, 0 if passing else 2))
    nouns = {tp_id for tp_id, (_, kind) in found.items() if kind == 2}
    return {tp_id: (value, kind == 0 or kind == 1 and bool(nouns - {tp_id})) for tp_id, (value, kind) in found.items()}


def _idiom(phrase: str, vocabulary: Vocabulary) -> str:
    """The idiom blanked out (same length), unless it is all of a touchpoint's own keyword of two
    words or more: "gift card" pays nothing at checkout, but names a touchpoint keyed "gift card"."""
    words = frozenset(normalised(phrase, vocabulary.language)) - _FUNCTION_WORDS.get(vocabulary.language, set())
    return phrase if words in vocabulary.phrases else " " * len(phrase)


def _runs(words: list[tuple[str, str, bool]], vocabulary: Vocabulary) -> list[tuple[str, tuple, float, int]]:
    """(touchpoint id, key, confidence, word index) of the first place each key stands in the
    words, but not inside a longer key of another touchpoint found there: "card" (checkout) is no
    payment inside "gift card" when a touchpoint is keyed so."""
    runs = []
    for tp_id, keys in vocabulary.keys.items():
        for key, value in keys.items():
            gap = _gap(key, vocabulary.language)
            at = find(words, key, gap)
            while at >= 0:
                runs.append((tp_id, key, value, at))
                at = find(words, key, gap, at + 1)
    longer = [(tp_id, at, at + len(key)) for tp_id, key, _, at in runs if len(key) > 1]
    first = {}
    for tp_id, key, value, at in runs:
        if (tp_id, key) not in first and not any(
                other != tp_id and start <= at and at + len(key) <= end and end - start > len(key)
                for other, start, end in longer):
            first[tp_id, key] = (tp_id, key, value, at)
    return list(first.values())


def _gap(key: tuple[str, ...], language: str) -> int:
    """Words that may stand inside a two-word key: any one in PL and RU, whose word order is free
    ("nie oddali mi pieniędzy", "вернули мне деньги"); two inside an English verb and its particle."""
    return 1 if language in ("pl", "ru") else 2 if key[-1] in _PARTICLES else 0


@lru_cache(maxsize=8)
def _shared(language: str) -> frozenset:
    return frozenset(tuple(normalised(word, language)) for word in _SHARED.get(language, ()))


def _verbal(key: tuple[str, ...], language: str) -> bool:
    """A key that is a verb or a verb phrase ("odesłać", "send back", "оформить заказ")."""
    return is_infinitive(key[0]) if language in ("pl", "ru") else key[0] in _VERBS["en"] or key[-1] in _PARTICLES


def _noun_form(words: list[tuple[str, str, bool]], at: int, language: str) -> bool:
    """Whether the verb's word at ``at`` is used as a noun: "szukanie", "оформление", or an English
    -ing form as its clause's subject ("Then paying was the problem")."""
    word = words[at][0]
    if language in _VERBAL_NOUN:
        return word.endswith(_VERBAL_NOUN[language])
    return word.endswith("ing") and _heads(words, at, language) > 0


def _heads(words: list[tuple[str, str, bool]], at: int, language: str) -> int:
    """2 when the word at ``at`` is one of coordinated subjects ("the search and the photos": the
    word before "and" heads the clause too; not "it'd crash and the basket would be empty", two
    clauses joined), 1 when it heads its clause (only articles, conjunctions and the like before
    it), else 0."""
    lead, coordinated = _LEAD.get(language, set()), False
    for i in range(at - 1, -1, -1):
        word = words[i][0]
        if word not in lead:
            return 2 * (coordinated and _heads(words, i, language) == 1)
        coordinated = coordinated or word in _AND
    return 1
