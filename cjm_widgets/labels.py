"""Every word the kit shows people, in English, Polish and Russian, with one lookup.

One table keeps each text's translations side by side, so a translator edits one place and the map,
the persona cards and the editors can no longer drift apart. ``label`` falls back to English, then to
the key itself, so a missing translation shows up as an English word instead of breaking a render.
Counts and numbers on screen follow the language's rules (Babel's CLDR data): "5 этапов", "−0,74".
Files meant for machines (CSV, JSON) keep plain dot decimals and do not use these.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from babel import Locale
from babel.numbers import format_decimal, format_percent

from .stages import LANGUAGES
from .values import is_missing

TEXTS: dict[str, dict[str, str]] = {
    # ---- the journey map, its figure and tables
    'map_title': {'en': 'Customer journey map', 'pl': 'Mapa podróży klienta', 'ru': 'Карта пути клиента'},
    'personas': {'en': 'Personas', 'pl': 'Persony', 'ru': 'Персоны'},
    'persona': {'en': 'Persona', 'pl': 'Persona', 'ru': 'Персона'},
    'all_respondents': {'en': 'All respondents', 'pl': 'Wszyscy respondenci', 'ru': 'Все респонденты'},
    'filter_persona': {'en': 'Show the map for', 'pl': 'Pokaż mapę dla', 'ru': 'Показать карту для'},
    'respondents': {'en': 'respondents', 'pl': 'respondentów', 'ru': 'респондентов'},
    'demographics': {'en': 'Who they are', 'pl': 'Kim są', 'ru': 'Кто они'},
    'goals': {'en': 'Customer goals', 'pl': 'Cele klienta', 'ru': 'Цели клиента'},
    'actions': {'en': 'Actions', 'pl': 'Działania', 'ru': 'Действия'},
    'thoughts': {'en': 'Thoughts', 'pl': 'Myśli', 'ru': 'Мысли'},
    'backstage': {'en': 'Company actions (backstage)',
                  'pl': 'Działania firmy (zaplecze)',
                  'ru': 'Действия компании (закулисье)'},
    'frustrations': {'en': 'Frustrations', 'pl': 'Frustracje', 'ru': 'Раздражители'},
    'preferred_channels': {'en': 'Preferred channels', 'pl': 'Preferowane kanały', 'ru': 'Предпочитаемые каналы'},
    'quote': {'en': 'Quote', 'pl': 'Cytat', 'ru': 'Цитата'},
    'stages': {'en': 'Stages', 'pl': 'Etapy', 'ru': 'Этапы'},
    'stage': {'en': 'Stage', 'pl': 'Etap', 'ru': 'Этап'},
    'stage_score': {'en': 'Stage emotion', 'pl': 'Emocje na etapie', 'ru': 'Эмоции на этапе'},
    'worst_touchpoint': {'en': 'worst moment', 'pl': 'najgorszy moment', 'ru': 'худший момент'},
    'touchpoints': {'en': 'Touchpoints', 'pl': 'Punkty styku', 'ru': 'Точки контакта'},
    'touchpoint': {'en': 'Touchpoint', 'pl': 'Punkt styku', 'ru': 'Точка контакта'},
    'channel': {'en': 'Channel', 'pl': 'Kanał', 'ru': 'Канал'},
    'online': {'en': 'online', 'pl': 'online', 'ru': 'онлайн'},
    # a touchpoint's channel, kept in journey.json as the id the TouchpointEditor offers; said by channel_name
    'channel_website': {'en': 'website', 'pl': 'strona internetowa', 'ru': 'сайт'},
    'channel_app': {'en': 'app', 'pl': 'aplikacja', 'ru': 'приложение'},
    'channel_social': {'en': 'social media', 'pl': 'media społecznościowe', 'ru': 'соцсети'},
    'channel_email': {'en': 'e-mail', 'pl': 'e-mail', 'ru': 'e-mail'},
    'channel_ads': {'en': 'ads', 'pl': 'reklama', 'ru': 'реклама'},
    'channel_marketplace': {'en': 'marketplace', 'pl': 'marketplace', 'ru': 'маркетплейс'},
    'channel_store': {'en': 'store', 'pl': 'sklep stacjonarny', 'ru': 'магазин'},
    'channel_phone': {'en': 'phone', 'pl': 'telefon', 'ru': 'телефон'},
    'channel_chat': {'en': 'chat', 'pl': 'czat', 'ru': 'чат'},
    'channel_courier': {'en': 'courier', 'pl': 'kurier', 'ru': 'курьер'},
    'channel_word': {'en': 'word of mouth', 'pl': 'polecenia znajomych', 'ru': 'сарафанное радио'},
    'offline': {'en': 'offline', 'pl': 'offline', 'ru': 'офлайн'},
    'owner': {'en': 'Owner', 'pl': 'Właściciel', 'ru': 'Ответственный'},
    'owners': {'en': 'Owners', 'pl': 'Właściciele', 'ru': 'Ответственные'},
    'reach': {'en': 'reach', 'pl': 'zasięg', 'ru': 'охват'},
    'emotion': {'en': 'Emotion', 'pl': 'Emocje', 'ru': 'Эмоции'},
    'emotion_curve': {'en': 'Emotion curve', 'pl': 'Krzywa emocji', 'ru': 'Кривая эмоций'},
    'interval_band': {'en': '95% interval', 'pl': 'przedział 95%', 'ru': '95% интервал'},
    'positive': {'en': 'positive', 'pl': 'pozytywne', 'ru': 'позитивно'},
    'neutral': {'en': 'neutral', 'pl': 'neutralne', 'ru': 'нейтрально'},
    'negative': {'en': 'negative', 'pl': 'negatywne', 'ru': 'негативно'},
    'very_positive': {'en': 'very positive', 'pl': 'bardzo pozytywne', 'ru': 'очень позитивно'},
    'very_negative': {'en': 'very negative', 'pl': 'bardzo negatywne', 'ru': 'очень негативно'},
    'no_evidence': {'en': 'no evidence', 'pl': 'brak danych', 'ru': 'нет данных'},
    'evidence': {'en': 'Evidence', 'pl': 'Dowody', 'ru': 'Данные'},
    'show_evidence': {'en': 'Show evidence', 'pl': 'Pokaż dowody', 'ru': 'Показать данные'},
    'n': {'en': 'n', 'pl': 'n', 'ru': 'n'},
    'interval': {'en': '95% interval', 'pl': 'przedział 95%', 'ru': '95% интервал'},
    'confidence': {'en': 'confidence', 'pl': 'wiarygodność', 'ru': 'надёжность'},
    'insufficient': {'en': 'insufficient', 'pl': 'niewystarczające', 'ru': 'недостаточно'},
    'indicative': {'en': 'indicative', 'pl': 'orientacyjne', 'ru': 'ориентировочно'},
    'reliable': {'en': 'reliable', 'pl': 'wiarygodne', 'ru': 'надёжно'},
    'quotes': {'en': 'What customers said', 'pl': 'Co mówili klienci', 'ru': 'Что говорили клиенты'},
    'source': {'en': 'source', 'pl': 'źródło', 'ru': 'источник'},
    'share_negative': {'en': 'negative answers', 'pl': 'odpowiedzi negatywne', 'ru': 'негативных ответов'},
    'workshop_override': {'en': 'workshop override', 'pl': 'korekta z warsztatu', 'ru': 'поправка воркшопа'},
    'data_score': {'en': 'data', 'pl': 'dane', 'ru': 'данные'},
    'reason': {'en': 'reason', 'pl': 'powód', 'ru': 'причина'},
    'change_since_previous': {'en': 'since the previous map',
                              'pl': 'od poprzedniej mapy',
                              'ru': 'с прошлой карты'},
    'pain_points': {'en': 'Pain points', 'pl': 'Punkty bólu', 'ru': 'Болевые точки'},
    'pain_point': {'en': 'pain point', 'pl': 'punkt bólu', 'ru': 'болевая точка'},
    'rule': {'en': 'Why flagged', 'pl': 'Dlaczego wskazany', 'ru': 'Почему отмечено'},
    'severity': {'en': 'Severity', 'pl': 'Dotkliwość', 'ru': 'Острота'},
    'moments_of_truth': {'en': 'Moments of truth', 'pl': 'Momenty prawdy', 'ru': 'Моменты истины'},
    'moment_of_truth': {'en': 'moment of truth', 'pl': 'moment prawdy', 'ru': 'момент истины'},
    'opportunities': {'en': 'Opportunities', 'pl': 'Szanse', 'ru': 'Возможности'},
    'impact': {'en': 'Impact', 'pl': 'Wpływ', 'ru': 'Эффект'},
    'effort': {'en': 'Effort', 'pl': 'Nakład', 'ru': 'Усилия'},
    'kpi': {'en': 'KPI to watch', 'pl': 'KPI do obserwacji', 'ru': 'KPI для контроля'},
    'kpis': {'en': 'KPIs', 'pl': 'KPI', 'ru': 'KPI'},
    'votes': {'en': 'Votes', 'pl': 'Głosy', 'ru': 'Голоса'},
    'note': {'en': 'Note', 'pl': 'Notatka', 'ru': 'Заметка'},
    'funnel': {'en': 'Funnel', 'pl': 'Lejek', 'ru': 'Воронка'},
    'users': {'en': 'Users', 'pl': 'Użytkownicy', 'ru': 'Пользователи'},
    'conversion': {'en': 'Conversion', 'pl': 'Konwersja', 'ru': 'Конверсия'},
    'drop_off': {'en': 'Drop-off', 'pl': 'Odpływ', 'ru': 'Отток'},
    'bottleneck': {'en': 'bottleneck', 'pl': 'wąskie gardło', 'ru': 'узкое место'},
    'nps': {'en': 'NPS', 'pl': 'NPS', 'ru': 'NPS'},
    'csat': {'en': 'CSAT', 'pl': 'CSAT', 'ru': 'CSAT'},
    'ces': {'en': 'CES', 'pl': 'CES', 'ru': 'CES'},
    'csat_unit': {'en': '% satisfied', 'pl': '% zadowolonych', 'ru': '% довольных'},
    'ces_unit': {'en': '% finding it easy', 'pl': '% uznających za łatwe', 'ru': '% считающих это лёгким'},
    'value': {'en': 'Value', 'pl': 'Wartość', 'ru': 'Значение'},
    'none_yet': {'en': 'none yet', 'pl': 'jeszcze brak', 'ru': 'пока нет'},
    'figure_scope': {'en': '{stages} and {touchpoints} on a scale from -2 (very negative) to +2 (very positive).',
                     'pl': '{stages}, {touchpoints}; skala od −2 (bardzo negatywne) do +2 (bardzo pozytywne).',
                     'ru': '{stages}, {touchpoints}; шкала от −2 (очень негативно) до +2 (очень позитивно).'},
    'figure_lowest': {'en': 'Lowest: {name} ({value}).',
                      'pl': 'Najniżej: {name} ({value}).',
                      'ru': 'Минимум: {name} ({value}).'},
    'figure_highest': {'en': 'Highest: {name} ({value}).',
                       'pl': 'Najwyżej: {name} ({value}).',
                       'ru': 'Максимум: {name} ({value}).'},
    'observations': {'en': 'observations', 'pl': 'obserwacji', 'ru': 'наблюдений'},
    'print_hint': {'en': 'Print on A3 landscape.',
                   'pl': 'Drukuj na A3 poziomo.',
                   'ru': 'Печать на A3, альбомная ориентация.'},
    # -- the workbook's sheets and headers (render/tables.py), in the client's language; the CSVs keep codes
    'sheet_scores': {'en': 'Scores', 'pl': 'Oceny', 'ru': 'Оценки'},
    'sheet_touchpoint_id': {'en': 'Touchpoint id', 'pl': 'Id punktu styku', 'ru': 'ID точки контакта'},
    'sheet_stage_id': {'en': 'Stage id', 'pl': 'Id etapu', 'ru': 'ID этапа'},
    'sheet_opportunity_id': {'en': 'Opportunity id', 'pl': 'Id szansy', 'ru': 'ID возможности'},
    'sheet_opportunity': {'en': 'Opportunity', 'pl': 'Szansa', 'ru': 'Возможность'},
    'sheet_score': {'en': 'Score (−2..+2)', 'pl': 'Ocena (−2..+2)', 'ru': 'Оценка (−2..+2)'},
    'sheet_ci_low': {'en': '95% interval from', 'pl': 'Przedział 95% od', 'ru': '95% интервал от'},
    'sheet_ci_high': {'en': '95% interval to', 'pl': 'Przedział 95% do', 'ru': '95% интервал до'},
    'sheet_share_negative': {'en': 'Share negative', 'pl': 'Odsetek negatywnych', 'ru': 'Доля негативных'},
    'sheet_confidence': {'en': 'Confidence', 'pl': 'Wiarygodność', 'ru': 'Надёжность'},
    'sheet_override': {'en': 'Workshop override', 'pl': 'Korekta z warsztatu', 'ru': 'Поправка воркшопа'},
    'sheet_override_reason': {'en': 'Reason for the override', 'pl': 'Powód korekty', 'ru': 'Причина поправки'},
    'sheet_pain_point': {'en': 'Pain point', 'pl': 'Punkt bólu', 'ru': 'Болевая точка'},
    'sheet_moment_of_truth': {'en': 'Moment of truth', 'pl': 'Moment prawdy', 'ru': 'Момент истины'},
    'sheet_level': {'en': 'Level', 'pl': 'Poziom', 'ru': 'Уровень'},
    'sheet_se': {'en': 'Standard error', 'pl': 'Błąd standardowy', 'ru': 'Стандартная ошибка'},
    'sheet_worst': {'en': 'Worst touchpoint', 'pl': 'Najgorszy punkt styku', 'ru': 'Худшая точка контакта'},
    'sheet_evidence_sampled': {'en': 'Evidence rows kept for the map', 'pl': 'Wiersze dowodów zachowane dla mapy',
                               'ru': 'Строк данных, сохранённых для карты'},
    'sheet_rank': {'en': 'Rank', 'pl': 'Pozycja', 'ru': 'Место'},
    'sheet_negative_n': {'en': 'Negative observations', 'pl': 'Negatywne obserwacje', 'ru': 'Негативные наблюдения'},
    'sheet_evidence_sources': {'en': 'Evidence sources', 'pl': 'Źródła dowodów', 'ru': 'Источники данных'},
    'sheet_not_ranked_because': {'en': 'Not ranked because', 'pl': 'Bez pozycji, ponieważ',
                                 'ru': 'Без места, потому что'},
    'sheet_roi_assumptions': {'en': 'ROI assumptions', 'pl': 'Założenia ROI', 'ru': 'Допущения ROI'},
    # -- a persona's figure: the pain points, flagged from all respondents, ring their curve
    'pain_point_all_respondents': {'en': 'pain point (all respondents)', 'pl': 'punkt bólu (wszyscy respondenci)',
                                   'ru': 'болевая точка (все респонденты)'},
    # ---- personas: names, statements with their counts, the cards
    'persona_noun': {'en': 'Shoppers', 'pl': 'Klienci', 'ru': 'Покупатели'},
    'persona_other': {'en': 'Other shoppers', 'pl': 'Pozostali klienci', 'ru': 'Остальные покупатели'},
    'persona_high': {'en': 'high {column}', 'pl': '{column}: wysoko', 'ru': '{column}: высоко'},
    'persona_low': {'en': 'low {column}', 'pl': '{column}: nisko', 'ru': '{column}: низко'},
    'no_answer': {'en': 'no answer', 'pl': 'brak odpowiedzi', 'ru': 'нет ответа'},
    # {n} of these is Counted(n, "respondent", of=True): "16 из 21 респондента", "z 1 respondenta";
    # {happy}, {unhappy}: the word agreeing with {k}, plural(k, "satisfied"): "1 из 5 респондентов недоволен"
    'persona_goal': {'en': 'Values {name}: {k} of {n} {happy}',
                     'pl': 'Ceni „{name}”: {k} z {n} {happy}',
                     'ru': 'Ценит «{name}»: {k} из {n} {happy}'},
    'persona_goal_answer': {'en': '{column}: {answer} ({k} of {n})',
                            'pl': '{column}: {answer} ({k} z {n})',
                            'ru': '{column}: {answer} ({k} из {n})'},
    'persona_frustration': {'en': '{name}: {k} of {n} {unhappy} ({pct}%)',
                            'pl': '{name}: {k} z {n} {unhappy} ({pct}%)',
                            'ru': '«{name}»: {k} из {n} {unhappy} ({pct}%)'},
    # {n}: Counted(n, "respondent"): "1 respondent", "17 respondentów"
    'persona_frustration_lowest': {'en': '{name} rated lowest: mean {mean} on -1..+1 ({n})',
                                   'pl': '{name} oceniane najniżej: średnio {mean} w skali −1..+1 ({n})',
                                   'ru': '«{name}» оценено ниже всего: в среднем {mean} по шкале −1..+1 ({n})'},
    'persona_channel': {'en': '{channel} ({k} of {n})',
                        'pl': '{channel} ({k} z {n})',
                        'ru': '{channel} ({k} из {n})'},
    'persona_modal': {'en': '{answer} ({pct}%)', 'pl': '{answer} ({pct}%)', 'ru': '{answer} ({pct}%)'},
    'persona_first_order_yes': {'en': 'First-time buyers', 'pl': 'Nowi klienci', 'ru': 'Новые покупатели'},
    'persona_first_order_no': {'en': 'Returning customers', 'pl': 'Stali klienci',
                               'ru': 'Постоянные покупатели'},
    'persona_on_device': {'en': 'on {answer}', 'pl': 'urządzenie: {answer}', 'ru': 'устройство: {answer}'},
    'persona_from_source': {'en': 'from {answer}', 'pl': 'źródło: {answer}', 'ru': 'источник: {answer}'},
    'role_first_order': {'en': 'First order', 'pl': 'Pierwsze zamówienie', 'ru': 'Первый заказ'},
    'role_age': {'en': 'Age', 'pl': 'Wiek', 'ru': 'Возраст'},
    'role_device': {'en': 'Device', 'pl': 'Urządzenie', 'ru': 'Устройство'},
    'role_source': {'en': 'Found us through', 'pl': 'Skąd nas znają', 'ru': 'Откуда узнали'},
    'role_gender': {'en': 'Gender', 'pl': 'Płeć', 'ru': 'Пол'},
    'role_region': {'en': 'Where', 'pl': 'Skąd', 'ru': 'Откуда'},
    'role_frequency': {'en': 'How often', 'pl': 'Jak często', 'ru': 'Как часто'},
    'persona_lost': {'en': 'Persona {name!r} ({share}) matches no segment in the new data{edits}.',
                     'pl': 'Persona „{name}” ({share}) nie pasuje do żadnego segmentu w nowych danych{edits}.',
                     'ru': 'Персона «{name}» ({share}) не совпадает ни с одним сегментом в новых данных{edits}.'},
    'persona_edits_lost': {'en': '; its team edits ({fields}) were not carried over',
                           'pl': '; zmiany zespołu ({fields}) nie zostały przeniesione',
                           'ru': '; правки команды ({fields}) не перенесены'},
    'persona_share_moved': {'en': 'Persona {name!r}: share moved from {before} to {after}.',
                            'pl': 'Persona „{name}”: udział zmienił się z {before} na {after}.',
                            'ru': 'Персона «{name}»: доля изменилась с {before} до {after}.'},
    'persona_new_segment': {'en': 'New segment {name!r} ({share}) has no earlier persona: review it.',
                            'pl': 'Nowy segment „{name}” ({share}) nie ma wcześniejszej persony: przejrzyj go.',
                            'ru': 'У нового сегмента «{name}» ({share}) нет прежней персоны: проверьте его.'},
    'persona_who_yes': {'en': 'yes', 'pl': 'tak', 'ru': 'да'},
    'persona_who_no': {'en': 'no', 'pl': 'nie', 'ru': 'нет'},
    'persona_median': {'en': 'median {value}', 'pl': 'mediana {value}', 'ru': 'медиана {value}'},
    'card_share': {'en': 'Share', 'pl': 'Udział', 'ru': 'Доля'},
    'persona_goals': {'en': 'Goals', 'pl': 'Cele', 'ru': 'Цели'},
    'channels': {'en': 'Channels', 'pl': 'Kanały', 'ru': 'Каналы'},
    'card_quote': {'en': 'In their words', 'pl': 'Ich słowami', 'ru': 'Их словами'},
    'card_source': {'en': 'Source', 'pl': 'Źródło', 'ru': 'Источник'},
    'card_definition': {'en': 'Segment', 'pl': 'Segment', 'ru': 'Сегмент'},
    'card_edited': {'en': 'edited by the team', 'pl': 'edytowane przez zespół', 'ru': 'изменено командой'},
    'card_none': {'en': 'no evidence in the data', 'pl': 'brak danych', 'ru': 'нет данных'},
    'card_no_frustration': {'en': 'nothing in the data stands out as a frustration',
                            'pl': 'w danych nic nie wyróżnia się jako frustracja',
                            'ru': 'в данных ничего не выделяется как раздражитель'},
    # -- persona names and who they are: answers said as phrases, 1-3 short sentences (personas/words.py)
    'role_bought_before': {'en': 'Bought before', 'pl': 'Kupował(a) wcześniej', 'ru': 'Покупали раньше'},
    'persona_device_phone': {'en': 'on phones', 'pl': 'na smartfonach', 'ru': 'с телефона'},
    'persona_device_computer': {'en': 'on computers', 'pl': 'na komputerach', 'ru': 'с компьютера'},
    'persona_device_tablet': {'en': 'on tablets', 'pl': 'na tabletach', 'ru': 'с планшета'},
    # {pct}: percent(share); {age}: an age band with its years ("25–34 lata", "55 лет и старше")
    'persona_who_new_all': {'en': 'All are first-time buyers.', 'pl': 'Wszyscy kupują u nas pierwszy raz.',
                            'ru': 'Все покупают у нас впервые.'},
    'persona_who_new': {'en': '{pct} are first-time buyers.', 'pl': '{pct} kupuje u nas pierwszy raz.',
                        'ru': '{pct} покупают у нас впервые.'},
    'persona_who_returning_all': {'en': 'All have bought from us before.',
                                  'pl': 'Wszyscy kupowali już u nas wcześniej.',
                                  'ru': 'Все уже покупали у нас раньше.'},
    'persona_who_returning': {'en': '{pct} have bought from us before.', 'pl': '{pct} kupowało już u nas wcześniej.',
                              'ru': '{pct} уже покупали у нас раньше.'},
    'persona_who_age_all': {'en': 'All are {age}.', 'pl': 'Wszyscy mają {age}.', 'ru': 'Всем {age}.'},
    'persona_who_age': {'en': 'Most often aged {age} ({pct}).', 'pl': 'Najczęściej {age} ({pct}).',
                        'ru': 'Чаще всего {age} ({pct}).'},
    'persona_who_device_all': {'en': 'All order {device}.', 'pl': 'Wszyscy zamawiają {device}.',
                               'ru': 'Все заказывают {device}.'},
    'persona_who_device': {'en': 'Most often order {device} ({pct}).', 'pl': 'Najczęściej zamawiają {device} ({pct}).',
                           'ru': 'Чаще всего заказывают {device} ({pct}).'},
    # {question}: the question's label (roles.question_labels), {answer}: the answer as it reads inside a sentence
    'persona_who_answer_all': {'en': '{question}: {answer} (all of them).', 'pl': '{question}: {answer} (wszyscy).',
                               'ru': '{question}: {answer} (все).'},
    'persona_who_answer': {'en': '{question}: most often {answer} ({pct}).',
                           'pl': '{question}: najczęściej {answer} ({pct}).',
                           'ru': '{question}: чаще всего {answer} ({pct}).'},
    # ---- the workshop editors (widgets)
    'undo': {'en': 'Undo', 'pl': 'Cofnij', 'ru': 'Отменить'},
    'undone': {'en': 'Last change undone.',
               'pl': 'Cofnięto ostatnią zmianę.',
               'ru': 'Последнее изменение отменено.'},
    'nothing_to_undo': {'en': 'Nothing to undo.', 'pl': 'Nie ma czego cofnąć.', 'ru': 'Нечего отменять.'},
    'saved': {'en': 'Saved.', 'pl': 'Zapisano.', 'ru': 'Сохранено.'},
    'add': {'en': 'Add', 'pl': 'Dodaj', 'ru': 'Добавить'},
    'remove': {'en': 'Remove', 'pl': 'Usuń', 'ru': 'Удалить'},
    'save': {'en': 'Save', 'pl': 'Zapisz', 'ru': 'Сохранить'},
    'name': {'en': 'Name', 'pl': 'Nazwa', 'ru': 'Название'},
    'dash': {'en': '—', 'pl': '—', 'ru': '—'},
    'name_empty': {'en': 'Enter a name.', 'pl': 'Wpisz nazwę.', 'ru': 'Введите название.'},
    'name_taken': {'en': '“{name}” already exists: choose another name.',
                   'pl': '„{name}” już istnieje: wybierz inną nazwę.',
                   'ru': '«{name}» уже есть: выберите другое название.'},
    'out_of_range': {'en': '{field} must be between {low} and {high}.',
                     'pl': '{field}: wartość od {low} do {high}.',
                     'ru': '{field}: значение от {low} до {high}.'},
    'not_a_number': {'en': '{field} must be a number.',
                     'pl': '{field}: wpisz liczbę.',
                     'ru': '{field}: введите число.'},
    'gone': {'en': 'It was removed meanwhile; the view is refreshed.',
             'pl': 'W międzyczasie usunięto ten element; widok odświeżono.',
             'ru': 'Элемент уже удалён; вид обновлён.'},
    'new_stage': {'en': 'New stage', 'pl': 'Nowy etap', 'ru': 'Новый этап'},
    'move_up': {'en': 'Move up', 'pl': 'W górę', 'ru': 'Выше'},
    'move_down': {'en': 'Move down', 'pl': 'W dół', 'ru': 'Ниже'},
    'move_to': {'en': 'Move touchpoints to', 'pl': 'Przenieś punkty styku do', 'ru': 'Перенести точки контакта в'},
    'stage_in_use': {'en': '“{name}” still has {touchpoints}: choose a stage in “Move touchpoints to”, then remove.',
                     'pl': '„{name}” ma jeszcze punkty styku ({count}): wybierz etap w „Przenieś punkty styku do” i usuń ponownie.',
                     'ru': 'У «{name}» ещё есть точки контакта ({count}): выберите этап в «Перенести точки контакта в» и удалите снова.'},
    'last_stage': {'en': 'A journey needs at least one stage.',
                   'pl': 'Ścieżka musi mieć co najmniej jeden etap.',
                   'ru': 'В пути должен быть хотя бы один этап.'},
    'stage_model': {'en': 'Stage model', 'pl': 'Model etapów', 'ru': 'Модель этапов'},
    'switch_model': {'en': 'Switch model', 'pl': 'Zmień model', 'ru': 'Сменить модель'},
    'goes_to': {'en': '{name} → ', 'pl': '{name} → ', 'ru': '{name} → '},
    'same_model': {'en': 'The journey already uses this model.',
                   'pl': 'Ścieżka już używa tego modelu.',
                   'ru': 'Путь уже использует эту модель.'},
    'new_touchpoint': {'en': 'New touchpoint', 'pl': 'Nowy punkt styku', 'ru': 'Новая точка контакта'},
    'online_field': {'en': 'Online', 'pl': 'Online', 'ru': 'Онлайн'},
    'reach_field': {'en': 'Reach', 'pl': 'Zasięg', 'ru': 'Охват'},
    'importance': {'en': 'Importance', 'pl': 'Waga', 'ru': 'Важность'},
    'no_stages': {'en': 'Add a stage first.', 'pl': 'Najpierw dodaj etap.', 'ru': 'Сначала добавьте этап.'},
    'goals_field': {'en': 'Goals (one per line)',
                    'pl': 'Cele (jeden w wierszu)',
                    'ru': 'Цели (по одной в строке)'},
    'frustrations_field': {'en': 'Frustrations (one per line)',
                           'pl': 'Frustracje (jedna w wierszu)',
                           'ru': 'Раздражители (по одному в строке)'},
    'color': {'en': 'Colour', 'pl': 'Kolor', 'ru': 'Цвет'},
    'picture': {'en': 'Picture (file or URL)', 'pl': 'Zdjęcie (plik lub URL)', 'ru': 'Фото (файл или URL)'},
    'no_personas': {'en': 'No personas yet: run the personas step first.',
                    'pl': 'Brak person: najpierw uruchom krok person.',
                    'ru': 'Персон пока нет: сначала выполните шаг персон.'},
    'merge': {'en': 'Merge', 'pl': 'Połącz', 'ru': 'Объединить'},
    'merge_into': {'en': 'into', 'pl': 'w', 'ru': 'в'},
    'same_persona': {'en': 'Choose two different personas.',
                     'pl': 'Wybierz dwie różne persony.',
                     'ru': 'Выберите две разные персоны.'},
    'bad_color': {'en': 'Colour must look like #1f77b4.',
                  'pl': 'Kolor w formacie #1f77b4.',
                  'ru': 'Цвет в формате #1f77b4.'},
    'data_field': {'en': 'Data', 'pl': 'Dane', 'ru': 'Данные'},
    'team_score': {'en': 'Team', 'pl': 'Zespół', 'ru': 'Команда'},
    'reason_field': {'en': 'Reason', 'pl': 'Uzasadnienie', 'ru': 'Причина'},
    'reason_missing': {'en': 'Write a reason for the override of “{name}”.',
                       'pl': 'Podaj uzasadnienie korekty dla „{name}”.',
                       'ru': 'Укажите причину корректировки для «{name}».'},
    'author': {'en': 'Author', 'pl': 'Autor', 'ru': 'Автор'},
    'clear': {'en': 'Clear', 'pl': 'Wyczyść', 'ru': 'Сбросить'},
    'new_opportunity': {'en': 'New opportunity', 'pl': 'Nowa szansa', 'ru': 'Новая возможность'},
    'title': {'en': 'Title', 'pl': 'Tytuł', 'ru': 'Название'},
    'voter': {'en': 'Your name', 'pl': 'Twoje imię', 'ru': 'Ваше имя'},
    'dots_left': {'en': 'Dots left: {count}', 'pl': 'Pozostałe kropki: {count}', 'ru': 'Осталось точек: {count}'},
    'vote': {'en': '+1', 'pl': '+1', 'ru': '+1'},
    'take_back': {'en': '−1', 'pl': '−1', 'ru': '−1'},
    'voted': {'en': 'Vote saved.', 'pl': 'Głos zapisany.', 'ru': 'Голос сохранён.'},
    'voter_missing': {'en': 'Enter your name before voting.',
                      'pl': 'Wpisz imię przed głosowaniem.',
                      'ru': 'Введите имя перед голосованием.'},
    'no_dots_left': {'en': 'No dots left ({max_dots} per person).',
                     'pl': 'Brak kropek ({max_dots} na osobę).',
                     'ru': 'Точки закончились ({max_dots} на человека).'},
    'bad_dots': {'en': 'Dots must be a whole number other than 0.',
                 'pl': 'Liczba kropek musi być liczbą całkowitą różną od 0.',
                 'ru': 'Число точек должно быть целым и не равным 0.'},
    'no_dots_here': {'en': 'You have no dots on this item to take back.',
                     'pl': 'Nie masz tu kropek do cofnięcia.',
                     'ru': 'У вас нет точек на этом пункте.'},
    'item_gone': {'en': 'This item is no longer on the map; the list is refreshed.',
                  'pl': 'Tego elementu nie ma już na mapie; lista odświeżona.',
                  'ru': 'Этого пункта больше нет на карте; список обновлён.'},
    'nothing_to_vote': {'en': 'No pain points or opportunities to vote on yet.',
                        'pl': 'Nie ma jeszcze problemów ani szans do głosowania.',
                        'ru': 'Пока нет проблем или возможностей для голосования.'},
    'pain_point_title': {'en': 'Pain point', 'pl': 'Punkt bólu', 'ru': 'Болевая точка'},
    'opportunity': {'en': 'Opportunity', 'pl': 'Szansa', 'ru': 'Возможность'},
    'all_touchpoints': {'en': 'All touchpoints', 'pl': 'Wszystkie punkty styku', 'ru': 'Все точки контакта'},
    'show': {'en': 'Show', 'pl': 'Pokaż', 'ru': 'Показать'},
    'not_a_touchpoint': {'en': '— not about a touchpoint',
                         'pl': '— nie dotyczy punktu styku',
                         'ru': '— не о точке контакта'},
    'restore': {'en': 'Restore', 'pl': 'Przywróć', 'ru': 'Вернуть'},
    'restored': {'en': 'Restored: the quote is evidence again after the next run.',
                 'pl': 'Przywrócono: cytat wróci jako dowód po następnym uruchomieniu.',
                 'ru': 'Возвращено: цитата снова станет свидетельством после следующего запуска.'},
    'set_aside': {'en': 'Set aside', 'pl': 'Odłożony', 'ru': 'Отложена'},
    'no_quotes': {'en': 'No interview quotes here yet.',
                  'pl': 'Brak cytatów z wywiadów.',
                  'ru': 'Пока нет цитат из интервью.'},
    'refresh': {'en': 'Refresh', 'pl': 'Odśwież', 'ru': 'Обновить'},
    'only_to_review': {'en': 'Only quotes still to review', 'pl': 'Tylko cytaty do przejrzenia',
                       'ru': 'Только непроверенные цитаты'},
    'coder_confidence': {'en': 'coding confidence: {value}', 'pl': 'pewność kodowania: {value}',
                         'ru': 'уверенность кодирования: {value}'},
    'team_sign': {'en': 'Team’s sign', 'pl': 'Znak zespołu', 'ru': 'Знак команды'},
    'confirm': {'en': 'Confirm', 'pl': 'Potwierdź', 'ru': 'Подтвердить'},
    'confirm_hint': {'en': 'The touchpoint and the sign are right as coded',
                     'pl': 'Punkt styku i znak są trafnie zakodowane',
                     'ru': 'Точка контакта и знак закодированы верно'},
    'confirmed': {'en': 'Confirmed: the team’s judgement, kept on every rerun.',
                  'pl': 'Potwierdzono: ocena zespołu, zostaje przy każdym uruchomieniu.',
                  'ru': 'Подтверждено: оценка команды сохраняется при каждом запуске.'},
    'sign_saved': {'en': 'Saved: the team’s sign, kept on every rerun.',
                   'pl': 'Zapisano: znak zespołu, zostaje przy każdym uruchomieniu.',
                   'ru': 'Сохранено: знак команды сохраняется при каждом запуске.'},
    'reviewed': {'en': '✓ reviewed', 'pl': '✓ przejrzany', 'ru': '✓ проверена'},
    'forget_review': {'en': 'Forget review', 'pl': 'Cofnij przegląd', 'ru': 'Отменить проверку'},
    'review_forgotten': {'en': 'Forgotten: the next run gives the quote the coder’s touchpoint and sign.',
                         'pl': 'Cofnięto: po następnym uruchomieniu cytat wróci do kodowania automatycznego.',
                         'ru': 'Отменено: после следующего запуска у цитаты снова будут точка и знак кодировщика.'},
    'all_reviewed': {'en': 'Every quote here has been reviewed.', 'pl': 'Wszystkie cytaty tutaj są przejrzane.',
                     'ru': 'Все цитаты здесь проверены.'},
    'bad_quote_sign': {'en': 'A quote’s sign is −1, 0 or +1, not {value}.',
                       'pl': 'Znak cytatu to −1, 0 lub +1, nie {value}.',
                       'ru': 'Знак цитаты: −1, 0 или +1, а не {value}.'},
    'sign_set_aside': {'en': 'A quote set aside has no sign: pick its touchpoint first.',
                       'pl': 'Odłożony cytat nie ma znaku: najpierw wybierz punkt styku.',
                       'ru': 'У отложенной цитаты нет знака: сначала выберите точку контакта.'},
    'workshop_judgement': {'en': 'workshop judgement', 'pl': 'ocena z warsztatu', 'ru': 'оценка воркшопа'},
    # ---- findings: why a pain point or a moment of truth was flagged (insights)
    'reason_interval_below': {'en': 'the whole 95% interval ({low} to {high}) lies below {limit}',
                              'pl': 'cały przedział 95% ({low} do {high}) leży poniżej {limit}',
                              'ru': 'весь 95% интервал (от {low} до {high}) ниже {limit}'},
    'reason_share_negative': {'en': '{share} of {observations} are negative (rule: {rule} or more)',
                              'pl': 'negatywne: {share} obserwacji (n = {n}; reguła: {rule} lub więcej)',
                              'ru': 'негативных: {share} наблюдений (n = {n}; правило: {rule} и более)'},
    'reason_drop': {'en': 'drops {drop} from the previous touchpoint “{name}” ({before} to {after}; rule: {rule} or more)',
                    'pl': 'spadek o {drop} względem poprzedniego punktu styku „{name}” (z {before} na {after}; '
                          'reguła: {rule} lub więcej)',
                    'ru': 'падение на {drop} после предыдущей точки контакта «{name}» (с {before} до {after}; '
                          'правило: {rule} и более)'},
    'importance_stated': {'en': 'stated importance {value}/5', 'pl': 'deklarowana waga {value}/5',
                          'ru': 'заявленная важность {value}/5'},
    'importance_derived': {'en': 'derived importance r = {r} with the overall answer (n = {n})',
                           'pl': 'waga wyliczona: r = {r} z oceną ogólną (n = {n})',
                           'ru': 'расчётная важность: r = {r} с общей оценкой (n = {n})'},
    'mot_high': {'en': 'high {importance}', 'pl': 'wysoka {importance}', 'ru': 'высокая {importance}'},
    'mot_peak': {'en': 'peak of the curve ({value})',
                 'pl': 'szczyt krzywej ({value})',
                 'ru': 'пик кривой ({value})'},
    'mot_trough': {'en': 'trough of the curve ({value})', 'pl': 'dołek krzywej ({value})',
                   'ru': 'низшая точка кривой ({value})'},
    'mot_end': {'en': 'end of the journey ({value})',
                'pl': 'koniec ścieżki ({value})',
                'ru': 'конец пути ({value})'},
    # ---- the importance-performance chart
    'ipa_performance': {'en': 'Performance: emotion score (−2..+2)', 'pl': 'Ocena: emocje (−2..+2)',
                        'ru': 'Исполнение: эмоции (−2..+2)'},
    'ipa_importance_stated': {'en': 'Importance (stated, 1..5)', 'pl': 'Waga (deklarowana, 1..5)',
                              'ru': 'Важность (заявленная, 1..5)'},
    'ipa_importance_derived': {'en': 'Importance (r with the overall answer)', 'pl': 'Waga (r z oceną ogólną)',
                               'ru': 'Важность (r с общей оценкой)'},
    'ipa_empty': {'en': 'no touchpoint has both a score and an importance',
                  'pl': 'żaden punkt styku nie ma jednocześnie oceny i wagi',
                  'ru': 'ни у одной точки контакта нет одновременно оценки и важности'},
    'concentrate here': {'en': 'concentrate here', 'pl': 'tu się skupić', 'ru': 'сосредоточиться здесь'},
    'keep up the good work': {'en': 'keep up the good work', 'pl': 'tak trzymać', 'ru': 'так держать'},
    'low priority': {'en': 'low priority', 'pl': 'niski priorytet', 'ru': 'низкий приоритет'},
    'possible overkill': {'en': 'possible overkill', 'pl': 'możliwy nadmiar', 'ru': 'возможно, избыточно'},
    # ---- the participants' page and the facilitator's panel
    'totals_hidden': {'en': 'Silent voting: the totals appear when the facilitator reveals them.',
                      'pl': 'Głosowanie ciche: wyniki pojawią się, gdy prowadzący je odsłoni.',
                      'ru': 'Тихое голосование: итоги появятся, когда ведущий их откроет.'},
    'reveal_totals': {'en': 'Reveal the vote totals', 'pl': 'Pokaż wyniki głosowania', 'ru': 'Показать итоги голосования'},
    'access_code': {'en': 'Access code', 'pl': 'Kod dostępu', 'ru': 'Код доступа'},
    'not_presenting': {'en': '`cjm present` is not serving this client: start it in a terminal, then run this cell again.',
                       'pl': '`cjm present` nie udostępnia tego klienta: uruchom je w terminalu i ponownie wykonaj tę komórkę.',
                       'ru': '`cjm present` не запущен для этого клиента: запустите его в терминале и выполните ячейку снова.'},
    # -- points on too few observations on the curve
    'insufficient_evidence': {'en': 'too few observations to measure', 'pl': 'za mało obserwacji do pomiaru',
                              'ru': 'слишком мало наблюдений для оценки'},
    # -- what a pain point's evidence counts
    'pain_negative_of': {'en': '{negative} of {observations}', 'pl': '{negative} z {observations}',
                         'ru': '{negative} из {observations}'},
    # -- what the persona filter changes: scores, curves and cards; the findings are the journey's
    'filter_findings_overall': {'en': "Pain points and moments of truth are flagged from all respondents' scores.",
                                'pl': 'Punkty bólu i momenty prawdy są wskazane na podstawie ocen wszystkich respondentów.',
                                'ru': 'Болевые точки и моменты истины отмечены по оценкам всех респондентов.'},
    # ---- the map's evidence panel
    'answers_by_face': {'en': 'How the evidence feels', 'pl': 'Jak wypada materiał', 'ru': 'Как распределены оценки'},
    'sample_answers': {'en': 'Sample answers', 'pl': 'Przykładowe odpowiedzi', 'ru': 'Примеры ответов'},
    'answer_on_scale': {'en': 'answer {answer}', 'pl': 'odpowiedź {answer}', 'ru': 'ответ {answer}'},
    'all_rows_command': {'en': 'every row: cjm evidence CLIENT --touchpoint {id}',
                         'pl': 'wszystkie wiersze: cjm evidence KLIENT --touchpoint {id}',
                         'ru': 'все строки: cjm evidence КЛИЕНТ --touchpoint {id}'},
    # ---- messages of the run's steps and of `cjm run`
    'msg_orphans': {'en': '{observations} for touchpoint {tp!r} left unused: journey.json has no such touchpoint '
                          '(removed in the workshop?). Fix: add it back in the TouchpointEditor, or drop its mapping '
                          'from kit.yaml.',
                    'pl': 'Obserwacje dla punktu styku {tp!r} ({n}) nie są użyte: journey.json nie ma takiego punktu '
                          '(usunięty na warsztacie?). Poprawka: dodaj go w TouchpointEditor albo usuń jego mapowanie '
                          'z kit.yaml.',
                    'ru': 'Наблюдения для точки контакта {tp!r} ({n}) не используются: в journey.json нет такой точки '
                          '(удалена на воркшопе?). Исправление: верните её в TouchpointEditor или уберите её '
                          'сопоставление из kit.yaml.'},
    'msg_unused_keyword': {'en': "Keyword {keyword!r} of touchpoint {tp!r} codes no quotes: customers say it of other "
                                 "touchpoints too (of the interview turns holding it, only {share} are about this one). "
                                 "Fix: a phrase that only its stories hold, or leave it out.",
                           'pl': "Słowo kluczowe {keyword!r} punktu styku {tp!r} nie koduje cytatów: klienci mówią tak "
                                 "też o innych punktach styku (z wypowiedzi, w których pada, tylko {share} dotyczy tego "
                                 "punktu). Poprawka: fraza, która pada tylko w jego historiach, albo usuń to słowo.",
                           'ru': "Ключевое слово {keyword!r} точки контакта {tp!r} не кодирует цитаты: клиенты говорят "
                                 "так и о других точках контакта (из реплик с этим словом лишь {share} относятся к этой "
                                 "точке). Исправление: фраза, которая звучит только в её историях, или уберите слово."},
    'msg_no_segments': {'en': 'No segment columns in kit.yaml: no personas proposed.',
                        'pl': 'Brak kolumn segmentów w kit.yaml: nie zaproponowano person.',
                        'ru': 'В kit.yaml нет колонок сегментов: персоны не предложены.'},
    'msg_unmapped_events': {'en': '{file}: {events} with no stage in analytics.mapping. Fix: add patterns for '
                                  'them to kit.yaml.',
                            'pl': '{file}: zdarzenia bez etapu w analytics.mapping: {n}. Poprawka: dodaj dla nich '
                                  'wzorce w kit.yaml.',
                            'ru': '{file}: событий без этапа в analytics.mapping: {n}. Исправление: добавьте для них '
                                  'шаблоны в kit.yaml.'},
    'msg_uncoded': {'en': '{file}: {utterances} with no touchpoint named, not coded; add keywords '
                          'to the touchpoints to use them.',
                    'pl': '{file}: wypowiedzi uczestnika bez punktu styku: {n}, nie zakodowano ich; dodaj słowa '
                          'kluczowe do punktów styku, aby ich użyć.',
                    'ru': '{file}: реплик участника без точки контакта: {n}, они не закодированы; добавьте ключевые '
                          'слова к точкам контакта, чтобы их использовать.'},
    'cli_done': {'en': 'Done in {seconds} s: {path}', 'pl': 'Gotowe w {seconds} s: {path}',
                 'ru': 'Готово за {seconds} с: {path}'},
    'unit_notebook': {'en': 'notebook', 'pl': 'notatnik', 'ru': 'блокнот'},
    'batch_client': {'en': 'client', 'pl': 'klient', 'ru': 'клиент'},
    'batch_status': {'en': 'status', 'pl': 'stan', 'ru': 'статус'},
    'batch_seconds': {'en': 'seconds', 'pl': 'sekundy', 'ru': 'секунды'},
    'batch_detail': {'en': 'outputs / error', 'pl': 'wyniki / błąd', 'ru': 'результаты / ошибка'},
    'batch_ok': {'en': 'ok', 'pl': 'ok', 'ru': 'готово'},
    'batch_failed': {'en': 'failed', 'pl': 'błąd', 'ru': 'сбой'},
    'batch_total': {'en': '{ok} ok, {failed} failed', 'pl': '{ok} ok, {failed} z błędem',
                    'ru': '{ok} готово, {failed} со сбоем'},
    'present_code': {'en': 'Access code: {code}   (without it the page shows only a login form)',
                     'pl': 'Kod dostępu: {code}   (bez niego strona pokazuje tylko formularz logowania)',
                     'ru': 'Код доступа: {code}   (без него страница показывает только форму входа)'},
    'present_url': {'en': 'Participants: open {url}', 'pl': 'Uczestnicy: otwórzcie {url}',
                    'ru': 'Участники: откройте {url}'},
    'present_facilitator': {'en': 'Facilitator: FacilitatorPanel(client_dir) in a notebook shows these and reveals the '
                                  'vote totals. Ctrl-C stops the page.',
                            'pl': 'Prowadzący: FacilitatorPanel(client_dir) w notatniku pokazuje te dane i odsłania '
                                  'wyniki głosowania. Ctrl-C zatrzymuje stronę.',
                            'ru': 'Ведущий: FacilitatorPanel(client_dir) в блокноте показывает это и открывает итоги '
                                  'голосования. Ctrl-C останавливает страницу.'},
    # ---- where evidence and errors come from (model.Source, errors.InputError)
    'src_row': {'en': 'row {row}', 'pl': 'wiersz {row}', 'ru': 'строка {row}'},
    'src_line': {'en': 'line {line}', 'pl': 'wiersz {line}', 'ru': 'строка {line}'},
    'src_column': {'en': 'column {column}', 'pl': 'kolumna {column}', 'ru': 'столбец {column}'},
    'fix': {'en': 'Fix: {fix}', 'pl': 'Poprawka: {fix}', 'ru': 'Исправление: {fix}'},
    # ---- the command line (cli.py) and the errors it says in the client's language
    'cli_error': {'en': 'cjm: error: {message}', 'pl': 'cjm: błąd: {message}', 'ru': 'cjm: ошибка: {message}'},
    'cli_interrupted': {'en': 'cjm: interrupted', 'pl': 'cjm: przerwano', 'ru': 'cjm: прервано'},
    'cli_init': {'en': 'Created {path} and {data}/.\nNext: put the client\'s exports into data/, edit kit.yaml, '
                       'then `cjm run {dir}`.',
                 'pl': 'Utworzono {path} i {data}/.\nDalej: umieść eksporty klienta w data/, popraw kit.yaml, '
                       'potem `cjm run {dir}`.',
                 'ru': 'Созданы {path} и {data}/.\nДалее: положите выгрузки клиента в data/, поправьте kit.yaml, '
                       'затем `cjm run {dir}`.'},
    'cli_init_from': {'en': 'Created {path} from {export} (copied into {data}/).\nNext: check the lines marked REVIEW '
                            'in kit.yaml, then `cjm run {dir}`.',
                      'pl': 'Utworzono {path} z {export} (skopiowany do {data}/).\nDalej: sprawdź w kit.yaml wiersze '
                            'oznaczone REVIEW, potem `cjm run {dir}`.',
                      'ru': 'Создан {path} из {export} (скопирован в {data}/).\nДалее: проверьте в kit.yaml строки '
                            'с пометкой REVIEW, затем `cjm run {dir}`.'},
    # `cjm survey inspect` and `cjm transcript inspect`
    'insp_survey_head': {'en': 'format {format} · encoding {encoding} · delimiter {delimiter} · header rows {header_rows} '
                               '· {respondents}',
                         'pl': 'format {format} · kodowanie {encoding} · separator {delimiter} · wiersze nagłówka '
                               '{header_rows} · {respondents}',
                         'ru': 'формат {format} · кодировка {encoding} · разделитель {delimiter} · строк заголовка '
                               '{header_rows} · {respondents}'},
    'insp_tab': {'en': 'tab', 'pl': 'tabulator', 'ru': 'табуляция'},
    'insp_column': {'en': 'column', 'pl': 'kolumna', 'ru': 'столбец'},
    'insp_type': {'en': 'type', 'pl': 'typ', 'ru': 'тип'},
    'insp_na': {'en': 'n/a', 'pl': 'b.d.', 'ru': 'н/д'},
    'insp_mean': {'en': 'mean', 'pl': 'średnia', 'ru': 'среднее'},
    'insp_na_note': {'en': 'n/a: "don\'t know" / "not applicable" answers, left out of n and of every score',
                     'pl': 'b.d.: odpowiedzi „nie wiem” / „nie dotyczy”, pominięte w n i w każdym wyniku',
                     'ru': 'н/д: ответы «не знаю» / «неприменимо», не входят в n и ни в одну оценку'},
    'insp_problems': {'en': '{problems}:', 'pl': '{problems}:', 'ru': '{problems}:'},
    'insp_no_problems': {'en': 'no problems', 'pl': 'brak problemów', 'ru': 'проблем нет'},
    'insp_tr_format': {'en': 'format: {format} ({encoding})', 'pl': 'format: {format} ({encoding})',
                       'ru': 'формат: {format} ({encoding})'},
    'insp_tr_utterances': {'en': 'utterances: {n}', 'pl': 'wypowiedzi: {n}', 'ru': 'реплик: {n}'},
    'insp_tr_speakers': {'en': 'speakers: {speakers}', 'pl': 'rozmówcy: {speakers}', 'ru': 'собеседники: {speakers}'},
    'insp_tr_unnamed': {'en': 'none named in the file', 'pl': 'plik nie podaje ich imion',
                        'ru': 'в файле не названы'},
    'insp_tr_interviewer': {'en': 'interviewer', 'pl': 'prowadzący', 'ru': 'интервьюер'},
    'insp_tr_participant': {'en': 'participant', 'pl': 'uczestnik', 'ru': 'участник'},
    'insp_tr_problems': {'en': 'problems:', 'pl': 'problemy:', 'ru': 'проблемы:'},
    'insp_tr_no_problems': {'en': 'problems: none', 'pl': 'problemy: brak', 'ru': 'проблемы: нет'},
    'quoted': {'en': '“{text}”', 'pl': '„{text}”', 'ru': '«{text}»'},
    'cli_done_evidence': {'en': '{observations} from {sources}.', 'pl': '{observations}; źródła: {sources}.',
                          'ru': '{observations}; источники: {sources}.'},
    'survey_rows': {'en': '{rows} of the survey', 'pl': '{rows} ankiety', 'ru': '{rows} опроса'},
    'transcripts_quoted': {'en': '{transcripts} with coded quotes', 'pl': '{transcripts} z zakodowanymi cytatami',
                           'ru': '{transcripts} с закодированными цитатами'},
    'evidence_header': {'en': '{observations}:', 'pl': '{observations}:', 'ru': '{observations}:'},
    'evidence_header_first': {'en': '{observations}; the first {limit} (use --csv for all):',
                              'pl': '{observations}; pierwsze {limit} (wszystkie: --csv):',
                              'ru': '{observations}; первые {limit} (все: --csv):'},
    'err_no_evidence': {'en': '{path}: not found. Run `cjm run {dir}` first.',
                        'pl': '{path}: nie znaleziono. Najpierw uruchom `cjm run {dir}`.',
                        'ru': '{path}: не найден. Сначала выполните `cjm run {dir}`.'},
    'err_unknown_filter': {'en': '--{what} {wanted!r} is no {what} of this journey. Known: {known}.',
                           'pl': '--{what} {wanted!r}: nie ma tego w tej mapie. Znane: {known}.',
                           'ru': '--{what} {wanted!r}: такого нет в этой карте. Известны: {known}.'},
    'err_unknown_filter_close': {'en': '--{what} {wanted!r} is no {what} of this journey. Did you mean {close}? '
                                       'Known: {known}.',
                                 'pl': '--{what} {wanted!r}: nie ma tego w tej mapie. Czy chodziło o {close}? '
                                       'Znane: {known}.',
                                 'ru': '--{what} {wanted!r}: такого нет в этой карте. Может быть, {close}? '
                                       'Известны: {known}.'},
    'err_unknown_kind': {'en': '--kind {kind!r}: use one of {kinds}.', 'pl': '--kind {kind!r}: użyj jednego z: {kinds}.',
                         'ru': '--kind {kind!r}: укажите одно из: {kinds}.'},
    'err_diff_needs_two': {'en': '{path}: {runs} kept; `cjm diff` needs two. Run `cjm run {dir}` again after the '
                                 'data or the workshop changed.',
                           'pl': '{path}: {runs} w historii; `cjm diff` potrzebuje dwóch. Uruchom ponownie '
                                 '`cjm run {dir}`, gdy zmienią się dane lub wyniki warsztatu.',
                           'ru': '{path}: {runs} в истории; `cjm diff` нужно два. Выполните `cjm run {dir}` '
                                 'снова, когда изменятся данные или итоги воркшопа.'},
    'err_run_ambiguous': {'en': 'run {spec!r} matches several runs ({names}). Give more of the snapshot name, or an '
                                'index like -2.',
                          'pl': 'przebieg {spec!r} pasuje do kilku przebiegów ({names}). Podaj dłuższą część nazwy '
                                'albo indeks, np. -2.',
                          'ru': 'запуск {spec!r} подходит к нескольким запускам ({names}). Укажите больше от имени '
                                'или индекс, например -2.'},
    'err_run_unknown': {'en': 'run {spec!r} matches no run ({names}). Give a snapshot name, or an index like -2.',
                        'pl': 'przebieg {spec!r} nie pasuje do żadnego przebiegu ({names}). Podaj nazwę albo indeks, '
                              'np. -2.',
                        'ru': 'запуск {spec!r} не подходит ни к одному запуску ({names}). Укажите имя или индекс, '
                              'например -2.'},
    'err_run_index': {'en': 'run {spec}: only {runs} are kept ({names}). Give an index from {low} to {high}, or a '
                            'snapshot name.',
                      'pl': 'przebieg {spec}: zapisane są tylko {runs} ({names}). Podaj indeks od {low} do {high} '
                            'albo nazwę.',
                      'ru': 'запуск {spec}: сохранено только {runs} ({names}). Укажите индекс от {low} до {high} '
                            'или имя.'},
    'err_run_order': {'en': 'run {before} is not before run {after}. Give the earlier run as --from and the later one '
                            'as --to.',
                      'pl': 'przebieg {before} nie jest wcześniejszy niż {after}. Podaj wcześniejszy jako --from, '
                            'a późniejszy jako --to.',
                      'ru': 'запуск {before} не раньше запуска {after}. Укажите более ранний в --from, а более '
                            'поздний в --to.'},
    'err_notebook_failed': {'en': '{notebook} failed {failure} — the executed notebook is kept at {kept}; the previous '
                                  'outputs in {out} are untouched.',
                            'pl': '{notebook}: błąd {failure} — wykonany notatnik zachowano w {kept}; poprzednie wyniki '
                                  'w {out} są nienaruszone.',
                            'ru': '{notebook}: сбой {failure} — выполненный блокнот сохранён в {kept}; прежние '
                                  'результаты в {out} не тронуты.'},
    'err_kit_problems': {'en': 'has problems:\n  - {problems}', 'pl': 'ma błędy:\n  - {problems}',
                         'ru': 'содержит ошибки:\n  - {problems}'},
    'err_kit_problems_fix': {'en': 'Edit kit.yaml; the template written by `cjm init` documents every key.',
                             'pl': 'Popraw kit.yaml; szablon zapisany przez `cjm init` opisuje każdy klucz.',
                             'ru': 'Исправьте kit.yaml; шаблон, который пишет `cjm init`, описывает каждый ключ.'},
    'err_kit_survey': {'en': 'does not fit the survey export {export}:\n  - {problems}',
                       'pl': 'nie pasuje do eksportu ankiety {export}:\n  - {problems}',
                       'ru': 'не соответствует выгрузке опроса {export}:\n  - {problems}'},
    'err_kit_survey_fix': {'en': "Correct these keys in kit.yaml (`cjm survey inspect` shows the export's columns, "
                                 "types and scales).",
                           'pl': 'Popraw te klucze w kit.yaml (`cjm survey inspect` pokazuje kolumny, typy i skale '
                                 'eksportu).',
                           'ru': 'Исправьте эти ключи в kit.yaml (`cjm survey inspect` показывает столбцы, типы и '
                                 'шкалы выгрузки).'},
    'err_not_client_dir': {'en': 'is not a client directory.', 'pl': 'nie jest katalogiem klienta.',
                           'ru': 'не папка клиента.'},
    'err_not_client_dir_fix': {'en': 'Create one with `cjm init DIR`.', 'pl': 'Utwórz go przez `cjm init KATALOG`.',
                               'ru': 'Создайте её командой `cjm init ПАПКА`.'},
    # -- why a gap or an opportunity's priority cannot be computed (future.py)
    'gap_no_target': {'en': 'no target set', 'pl': 'nie ustalono celu', 'ru': 'цель не задана'},
    'gap_no_evidence': {'en': 'no evidence for a score', 'pl': 'brak danych do oceny', 'ru': 'нет данных для оценки'},
    'gap_no_pair': {'en': 'no touchpoint with both a score and a target', 'pl': 'żaden punkt styku nie ma i oceny, i celu',
                    'ru': 'ни у одной точки контакта нет и оценки, и цели'},
    'rank_unlinked': {'en': 'linked to no touchpoint or stage of the map', 'pl': 'niepowiązana z żadnym punktem styku ani etapem mapy',
                      'ru': 'не связана ни с точкой контакта, ни с этапом карты'},
    'rank_no_effort': {'en': 'effort is not above 0', 'pl': 'nakład nie jest większy od 0', 'ru': 'трудозатраты не больше 0'},
    'err_yaml_invalid': {'en': 'is not valid YAML ({detail}).', 'pl': 'to nie jest poprawny YAML.',
                         'ru': 'это не корректный YAML.'},
    'err_yaml_invalid_fix': {'en': 'Check indentation and quotes on that line (a value with a colon goes in quotes).',
                             'pl': 'Sprawdź wcięcia i cudzysłowy w tym wierszu (wartość z dwukropkiem ujmij w cudzysłów).',
                             'ru': 'Проверьте отступы и кавычки в этой строке (значение с двоеточием возьмите в кавычки).'},
    'err_yaml_not_utf8': {'en': 'is not UTF-8 text.', 'pl': 'to nie jest tekst UTF-8.', 'ru': 'это не текст в UTF-8.'},
    'err_yaml_not_utf8_fix': {'en': 'Save it as UTF-8.', 'pl': 'Zapisz go jako UTF-8.', 'ru': 'Сохраните его в UTF-8.'},
    'err_order_value': {'en': '{value!r} is not an order value.', 'pl': '{value!r} to nie jest wartość zamówienia.',
                        'ru': '{value!r} — не сумма заказа.'},
    'err_order_value_fix': {'en': 'Answers to the order-value question should be amounts like 120 or 59.90.',
                            'pl': 'Odpowiedzi na pytanie o wartość zamówienia powinny być kwotami, np. 120 albo 59,90.',
                            'ru': 'Ответы на вопрос о сумме заказа должны быть суммами, например 120 или 59,90.'},
    'err_run_in_progress': {'en': '{dir}: another `cjm run` is already working on this client ({holder}); nothing was '
                                  'changed. Fix: wait until it finishes, or stop it with Ctrl-C, then run again.',
                            'pl': '{dir}: inne `cjm run` już pracuje nad tym klientem ({holder}); niczego nie '
                                  'zmieniono. Poprawka: poczekaj, aż skończy, albo zatrzymaj je Ctrl-C, potem uruchom '
                                  'ponownie.',
                            'ru': '{dir}: другой `cjm run` уже работает с этим клиентом ({holder}); ничего не '
                                  'изменено. Исправление: дождитесь его окончания или остановите его Ctrl-C, затем '
                                  'запустите снова.'},
    'err_exists': {'en': 'already exists.', 'pl': 'już istnieje.', 'ru': 'уже существует.'},
    'err_exists_fix': {'en': 'Edit it, or choose a new directory.', 'pl': 'Edytuj go albo wybierz nowy katalog.',
                       'ru': 'Отредактируйте его или выберите новую папку.'},
    'failed_in_cell': {'en': 'in cell {cell}: {error}', 'pl': 'w komórce {cell}: {error}',
                       'ru': 'в ячейке {cell}: {error}'},
    'failed_before_start': {'en': 'before its first cell: {error}', 'pl': 'przed pierwszą komórką: {error}',
                            'ru': 'до первой ячейки: {error}'},
    'err_funnel_mapping': {'en': '{path}: analytics.mapping is empty; the funnel query maps events to stages with it. '
                                 'Fix: add `mapping: {{page_view: awareness, add_to_cart: decision, purchase: '
                                 'post_purchase}}` under analytics.',
                           'pl': '{path}: analytics.mapping jest puste; zapytanie lejka przypisuje nim zdarzenia do '
                                 'etapów. Poprawka: dodaj pod analytics `mapping: {{page_view: awareness, add_to_cart: '
                                 'decision, purchase: post_purchase}}`.',
                           'ru': '{path}: analytics.mapping пуст; запрос воронки сопоставляет по нему события и этапы. '
                                 'Исправление: добавьте в analytics `mapping: {{page_view: awareness, add_to_cart: '
                                 'decision, purchase: post_purchase}}`.'},
    # ---- the one decoder of text files (decoding.py)
    'dec_empty': {'en': 'the file is empty.', 'pl': 'plik jest pusty.', 'ru': 'файл пуст.'},
    'dec_empty_survey_fix': {'en': 'Export the survey again; the file has no rows.',
                             'pl': 'Wyeksportuj ankietę ponownie; plik nie ma wierszy.',
                             'ru': 'Выгрузите опрос заново; в файле нет строк.'},
    'dec_empty_transcript_fix': {'en': 'Export the transcript again, or remove the file.',
                                 'pl': 'Wyeksportuj transkrypcję ponownie albo usuń plik.',
                                 'ru': 'Выгрузите расшифровку заново или удалите файл.'},
    'dec_binary': {'en': 'this is a binary file, not {noun}.', 'pl': 'to plik binarny, a nie {noun}.',
                   'ru': 'это двоичный файл, а не {noun}.'},
    'dec_noun_survey': {'en': 'a CSV text export', 'pl': 'tekstowy eksport CSV', 'ru': 'текстовая выгрузка CSV'},
    'dec_noun_transcript': {'en': 'a transcript', 'pl': 'transkrypcja', 'ru': 'расшифровка'},
    'dec_binary_survey_fix': {'en': 'Export the survey as CSV (UTF-8) or XLSX.',
                              'pl': 'Wyeksportuj ankietę jako CSV (UTF-8) albo XLSX.',
                              'ru': 'Выгрузите опрос как CSV (UTF-8) или XLSX.'},
    'dec_binary_transcript_fix': {'en': 'Save the transcript as .txt, .vtt, .srt, .md or .docx.',
                                  'pl': 'Zapisz transkrypcję jako .txt, .vtt, .srt, .md albo .docx.',
                                  'ru': 'Сохраните расшифровку как .txt, .vtt, .srt, .md или .docx.'},
    'dec_unrecognised': {'en': 'the text encoding cannot be recognised (it reads as garbage in {pages}).',
                         'pl': 'nie rozpoznano kodowania tekstu (w {pages} wychodzą krzaki).',
                         'ru': 'кодировка текста не распознана (в {pages} получается мусор).'},
    'dec_unrecognised_fix': {'en': 'Save the file again as UTF-8 (Excel: File > Save As > CSV UTF-8).',
                             'pl': 'Zapisz plik ponownie jako UTF-8 (Excel: Plik > Zapisz jako > CSV UTF-8).',
                             'ru': 'Сохраните файл заново в UTF-8 (Excel: Файл > Сохранить как > CSV UTF-8).'},
    'dec_strict': {'en': 'cannot be decoded as {name} (byte {byte}).', 'pl': 'nie da się zdekodować jako {name} '
                                                                            '(bajt {byte}).',
                   'ru': 'не декодируется как {name} (байт {byte}).'},
    'dec_strict_fix': {'en': 'Save the file again as UTF-8.', 'pl': 'Zapisz plik ponownie jako UTF-8.',
                       'ru': 'Сохраните файл заново в UTF-8.'},
    'dec_garbage': {'en': 'decoded as {name}, the file is garbage ({bad} control or unknown characters): it is binary '
                          'or in an encoding the kit cannot recognise.',
                    'pl': 'po zdekodowaniu jako {name} plik to krzaki (znaki sterujące lub nieznane: {bad}): jest '
                          'binarny albo w kodowaniu, którego zestaw nie rozpoznaje.',
                    'ru': 'в кодировке {name} файл — мусор (управляющих или неизвестных символов: {bad}): он двоичный '
                          'или в кодировке, которую набор не распознаёт.'},
    'dec_garbage_fix': {'en': 'Export it again as CSV UTF-8 or plain UTF-8 text.',
                        'pl': 'Wyeksportuj go ponownie jako CSV UTF-8 albo zwykły tekst UTF-8.',
                        'ru': 'Выгрузите его заново как CSV UTF-8 или обычный текст UTF-8.'},
    # ---- reading a survey export (survey/), its problems and errors
    'survey_no_rows': {'en': 'the file has no rows.', 'pl': 'plik nie ma wierszy.', 'ru': 'в файле нет строк.'},
    'survey_no_rows_fix': {'en': 'Export the survey again with its responses.',
                           'pl': 'Wyeksportuj ankietę ponownie razem z odpowiedziami.',
                           'ru': 'Выгрузите опрос заново вместе с ответами.'},
    'survey_row_width': {'en': '{cells} cells where the header has {width}; the row is left out.',
                         'pl': 'komórek: {cells}, a nagłówek ma {width}; wiersz pominięto.',
                         'ru': 'ячеек: {cells}, а в заголовке {width}; строка пропущена.'},
    'survey_row_width_fix': {'en': 'check the row for a stray delimiter or a cut line.',
                             'pl': 'sprawdź, czy w wierszu nie ma zbędnego separatora lub uciętej linii.',
                             'ru': 'проверьте строку на лишний разделитель или обрыв.'},
    'survey_no_full_row': {'en': "no row has the header's {width} cells.",
                           'pl': 'żaden wiersz nie ma tylu komórek co nagłówek ({width}).',
                           'ru': 'ни в одной строке нет стольких ячеек, сколько в заголовке ({width}).'},
    'survey_no_full_row_fix': {'en': 'Check the delimiter and that the header row is the first line.',
                               'pl': 'Sprawdź separator i czy nagłówek jest w pierwszym wierszu.',
                               'ru': 'Проверьте разделитель и что заголовок стоит в первой строке.'},
    'survey_not_a_number': {'en': '{raw!r} is not a number; the answer is left out.',
                            'pl': '{raw!r} nie jest liczbą; odpowiedź pominięto.',
                            'ru': '{raw!r} — не число; ответ пропущен.'},
    'survey_outside_scale': {'en': '{raw!r} is outside the scale {low}..{high}; the answer is left out.',
                             'pl': '{raw!r} jest poza skalą {low}..{high}; odpowiedź pominięto.',
                             'ru': '{raw!r} вне шкалы {low}..{high}; ответ пропущен.'},
    'survey_cell_fix': {'en': 'correct the cell in a copy of the export, or leave it as missing.',
                        'pl': 'popraw komórkę w kopii eksportu albo zostaw ją jako brak odpowiedzi.',
                        'ru': 'исправьте ячейку в копии выгрузки или оставьте её пустой.'},
    'survey_broken_record': {'en': 'the record starting here is broken ({error}); the rest of the file is not read '
                                   '(is the file cut short?).',
                             'pl': 'rekord zaczynający się tutaj jest uszkodzony ({error}); reszty pliku nie wczytano '
                                   '(czy plik jest ucięty?).',
                             'ru': 'запись, начинающаяся здесь, повреждена ({error}); остаток файла не прочитан '
                                   '(файл обрезан?).'},
    'survey_broken_record_fix': {'en': 'export the survey again.', 'pl': 'wyeksportuj ankietę ponownie.',
                                 'ru': 'выгрузите опрос заново.'},
    'file_not_found': {'en': 'file not found.', 'pl': 'nie znaleziono pliku.', 'ru': 'файл не найден.'},
    'survey_not_found_fix': {'en': 'Check the path in kit.yaml (survey.file).',
                             'pl': 'Sprawdź ścieżkę w kit.yaml (survey.file).',
                             'ru': 'Проверьте путь в kit.yaml (survey.file).'},
    'survey_unreadable': {'en': 'cannot be read ({error}).', 'pl': 'nie można odczytać ({error}).',
                          'ru': 'не удаётся прочитать ({error}).'},
    'survey_unreadable_fix': {'en': "Check the file's permissions.", 'pl': 'Sprawdź uprawnienia do pliku.',
                              'ru': 'Проверьте права доступа к файлу.'},
    'file_too_large': {'en': 'is {size}, more than the {limit} the kit reads.',
                       'pl': 'ma {size}, więcej niż {limit}, które zestaw wczytuje.',
                       'ru': 'занимает {size}, больше предела в {limit}, который читает набор.'},
    'survey_too_large_fix': {'en': 'Export only the questions kit.yaml maps, or split the export by date, and read '
                                   'the parts.',
                             'pl': 'Wyeksportuj tylko pytania, które mapuje kit.yaml, albo podziel eksport według dat '
                                   'i wczytaj części.',
                             'ru': 'Выгрузите только вопросы, указанные в kit.yaml, или разделите выгрузку по датам '
                                   'и загрузите части.'},
    'transcript_too_large_fix': {'en': 'Check that this is an interview transcript; split a recording of several '
                                       'interviews into one file each.',
                                 'pl': 'Sprawdź, czy to transkrypcja wywiadu; nagranie kilku wywiadów podziel na '
                                       'osobne pliki.',
                                 'ru': 'Проверьте, что это расшифровка интервью; запись нескольких интервью '
                                       'разделите на отдельные файлы.'},
    'zip_too_large': {'en': 'unpacks to {unpacked} from {packed} ({ratio}:1); that is not a document the kit can '
                            'open safely (a zip bomb, or far beyond any survey or transcript).',
                      'pl': 'rozpakowuje się do {unpacked} z {packed} ({ratio}:1); takiego dokumentu zestaw nie '
                            'otworzy bezpiecznie (bomba zip albo coś daleko większego niż ankieta czy transkrypcja).',
                      'ru': 'распаковывается в {unpacked} из {packed} ({ratio}:1); такой документ набор не может '
                            'безопасно открыть (zip-бомба или нечто намного больше любой анкеты или расшифровки).'},
    'zip_too_large_fix': {'en': 'Export the data again from the survey tool, as CSV UTF-8 if it is really this large.',
                          'pl': 'Wyeksportuj dane ponownie z narzędzia ankietowego, jako CSV UTF-8, jeśli naprawdę '
                                'są tak duże.',
                          'ru': 'Выгрузите данные заново из сервиса опросов, в CSV UTF-8, если они действительно '
                                'так велики.'},
    'sheet_too_large': {'en': 'sheet {sheet!r} claims {rows} rows by {columns} columns ({cells} cells; the kit '
                              'reads up to {limit}).',
                        'pl': 'arkusz {sheet!r} deklaruje {rows} wierszy na {columns} kolumn ({cells} komórek; '
                              'zestaw wczytuje do {limit}).',
                        'ru': 'лист {sheet!r} заявляет {rows} строк на {columns} столбцов ({cells} ячеек; набор '
                              'читает до {limit}).'},
    'sheet_too_large_fix': {'en': 'In Excel delete the empty rows and columns after the data, then save; or export '
                                  'the survey as CSV UTF-8.',
                            'pl': 'W Excelu usuń puste wiersze i kolumny za danymi i zapisz; albo wyeksportuj ankietę '
                                  'jako CSV UTF-8.',
                            'ru': 'В Excel удалите пустые строки и столбцы после данных и сохраните; или выгрузите '
                                  'анкету в CSV UTF-8.'},
    'codebook_missing': {'en': 'codebook not found.', 'pl': 'nie znaleziono książki kodów.',
                         'ru': 'кодовая книга не найдена.'},
    'codebook_missing_fix': {'en': 'Use one of: {names}, or a path to a .yaml file.',
                             'pl': 'Użyj jednej z: {names} albo ścieżki do pliku .yaml.',
                             'ru': 'Укажите одну из: {names} или путь к файлу .yaml.'},
    'codebook_no_questions': {'en': 'a codebook needs a `questions:` list.',
                              'pl': 'książka kodów potrzebuje listy `questions:`.',
                              'ru': 'кодовой книге нужен список `questions:`.'},
    'codebook_no_questions_fix': {'en': 'See survey_templates/ for examples.',
                                  'pl': 'Przykłady są w survey_templates/.',
                                  'ru': 'Примеры — в survey_templates/.'},
    'codebook_question': {'en': '{where} needs an id and a text per language.',
                          'pl': '{where} potrzebuje id i tekstu w każdym języku.',
                          'ru': '{where}: нужны id и текст на каждом языке.'},
    'codebook_question_fix': {'en': 'Write `id:` and `text: {{en: ..., pl: ..., ru: ...}}`.',
                              'pl': 'Wpisz `id:` i `text: {{en: ..., pl: ..., ru: ...}}`.',
                              'ru': 'Укажите `id:` и `text: {{en: ..., pl: ..., ru: ...}}`.'},
    'codebook_type': {'en': '{where} ({id}) has type {type!r}.', 'pl': '{where} ({id}) ma typ {type!r}.',
                      'ru': '{where} ({id}): тип {type!r}.'},
    'codebook_type_fix': {'en': 'Use one of: {types}.', 'pl': 'Użyj jednego z: {types}.',
                          'ru': 'Используйте один из: {types}.'},
    'unit_gb': {'en': '{n} GB', 'pl': '{n} GB', 'ru': '{n} ГБ'},
    'unit_mb': {'en': '{n} MB', 'pl': '{n} MB', 'ru': '{n} МБ'},
    'unit_bytes': {'en': '{n} bytes', 'pl': '{n} bajtów', 'ru': '{n} байт'},
    'survey_xls': {'en': 'old Excel .xls files are not read.', 'pl': 'stare pliki Excela .xls nie są wczytywane.',
                   'ru': 'старые файлы Excel .xls не читаются.'},
    'survey_xls_fix': {'en': 'Open it in Excel and save as .xlsx or CSV UTF-8.',
                       'pl': 'Otwórz go w Excelu i zapisz jako .xlsx albo CSV UTF-8.',
                       'ru': 'Откройте его в Excel и сохраните как .xlsx или CSV UTF-8.'},
    'survey_bad_xlsx': {'en': 'is not a readable Excel workbook ({error}).',
                        'pl': 'nie jest czytelnym skoroszytem Excela ({error}).',
                        'ru': 'не читается как книга Excel ({error}).'},
    'survey_bad_xlsx_fix': {'en': 'Open it in Excel and save it again as .xlsx, or export CSV UTF-8.',
                            'pl': 'Otwórz go w Excelu i zapisz ponownie jako .xlsx albo wyeksportuj CSV UTF-8.',
                            'ru': 'Откройте его в Excel и сохраните заново как .xlsx или выгрузите CSV UTF-8.'},
    'survey_no_sheet': {'en': 'has no sheet {sheet!r}; its sheets are {sheets}.',
                        'pl': 'nie ma arkusza {sheet!r}; jego arkusze to {sheets}.',
                        'ru': 'нет листа {sheet!r}; листы файла: {sheets}.'},
    'survey_no_sheet_fix': {'en': 'Name one of these sheets.', 'pl': 'Podaj jeden z tych arkuszy.',
                            'ru': 'Укажите один из этих листов.'},
    'survey_needs_pyreadstat': {'en': 'reading SPSS .sav files needs the pyreadstat package.',
                                'pl': 'do wczytania plików SPSS .sav potrzebny jest pakiet pyreadstat.',
                                'ru': 'для чтения файлов SPSS .sav нужен пакет pyreadstat.'},
    'survey_needs_pyreadstat_fix': {'en': 'pip install pyreadstat, or export the survey as CSV/XLSX.',
                                    'pl': 'pip install pyreadstat albo wyeksportuj ankietę jako CSV/XLSX.',
                                    'ru': 'pip install pyreadstat или выгрузите опрос как CSV/XLSX.'},
    'survey_bad_sav': {'en': 'is not a readable SPSS file ({error}).', 'pl': 'nie jest czytelnym plikiem SPSS ({error}).',
                       'ru': 'не читается как файл SPSS ({error}).'},
    'survey_bad_sav_fix': {'en': 'Save it again from SPSS, or export CSV/XLSX.',
                           'pl': 'Zapisz go ponownie w SPSS albo wyeksportuj CSV/XLSX.',
                           'ru': 'Сохраните его заново в SPSS или выгрузите CSV/XLSX.'},
    'survey_uncoded': {'en': '{answers} with no touchpoint named, not used.',
                       'pl': 'odpowiedzi bez punktu styku: {n}; nie są użyte.',
                       'ru': 'ответов без точки контакта: {n}; они не используются.'},
    'survey_uncoded_fix': {'en': 'add keywords to the touchpoints, or map the column to one.',
                           'pl': 'dodaj słowa kluczowe do punktów styku albo przypisz kolumnę do jednego z nich.',
                           'ru': 'добавьте ключевые слова к точкам контакта или сопоставьте столбец с одной из них.'},
    'survey_off_scale': {'en': '{value!r} is not on the {measure} scale {low}..{high}; left out.',
                         'pl': '{value!r} nie leży na skali {measure} {low}..{high}; pominięto.',
                         'ru': '{value!r} не на шкале {measure} {low}..{high}; пропущено.'},
    'survey_off_scale_fix': {'en': "correct the mapping's scale or the answer.",
                             'pl': 'popraw skalę w mapowaniu albo odpowiedź.',
                             'ru': 'исправьте шкалу в сопоставлении или ответ.'},
    # ---- kit.yaml's survey entries checked against the export (survey/observations.py, preflight.py)
    'err_column_ambiguous': {'en': '{what} {wanted!r} matches {n} columns of {export}: {listed}.',
                             'pl': '{what} {wanted!r} pasuje do kilku kolumn w {export} ({n}): {listed}.',
                             'ru': '{what} {wanted!r} подходит к нескольким столбцам {export} ({n}): {listed}.'},
    'err_column_ambiguous_fix': {'en': 'Write more of the header so only one column matches.',
                                 'pl': 'Wpisz dłuższą część nagłówka, tak by pasowała tylko jedna kolumna.',
                                 'ru': 'Напишите заголовок полнее, чтобы подходил только один столбец.'},
    'err_column_missing': {'en': '{what} {wanted!r} matches no column of {export}.{hint}',
                           'pl': '{what} {wanted!r} nie pasuje do żadnej kolumny w {export}.{hint}',
                           'ru': '{what} {wanted!r} не подходит ни к одному столбцу {export}.{hint}'},
    'err_column_missing_fix': {'en': 'Copy the header from `cjm survey inspect` output.',
                               'pl': 'Skopiuj nagłówek z wyniku `cjm survey inspect`.',
                               'ru': 'Скопируйте заголовок из вывода `cjm survey inspect`.'},
    'err_close_headers': {'en': ' Close headers: {headers}.', 'pl': ' Podobne nagłówki: {headers}.',
                          'ru': ' Похожие заголовки: {headers}.'},
    'err_question_type': {'en': 'survey question type {measure!r} is not one of {types}.',
                          'pl': 'typ pytania ankiety {measure!r} nie należy do: {types}.',
                          'ru': 'тип вопроса опроса {measure!r} не из списка: {types}.'},
    'err_question_type_fix': {'en': 'Set type to likert, nps, csat, ces or text.',
                              'pl': 'Ustaw type na likert, nps, csat, ces albo text.',
                              'ru': 'Задайте type: likert, nps, csat, ces или text.'},
    'err_direction': {'en': 'direction {direction!r} is not one of {directions}.',
                      'pl': 'kierunek {direction!r} nie należy do: {directions}.',
                      'ru': 'направление {direction!r} не из списка: {directions}.'},
    'err_direction_fix': {'en': 'Use higher_is_better or lower_is_better.',
                          'pl': 'Użyj higher_is_better albo lower_is_better.',
                          'ru': 'Укажите higher_is_better или lower_is_better.'},
    'err_needs_scale': {'en': 'survey question {column_name!r} needs a scale (points, e.g. 5).',
                        'pl': 'pytanie ankiety {column_name!r} wymaga skali (liczba punktów, np. 5).',
                        'ru': 'для вопроса опроса {column_name!r} нужна шкала (число баллов, например 5).'},
    'err_needs_scale_fix': {'en': 'Add `scale: 5` (or 7) to the question.',
                            'pl': 'Dodaj do pytania `scale: 5` (albo 7).',
                            'ru': 'Добавьте к вопросу `scale: 5` (или 7).'},
    'err_respondent_id': {'en': 'respondent id {id!r} is empty or repeated{first}.',
                          'pl': 'identyfikator respondenta {id!r} jest pusty lub powtórzony{first}.',
                          'ru': 'идентификатор респондента {id!r} пуст или повторяется{first}.'},
    'err_respondent_id_first': {'en': ' (first at row {row})', 'pl': ' (pierwszy raz w wierszu {row})',
                                'ru': ' (впервые в строке {row})'},
    'err_respondent_id_fix': {'en': 'Choose a column with one unique id per respondent, or set respondent_id: null.',
                              'pl': 'Wybierz kolumnę z unikalnym identyfikatorem każdego respondenta albo ustaw '
                                    'respondent_id: null.',
                              'ru': 'Выберите столбец с уникальным идентификатором каждого респондента или задайте '
                                    'respondent_id: null.'},
    'kit_where': {'en': '{where}: {what}', 'pl': '{where}: {what}', 'ru': '{where}: {what}'},
    'kit_overall_not_rating': {'en': 'survey.overall: {column!r} is a {type} question, not a rating; name the NPS or '
                                     'overall-satisfaction column.',
                               'pl': 'survey.overall: {column!r} to pytanie typu {type}, nie ocena; podaj kolumnę NPS '
                                     'albo ogólnego zadowolenia.',
                               'ru': 'survey.overall: {column!r} — вопрос типа {type}, а не оценка; укажите столбец NPS '
                                     'или общей удовлетворённости.'},
    'kit_scale_not_numbers': {'en': '{where}: {text} of {given} in {column!r} are not numbers (e.g. {example!r}); '
                                    'use `type: text` for open answers, or map a rating column.',
                              'pl': '{where}: {text} z {given} w {column!r} to nie liczby (np. {example!r}); '
                                    'dla odpowiedzi otwartych użyj `type: text` albo przypisz kolumnę z oceną.',
                              'ru': '{where}: {text} из {given} в {column!r} — не числа (например, {example!r}); '
                                    'для открытых ответов укажите `type: text` или сопоставьте столбец с оценкой.'},
    'kit_scale_drops': {'en': '{where}: the {measure} scale {scale} drops {outside} of {given} in {column!r} (they lie in '
                              '{low}..{high}); set the scale the question used, e.g. `{fitting}`.',
                        'pl': '{where}: skala {measure} {scale} pomija {outside} z {given} w {column!r} (leżą w '
                              '{low}..{high}); ustaw skalę, której użyło pytanie, np. `{fitting}`.',
                        'ru': '{where}: шкала {measure} {scale} отбрасывает {outside} из {given} в {column!r} (они '
                              'лежат в {low}..{high}); задайте шкалу вопроса, например `{fitting}`.'},
    'kit_scale_too_low': {'en': '{where}: {given} in {column!r} use only {low}..{high}, but the {measure} scale says '
                                '{scale}: every score would come out too low; {fix}',
                          'pl': '{where}: {given} w {column!r} używają tylko {low}..{high}, a skala {measure} to '
                                '{scale}: każda ocena wyszłaby za nisko; {fix}',
                          'ru': '{where}: {given} в {column!r} используют только {low}..{high}, а шкала {measure} — '
                                '{scale}: все оценки выйдут заниженными; {fix}'},
    'kit_scale_nps_fix': {'en': 'is it an NPS question? If it offered 1..{top}, use `type: likert` with `scale: {top}`.',
                          'pl': 'czy to pytanie NPS? Jeśli oferowało 1..{top}, użyj `type: likert` ze `scale: {top}`.',
                          'ru': 'это вопрос NPS? Если в нём было 1..{top}, укажите `type: likert` и `scale: {top}`.'},
    'kit_scale_fix': {'en': 'set `scale: {top}` if the question offered 1..{top}.',
                      'pl': 'ustaw `scale: {top}`, jeśli pytanie oferowało 1..{top}.',
                      'ru': 'задайте `scale: {top}`, если в вопросе было 1..{top}.'},
    'err_data_unnamed': {'en': 'names no data file to read, but data/ holds {files}.',
                         'pl': 'nie wskazuje żadnego pliku z danymi, a w data/ są: {files}.',
                         'ru': 'не указывает ни одного файла с данными, а в data/ лежат: {files}.'},
    'err_data_unnamed_fix': {'en': 'Name it in kit.yaml (survey.file: {first}; interviews.dir for transcripts); '
                                   '`cjm survey inspect {path}` shows its columns.',
                             'pl': 'Wskaż go w kit.yaml (survey.file: {first}; interviews.dir dla transkrypcji); '
                                   '`cjm survey inspect {path}` pokazuje jego kolumny.',
                             'ru': 'Укажите его в kit.yaml (survey.file: {first}; interviews.dir для расшифровок); '
                                   '`cjm survey inspect {path}` покажет его столбцы.'},
    'err_survey_unreadable': {'en': 'survey.file cannot be read: {error}', 'pl': 'nie można wczytać survey.file: {error}',
                              'ru': 'не удаётся прочитать survey.file: {error}'},
    'err_survey_unreadable_fix': {'en': 'Correct the export or survey.file, then run again.',
                                  'pl': 'Popraw eksport albo survey.file i uruchom ponownie.',
                                  'ru': 'Исправьте выгрузку или survey.file и запустите снова.'},
    # ---- reading interview transcripts (transcripts/), their problems and errors
    'tr_not_found_fix': {'en': 'Check the path and the file name.', 'pl': 'Sprawdź ścieżkę i nazwę pliku.',
                         'ru': 'Проверьте путь и имя файла.'},
    'tr_no_speech': {'en': 'no speech found in the file{detail}.', 'pl': 'w pliku nie znaleziono wypowiedzi{detail}.',
                     'ru': 'в файле не найдено реплик{detail}.'},
    'tr_no_speech_fix': {'en': 'Check that it is an interview transcript (.vtt, .srt, .txt, .md, .docx).',
                         'pl': 'Sprawdź, czy to transkrypcja wywiadu (.vtt, .srt, .txt, .md, .docx).',
                         'ru': 'Проверьте, что это расшифровка интервью (.vtt, .srt, .txt, .md, .docx).'},
    'tr_no_speech_long_fix': {'en': 'Check that it is an interview transcript (.vtt, .srt, .txt, .md, .docx) and that '
                                    'its line breaks survived the export.',
                              'pl': 'Sprawdź, czy to transkrypcja wywiadu (.vtt, .srt, .txt, .md, .docx) i czy '
                                    'eksport zachował podziały wierszy.',
                              'ru': 'Проверьте, что это расшифровка интервью (.vtt, .srt, .txt, .md, .docx) и что '
                                    'переносы строк пережили выгрузку.'},
    'tr_bad_docx': {'en': 'not a readable Word document ({error}).', 'pl': 'nieczytelny dokument Worda.',
                    'ru': 'не читается как документ Word.'},
    'tr_bad_docx_fix': {'en': 'Open it in Word and save it again as .docx, or export it as .txt.',
                        'pl': 'Otwórz go w Wordzie i zapisz ponownie jako .docx albo wyeksportuj jako .txt.',
                        'ru': 'Откройте его в Word и сохраните заново как .docx или выгрузите как .txt.'},
    'tr_long_line': {'en': '{chars} characters, longer than any spoken turn (limit {limit}); left out',
                     'pl': 'znaków: {chars}, więcej niż w jakiejkolwiek wypowiedzi (limit {limit}); pominięto',
                     'ru': 'символов: {chars}, длиннее любой реплики (предел {limit}); пропущено'},
    'tr_outside_cue': {'en': 'text outside any cue, not read: {head!r}', 'pl': 'tekst poza napisami, nie wczytano: {head!r}',
                       'ru': 'текст вне субтитров, не прочитан: {head!r}'},
    'tr_cue_backwards': {'en': 'cue {timing!r} ends before it starts; its words are read, check its times',
                         'pl': 'napis {timing!r} kończy się, zanim się zaczyna; jego tekst wczytano, sprawdź czasy',
                         'ru': 'субтитр {timing!r} заканчивается раньше, чем начинается; текст прочитан, проверьте время'},
    'tr_bad_cue_time': {'en': 'unreadable cue time {timing!r}; cue skipped',
                        'pl': 'nieczytelny czas napisu {timing!r}; napis pominięto',
                        'ru': 'нечитаемое время субтитра {timing!r}; субтитр пропущен'},
    'tr_lines_outside': {'en': '{lines_outside} outside any speaker turn, not read as utterances (line {lines}): titles, '
                               'headings or notes?',
                         'pl': 'wiersze poza wypowiedziami rozmówców: {n}, nie wczytano ich (wiersz {lines}): tytuły, '
                               'nagłówki albo notatki?',
                         'ru': 'строк вне реплик собеседников: {n}, не прочитаны как реплики (строка {lines}): '
                               'заголовки или заметки?'},
    'tr_reactions': {'en': '{reactions} skipped (line {lines}).', 'pl': 'pominięte reakcje: {n} (wiersz {lines}).',
                     'ru': 'пропущено реакций: {n} (строка {lines}).'},
    'tr_unknown_type': {'en': 'unknown file type, skipped (use {extensions}).',
                        'pl': 'nieznany typ pliku, pominięto (użyj {extensions}).',
                        'ru': 'неизвестный тип файла, пропущен (используйте {extensions}).'},
    'tr_no_dir': {'en': 'interview directory not found.', 'pl': 'nie znaleziono katalogu wywiadów.',
                  'ru': 'папка интервью не найдена.'},
    'tr_no_dir_fix': {'en': 'Create it and put the transcripts there, or fix interviews.dir in kit.yaml.',
                      'pl': 'Utwórz go i umieść w nim transkrypcje albo popraw interviews.dir w kit.yaml.',
                      'ru': 'Создайте её и положите туда расшифровки или исправьте interviews.dir в kit.yaml.'},
    # ---- reading an orders export (orders.py)
    'ord_bad_format': {'en': 'orders.format {format!r} is unknown.', 'pl': 'nieznany orders.format {format!r}.',
                       'ru': 'неизвестный orders.format {format!r}.'},
    'ord_bad_format_fix': {'en': 'Use one of: {formats}.', 'pl': 'Użyj jednego z: {formats}.',
                           'ru': 'Укажите одно из: {formats}.'},
    'ord_not_found_fix': {'en': 'Check orders.file in kit.yaml.', 'pl': 'Sprawdź orders.file w kit.yaml.',
                          'ru': 'Проверьте orders.file в kit.yaml.'},
    'ord_no_rows': {'en': 'has no order rows.', 'pl': 'nie ma wierszy zamówień.', 'ru': 'нет строк заказов.'},
    'ord_no_rows_fix': {'en': 'Export the orders again with at least one order.',
                        'pl': 'Wyeksportuj zamówienia ponownie, z co najmniej jednym zamówieniem.',
                        'ru': 'Выгрузите заказы заново, хотя бы с одним заказом.'},
    'ord_unknown_export': {'en': 'is not a Shopify, WooCommerce or generic orders export (columns: {columns}).',
                           'pl': 'to nie jest eksport zamówień Shopify, WooCommerce ani ogólny (kolumny: {columns}).',
                           'ru': 'не выгрузка заказов Shopify, WooCommerce или общего вида (столбцы: {columns}).'},
    'ord_unknown_export_fix': {'en': "Use Shopify's or WooCommerce's orders CSV, or columns `order id`, `email` or "
                                     "`customer id`, `date`, `total`, `status`.",
                               'pl': 'Użyj CSV zamówień z Shopify lub WooCommerce albo kolumn `order id`, `email` lub '
                                     '`customer id`, `date`, `total`, `status`.',
                               'ru': 'Используйте CSV заказов Shopify или WooCommerce либо столбцы `order id`, `email` '
                                     'или `customer id`, `date`, `total`, `status`.'},
    'ord_wanted': {'en': '{field}: {names}', 'pl': '{field}: {names}', 'ru': '{field}: {names}'},
    'ord_missing_columns': {'en': 'read as {format}, but columns are missing ({wanted}).',
                            'pl': 'wczytany jako {format}, ale brakuje kolumn ({wanted}).',
                            'ru': 'прочитан как {format}, но не хватает столбцов ({wanted}).'},
    'ord_missing_columns_fix': {'en': 'Export all columns, or rename the headers as listed.',
                                'pl': 'Wyeksportuj wszystkie kolumny albo zmień nagłówki jak wyżej.',
                                'ru': 'Выгрузите все столбцы или переименуйте заголовки, как указано.'},
    'ord_no_customer': {'en': "no e-mail or customer id column, so every order is read as a guest's and repeat "
                              "purchase and retention cannot be measured.",
                        'pl': 'brak kolumny z e-mailem lub id klienta, więc każde zamówienie jest wczytane jako '
                              'zamówienie gościa, a ponownych zakupów i retencji nie da się zmierzyć.',
                        'ru': 'нет столбца с e-mail или id клиента, поэтому каждый заказ читается как гостевой, а '
                              'повторные покупки и удержание измерить нельзя.'},
    'ord_no_customer_fix': {'en': "export the customer's e-mail or id with the orders.",
                            'pl': 'wyeksportuj e-mail lub id klienta razem z zamówieniami.',
                            'ru': 'выгрузите e-mail или id клиента вместе с заказами.'},
    'ord_bad_date': {'en': '{text!r} is not a date; row left out.', 'pl': '{text!r} to nie data; wiersz pominięto.',
                     'ru': '{text!r} — не дата; строка пропущена.'},
    'ord_bad_date_fix': {'en': 'write dates like 2024-03-31 or 2024-03-31 14:05:00.',
                         'pl': 'zapisz daty jak 2024-03-31 albo 2024-03-31 14:05:00.',
                         'ru': 'пишите даты как 2024-03-31 или 2024-03-31 14:05:00.'},
    'ord_no_id': {'en': 'no order id; row left out.', 'pl': 'brak id zamówienia; wiersz pominięto.',
                  'ru': 'нет id заказа; строка пропущена.'},
    'ord_no_id_fix': {'en': "every row needs the order's id (Shopify: Name).",
                      'pl': 'każdy wiersz potrzebuje id zamówienia (Shopify: Name).',
                      'ru': 'в каждой строке нужен id заказа (Shopify: Name).'},
    'ord_other_total': {'en': 'order {order} is on line {first} already, with another total; row left out.',
                        'pl': 'zamówienie {order} jest już w wierszu {first}, z inną kwotą; wiersz pominięto.',
                        'ru': 'заказ {order} уже есть в строке {first}, с другой суммой; строка пропущена.'},
    'ord_other_total_fix': {'en': 'export each order once.', 'pl': 'wyeksportuj każde zamówienie raz.',
                            'ru': 'выгружайте каждый заказ один раз.'},
    'ord_bad_total': {'en': '{value!r} is not an order total; row left out.',
                      'pl': '{value!r} to nie kwota zamówienia; wiersz pominięto.',
                      'ru': '{value!r} — не сумма заказа; строка пропущена.'},
    'ord_bad_total_fix': {'en': 'write the amount like 129.90.', 'pl': 'zapisz kwotę jak 129.90.',
                          'ru': 'пишите сумму как 129.90.'},
    'ord_bad_refund': {'en': '{value!r} is not a refunded amount; row left out.',
                       'pl': '{value!r} to nie kwota zwrotu; wiersz pominięto.',
                       'ru': '{value!r} — не сумма возврата; строка пропущена.'},
    'ord_bad_refund_fix': {'en': 'write the amount, or leave it empty.', 'pl': 'wpisz kwotę albo zostaw puste.',
                           'ru': 'укажите сумму или оставьте пустым.'},
    'ord_no_usable': {'en': 'no usable order; first problem: {first}', 'pl': 'brak użytecznych zamówień; pierwszy '
                                                                            'problem: {first}',
                      'ru': 'нет пригодных заказов; первая проблема: {first}'},
    'correct_export_fix': {'en': 'Correct the export.', 'pl': 'Popraw eksport.', 'ru': 'Исправьте выгрузку.'},
    'ord_no_rows_left': {'en': 'no rows', 'pl': 'brak wierszy', 'ru': 'нет строк'},
    # ---- KPIs and the analytics funnel (kpis.py, funnel.py)
    'fun_not_found_fix': {'en': 'Check analytics.file in kit.yaml.', 'pl': 'Sprawdź analytics.file w kit.yaml.',
                          'ru': 'Проверьте analytics.file в kit.yaml.'},
    'fun_no_rows': {'en': 'has no rows.', 'pl': 'nie ma wierszy.', 'ru': 'нет строк.'},
    'fun_no_rows_fix': {'en': 'Export the funnel report again.', 'pl': 'Wyeksportuj raport lejka ponownie.',
                        'ru': 'Выгрузите отчёт воронки заново.'},
    'fun_unknown_export': {'en': 'has neither stage counts nor an event log (columns: {columns}).',
                           'pl': 'nie ma ani liczb na etap, ani dziennika zdarzeń (kolumny: {columns}).',
                           'ru': 'нет ни чисел по этапам, ни журнала событий (столбцы: {columns}).'},
    'fun_unknown_export_fix': {'en': 'Use columns `stage` and `users` (or sessions/count), or an event log with `user`, '
                                     '`timestamp` and `event` (or `page`) plus analytics.mapping in kit.yaml.',
                               'pl': 'Użyj kolumn `stage` i `users` (albo sessions/count) lub dziennika zdarzeń z '
                                     '`user`, `timestamp` i `event` (albo `page`) oraz analytics.mapping w kit.yaml.',
                               'ru': 'Используйте столбцы `stage` и `users` (или sessions/count) либо журнал событий с '
                                     '`user`, `timestamp` и `event` (или `page`) и analytics.mapping в kit.yaml.'},
    'fun_no_usable': {'en': 'no usable row; first problem: {first}', 'pl': 'brak użytecznych wierszy; pierwszy '
                                                                          'problem: {first}',
                      'ru': 'нет пригодных строк; первая проблема: {first}'},
    'fun_unknown_stage': {'en': 'stage {stage!r} is not a stage of this journey.',
                          'pl': 'etap {stage!r} nie jest etapem tej ścieżki.',
                          'ru': 'этап {stage!r} не из этого пути.'},
    'fun_unknown_stage_fix': {'en': 'Use one of the stage ids: {ids}.', 'pl': 'Użyj jednego z id etapów: {ids}.',
                              'ru': 'Укажите один из id этапов: {ids}.'},
    'fun_bad_count': {'en': '{text!r} is not a count of users; row left out.',
                      'pl': '{text!r} to nie liczba użytkowników; wiersz pominięto.',
                      'ru': '{text!r} — не число пользователей; строка пропущена.'},
    'fun_bad_count_fix': {'en': 'write a whole number.', 'pl': 'wpisz liczbę całkowitą.', 'ru': 'укажите целое число.'},
    'fun_mapping_empty': {'en': '{log} is an event log, but analytics.mapping is empty.',
                          'pl': '{log} to dziennik zdarzeń, ale analytics.mapping jest puste.',
                          'ru': '{log} — журнал событий, но analytics.mapping пуст.'},
    'fun_mapping_empty_fix': {'en': 'Map events or pages to stages, e.g. `mapping: {{"/product/*": interest, '
                                    'add_to_cart: decision}}`.',
                              'pl': 'Przypisz zdarzenia lub strony do etapów, np. `mapping: {{"/product/*": interest, '
                                    'add_to_cart: decision}}`.',
                              'ru': 'Сопоставьте события или страницы с этапами, например `mapping: {{"/product/*": '
                                    'interest, add_to_cart: decision}}`.'},
    'fun_mapping_not_mapping': {'en': 'analytics.mapping should map patterns to stage ids.',
                                'pl': 'analytics.mapping powinno przypisywać wzorce do id etapów.',
                                'ru': 'analytics.mapping должен сопоставлять шаблоны с id этапов.'},
    'fun_mapping_not_mapping_fix': {'en': 'Write it as `pattern: stage_id` lines under `mapping:`.',
                                    'pl': 'Zapisz je jako wiersze `wzorzec: id_etapu` pod `mapping:`.',
                                    'ru': 'Запишите его строками `шаблон: id_этапа` под `mapping:`.'},
    'fun_mapping_stage': {'en': 'analytics.mapping {pattern!r} names stage {stage!r}, which is not a stage of this '
                                'journey.',
                          'pl': 'analytics.mapping {pattern!r} wskazuje etap {stage!r}, którego nie ma w tej ścieżce.',
                          'ru': 'analytics.mapping {pattern!r} указывает этап {stage!r}, которого нет в этом пути.'},
    'fun_mapping_stage_fix': {'en': 'Use one of: {ids}.', 'pl': 'Użyj jednego z: {ids}.', 'ru': 'Укажите одно из: {ids}.'},
    'fun_not_event_log': {'en': 'is not an event log: no user or event column (columns: {columns}).',
                          'pl': 'to nie dziennik zdarzeń: brak kolumny użytkownika lub zdarzenia (kolumny: {columns}).',
                          'ru': 'не журнал событий: нет столбца пользователя или события (столбцы: {columns}).'},
    'fun_not_event_log_fix': {'en': 'Export user, timestamp and event (or page) columns.',
                              'pl': 'Wyeksportuj kolumny użytkownika, czasu i zdarzenia (albo strony).',
                              'ru': 'Выгрузите столбцы пользователя, времени и события (или страницы).'},
    'fun_no_time': {'en': 'no time column ({columns}): the funnel is counted in any order.',
                    'pl': 'brak kolumny czasu ({columns}): lejek liczony jest w dowolnej kolejności.',
                    'ru': 'нет столбца времени ({columns}): воронка считается в любом порядке.'},
    'fun_no_time_fix': {'en': 'export the event time too.', 'pl': 'wyeksportuj też czas zdarzenia.',
                        'ru': 'выгрузите и время события.'},
    'fun_query_failed': {'en': 'the funnel query failed ({error}).', 'pl': 'zapytanie lejka nie powiodło się ({error}).',
                         'ru': 'запрос воронки не выполнен ({error}).'},
    'fun_query_failed_fix': {'en': 'Check that the time column holds dates or epoch seconds.',
                             'pl': 'Sprawdź, czy kolumna czasu zawiera daty albo sekundy epoki.',
                             'ru': 'Проверьте, что в столбце времени даты или секунды эпохи.'},
    'fun_missing_rows': {'en': '{events} with an empty column {user!r} or {event!r} left out.',
                         'pl': 'pominięto zdarzenia z pustą kolumną {user!r} lub {event!r}: {n}.',
                         'ru': 'пропущено событий с пустым столбцом {user!r} или {event!r}: {n}.'},
    'fun_missing_rows_fix': {'en': 'every event needs a user and an event or page.',
                             'pl': 'każde zdarzenie potrzebuje użytkownika i zdarzenia lub strony.',
                             'ru': 'у каждого события должны быть пользователь и событие или страница.'},
    # ---- kit.yaml's comments, in the client's language (kit_init.template_text, kit_text, survey/propose.py)
    # the template's: each 'en' is a comment (or an example's wording) of kit_template.yaml, as it stands there
    'kit_tpl_title': {'en': 'kit.yaml — one client of the CJM Workshop Kit.',
                      'pl': 'kit.yaml — jeden klient zestawu CJM Workshop Kit.',
                      'ru': 'kit.yaml — один клиент набора CJM Workshop Kit.'},
    'kit_tpl_run': {'en': '`cjm run THIS_DIR` reads this file, the raw files under data/ (never changed by the kit)',
                    'pl': '`cjm run THIS_DIR` czyta ten plik, surowe pliki z data/ (zestaw nigdy ich nie zmienia)',
                    'ru': '`cjm run THIS_DIR` читает этот файл, исходные файлы из data/ (набор никогда их не меняет)'},
    'kit_tpl_run_2': {'en': "and the workshop's edits in journey.json, and rebuilds everything under out/.",
                      'pl': 'oraz zmiany z warsztatu zapisane w journey.json i od nowa tworzy całą zawartość out/.',
                      'ru': 'и правки воркшопа из journey.json, а затем заново собирает всё содержимое out/.'},
    'kit_tpl_paths': {'en': 'Paths are relative to this directory and must stay inside it.',
                      'pl': 'Ścieżki są względne wobec tego katalogu i nie mogą wychodzić poza niego.',
                      'ru': 'Пути указываются относительно этой папки и не должны выходить за её пределы.'},
    'kit_tpl_from': {'en': '`cjm init DIR --from EXPORT` writes this file filled in from a survey export.',
                     'pl': '`cjm init DIR --from EXPORT` zapisuje ten plik wypełniony na podstawie eksportu ankiety.',
                     'ru': '`cjm init DIR --from EXPORT` создаёт этот файл, заполненный по выгрузке опроса.'},
    'kit_tpl_client': {'en': 'name shown on the map and the report', 'pl': 'nazwa widoczna na mapie i w raporcie',
                       'ru': 'название на карте и в отчёте'},
    'kit_tpl_language': {'en': 'en | pl | ru — labels, default stage names, text scoring',
                         'pl': 'en | pl | ru — etykiety, domyślne nazwy etapów, ocena tekstów',
                         'ru': 'en | pl | ru — подписи, названия этапов по умолчанию, оценка текстов'},
    'kit_tpl_stage_model': {'en': 'aidp | 5a | ecommerce — stages to start from (rename them in the workshop)',
                            'pl': 'aidp | 5a | ecommerce — etapy wyjściowe (nazwy można zmienić na warsztacie)',
                            'ru': 'aidp | 5a | ecommerce — исходные этапы (переименуйте их на воркшопе)'},
    'kit_tpl_uncomment': {'en': "Uncomment the sections you have data for: remove the leading '# ' of each line you want.",
                          'pl': "Odkomentuj sekcje, dla których masz dane: usuń '# ' z początku każdego potrzebnego "
                                "wiersza.",
                          'ru': "Раскомментируйте разделы, для которых есть данные: уберите '# ' в начале каждой "
                                "нужной строки."},
    'kit_tpl_survey': {'en': 'leave out if the client has no survey', 'pl': 'pomiń, jeśli klient nie ma ankiety',
                       'ru': 'не указывайте, если у клиента нет опроса'},
    'kit_tpl_survey_file': {'en': 'csv / xlsx export from Google Forms, Qualtrics, LimeSurvey, ...',
                            'pl': 'eksport csv / xlsx z Google Forms, Qualtrics, LimeSurvey, ...',
                            'ru': 'выгрузка csv / xlsx из Google Forms, Qualtrics, LimeSurvey, ...'},
    'kit_tpl_respondent_id': {'en': 'column with a respondent id; null = row number',
                              'pl': 'kolumna z identyfikatorem respondenta; null = numer wiersza',
                              'ru': 'столбец с идентификатором респондента; null = номер строки'},
    'kit_tpl_customer_column': {'en': "column with the respondent's e-mail or customer id, to join orders",
                                'pl': 'kolumna z e-mailem respondenta lub identyfikatorem klienta, do połączenia '
                                      'z zamówieniami',
                                'ru': 'столбец с e-mail респондента или идентификатором клиента, чтобы связать '
                                      'опрос с заказами'},
    'kit_tpl_questions': {'en': 'which survey column measures which touchpoint, e.g.',
                          'pl': 'która kolumna ankiety mierzy który punkt styku, np.',
                          'ru': 'какой столбец опроса измеряет какую точку контакта, например:'},
    'kit_tpl_column_example': {'en': '"How easy was it to find products with search?"',
                               'pl': '"Jak łatwo było znaleźć produkty za pomocą wyszukiwarki?"',
                               'ru': '"Насколько легко было найти товары через поиск?"'},
    'kit_tpl_column': {'en': 'header, or a unique start of it', 'pl': 'nagłówek kolumny albo jego jednoznaczny początek',
                       'ru': 'заголовок столбца или его однозначное начало'},
    'kit_tpl_touchpoint': {'en': 'a touchpoint id from the list below (type text without one: each',
                           'pl': 'id punktu styku z listy poniżej (type text bez niego: każda odpowiedź',
                           'ru': 'id точки контакта из списка ниже (type text без него: каждый открытый'},
    'kit_tpl_touchpoint_2': {'en': 'open answer is coded to the touchpoints it names, by their keywords)',
                             'pl': 'otwarta trafia do punktów styku, które wymienia, według ich słów kluczowych)',
                             'ru': 'ответ относится к названным в нём точкам контакта, по их ключевым словам)'},
    'kit_tpl_scale': {'en': 'likert/csat/ces points (5 = 1..5, 7 = 1..7) or [low, high]; nps is 0..10',
                      'pl': 'liczba punktów likert/csat/ces (5 = 1..5, 7 = 1..7) albo [min, max]; nps to zawsze 0..10',
                      'ru': 'число баллов likert/csat/ces (5 = 1..5, 7 = 1..7) или [мин, макс]; nps — всегда 0..10'},
    'kit_tpl_direction': {'en': 'higher_is_better | lower_is_better (e.g. a CES "how much effort")',
                          'pl': 'higher_is_better | lower_is_better (np. CES „ile wysiłku”)',
                          'ru': 'higher_is_better | lower_is_better (например, CES «сколько усилий»)'},
    'kit_tpl_overall': {'en': 'column of overall satisfaction or NPS, used for importance',
                        'pl': 'kolumna ogólnego zadowolenia lub NPS, z niej wyliczana jest waga',
                        'ru': 'столбец общей удовлетворённости или NPS, по нему оценивается важность'},
    'kit_tpl_segments': {'en': 'columns that describe who answered (age, first purchase...) for personas',
                         'pl': 'kolumny opisujące, kto odpowiadał (wiek, pierwszy zakup...), do budowy person',
                         'ru': 'столбцы, описывающие отвечавших (возраст, первая покупка...), для персон'},
    'kit_tpl_interviews': {'en': 'leave out if there are no transcripts', 'pl': 'pomiń, jeśli nie ma transkrypcji',
                           'ru': 'не указывайте, если нет расшифровок'},
    'kit_tpl_interviews_dir': {'en': '.vtt .srt .txt .docx .md — one interview per file',
                               'pl': '.vtt .srt .txt .docx .md — jeden wywiad w pliku',
                               'ru': '.vtt .srt .txt .docx .md — одно интервью в файле'},
    'kit_tpl_analytics': {'en': 'leave out if there is no funnel export', 'pl': 'pomiń, jeśli nie ma eksportu lejka',
                          'ru': 'не указывайте, если нет выгрузки воронки'},
    'kit_tpl_analytics_file': {'en': 'counts per stage (columns: stage, users), or an event log (user, time,',
                               'pl': 'liczby na etap (kolumny: stage, users) albo dziennik zdarzeń (użytkownik, czas,',
                               'ru': 'численность по этапам (столбцы: stage, users) или журнал событий (пользователь,'},
    'kit_tpl_analytics_file_2': {'en': 'event or page; CSV or Parquet, any size) with a mapping:',
                                 'pl': 'zdarzenie lub strona; CSV lub Parquet, dowolnej wielkości) z mapowaniem:',
                                 'ru': 'время, событие или страница; CSV или Parquet, любого размера) с сопоставлением:'},
    'kit_tpl_mapping': {'en': 'event or page pattern -> stage id, e.g. {"/product/*": interest, purchase: post_purchase}',
                        'pl': 'wzorzec zdarzenia lub strony -> id etapu, np. {"/product/*": interest, purchase: '
                              'post_purchase}',
                        'ru': 'шаблон события или страницы -> id этапа, например {"/product/*": interest, purchase: '
                              'post_purchase}'},
    'kit_tpl_window_days': {'en': 'an ordered funnel counts steps taken within this many days',
                            'pl': 'lejek uporządkowany liczy kroki wykonane w ciągu tylu dni',
                            'ru': 'упорядоченная воронка учитывает шаги, сделанные за столько дней'},
    'kit_tpl_orders': {'en': 'leave out if there is no order export', 'pl': 'pomiń, jeśli nie ma eksportu zamówień',
                       'ru': 'не указывайте, если нет выгрузки заказов'},
    'kit_tpl_orders_file': {'en': 'order export, joined to the survey by survey.customer_column',
                            'pl': 'eksport zamówień, łączony z ankietą przez survey.customer_column',
                            'ru': 'выгрузка заказов, связывается с опросом по survey.customer_column'},
    'kit_tpl_touchpoints': {'en': 'the touchpoints to map, e.g.', 'pl': 'punkty styku do mapy, np.',
                            'ru': 'точки контакта для карты, например:'},
    'kit_tpl_id': {'en': 'short id, letters/digits/underscore', 'pl': 'krótki id: litery, cyfry, podkreślnik',
                   'ru': 'короткий id: буквы, цифры, подчёркивание'},
    'kit_tpl_name_example': {'en': 'Site search', 'pl': 'Wyszukiwarka', 'ru': 'Поиск на сайте'},
    'kit_tpl_name': {'en': 'shown on the map', 'pl': 'nazwa pokazywana na mapie', 'ru': 'название на карте'},
    'kit_tpl_stage': {'en': 'a stage id of the stage model', 'pl': 'id etapu z modelu etapów',
                      'ru': 'id этапа из модели этапов'},
    'kit_tpl_owner_example': {'en': 'E-commerce', 'pl': 'E-commerce', 'ru': 'Электронная коммерция'},
    'kit_tpl_owner': {'en': 'the department responsible', 'pl': 'dział odpowiedzialny', 'ru': 'ответственный отдел'},
    'kit_tpl_reach': {'en': 'share of customers who meet it, 0..1',
                      'pl': 'odsetek klientów, którzy się z nim stykają, 0..1',
                      'ru': 'доля клиентов, которые с ней сталкиваются, 0..1'},
    'kit_tpl_importance': {'en': '1..5, as the team sees it', 'pl': '1..5, w ocenie zespołu',
                           'ru': '1..5, по оценке команды'},
    'kit_tpl_keywords_example': {'en': '[search, find, filter]', 'pl': '[wyszukiwarka, szukać, filtr]',
                                 'ru': '[поиск, найти, фильтр]'},
    'kit_tpl_keywords': {'en': 'words that tie interview quotes to it (EN/PL/RU)',
                         'pl': 'słowa, które łączą z nim cytaty z wywiadów (EN/PL/RU)',
                         'ru': 'слова, по которым с ней связываются цитаты из интервью (EN/PL/RU)'},
    'kit_tpl_stages': {'en': 'optional notes per stage from the research, to start the workshop from, e.g.',
                       'pl': 'opcjonalne notatki z badań do każdego etapu, punkt wyjścia warsztatu, np.',
                       'ru': 'необязательные заметки из исследования по этапам, с них начнётся воркшоп, например:'},
    'kit_tpl_stage_name_example': {'en': 'Comparing', 'pl': 'Porównywanie', 'ru': 'Сравнение'},
    'kit_tpl_stage_name': {'en': 'rename the stage (optional)', 'pl': 'nowa nazwa etapu (opcjonalnie)',
                           'ru': 'новое название этапа (необязательно)'},
    'kit_tpl_goals_example': {'en': '[Find the right size quickly]', 'pl': '[Szybko znaleźć właściwy rozmiar]',
                              'ru': '[Быстро найти подходящий размер]'},
    'kit_tpl_actions_example': {'en': '[Searches, filters, reads reviews]', 'pl': '[Szuka, filtruje, czyta opinie]',
                                'ru': '[Ищет, фильтрует, читает отзывы]'},
    'kit_tpl_thoughts_example': {'en': '["Is it cheaper elsewhere?"]', 'pl': '["Czy gdzie indziej jest taniej?"]',
                                 'ru': '["Может, где-то дешевле?"]'},
    'kit_tpl_backstage_example': {'en': '[Search index updated nightly]',
                                  'pl': '[Indeks wyszukiwarki aktualizowany co noc]',
                                  'ru': '[Поисковый индекс обновляется каждую ночь]'},
    'kit_tpl_backstage': {'en': 'what the company does behind the scenes', 'pl': 'co firma robi na zapleczu',
                          'ru': 'что компания делает за кулисами'},
    'kit_tpl_kpis_example': {'en': '[Search exit rate]', 'pl': '[Odsetek wyjść z wyszukiwarki]',
                             'ru': '[Доля выходов из поиска]'},
    'kit_tpl_scoring': {'en': 'defaults shown; every rule in docs/scoring.md',
                        'pl': 'podane są wartości domyślne; wszystkie reguły w docs/scoring.md',
                        'ru': 'указаны значения по умолчанию; все правила — в docs/scoring.md'},
    'kit_tpl_weights': {'en': 'source weights', 'pl': 'wagi źródeł', 'ru': 'веса источников'},
    'kit_tpl_min_n': {'en': 'below this a score is "insufficient"',
                      'pl': 'poniżej tylu obserwacji wynik jest oznaczany jako „niewystarczające”',
                      'ru': 'при меньшем числе наблюдений оценка помечается как «недостаточно»'},
    'kit_tpl_reliable_n': {'en': 'from this a score is "reliable"',
                           'pl': 'od tylu obserwacji wynik jest oznaczany jako „wiarygodne”',
                           'ru': 'начиная с этого числа наблюдений оценка помечается как «надёжно»'},
    'kit_tpl_pain_ci': {'en': 'pain point: the whole 95% interval lies below this',
                        'pl': 'punkt bólu: cały przedział 95% leży poniżej tej wartości',
                        'ru': 'болевая точка: весь 95% интервал лежит ниже этого значения'},
    'kit_tpl_pain_share': {'en': 'pain point: this share of observations or more is negative',
                           'pl': 'punkt bólu: co najmniej taki odsetek obserwacji jest negatywny',
                           'ru': 'болевая точка: негативна такая доля наблюдений или больше'},
    'kit_tpl_pain_drop': {'en': 'pain point: drops this much from the previous touchpoint (-2..+2)',
                          'pl': 'punkt bólu: spadek co najmniej o tyle względem poprzedniego punktu styku (-2..+2)',
                          'ru': 'болевая точка: падение не меньше этого относительно предыдущей точки контакта (-2..+2)'},
    'kit_tpl_importance_source': {'en': 'stated | derived | auto (derived when every touchpoint has derived_min_n pairs)',
                                  'pl': 'stated | derived | auto (derived, gdy każdy punkt styku ma derived_min_n par)',
                                  'ru': 'stated | derived | auto (derived, когда у каждой точки контакта есть '
                                        'derived_min_n пар)'},
    'kit_tpl_derived_min_n': {'en': 'paired answers needed to derive importance from the overall question',
                              'pl': 'tyle par odpowiedzi potrzeba, by wyliczyć wagę z pytania ogólnego',
                              'ru': 'столько пар ответов нужно, чтобы вывести важность из общего вопроса'},
    'kit_tpl_mot_importance': {'en': 'moment of truth: stated importance at least this',
                               'pl': 'moment prawdy: deklarowana waga co najmniej tyle',
                               'ru': 'момент истины: заявленная важность не ниже этого значения'},
    'kit_tpl_mot_correlation': {'en': 'moment of truth: derived importance (correlation) at least this',
                                'pl': 'moment prawdy: wyliczona waga (korelacja) co najmniej tyle',
                                'ru': 'момент истины: выведенная важность (корреляция) не ниже этого значения'},
    'kit_tpl_ipa_split': {'en': 'importance-performance chart: the performance line',
                          'pl': 'wykres waga–ocena: linia podziału ocen',
                          'ru': 'матрица «важность — исполнение»: граница исполнения'},
    'kit_tpl_personas': {'en': 'how respondents are grouped into personas',
                         'pl': 'jak respondenci są grupowani w persony', 'ru': 'как респонденты группируются в персоны'},
    'kit_tpl_method': {'en': 'clusters (k chosen by silhouette) | rules (split by the answers below)',
                       'pl': 'clusters (k według wskaźnika sylwetki) | rules (podział według odpowiedzi w kolumnach '
                             'poniżej)',
                       'ru': 'clusters (k подбирается по силуэту) | rules (разбиение по ответам в столбцах ниже)'},
    'kit_tpl_columns': {'en': 'survey columns to segment on; empty = survey.segments',
                        'pl': 'kolumny ankiety do segmentacji; puste = survey.segments',
                        'ru': 'столбцы опроса для сегментации; пусто = survey.segments'},
    'kit_tpl_k': {'en': 'whole numbers: k_min >= 2, k_max >= k_min', 'pl': 'liczby całkowite: k_min >= 2, k_max >= k_min',
                  'ru': 'целые числа: k_min >= 2, k_max >= k_min'},
    'kit_tpl_seed': {'en': 'same seed, same personas', 'pl': 'to samo ziarno, te same persony',
                     'ru': 'то же зерно — те же персоны'},
    'kit_tpl_min_size': {'en': 'fewest respondents per persona (rules: smaller groups join "other"; clusters: the nearest cluster)',
                         'pl': 'najmniej respondentów na personę (rules: mniejsze grupy trafiają do „Pozostali klienci”; clusters: do najbliższego klastra)',
                         'ru': 'минимум респондентов на персону (rules: меньшие группы попадают в «Остальные покупатели»; clusters: в ближайший кластер)'},
    'kit_tpl_channel_column': {'en': 'survey column naming the channels people use',
                               'pl': 'kolumna ankiety z kanałami, z których korzystają klienci',
                               'ru': 'столбец опроса с каналами, которыми пользуются клиенты'},
    # `cjm init --from`'s own comments (kit_init.kit_text)
    'kit_from_title': {'en': 'kit.yaml — {client}, proposed by `cjm init --from {file}` from the survey export.',
                       'pl': 'kit.yaml — {client}, zaproponowany przez `cjm init --from {file}` na podstawie eksportu '
                             'ankiety.',
                       'ru': 'kit.yaml — {client}, предложен командой `cjm init --from {file}` по выгрузке опроса.'},
    'kit_from_review': {'en': "Every proposal says why in a comment; lines marked REVIEW need a person's decision.",
                        'pl': 'Każda propozycja ma uzasadnienie w komentarzu; wiersze oznaczone REVIEW wymagają '
                              'Twojej decyzji.',
                        'ru': 'У каждого предложения в комментарии есть обоснование; строки с пометкой REVIEW '
                              'требуют вашего решения.'},
    'kit_from_language': {'en': 'en | pl | ru — labels, stage names, text scoring',
                          'pl': 'en | pl | ru — etykiety, nazwy etapów, ocena tekstów',
                          'ru': 'en | pl | ru — подписи, названия этапов, оценка текстов'},
    'kit_from_stages': {'en': 'awareness, interest, consideration, decision, post_purchase',
                        'pl': 'etapy: awareness, interest, consideration, decision, post_purchase',
                        'ru': 'этапы: awareness, interest, consideration, decision, post_purchase'},
    'kit_from_survey': {'en': '{format} export, {respondents}', 'pl': 'eksport {format}, {respondents}',
                        'ru': 'выгрузка {format}, {respondents}'},
    'kit_from_no_id': {'en': 'no id column: the row number identifies a respondent',
                       'pl': 'brak kolumny z identyfikatorem: respondenta wskazuje numer wiersza',
                       'ru': 'нет столбца с идентификатором: респондента определяет номер строки'},
    'kit_from_no_customer': {'en': 'no e-mail or customer id column',
                             'pl': 'brak kolumny z e-mailem lub identyfikatorem klienta',
                             'ru': 'нет столбца с e-mail или идентификатором клиента'},
    'kit_from_questions': {'en': 'which survey column measures which touchpoint',
                           'pl': 'która kolumna ankiety mierzy który punkt styku',
                           'ru': 'какой столбец опроса измеряет какую точку контакта'},
    'kit_from_open': {'en': 'open question: each answer scores the touchpoints it names',
                      'pl': 'pytanie otwarte: każda odpowiedź ocenia punkty styku, które wymienia',
                      'ru': 'открытый вопрос: каждый ответ оценивает названные в нём точки контакта'},
    'kit_from_no_overall': {'en': 'no NPS or overall-satisfaction question found',
                            'pl': 'nie znaleziono pytania NPS ani pytania o ogólne zadowolenie',
                            'ru': 'не найден вопрос NPS или об общей удовлетворённости'},
    'kit_from_segments': {'en': 'who answered; used to build personas',
                          'pl': 'kto odpowiadał; na tej podstawie powstają persony',
                          'ru': 'кто отвечал; по этим столбцам строятся персоны'},
    'kit_from_no_segments': {'en': 'no choice question to build personas from',
                             'pl': 'brak pytania z odpowiedziami do wyboru, na którym można oprzeć persony',
                             'ru': 'нет вопроса с вариантами ответа, по которому можно построить персоны'},
    'kit_from_touchpoints': {'en': 'the touchpoints the questions measure, in journey order',
                             'pl': 'punkty styku mierzone przez pytania, w kolejności ścieżki klienta',
                             'ru': 'точки контакта, которые измеряют вопросы, в порядке пути клиента'},
    'kit_from_reach': {'en': 'share of respondents who answered its question',
                       'pl': 'odsetek respondentów, którzy odpowiedzieli na jego pytanie',
                       'ru': 'доля респондентов, ответивших на её вопрос'},
    'kit_from_keywords': {'en': 'tie interview quotes to it', 'pl': 'łączą z nim cytaty z wywiadów',
                          'ru': 'связывают с ней цитаты из интервью'},
    'kit_from_method': {'en': 'clusters (k chosen by silhouette) | rules',
                        'pl': 'clusters (k według wskaźnika sylwetki) | rules',
                        'ru': 'clusters (k подбирается по силуэту) | rules'},
    'kit_from_columns': {'en': 'empty = survey.segments', 'pl': 'puste = survey.segments',
                         'ru': 'пусто = survey.segments'},
    'kit_from_channel': {'en': 'the question about where they heard of the shop',
                         'pl': 'pytanie o to, skąd klienci dowiedzieli się o sklepie',
                         'ru': 'вопрос о том, откуда клиенты узнали о магазине'},
    # why a proposal was made, and why a person should look at it (survey/propose.py)
    'prop_rating_question': {'en': 'rating question', 'pl': 'pytanie z oceną', 'ru': 'вопрос с оценкой'},
    'prop_satisfaction_question': {'en': 'satisfaction question', 'pl': 'pytanie o zadowolenie',
                                   'ru': 'вопрос об удовлетворённости'},
    'prop_effort_question': {'en': 'effort question', 'pl': 'pytanie o wysiłek', 'ru': 'вопрос об усилиях'},
    'prop_nps_question': {'en': 'NPS question', 'pl': 'pytanie NPS', 'ru': 'вопрос NPS'},
    'prop_open_question': {'en': 'open question', 'pl': 'pytanie otwarte', 'ru': 'открытый вопрос'},
    'prop_scale': {'en': '{question}, {scale}', 'pl': '{question}, {scale}', 'ru': '{question}, {scale}'},
    'prop_names': {'en': '{question}{scale}; the wording names {touchpoint} ({words})',
                   'pl': '{question}{scale}; treść wskazuje na {touchpoint} ({words})',
                   'ru': '{question}{scale}; формулировка указывает на {touchpoint} ({words})'},
    'prop_no_touchpoint': {'en': 'no touchpoint recognised in the wording: name one, or leave it out',
                           'pl': 'w treści nie rozpoznano punktu styku: wskaż go albo pomiń pytanie',
                           'ru': 'в формулировке не распознана точка контакта: укажите её или уберите вопрос'},
    'prop_or': {'en': 'or {touchpoint} ({words})?', 'pl': 'a może {touchpoint} ({words})?',
                'ru': 'или {touchpoint} ({words})?'},
    'prop_weak': {'en': 'only a weak hint in the wording', 'pl': 'w treści jest tylko słaba wskazówka',
                  'ru': 'в формулировке лишь слабая подсказка'},
    'prop_numeric': {'en': "{why} (answers are whole numbers in the scale's range)",
                     'pl': '{why} (odpowiedzi to liczby całkowite z zakresu skali)',
                     'ru': '{why} (ответы — целые числа в пределах шкалы)'},
    'prop_numeric_review': {'en': 'typed a number by the reader: check it is a rating on this scale',
                            'pl': 'odczytane jako liczba: sprawdź, czy to ocena na tej skali',
                            'ru': 'прочитано как число: проверьте, что это оценка по этой шкале'},
    'prop_second_nps': {'en': 'a second NPS question; the first one is survey.overall',
                        'pl': 'drugie pytanie NPS; pierwsze jest w survey.overall',
                        'ru': 'второй вопрос NPS; первый указан в survey.overall'},
    'prop_nps_overall': {'en': 'NPS question (0..10): the NPS KPI, and touchpoint importance is derived from it',
                         'pl': 'pytanie NPS (0..10): daje wskaźnik NPS, a z niego wyliczana jest waga punktów styku',
                         'ru': 'вопрос NPS (0..10): даёт показатель NPS, и по нему выводится важность точек контакта'},
    'prop_overall': {'en': 'overall satisfaction: touchpoint importance is derived from it',
                     'pl': 'ogólne zadowolenie: z niego wyliczana jest waga punktów styku',
                     'ru': 'общая удовлетворённость: по ней выводится важность точек контакта'},
    'prop_template_question': {'en': 'kit template question {question}',
                               'pl': 'pytanie {question} z szablonu ankiety zestawu',
                               'ru': 'вопрос {question} из шаблона опроса набора'},
    'prop_from_template': {'en': 'from the kit template question {question}',
                           'pl': 'na podstawie pytania {question} z szablonu ankiety zestawu',
                           'ru': 'по вопросу {question} из шаблона опроса набора'},
    'prop_catalogue': {'en': 'from the touchpoint catalogue', 'pl': 'z katalogu punktów styku',
                       'ru': 'из каталога точек контакта'},
    'prop_id_column': {'en': 'an id column, one value per respondent',
                       'pl': 'kolumna z identyfikatorem, jedna wartość na respondenta',
                       'ru': 'столбец с идентификатором, одно значение на респондента'},
    'prop_email_column': {'en': 'the answers are e-mail addresses: joins the survey to orders',
                          'pl': 'odpowiedzi to adresy e-mail: łączą ankietę z zamówieniami',
                          'ru': 'ответы — адреса e-mail: по ним опрос связывается с заказами'},
    'prop_customer_column': {'en': 'a customer id: joins the survey to orders',
                             'pl': 'identyfikator klienta: łączy ankietę z zamówieniami',
                             'ru': 'идентификатор клиента: по нему опрос связывается с заказами'},
    'prop_segment': {'en': '{choices}{order}, answered by {answered} of {of}',
                     'pl': '{choices} do wyboru{order}, odpowiedziało {answered} z {of}',
                     'ru': '{choices} на выбор{order}, ответили {answered} из {of}'},
    'prop_in_order': {'en': ' in order ({options})', 'pl': ' w ustalonej kolejności ({options})',
                      'ru': ' в заданном порядке ({options})'},
    # ---- kit.yaml's problems, one line per bad key (config.parse_kit)
    'kit_bool': {'en': '{where}: {value!r} should be true or false.', 'pl': '{where}: {value!r} — wpisz true albo false.',
                 'ru': '{where}: {value!r} — укажите true или false.'},
    'kit_section_mapping': {'en': '{name}: should be a mapping (e.g. `{name}:` then `  file: ...`).',
                            'pl': '{name}: powinno być mapowaniem (np. `{name}:`, a pod spodem `  file: ...`).',
                            'ru': '{name}: должно быть словарём (например, `{name}:`, а ниже `  file: ...`).'},
    'kit_analytics_mapping': {'en': 'analytics.mapping: should map event or page patterns to stage ids, e.g. '
                                    '`mapping: {{"/product/*": consideration, add_to_cart: decision}}`.',
                              'pl': 'analytics.mapping: powinno przypisywać wzorce zdarzeń lub stron do id etapów, np. '
                                    '`mapping: {{"/product/*": consideration, add_to_cart: decision}}`.',
                              'ru': 'analytics.mapping: должно сопоставлять шаблоны событий или страниц с id этапов, '
                                    'например `mapping: {{"/product/*": consideration, add_to_cart: decision}}`.'},
    'kit_orders_file': {'en': 'orders.file: missing; name the order export, e.g. `file: data/orders.csv`.',
                        'pl': 'orders.file: brak; podaj eksport zamówień, np. `file: data/orders.csv`.',
                        'ru': 'orders.file: нет; укажите выгрузку заказов, например `file: data/orders.csv`.'},
    'kit_client': {'en': "client: should be the client's name as text.", 'pl': 'client: wpisz nazwę klienta jako tekst.',
                   'ru': 'client: укажите название клиента текстом.'},
    'kit_choice': {'en': '{where}: {value!r} is unknown; {hint}use one of {allowed}.',
                   'pl': '{where}: nieznana wartość {value!r}; {hint}użyj jednej z: {allowed}.',
                   'ru': '{where}: неизвестное значение {value!r}; {hint}укажите одно из: {allowed}.'},
    'kit_choice_missing': {'en': '{where}: missing; use one of {allowed}.', 'pl': '{where}: brak wartości; użyj jednej z: {allowed}.',
                           'ru': '{where}: не указано; укажите одно из: {allowed}.'},
    'kit_did_you_mean': {'en': 'did you mean {close!r}? ', 'pl': 'czy chodziło o {close!r}? ',
                         'ru': 'может быть, {close!r}? '},
    'kit_whole': {'en': '{where}: {value!r} should be a whole number of at least {smallest} (e.g. {default}).',
                  'pl': '{where}: {value!r} — wpisz liczbę całkowitą co najmniej {smallest} (np. {default}).',
                  'ru': '{where}: {value!r} — укажите целое число не меньше {smallest} (например, {default}).'},
    'kit_columns_list': {'en': '{where}: should be a list of survey column headers, e.g. ["What is your age?"].',
                         'pl': '{where}: powinno być listą nagłówków kolumn ankiety, np. ["Ile masz lat?"].',
                         'ru': '{where}: должно быть списком заголовков столбцов опроса, например ["Сколько вам лет?"].'},
    'kit_column_text': {'en': '{where}: {value!r} should be a survey column header in quotes.',
                        'pl': '{where}: {value!r} — wpisz nagłówek kolumny ankiety w cudzysłowie.',
                        'ru': '{where}: {value!r} — укажите заголовок столбца опроса в кавычках.'},
    'kit_survey_file': {'en': 'survey.file: missing; name the export, e.g. `file: data/survey.csv`.',
                        'pl': 'survey.file: brak; podaj eksport, np. `file: data/survey.csv`.',
                        'ru': 'survey.file: нет; укажите выгрузку, например `file: data/survey.csv`.'},
    'kit_sheet': {'en': 'survey.sheet: {value!r} should be a sheet name or its number (0 = first).',
                  'pl': 'survey.sheet: {value!r} — wpisz nazwę arkusza albo jego numer (0 = pierwszy).',
                  'ru': 'survey.sheet: {value!r} — укажите имя листа или его номер (0 = первый).'},
    'kit_k_max': {'en': 'personas.k_max: {k_max} is below k_min ({k_min}); set k_max to k_min or more.',
                  'pl': 'personas.k_max: {k_max} jest mniejsze niż k_min ({k_min}); ustaw k_max na k_min lub więcej.',
                  'ru': 'personas.k_max: {k_max} меньше k_min ({k_min}); задайте k_max не меньше k_min.'},
    'kit_scoring_mapping': {'en': 'scoring: should be a mapping of settings (`min_n: 5` lines under `scoring:`).',
                            'pl': 'scoring: powinno być mapowaniem ustawień (wiersze `min_n: 5` pod `scoring:`).',
                            'ru': 'scoring: должно быть словарём настроек (строки `min_n: 5` под `scoring:`).'},
    'kit_unknown_key': {'en': '{where}: unknown key.{hint}', 'pl': '{where}: nieznany klucz.{hint}',
                        'ru': '{where}: неизвестный ключ.{hint}'},
    'kit_did_you_mean_key': {'en': " Did you mean '{name}'?", 'pl': " Czy chodziło o '{name}'?",
                             'ru': " Может быть, '{name}'?"},
    'kit_allowed_keys': {'en': ' Allowed: {names}.', 'pl': ' Dozwolone: {names}.', 'ru': ' Допустимы: {names}.'},
    'kit_path_relative': {'en': '{where}: should be a path relative to the client directory.',
                          'pl': '{where}: wpisz ścieżkę względem katalogu klienta.',
                          'ru': '{where}: укажите путь относительно папки клиента.'},
    'kit_path_outside': {'en': '{where}: {value!r} points outside the client directory; copy the file into data/ '
                               '(or set allow_outside_paths: true).',
                         'pl': '{where}: {value!r} wskazuje poza katalog klienta; skopiuj plik do data/ '
                               '(albo ustaw allow_outside_paths: true).',
                         'ru': '{where}: {value!r} указывает за пределы папки клиента; скопируйте файл в data/ '
                               '(или задайте allow_outside_paths: true).'},
    'kit_path_is_file': {'en': '{where}: {value!r} is a file; expected a folder.',
                         'pl': '{where}: {value!r} to plik; oczekiwano folderu.',
                         'ru': '{where}: {value!r} — файл, а нужна папка.'},
    'kit_path_is_folder': {'en': '{where}: {value!r} is a folder; expected a file.',
                           'pl': '{where}: {value!r} to folder; oczekiwano pliku.',
                           'ru': '{where}: {value!r} — папка, а нужен файл.'},
    'kit_path_missing': {'en': '{where}: {value!r} does not exist.{hint}', 'pl': '{where}: {value!r} nie istnieje.{hint}',
                         'ru': '{where}: {value!r} не существует.{hint}'},
    'kit_check_name': {'en': ' Check the name and that the file is in the client directory.',
                       'pl': ' Sprawdź nazwę i czy plik jest w katalogu klienta.',
                       'ru': ' Проверьте имя и что файл лежит в папке клиента.'},
    'kit_did_you_mean_path': {'en': ' Did you mean {names}?', 'pl': ' Czy chodziło o {names}?',
                              'ru': ' Может быть, {names}?'},
    'kit_or': {'en': ' or ', 'pl': ' albo ', 'ru': ' или '},
    'kit_list_of_items': {'en': '{where}: should be a list (each item starts with `- id: ...`).',
                          'pl': '{where}: powinno być listą (każdy element zaczyna się od `- id: ...`).',
                          'ru': '{where}: должно быть списком (каждый элемент начинается с `- id: ...`).'},
    'kit_touchpoint_mapping': {'en': '{where}: should be a mapping with id, name, stage.',
                               'pl': '{where}: powinno być mapowaniem z id, name, stage.',
                               'ru': '{where}: должно быть словарём с id, name, stage.'},
    'kit_id_pattern': {'en': '{where}: {value!r} should be letters, digits or _.',
                       'pl': '{where}: {value!r} — użyj liter, cyfr lub _.',
                       'ru': '{where}: {value!r} — используйте буквы, цифры или _.'},
    'kit_id_twice': {'en': '{where}: {value!r} is used twice{first}.',
                     'pl': '{where}: {value!r} występuje dwa razy{first}.',
                     'ru': '{where}: {value!r} встречается дважды{first}.'},
    'kit_keywords': {'en': '{where}: should be a list of words, e.g. [delivery, courier].',
                     'pl': '{where}: powinno być listą słów, np. [dostawa, kurier].',
                     'ru': '{where}: должно быть списком слов, например [доставка, курьер].'},
    'kit_reach': {'en': '{where}: {value!r} should be a share between 0 and 1.',
                  'pl': '{where}: {value!r} — wpisz udział od 0 do 1.',
                  'ru': '{where}: {value!r} — укажите долю от 0 до 1.'},
    'kit_importance': {'en': '{where}: {value!r} should be 1..5.',
                       'pl': '{where}: {value!r} — wpisz wartość 1..5.',
                       'ru': '{where}: {value!r} — укажите значение 1..5.'},
    'kit_stage_id': {'en': '{where}: should be one of {ids}.', 'pl': '{where}: użyj jednego z: {ids}.',
                     'ru': '{where}: укажите одно из: {ids}.'},
    'kit_lane': {'en': '{where}: should be a list of short texts.',
                 'pl': '{where}: powinno być listą krótkich tekstów.',
                 'ru': '{where}: должно быть списком коротких текстов.'},
    'kit_questions_list': {'en': 'survey.questions: should be a list of {{column, touchpoint, type}}.',
                           'pl': 'survey.questions: powinno być listą {{column, touchpoint, type}}.',
                           'ru': 'survey.questions: должно быть списком {{column, touchpoint, type}}.'},
    'kit_question_column': {'en': '{where}: needs at least `column:` (the survey header).',
                            'pl': '{where}: potrzebuje co najmniej `column:` (nagłówka z ankiety).',
                            'ru': '{where}: нужен хотя бы `column:` (заголовок из опроса).'},
    'kit_question_touchpoint': {'en': '{where}: {value!r} is not a touchpoint id in `touchpoints:`; '
                                      '{hint}the ids are {ids}.',
                                'pl': '{where}: {value!r} nie jest id punktu styku z `touchpoints:`; '
                                      '{hint}dostępne id: {ids}.',
                                'ru': '{where}: {value!r} — не id точки контакта из `touchpoints:`; '
                                      '{hint}есть такие id: {ids}.'},
    'kit_no_touchpoints': {'en': 'none yet: add them under `touchpoints:`', 'pl': 'jeszcze brak: dodaj je pod `touchpoints:`',
                           'ru': 'пока нет: добавьте их в `touchpoints:`'},
    'kit_scale': {'en': '{where}: {value!r} should be the number of points (5 for 1..5, 7 for 1..7) or [low, high] '
                        'such as [0, 10].',
                  'pl': '{where}: {value!r} — wpisz liczbę punktów (5 dla 1..5, 7 dla 1..7) albo [min, max], '
                        'np. [0, 10].',
                  'ru': '{where}: {value!r} — укажите число баллов (5 для 1..5, 7 для 1..7) или [min, max], '
                        'например [0, 10].'},
    # -- where a problem is in kit.yaml: its item by id or number (config.Where), a key given twice
    'kit_item': {'en': '{list}, item {n}', 'pl': '{list}, pozycja {n}', 'ru': '{list}, элемент {n}'},
    'kit_item_key': {'en': '{item}, {name}', 'pl': '{item}, {name}', 'ru': '{item}, {name}'},
    'kit_touchpoint': {'en': 'touchpoint {id!r}', 'pl': 'punkt styku {id!r}', 'ru': 'точка контакта {id!r}'},
    'kit_stage': {'en': 'stage {id!r}', 'pl': 'etap {id!r}', 'ru': 'этап {id!r}'},
    'kit_key_twice': {'en': '{where}: given twice in the same mapping{first}; keep one.',
                      'pl': '{where}: klucz podany dwa razy w tym samym miejscu{first}; zostaw jeden.',
                      'ru': '{where}: ключ указан дважды в одном месте{first}; оставьте один.'},
    'kit_first_on_line': {'en': ' (first on line {line})', 'pl': ' (pierwszy raz w wierszu {line})',
                          'ru': ' (впервые в строке {line})'},
    # ---- kit.yaml's scoring: settings (settings.py)
    'set_not_mapping': {'en': '`scoring` should be a mapping of settings, found {value!r}.',
                        'pl': '`scoring` powinno być mapowaniem ustawień, a jest {value!r}.',
                        'ru': '`scoring` должно быть словарём настроек, а найдено {value!r}.'},
    'set_not_mapping_fix': {'en': 'Indent the settings under `scoring:` as `key: value` lines.',
                            'pl': 'Zapisz ustawienia pod `scoring:` jako wcięte wiersze `klucz: wartość`.',
                            'ru': 'Запишите настройки под `scoring:` с отступом, строками `ключ: значение`.'},
    'set_unknown_key': {'en': 'unknown key `scoring.{name}`.', 'pl': 'nieznany klucz `scoring.{name}`.',
                        'ru': 'неизвестный ключ `scoring.{name}`.'},
    'set_unknown_key_fix': {'en': 'Use one of: {known} (see docs/scoring.md).',
                            'pl': 'Użyj jednego z: {known} (zob. docs/scoring.md).',
                            'ru': 'Укажите одно из: {known} (см. docs/scoring.md).'},
    'set_importance_source': {'en': '`scoring.importance_source` is {value!r}.',
                              'pl': '`scoring.importance_source` ma wartość {value!r}.',
                              'ru': '`scoring.importance_source` равно {value!r}.'},
    'set_importance_source_fix': {'en': 'Use one of: {known}.', 'pl': 'Użyj jednego z: {known}.',
                                  'ru': 'Укажите одно из: {known}.'},
    'set_weights_mapping': {'en': '`scoring.weights` should map kinds to numbers, found {value!r}.',
                            'pl': '`scoring.weights` powinno przypisywać rodzajom liczby, a jest {value!r}.',
                            'ru': '`scoring.weights` должно сопоставлять видам числа, а найдено {value!r}.'},
    'set_weights_mapping_fix': {'en': 'Write it like `weights: {{rating: 1.0, judgement: 1.0, quote: 0.7, text: 0.4}}`.',
                                'pl': 'Zapisz to jako `weights: {{rating: 1.0, judgement: 1.0, quote: 0.7, text: 0.4}}`.',
                                'ru': 'Запишите так: `weights: {{rating: 1.0, judgement: 1.0, quote: 0.7, text: 0.4}}`.'},
    'set_unknown_kind': {'en': 'unknown kind `scoring.weights.{kind}`.', 'pl': 'nieznany rodzaj `scoring.weights.{kind}`.',
                         'ru': 'неизвестный вид `scoring.weights.{kind}`.'},
    'set_unknown_kind_fix': {'en': 'Use one of: {known}.', 'pl': 'Użyj jednego z: {known}.',
                             'ru': 'Укажите одно из: {known}.'},
    'set_negative_weight': {'en': '`scoring.weights.{kind}` is negative ({value}).',
                            'pl': '`scoring.weights.{kind}` jest ujemne ({value}).',
                            'ru': '`scoring.weights.{kind}` отрицательно ({value}).'},
    'set_negative_weight_fix': {'en': 'Use 0 to ignore a kind, or a positive weight.',
                                'pl': 'Wpisz 0, by pominąć rodzaj, albo dodatnią wagę.',
                                'ru': 'Укажите 0, чтобы не учитывать вид, или положительный вес.'},
    'set_all_zero': {'en': 'every `scoring.weights` is 0: nothing would be scored.',
                     'pl': 'każde `scoring.weights` wynosi 0: nic nie zostałoby ocenione.',
                     'ru': 'все `scoring.weights` равны 0: ничего не будет оценено.'},
    'set_all_zero_fix': {'en': 'Give at least ratings a positive weight.',
                         'pl': 'Nadaj dodatnią wagę przynajmniej ocenom (rating).',
                         'ru': 'Дайте положительный вес хотя бы оценкам (rating).'},
    'set_number': {'en': '`scoring.{name}` should be a number, found {value!r}.',
                   'pl': '`scoring.{name}` powinno być liczbą, a jest {value!r}.',
                   'ru': '`scoring.{name}` должно быть числом, а найдено {value!r}.'},
    'set_whole': {'en': '`scoring.{name}` should be a whole number, found {value!r}.',
                  'pl': '`scoring.{name}` powinno być liczbą całkowitą, a jest {value!r}.',
                  'ru': '`scoring.{name}` должно быть целым числом, а найдено {value!r}.'},
    'set_number_fix': {'en': 'Write a plain number, or remove the key to use the default (docs/scoring.md).',
                       'pl': 'Wpisz zwykłą liczbę albo usuń klucz, by użyć wartości domyślnej (docs/scoring.md).',
                       'ru': 'Укажите простое число или удалите ключ, чтобы взять значение по умолчанию '
                             '(docs/scoring.md).'},
    'set_rule': {'en': '`scoring.{name}` {what}, found {value!r}.', 'pl': '`scoring.{name}` {what}, a jest {value!r}.',
                 'ru': '`scoring.{name}` {what}, а найдено {value!r}.'},
    'set_rule_fix': {'en': 'Correct it or remove the key to use the default (docs/scoring.md).',
                     'pl': 'Popraw go albo usuń klucz, by użyć wartości domyślnej (docs/scoring.md).',
                     'ru': 'Исправьте его или удалите ключ, чтобы взять значение по умолчанию (docs/scoring.md).'},
    'set_at_least_1': {'en': 'should be at least 1', 'pl': 'powinno wynosić co najmniej 1',
                       'ru': 'должно быть не меньше 1'},
    'set_not_below_min_n': {'en': 'should not be below min_n ({min_n})', 'pl': 'nie powinno być mniejsze niż min_n ({min_n})',
                            'ru': 'не должно быть меньше min_n ({min_n})'},
    'set_share': {'en': 'should be a share between 0 and 1', 'pl': 'powinno być udziałem od 0 do 1',
                  'ru': 'должно быть долей от 0 до 1'},
    'set_above_0': {'en': 'should be above 0 (a fall on the -2..+2 scale)',
                    'pl': 'powinno być większe od 0 (spadek na skali -2..+2)',
                    'ru': 'должно быть больше 0 (падение по шкале -2..+2)'},
    'set_at_least_3': {'en': 'should be at least 3 to compute a correlation',
                       'pl': 'powinno wynosić co najmniej 3, by policzyć korelację',
                       'ru': 'должно быть не меньше 3, чтобы посчитать корреляцию'},
    'set_correlation': {'en': 'should be a correlation between -1 and 1', 'pl': 'powinno być korelacją od -1 do 1',
                        'ru': 'должно быть корреляцией от -1 до 1'},
    'set_on_scale': {'en': 'should lie on the -2..+2 scale', 'pl': 'powinno leżeć na skali -2..+2',
                     'ru': 'должно лежать на шкале -2..+2'},
    # ---- `cjm diff`
    'diff_title': {'en': 'Changes from run {before} to run {after}:', 'pl': 'Zmiany od przebiegu {before} do {after}:',
                   'ru': 'Изменения с запуска {before} по {after}:'},
    'diff_none': {'en': 'none.', 'pl': 'brak.', 'ru': 'нет.'},
    'diff_beyond_interval': {'en': 'Scores that moved beyond their 95% interval:',
                             'pl': 'Oceny, które wyszły poza swój przedział 95%:',
                             'ru': 'Оценки, вышедшие за свой 95% интервал:'},
    'diff_within_interval': {'en': '{scores} moved within their interval.',
                             'pl': 'Zmiany w granicach przedziału: {scores}.',
                             'ru': 'Изменились в пределах интервала: {scores}.'},
    'diff_new_pains': {'en': 'New pain points', 'pl': 'Nowe punkty bólu', 'ru': 'Новые болевые точки'},
    'diff_resolved_pains': {'en': 'Resolved pain points', 'pl': 'Rozwiązane punkty bólu',
                            'ru': 'Устранённые болевые точки'},
    'diff_new_touchpoints': {'en': 'New touchpoints', 'pl': 'Nowe punkty styku', 'ru': 'Новые точки контакта'},
    'diff_removed_touchpoints': {'en': 'Removed touchpoints', 'pl': 'Usunięte punkty styku',
                                 'ru': 'Удалённые точки контакта'},
    'diff_kpis_beyond': {'en': 'KPIs that moved beyond their 95% interval:',
                         'pl': 'Wskaźniki, które wyszły poza swój przedział 95%:',
                         'ru': 'Показатели, вышедшие за свой 95% интервал:'},
    'diff_kpis_within': {'en': '{kpis} moved within their interval.', 'pl': 'Zmiany w granicach przedziału: {kpis}.',
                         'ru': 'Изменились в пределах интервала: {kpis}.'},
    'diff_changed_inputs': {'en': 'Input files changed: {files}', 'pl': 'Zmienione pliki wejściowe: {files}',
                            'ru': 'Изменились входные файлы: {files}'},
    'diff_implemented': {'en': 'Opportunities implemented in between: {items}',
                         'pl': 'Szanse wdrożone w międzyczasie: {items}',
                         'ru': 'Возможности, внедрённые за это время: {items}'},
    'diff_no_checksums': {'en': 'input checksums not kept for run {run}',
                          'pl': 'przebieg {run} nie zachował sum kontrolnych plików wejściowych',
                          'ru': 'для запуска {run} не сохранены контрольные суммы входных файлов'},
    'diff_bad_date': {'en': 'opportunity {title}: implemented {value!r} is not a date like 2026-03-31',
                      'pl': 'szansa {title}: data wdrożenia {value!r} nie jest datą w rodzaju 2026-03-31',
                      'ru': 'возможность {title}: дата внедрения {value!r} — не дата вида 2026-03-31'},
    'diff_note': {'en': 'Note: {note}.', 'pl': 'Uwaga: {note}.', 'ru': 'Примечание: {note}.'},
    'kpi_nps': {'en': 'NPS', 'pl': 'NPS', 'ru': 'NPS'},
    'kpi_aov': {'en': 'AOV', 'pl': 'Średnia wartość zamówienia', 'ru': 'Средний чек'},
    'kpi_repeat_rate': {'en': 'repeat purchase rate', 'pl': 'odsetek ponownych zakupów',
                        'ru': 'доля повторных покупок'},
    'kpi_retention_90d': {'en': '90-day retention', 'pl': 'retencja 90-dniowa', 'ru': 'удержание за 90 дней'},
    # ---- the future state: targets, gaps, ROI, commerce KPIs, trends (future.py, map, editors)
    'target': {'en': 'Target', 'pl': 'Cel', 'ru': 'Цель'},
    'set_target': {'en': 'Set target', 'pl': 'Ustaw cel', 'ru': 'Задать цель'},
    'clear_target': {'en': 'Clear target', 'pl': 'Usuń cel', 'ru': 'Сбросить цель'},
    'target_cleared': {'en': 'Target cleared.', 'pl': 'Cel usunięty.', 'ru': 'Цель сброшена.'},
    'no_target': {'en': 'none yet', 'pl': 'jeszcze brak', 'ru': 'пока нет'},
    'target_by_team': {'en': 'set by the team, a workshop judgement', 'pl': 'ustawiony przez zespół, ocena warsztatu',
                       'ru': 'задана командой, оценка воркшопа'},
    'target_derived': {'en': 'derived from the linked opportunities, the team set none',
                       'pl': 'wyliczony z powiązanych szans, zespół nie ustawił celu',
                       'ru': 'выведена из связанных возможностей, команда цель не задала'},
    'target_derived_from': {'en': 'derived: today + expected effects of {items}',
                            'pl': 'wyliczony: dziś + oczekiwane efekty: {items}',
                            'ru': 'выведена: сегодня + ожидаемые эффекты: {items}'},
    'target_curve': {'en': 'Target (workshop judgement)', 'pl': 'Cel (ocena warsztatu)',
                     'ru': 'Цель (оценка воркшопа)'},
    'target_curve_derived': {'en': 'Target derived from opportunities (the team set none)',
                             'pl': 'Cel wyliczony z szans (zespół go nie ustawił)',
                             'ru': 'Цель выведена из возможностей (команда её не задала)'},
    'target_of_persona': {'en': 'target · {name}', 'pl': 'cel · {name}', 'ru': 'цель · {name}'},
    'gap': {'en': 'Gap to target', 'pl': 'Luka do celu', 'ru': 'Разрыв до цели'},
    'gap_short': {'en': 'gap', 'pl': 'luka', 'ru': 'разрыв'},
    'gap_hint': {'en': 'target − today; the target is a workshop judgement',
                 'pl': 'cel − dziś; cel to ocena warsztatu',
                 'ru': 'цель − сегодня; цель — оценка воркшопа'},
    'priority': {'en': 'Priority', 'pl': 'Priorytet', 'ru': 'Приоритет'},
    'priority_hint': {'en': 'ranked by gap × importance × reach ÷ effort',
                      'pl': 'kolejność: luka × waga × zasięg ÷ nakład',
                      'ru': 'порядок: разрыв × важность × охват ÷ усилия'},
    'not_ranked': {'en': 'not ranked', 'pl': 'bez rangi', 'ru': 'без ранга'},
    'cost': {'en': 'Cost', 'pl': 'Koszt', 'ru': 'Стоимость'},
    'expected_effect': {'en': 'Expected effect', 'pl': 'Oczekiwany efekt', 'ru': 'Ожидаемый эффект'},
    'value_per_effect': {'en': 'Value per unit', 'pl': 'Wartość jednostki', 'ru': 'Ценность единицы'},
    'implemented': {'en': 'Implemented', 'pl': 'Wdrożono', 'ru': 'Внедрено'},
    'roi': {'en': 'ROI (estimate)', 'pl': 'ROI (szacunek)', 'ru': 'ROI (оценка)'},
    'estimate': {'en': 'estimate', 'pl': 'szacunek', 'ru': 'оценка'},
    'roi_assumptions': {'en': 'Estimate from the team\'s guesses: costs {cost}, changes {kpi} by {effect}, each unit '
                              'worth {value}, so it returns {gain}: ROI = ({gain} − {cost}) ÷ {cost}.',
                        'pl': 'Szacunek z założeń zespołu: koszt {cost}, zmiana {kpi} o {effect}, jednostka warta '
                              '{value}, czyli zwrot {gain}: ROI = ({gain} − {cost}) ÷ {cost}.',
                        'ru': 'Оценка по допущениям команды: стоит {cost}, меняет {kpi} на {effect}, единица '
                              'стоит {value}, значит отдача {gain}: ROI = ({gain} − {cost}) ÷ {cost}.'},
    'roi_its_kpi': {'en': 'its KPI', 'pl': 'swój KPI', 'ru': 'свой KPI'},
    'roi_missing': {'en': 'no ROI: the team has not estimated {fields}',
                    'pl': 'brak ROI: zespół nie oszacował: {fields}',
                    'ru': 'ROI нет: команда не оценила: {fields}'},
    'roi_no_cost': {'en': 'no ROI: the cost is 0', 'pl': 'brak ROI: koszt wynosi 0', 'ru': 'ROI нет: стоимость 0'},
    'not_negative': {'en': '{field} cannot be below 0.', 'pl': '{field}: wartość nie może być ujemna.',
                     'ru': '{field}: значение не может быть меньше 0.'},
    'aov': {'en': 'AOV (net, per counted order)', 'pl': 'Średnia wartość zamówienia (netto)',
            'ru': 'Средний чек (нетто)'},
    'repeat_rate': {'en': 'Repeat purchase rate', 'pl': 'Odsetek ponownych zakupów', 'ru': 'Доля повторных покупок'},
    'retention_90d': {'en': '90-day retention', 'pl': 'Retencja 90-dniowa', 'ru': 'Удержание за 90 дней'},
    'trend_stage_scores': {'en': 'Stage scores (-2..+2)', 'pl': 'Emocje etapów (−2..+2)',
                           'ru': 'Эмоции этапов (−2..+2)'},
    'trend_funnel': {'en': 'Funnel conversion', 'pl': 'Konwersja lejka', 'ru': 'Конверсия воронки'},
    'trend_repeat_rate': {'en': 'Repeat purchase rate (0..1)', 'pl': 'Odsetek ponownych zakupów (0..1)',
                          'ru': 'Доля повторных покупок (0..1)'},
    'trend_retention_90d': {'en': '90-day retention (0..1)', 'pl': 'Retencja 90-dniowa (0..1)',
                            'ru': 'Удержание за 90 дней (0..1)'},
    'trend_none': {'en': 'No kept run has KPIs yet: run `cjm run` to start the history.',
                   'pl': 'Żaden zapisany przebieg nie ma jeszcze wskaźników: uruchom `cjm run`, aby zacząć historię.',
                   'ru': 'Ни в одном сохранённом запуске ещё нет показателей: выполните `cjm run`, чтобы начать историю.'},
    'trends': {'en': 'Trends across runs', 'pl': 'Trendy między przebiegami', 'ru': 'Динамика по запускам'},
    'trends_caption': {'en': '{runs} kept in history/; dashed lines: changes marked as implemented',
                       'pl': '{runs} w history/; linie przerywane: zmiany oznaczone jako wdrożone',
                       'ru': '{runs} в history/; пунктир: изменения, отмеченные как внедрённые'},
    # ---- report.html
    'report_title': {'en': '{client} — customer journey workshop', 'pl': '{client} — warsztat mapy podróży klienta',
                     'ru': '{client} — воркшоп по карте пути клиента'},
    # ---- the workshop notebooks: guidance (heading + text) and what each step shows (render/steps.py)
    'guide_intake_title': {'en': '1 · Survey intake', 'pl': '1 · Ankieta', 'ru': '1 · Опрос'},
    'guide_intake': {'en': "What this step is for: read the client's survey export exactly as the tool wrote it, check that "
                           "every question the map needs was found, and turn each answer into evidence (an observation) "
                           "tied to a touchpoint.\nLook at: the respondents count, the questions' detected types, the "
                           "answers chart and the problems list. A problem names the file, row and column; fix the "
                           "mapping in kit.yaml, never the raw export.",
                     'pl': 'Po co ten krok: wczytać eksport ankiety klienta dokładnie tak, jak zapisało go narzędzie, '
                           'sprawdzić, czy znaleziono każde pytanie potrzebne mapie, i zamienić każdą odpowiedź w dowód '
                           '(obserwację) przypisany do punktu styku.\nNa co patrzeć: liczba respondentów, rozpoznane typy '
                           'pytań, wykres odpowiedzi i lista problemów. Problem podaje plik, wiersz i kolumnę; poprawiaj '
                           'mapowanie w kit.yaml, nigdy surowy eksport.',
                     'ru': 'Зачем этот шаг: прочитать выгрузку опроса клиента ровно такой, какой её записал сервис, '
                           'проверить, что найден каждый нужный карте вопрос, и превратить каждый ответ в данные '
                           '(наблюдение), привязанные к точке контакта.\nНа что смотреть: число респондентов, '
                           'распознанные типы вопросов, диаграмму ответов и список проблем. Проблема указывает файл, '
                           'строку и столбец; исправляйте сопоставление в kit.yaml, а не исходную выгрузку.'},
    'guide_questions_title': {'en': 'Questions found', 'pl': 'Znalezione pytania', 'ru': 'Найденные вопросы'},
    'guide_questions': {'en': 'Each row is a survey column: the type the kit scores it with (kit.yaml\'s, and what the kit '
                              'detected beside it when the two differ), how many people answered, and the mean on its own '
                              'scale. Check that the rating questions are a Likert scale, NPS, CSAT or CES.',
                        'pl': 'Każdy wiersz to kolumna ankiety: typ, z którym zestaw ją ocenia (z kit.yaml, a obok '
                              'rozpoznany, gdy się różnią), liczba odpowiedzi i średnia na jej własnej skali. Sprawdź, '
                              'czy pytania oceniające to skala Likerta, NPS, CSAT lub CES.',
                        'ru': 'Каждая строка — столбец опроса: тип, по которому набор его оценивает (из kit.yaml, а рядом '
                              'распознанный, если они расходятся), сколько человек ответили и среднее по его собственной '
                              'шкале. Проверьте, что оценочные вопросы — это шкала Лайкерта, NPS, CSAT или CES.'},
    'guide_answers_title': {'en': 'Answers to the rating questions', 'pl': 'Odpowiedzi na pytania oceniające',
                            'ru': 'Ответы на оценочные вопросы'},
    'guide_answers': {'en': 'One bar per question the map uses: low answers left of zero, high answers right. n is the '
                            'number of answers behind the bar.',
                      'pl': 'Jeden pasek na każde pytanie używane przez mapę: niskie odpowiedzi na lewo od zera, wysokie '
                            'na prawo. n to liczba odpowiedzi za paskiem.',
                      'ru': 'Одна полоса на каждый вопрос, который использует карта: низкие ответы слева от нуля, '
                            'высокие справа. n — число ответов за полосой.'},
    'guide_problems_title': {'en': 'Problems', 'pl': 'Problemy', 'ru': 'Проблемы'},
    'guide_problems': {'en': 'Rows that could not be used, each with its place in the file. Nothing is dropped silently: '
                             'what is listed here is kept out of the scores.',
                       'pl': 'Wiersze, których nie dało się użyć, każdy z miejscem w pliku. Nic nie znika po cichu: to, '
                             'co tu wymieniono, nie wchodzi do ocen.',
                       'ru': 'Строки, которые не удалось использовать, каждая с местом в файле. Ничего не теряется '
                             'молча: перечисленное здесь не входит в оценки.'},
    'guide_per_touchpoint_title': {'en': 'Evidence per touchpoint', 'pl': 'Dowody na punkt styku',
                                   'ru': 'Данные по точкам контакта'},
    'guide_per_touchpoint': {'en': 'How many answers speak about each touchpoint. A touchpoint with fewer than 5 will '
                                   'show as insufficient on the map.',
                             'pl': 'Ile odpowiedzi dotyczy każdego punktu styku. Punkt styku z mniej niż 5 będzie na '
                                   'mapie oznaczony jako niewystarczający.',
                             'ru': 'Сколько ответов относится к каждой точке контакта. Точка, у которой их меньше 5, '
                                   'будет на карте помечена как «недостаточно».'},
    'guide_interviews_title': {'en': '2 · Interviews', 'pl': '2 · Wywiady', 'ru': '2 · Интервью'},
    'guide_interviews': {'en': "What this step is for: read the interview transcripts (Zoom, Teams, .srt, plain text, Word, "
                               "Markdown), keep each participant's answers as quotes, tie them to touchpoints by keywords "
                               "and score their sentiment.\nLook at: which touchpoints the quotes landed on and the "
                               "strongest quotes. In the workshop, re-tag a quote that landed on the wrong touchpoint.",
                         'pl': 'Po co ten krok: wczytać transkrypcje wywiadów (Zoom, Teams, .srt, zwykły tekst, Word, '
                               'Markdown), zachować odpowiedzi każdego uczestnika jako cytaty, przypisać je do punktów '
                               'styku po słowach kluczowych i ocenić ich wydźwięk.\nNa co patrzeć: do których punktów '
                               'styku trafiły cytaty i najmocniejsze cytaty. Na warsztacie przypisz na nowo cytat, który '
                               'trafił do złego punktu styku.',
                         'ru': 'Зачем этот шаг: прочитать расшифровки интервью (Zoom, Teams, .srt, текст, Word, '
                               'Markdown), сохранить ответы каждого участника как цитаты, привязать их к точкам контакта '
                               'по ключевым словам и оценить тональность.\nНа что смотреть: к каким точкам контакта '
                               'попали цитаты и самые сильные цитаты. На воркшопе перепривяжите цитату, попавшую не к '
                               'той точке контакта.'},
    'guide_quotes_title': {'en': 'Quotes per touchpoint', 'pl': 'Cytaty na punkt styku', 'ru': 'Цитаты по точкам контакта'},
    'guide_quotes': {'en': 'Negative quotes to the left, positive to the right. Few quotes are normal: they explain the '
                           'numbers, they do not replace them.',
                     'pl': 'Negatywne cytaty po lewej, pozytywne po prawej. Mało cytatów to norma: wyjaśniają liczby, '
                           'nie zastępują ich.',
                     'ru': 'Негативные цитаты слева, позитивные справа. Немного цитат — это нормально: они объясняют '
                           'цифры, а не заменяют их.'},
    'guide_strongest_title': {'en': 'The strongest quotes', 'pl': 'Najmocniejsze cytaty', 'ru': 'Самые сильные цитаты'},
    'guide_strongest': {'en': 'Read these aloud in the workshop: the best and the worst thing said about each touchpoint.',
                        'pl': 'Przeczytaj je na głos na warsztacie: najlepsze i najgorsze, co powiedziano o każdym '
                              'punkcie styku.',
                        'ru': 'Прочитайте их вслух на воркшопе: лучшее и худшее, что сказали о каждой точке контакта.'},
    'guide_retag_title': {'en': 'Review the quotes with the team', 'pl': 'Przejrzyj cytaty z zespołem',
                          'ru': 'Проверка цитат с командой'},
    'guide_retag': {'en': 'The quotes the coder is least sure of come first. Confirm a quote as coded, or correct it: '
                          'pick the right touchpoint (or not about a touchpoint) and the team’s sign (−, 0, +). The '
                          'team’s choice is saved to journey.json, kept on every rerun and marked on the map as a '
                          'workshop judgement. The quotes appear here after the first cjm run.',
                    'pl': 'Najpierw cytaty, których kodowanie jest najmniej pewne. Potwierdź cytat tak, jak go '
                          'zakodowano, albo popraw: wybierz właściwy punkt styku (lub „nie dotyczy punktu styku”) i znak '
                          'zespołu (−, 0, +). Wybór zapisuje się w journey.json, zostaje przy każdym ponownym '
                          'uruchomieniu i jest oznaczony na mapie jako ocena z warsztatu. Cytaty pojawią się tu po '
                          'pierwszym cjm run.',
                    'ru': 'Сначала цитаты, в которых кодирование уверено меньше всего. Подтвердите цитату как есть '
                          'или исправьте: выберите верную точку контакта (или «не о точке контакта») и знак команды '
                          '(−, 0, +). Выбор сохраняется в journey.json, остаётся при каждом перезапуске и отмечен на '
                          'карте как оценка воркшопа. Цитаты появятся здесь после первого cjm run.'},
    'guide_personas_title': {'en': '3 · Personas', 'pl': '3 · Persony', 'ru': '3 · Персоны'},
    'guide_personas': {'en': 'What this step is for: group the respondents into 2–6 segments from their answers and '
                             'describe each as a persona: who they are, what they want, what hurts, which channels they '
                             'use, and a real quote.\nLook at: the share of each persona and what sets it apart. The '
                             'team then renames and edits the personas (below); edits are kept when the kit reruns on '
                             'new data.',
                       'pl': 'Po co ten krok: podzielić respondentów na 2–6 segmentów według ich odpowiedzi i opisać '
                             'każdy jako personę: kim są, czego chcą, co ich boli, z jakich kanałów korzystają, plus '
                             'prawdziwy cytat.\nNa co patrzeć: udział każdej persony i to, co ją wyróżnia. Zespół potem '
                             'zmienia nazwy i edytuje persony (poniżej); zmiany zostają, gdy zestaw uruchamia się na '
                             'nowych danych.',
                       'ru': 'Зачем этот шаг: разделить респондентов на 2–6 сегментов по их ответам и описать каждый '
                             'как персону: кто они, чего хотят, что их раздражает, какими каналами пользуются, и '
                             'настоящая цитата.\nНа что смотреть: доля каждой персоны и чем она отличается. Затем '
                             'команда переименовывает и правит персоны (ниже); правки сохраняются при перезапуске на '
                             'новых данных.'},
    'guide_shares_title': {'en': 'Who the respondents are', 'pl': 'Kim są respondenci', 'ru': 'Кто респонденты'},
    'guide_shares': {'en': "Each persona's share of the respondents.", 'pl': 'Udział każdej persony wśród respondentów.',
                     'ru': 'Доля каждой персоны среди респондентов.'},
    'guide_cards_title': {'en': 'Persona cards', 'pl': 'Karty person', 'ru': 'Карточки персон'},
    'guide_cards': {'en': 'Each statement shows how many respondents or quotes stand behind it.',
                    'pl': 'Przy każdym stwierdzeniu widać, ilu respondentów lub cytatów za nim stoi.',
                    'ru': 'У каждого утверждения указано, сколько респондентов или цитат за ним стоит.'},
    'guide_edit_personas_title': {'en': 'Edit with the team', 'pl': 'Edycja z zespołem', 'ru': 'Правка с командой'},
    'guide_edit_personas': {'en': 'Rename a persona, rewrite goals and frustrations, pick a colour, merge two. Every change '
                                  'is saved to journey.json at once.',
                            'pl': 'Zmień nazwę persony, przepisz cele i frustracje, wybierz kolor, połącz dwie. Każda '
                                  'zmiana od razu zapisuje się w journey.json.',
                            'ru': 'Переименуйте персону, перепишите цели и раздражители, выберите цвет, объедините две. '
                                  'Каждое изменение сразу сохраняется в journey.json.'},
    'guide_stages_title': {'en': '4 · Stages & touchpoints', 'pl': '4 · Etapy i punkty styku',
                           'ru': '4 · Этапы и точки контакта'},
    'guide_stages': {'en': 'What this step is for: agree with the team on the stages of the journey and the touchpoints in '
                           'each: channel, online or offline, the owner, how many customers meet it (reach) and how much '
                           'it matters (importance).\nThe team decides here: stage names and order, missing touchpoints, '
                           'owners. The editors save to journey.json; rerun the kit to recompute the scores.',
                     'pl': 'Po co ten krok: uzgodnić z zespołem etapy ścieżki i punkty styku w każdym z nich: kanał, '
                           'online czy offline, właściciela, ilu klientów go spotyka (zasięg) i jak bardzo się liczy '
                           '(waga).\nZespół decyduje tu o: nazwach i kolejności etapów, brakujących punktach styku, '
                           'właścicielach. Edytory zapisują do journey.json; uruchom zestaw ponownie, by przeliczyć oceny.',
                     'ru': 'Зачем этот шаг: согласовать с командой этапы пути и точки контакта в каждом: канал, онлайн '
                           'или офлайн, ответственного, сколько клиентов её встречают (охват) и насколько она важна '
                           '(важность).\nЗдесь команда решает: названия и порядок этапов, недостающие точки контакта, '
                           'ответственных. Редакторы сохраняют в journey.json; перезапустите набор, чтобы пересчитать '
                           'оценки.'},
    'guide_touchpoints_title': {'en': 'Touchpoints', 'pl': 'Punkty styku', 'ru': 'Точки контакта'},
    'guide_touchpoints': {'en': 'Reach is the share of customers who meet the touchpoint; importance is the team\'s view '
                                '(1–5). Together they weigh the stage score.',
                          'pl': 'Zasięg to odsetek klientów, którzy spotykają punkt styku; waga to ocena zespołu (1–5). '
                                'Razem ważą ocenę etapu.',
                          'ru': 'Охват — доля клиентов, которые встречают точку контакта; важность — мнение команды '
                                '(1–5). Вместе они задают вес в оценке этапа.'},
    'guide_edit_stages_title': {'en': 'Edit with the team', 'pl': 'Edycja z zespołem', 'ru': 'Правка с командой'},
    'guide_edit_stages': {'en': 'Add, rename, reorder or remove stages; edit the touchpoint grid.',
                          'pl': 'Dodawaj, zmieniaj nazwy, kolejność lub usuwaj etapy; edytuj tabelę punktów styku.',
                          'ru': 'Добавляйте, переименовывайте, меняйте порядок или удаляйте этапы; правьте таблицу '
                                'точек контакта.'},
    'guide_scoring_title': {'en': '5 · Emotion scoring', 'pl': '5 · Ocena emocji', 'ru': '5 · Оценка эмоций'},
    'guide_scoring': {'en': 'What this step is for: turn the evidence into an emotion score per touchpoint and stage on '
                            '−2..+2, with the number of observations, a 95% interval and a confidence label; flag pain '
                            'points and moments of truth by the rules in docs/scoring.md.\nLook at: touchpoints marked '
                            'insufficient (too little evidence), the pain points and why each was flagged. A workshop '
                            'judgement sits beside the data score; it never replaces it silently.',
                      'pl': 'Po co ten krok: zamienić dowody w ocenę emocji dla każdego punktu styku i etapu w skali '
                            '−2..+2, z liczbą obserwacji, przedziałem 95% i poziomem wiarygodności; wskazać punkty bólu i '
                            'momenty prawdy według reguł z docs/scoring.md.\nNa co patrzeć: punkty styku oznaczone jako '
                            'niewystarczające (za mało dowodów), punkty bólu i powód każdego z nich. Ocena z warsztatu '
                            'stoi obok oceny z danych; nigdy nie zastępuje jej po cichu.',
                      'ru': 'Зачем этот шаг: превратить данные в оценку эмоций каждой точки контакта и этапа по шкале '
                            '−2..+2, с числом наблюдений, 95% интервалом и уровнем надёжности; отметить болевые точки и '
                            'моменты истины по правилам из docs/scoring.md.\nНа что смотреть: точки контакта с пометкой '
                            '«недостаточно» (мало данных), болевые точки и почему каждая отмечена. Оценка воркшопа стоит '
                            'рядом с оценкой по данным и никогда молча её не заменяет.'},
    'guide_scores_title': {'en': 'Scores per touchpoint', 'pl': 'Oceny punktów styku', 'ru': 'Оценки точек контакта'},
    'guide_scores': {'en': 'The emotion score on −2..+2, the observations behind it and how far to trust it.',
                     'pl': 'Ocena emocji w skali −2..+2, obserwacje, na których się opiera, i na ile można jej ufać.',
                     'ru': 'Оценка эмоций по шкале −2..+2, наблюдения за ней и насколько ей можно доверять.'},
    'guide_pains_title': {'en': 'Pain points', 'pl': 'Punkty bólu', 'ru': 'Болевые точки'},
    'guide_pains': {'en': 'Ranked by importance × reach × severity. Each says why it was flagged.',
                    'pl': 'Uszeregowane według wagi × zasięgu × dotkliwości. Przy każdym widać, dlaczego go wskazano.',
                    'ru': 'Упорядочены по важности × охвату × остроте. У каждой указано, почему она отмечена.'},
    'guide_moments_title': {'en': 'Moments of truth', 'pl': 'Momenty prawdy', 'ru': 'Моменты истины'},
    'guide_moments': {'en': 'The touchpoints customers remember: high importance, the peak, the trough and the end.',
                      'pl': 'Punkty styku, które klienci zapamiętują: wysoka waga, szczyt, dołek i koniec.',
                      'ru': 'Точки контакта, которые клиенты запоминают: высокая важность, пик, низшая точка и конец.'},
    'guide_ipa_title': {'en': 'Where to act first', 'pl': 'Od czego zacząć', 'ru': 'С чего начать'},
    'guide_ipa': {'en': 'Importance against performance: "concentrate here" is where the team should start.',
                  'pl': 'Waga względem oceny: „tu się skupić” to miejsce, od którego zespół powinien zacząć.',
                  'ru': 'Важность против исполнения: «сосредоточиться здесь» — то, с чего команде стоит начать.'},
    'guide_judgement_title': {'en': 'Workshop judgement', 'pl': 'Ocena z warsztatu', 'ru': 'Оценка воркшопа'},
    'guide_judgement': {'en': 'If the team disagrees with a score, set its own value with a reason. The map shows both.',
                        'pl': 'Jeśli zespół nie zgadza się z oceną, ustawia własną wartość z uzasadnieniem. Mapa '
                              'pokazuje obie.',
                        'ru': 'Если команда не согласна с оценкой, она ставит своё значение с причиной. Карта '
                              'показывает оба.'},
    'guide_map_title': {'en': '6 · Journey map & exports', 'pl': '6 · Mapa podróży i eksport',
                        'ru': '6 · Карта пути и выгрузка'},
    'guide_map': {'en': 'What this step is for: draw the finished map and write the deliverables: journey_map.html (one '
                        'file, opens offline), the figure as PNG/SVG/PDF, the tables as XLSX/CSV, and a Mermaid '
                        'diagram.\nLook at: the emotion curve: its lowest point and its end are what customers remember. '
                        'Send journey_map.html to the client.',
                  'pl': 'Po co ten krok: narysować gotową mapę i zapisać materiały: journey_map.html (jeden plik, '
                        'otwiera się offline), rysunek jako PNG/SVG/PDF, tabele jako XLSX/CSV i diagram Mermaid.\nNa co '
                        'patrzeć: krzywa emocji: jej najniższy punkt i koniec to to, co klienci pamiętają. Wyślij '
                        'journey_map.html klientowi.',
                  'ru': 'Зачем этот шаг: нарисовать готовую карту и записать материалы: journey_map.html (один файл, '
                        'открывается офлайн), рисунок в PNG/SVG/PDF, таблицы в XLSX/CSV и диаграмму Mermaid.\nНа что '
                        'смотреть: кривая эмоций: её низшая точка и конец — то, что клиенты запоминают. Отправьте '
                        'journey_map.html клиенту.'},
    'guide_outputs_title': {'en': 'Files written', 'pl': 'Zapisane pliki', 'ru': 'Записанные файлы'},
    'guide_outputs': {'en': 'Everything the run wrote to the out folder.', 'pl': 'Wszystko, co przebieg zapisał w folderze out.',
                      'ru': 'Всё, что запуск записал в папку out.'},
    'guide_voting_title': {'en': 'Opportunities and dot-voting', 'pl': 'Szanse i głosowanie kropkami',
                           'ru': 'Возможности и голосование точками'},
    'guide_voting': {'en': 'Write the opportunities the team sees (impact, effort, owner, KPI to watch), then let everyone '
                           'vote on pain points and opportunities. Participants without code vote from their laptops on '
                           'the page cjm present CLIENT_DIR serves: the access code and QR code are beside the votes.',
                     'pl': 'Zapisz szanse, które widzi zespół (wpływ, nakład, właściciel, KPI do obserwacji), a potem '
                           'niech wszyscy głosują na punkty bólu i szanse. Uczestnicy bez kodu głosują z laptopów na '
                           'stronie, którą udostępnia cjm present KATALOG_KLIENTA: kod dostępu i kod QR są obok głosów.',
                     'ru': 'Запишите возможности, которые видит команда (эффект, усилия, ответственный, KPI для '
                           'контроля), затем пусть все голосуют за болевые точки и возможности. Участники без кода '
                           'голосуют с ноутбуков на странице, которую открывает cjm present ПАПКА_КЛИЕНТА: код доступа '
                           'и QR-код рядом с голосами.'},
    'guide_preview_title': {'en': 'Live preview', 'pl': 'Podgląd na żywo', 'ru': 'Просмотр вживую'},
    'guide_preview': {'en': 'The map as the client will see it, refreshed after each edit. Rerun cjm run to rebuild the '
                            'deliverables with the edits.',
                      'pl': 'Mapa tak, jak zobaczy ją klient, odświeżana po każdej zmianie. Uruchom ponownie cjm run, '
                            'by odbudować materiały ze zmianami.',
                      'ru': 'Карта такой, какой её увидит клиент, обновляется после каждой правки. Запустите cjm run '
                            'снова, чтобы пересобрать материалы с правками.'},
    'no_problems': {'en': 'No problems.', 'pl': 'Brak problemów.', 'ru': 'Проблем нет.'},
    'analytics_no_problems': {'en': 'Analytics export read with no problems.',
                              'pl': 'Eksport analityki wczytany bez problemów.',
                              'ru': 'Выгрузка аналитики прочитана без проблем.'},
    'no_survey': {'en': 'No survey in kit.yaml: the map will rest on interviews and workshop judgements.',
                  'pl': 'Brak ankiety w kit.yaml: mapa oprze się na wywiadach i ocenach z warsztatu.',
                  'ru': 'В kit.yaml нет опроса: карта будет опираться на интервью и оценки воркшопа.'},
    'survey_read': {'en': 'tool: {tool} · encoding: {encoding}', 'pl': 'narzędzie: {tool} · kodowanie: {encoding}',
                    'ru': 'сервис: {tool} · кодировка: {encoding}'},
    'no_rating_questions': {'en': 'kit.yaml maps no rating question of the survey.',
                            'pl': 'kit.yaml nie mapuje żadnego pytania oceniającego z ankiety.',
                            'ru': 'В kit.yaml не сопоставлен ни один оценочный вопрос опроса.'},
    'quotes_from': {'en': '{quotes} from {transcripts}', 'pl': '{quotes} · {transcripts}', 'ru': '{quotes} · {transcripts}'},
    'no_interviews': {'en': 'No interviews in kit.yaml.', 'pl': 'Brak wywiadów w kit.yaml.', 'ru': 'В kit.yaml нет интервью.'},
    'segments_chosen': {'en': 'Segments: {method}; k = {k}', 'pl': 'Segmenty: {method}; k = {k}',
                        'ru': 'Сегменты: {method}; k = {k}'},
    'seg_no_columns': {'en': 'no columns chosen for segmentation.', 'pl': 'nie wybrano kolumn do segmentacji.',
                       'ru': 'не выбраны столбцы для сегментации.'},
    'seg_no_columns_fix': {'en': 'Pass one or more survey columns (kit.yaml survey.segments).',
                           'pl': 'Podaj jedną lub więcej kolumn ankiety (kit.yaml survey.segments).',
                           'ru': 'Укажите один или несколько столбцов опроса (kit.yaml survey.segments).'},
    'seg_no_respondents': {'en': 'there are no respondents to segment.', 'pl': 'brak respondentów do segmentacji.',
                           'ru': 'нет респондентов для сегментации.'},
    'seg_no_respondents_fix': {'en': 'Check that the survey file holds answers.',
                               'pl': 'Sprawdź, czy plik ankiety zawiera odpowiedzi.',
                               'ru': 'Проверьте, что в файле опроса есть ответы.'},
    'seg_repeated_id': {'en': 'respondent id {id!r} appears more than once.',
                        'pl': 'identyfikator respondenta {id!r} występuje więcej niż raz.',
                        'ru': 'идентификатор респондента {id!r} встречается больше одного раза.'},
    'seg_repeated_id_fix': {'en': 'Give every respondent a unique id (kit.yaml survey.respondent_id).',
                            'pl': 'Nadaj każdemu respondentowi unikalny identyfikator (kit.yaml survey.respondent_id).',
                            'ru': 'Дайте каждому респонденту уникальный идентификатор (kit.yaml survey.respondent_id).'},
    'seg_unknown_column': {'en': 'this column is not in the survey.', 'pl': 'tej kolumny nie ma w ankiecie.',
                           'ru': 'этого столбца нет в опросе.'},
    'seg_unknown_column_fix': {'en': 'Use one of: {known}.', 'pl': 'Użyj jednej z: {known}.',
                               'ru': 'Укажите один из: {known}.'},
    'segments_method': {'en': 'Gower distance + k-medoids, k by mean silhouette',
                        'pl': 'odległość Gowera + k-medoidy, k według średniej sylwetki',
                        'ru': 'расстояние Гауэра + k-медоиды, k по среднему силуэту'},
    'err_too_few_to_cluster': {'en': 'only {answered} answered the chosen columns; clustering needs more than {k}.',
                               'pl': 'na wybrane kolumny odpowiedziało tylko {answered}; grupowanie wymaga więcej '
                                     'niż {k}.',
                               'ru': 'на выбранные столбцы ответили только {answered}; для кластеризации нужно '
                                     'больше {k}.'},
    'err_too_few_to_cluster_fix': {'en': 'Choose columns more people answered, or set `personas: {{method: rules}}` '
                                         'in kit.yaml.',
                                   'pl': 'Wybierz kolumny, na które odpowiedziało więcej osób, albo ustaw '
                                         '`personas: {{method: rules}}` w kit.yaml.',
                                   'ru': 'Выберите столбцы, на которые ответило больше людей, или укажите '
                                         '`personas: {{method: rules}}` в kit.yaml.'},
    'none_flagged': {'en': 'None flagged.', 'pl': 'Nic nie wskazano.', 'ru': 'Ничего не отмечено.'},
    'yes': {'en': 'yes', 'pl': 'tak', 'ru': 'да'},
    'no': {'en': 'no', 'pl': 'nie', 'ru': 'нет'},
    'col_question': {'en': 'Question', 'pl': 'Pytanie', 'ru': 'Вопрос'},
    'col_type': {'en': 'Type', 'pl': 'Typ', 'ru': 'Тип'},
    'col_answers': {'en': 'Answers', 'pl': 'Odpowiedzi', 'ru': 'Ответы'},
    'col_mean': {'en': 'Mean', 'pl': 'Średnia', 'ru': 'Среднее'},
    'col_score': {'en': 'Score', 'pl': 'Ocena', 'ru': 'Оценка'},
    'col_observations': {'en': 'Observations', 'pl': 'Obserwacje', 'ru': 'Наблюдения'},
    'col_reach': {'en': 'Reach', 'pl': 'Zasięg', 'ru': 'Охват'},
    'col_online': {'en': 'Online / offline', 'pl': 'Online / offline', 'ru': 'Онлайн / офлайн'},
    # -- the intake's question types and survey tools in words (code_name), not the codes of kit.yaml
    'question_type_likert': {'en': 'Likert scale', 'pl': 'skala Likerta', 'ru': 'шкала Лайкерта'},
    'question_type_nps': {'en': 'NPS', 'pl': 'NPS', 'ru': 'NPS'},
    'question_type_csat': {'en': 'CSAT satisfaction score', 'pl': 'ocena zadowolenia CSAT',
                           'ru': 'оценка удовлетворённости CSAT'},
    'question_type_ces': {'en': 'CES effort score', 'pl': 'ocena wysiłku CES', 'ru': 'оценка усилий CES'},
    'question_type_choice': {'en': 'single choice', 'pl': 'jednokrotny wybór', 'ru': 'один вариант ответа'},
    'question_type_multi': {'en': 'multiple choice', 'pl': 'wielokrotny wybór', 'ru': 'несколько вариантов ответа'},
    'question_type_text': {'en': 'open answer', 'pl': 'pytanie otwarte', 'ru': 'открытый вопрос'},
    'question_type_number': {'en': 'number', 'pl': 'liczba', 'ru': 'число'},
    'question_type_date': {'en': 'date', 'pl': 'data', 'ru': 'дата'},
    'question_type_id': {'en': 'respondent id', 'pl': 'identyfikator respondenta', 'ru': 'идентификатор респондента'},
    'question_type_meta': {'en': 'survey tool data', 'pl': 'dane narzędzia ankiety', 'ru': 'служебные данные опроса'},
    'question_type_mapped': {'en': '{kit} (kit.yaml; detected: {read})', 'pl': '{kit} (kit.yaml; rozpoznano: {read})',
                             'ru': '{kit} (kit.yaml; распознано: {read})'},
    'survey_tool_google_forms': {'en': 'Google Forms', 'pl': 'Google Forms', 'ru': 'Google Формы'},
    'survey_tool_microsoft_forms': {'en': 'Microsoft Forms', 'pl': 'Microsoft Forms', 'ru': 'Microsoft Forms'},
    'survey_tool_surveymonkey': {'en': 'SurveyMonkey', 'pl': 'SurveyMonkey', 'ru': 'SurveyMonkey'},
    'survey_tool_qualtrics': {'en': 'Qualtrics', 'pl': 'Qualtrics', 'ru': 'Qualtrics'},
    'survey_tool_limesurvey': {'en': 'LimeSurvey', 'pl': 'LimeSurvey', 'ru': 'LimeSurvey'},
    'survey_tool_typeform': {'en': 'Typeform', 'pl': 'Typeform', 'ru': 'Typeform'},
    'survey_tool_spss': {'en': 'SPSS', 'pl': 'SPSS', 'ru': 'SPSS'},
    'survey_tool_generic': {'en': 'a plain table', 'pl': 'zwykła tabela', 'ru': 'обычная таблица'},
    # ---- charts (render/charts.py)
    'chart_share_of_answers': {'en': 'Share of answers', 'pl': 'Udział odpowiedzi', 'ru': 'Доля ответов'},
    'chart_lowest': {'en': 'lowest point of the scale', 'pl': 'najniżej na skali', 'ru': 'низ шкалы'},
    'chart_middle': {'en': 'middle of the scale', 'pl': 'środek skali', 'ru': 'середина шкалы'},
    'chart_highest': {'en': 'highest point of the scale', 'pl': 'najwyżej na skali', 'ru': 'верх шкалы'},
    'chart_no_answers': {'en': 'no answers', 'pl': 'brak odpowiedzi', 'ru': 'нет ответов'},
    'chart_number_of_quotes': {'en': 'Number of quotes', 'pl': 'Liczba cytatów', 'ru': 'Число цитат'},
    'dont_know': {'en': "don't know", 'pl': 'nie wiem', 'ru': 'не знаю'},
    # -- axis titles in sentence case, as the emotion curve's "Emocje" (the persona chart's axis is its own)
    'chart_share_of_respondents': {'en': 'Share of respondents', 'pl': 'Udział respondentów',
                                   'ru': 'Доля респондентов'},
}

# Nouns counted on screen, by CLDR plural category ("other" is for fractions in pl and ru).
NOUNS: dict[str, dict[str, dict[str, str]]] = {
    "stage": {"en": {"one": "stage", "other": "stages"},
              "pl": {"one": "etap", "few": "etapy", "many": "etapów", "other": "etapu"},
              "ru": {"one": "этап", "few": "этапа", "many": "этапов", "other": "этапа"}},
    "touchpoint": {"en": {"one": "touchpoint", "other": "touchpoints"},
                   "pl": {"one": "punkt styku", "few": "punkty styku", "many": "punktów styku",
                          "other": "punktu styku"},
                   "ru": {"one": "точка контакта", "few": "точки контакта", "many": "точек контакта",
                          "other": "точки контакта"}},
    "persona": {"en": {"one": "persona", "other": "personas"},
                "pl": {"one": "persona", "few": "persony", "many": "person", "other": "persony"},
                "ru": {"one": "персона", "few": "персоны", "many": "персон", "other": "персоны"}},
    "respondent": {"en": {"one": "respondent", "other": "respondents"},
                   "pl": {"one": "respondent", "few": "respondentów", "many": "respondentów",
                          "other": "respondenta"},
                   "ru": {"one": "респондент", "few": "респондента", "many": "респондентов",
                          "other": "респондента"}},
    "observation": {"en": {"one": "observation", "other": "observations"},
                    "pl": {"one": "obserwacja", "few": "obserwacje", "many": "obserwacji", "other": "obserwacji"},
                    "ru": {"one": "наблюдение", "few": "наблюдения", "many": "наблюдений", "other": "наблюдения"}},
    "vote": {"en": {"one": "vote", "other": "votes"},
             "pl": {"one": "głos", "few": "głosy", "many": "głosów", "other": "głosu"},
             "ru": {"one": "голос", "few": "голоса", "many": "голосов", "other": "голоса"}},
    "transcript": {"en": {"one": "transcript", "other": "transcripts"},
                   "pl": {"one": "transkrypcja", "few": "transkrypcje", "many": "transkrypcji",
                          "other": "transkrypcji"},
                   "ru": {"one": "расшифровка", "few": "расшифровки", "many": "расшифровок",
                          "other": "расшифровки"}},
    "quote": {"en": {"one": "quote", "other": "quotes"},
              "pl": {"one": "cytat", "few": "cytaty", "many": "cytatów", "other": "cytatu"},
              "ru": {"one": "цитата", "few": "цитаты", "many": "цитат", "other": "цитаты"}},
    "score": {"en": {"one": "other score", "other": "other scores"},
              "pl": {"one": "ocena", "few": "oceny", "many": "ocen", "other": "oceny"},
              "ru": {"one": "оценка", "few": "оценки", "many": "оценок", "other": "оценки"}},
    "kpi": {"en": {"one": "other KPI", "other": "other KPIs"},
            "pl": {"one": "wskaźnik", "few": "wskaźniki", "many": "wskaźników", "other": "wskaźnika"},
            "ru": {"one": "показатель", "few": "показателя", "many": "показателей", "other": "показателя"}},
    "rating": {"en": {"one": "rating", "other": "ratings"},
               "pl": {"one": "ocena", "few": "oceny", "many": "ocen", "other": "oceny"},
               "ru": {"one": "оценка", "few": "оценки", "many": "оценок", "other": "оценки"}},
    "text": {"en": {"one": "open answer", "other": "open answers"},
             "pl": {"one": "odpowiedź otwarta", "few": "odpowiedzi otwarte", "many": "odpowiedzi otwartych",
                    "other": "odpowiedzi otwartej"},
             "ru": {"one": "открытый ответ", "few": "открытых ответа", "many": "открытых ответов",
                    "other": "открытого ответа"}},
    "judgement": {"en": {"one": "workshop judgement", "other": "workshop judgements"},
                  "pl": {"one": "ocena warsztatu", "few": "oceny warsztatu", "many": "ocen warsztatu",
                         "other": "oceny warsztatu"},
                  "ru": {"one": "оценка воркшопа", "few": "оценки воркшопа", "many": "оценок воркшопа",
                         "other": "оценки воркшопа"}},
    "run": {"en": {"one": "run", "other": "runs"},
            "pl": {"one": "przebieg", "few": "przebiegi", "many": "przebiegów", "other": "przebiegu"},
            "ru": {"one": "запуск", "few": "запуска", "many": "запусков", "other": "запуска"}},
    "row": {"en": {"one": "row", "other": "rows"},
            "pl": {"one": "wiersz", "few": "wiersze", "many": "wierszy", "other": "wiersza"},
            "ru": {"one": "строка", "few": "строки", "many": "строк", "other": "строки"}},
    "problem": {"en": {"one": "problem", "other": "problems"},
                "pl": {"one": "problem", "few": "problemy", "many": "problemów", "other": "problemu"},
                "ru": {"one": "проблема", "few": "проблемы", "many": "проблем", "other": "проблемы"}},
    "event": {"en": {"one": "event", "other": "events"},
              "pl": {"one": "zdarzenie", "few": "zdarzenia", "many": "zdarzeń", "other": "zdarzenia"},
              "ru": {"one": "событие", "few": "события", "many": "событий", "other": "события"}},
    "utterance": {"en": {"one": "participant utterance", "other": "participant utterances"},
                  "pl": {"one": "wypowiedź uczestnika", "few": "wypowiedzi uczestnika",
                         "many": "wypowiedzi uczestnika", "other": "wypowiedzi uczestnika"},
                  "ru": {"one": "реплика участника", "few": "реплики участника", "many": "реплик участника",
                         "other": "реплики участника"}},
    "line": {"en": {"one": "line", "other": "lines"},
             "pl": {"one": "wiersz", "few": "wiersze", "many": "wierszy", "other": "wiersza"},
             "ru": {"one": "строка", "few": "строки", "many": "строк", "other": "строки"}},
    "reaction": {"en": {"one": "reaction", "other": "reactions"},
                 "pl": {"one": "reakcja", "few": "reakcje", "many": "reakcji", "other": "reakcji"},
                 "ru": {"one": "реакция", "few": "реакции", "many": "реакций", "other": "реакции"}},
    "choice": {"en": {"one": "choice", "other": "choices"},  # an answer a question offers ("do wyboru", "на выбор")
               "pl": {"one": "odpowiedź", "few": "odpowiedzi", "many": "odpowiedzi", "other": "odpowiedzi"},
               "ru": {"one": "ответ", "few": "ответа", "many": "ответов", "other": "ответа"}},
    "answer": {"en": {"one": "answer", "other": "answers"},
               "pl": {"one": "odpowiedź", "few": "odpowiedzi", "many": "odpowiedzi", "other": "odpowiedzi"},
               "ru": {"one": "ответ", "few": "ответа", "many": "ответов", "other": "ответа"}},
    # -- what a pain point's evidence counts: "69 negatywnych (z 196 obserwacji)", the word an adjective
    "negative": {"en": {"one": "negative", "other": "negative"},
                 "pl": {"one": "negatywna", "few": "negatywne", "many": "negatywnych", "other": "negatywnej"},
                 "ru": {"one": "негативное", "few": "негативных", "many": "негативных", "other": "негативного"}},
    # -- personas: an age band's years ("25–34 lata", "55 лет и старше"), the word agreeing with a count
    "year": {"en": {"one": "year", "other": "years"},
             "pl": {"one": "rok", "few": "lata", "many": "lat", "other": "roku"},
             "ru": {"one": "год", "few": "года", "many": "лет", "other": "года"}},
    "satisfied": {"en": {"one": "positive", "other": "positive"},
                  "pl": {"one": "pozytywnie", "few": "pozytywnie", "many": "pozytywnie", "other": "pozytywnie"},
                  "ru": {"one": "доволен", "few": "довольны", "many": "довольны", "other": "довольны"}},
    "dissatisfied": {"en": {"one": "negative", "other": "negative"},
                     "pl": {"one": "negatywnie", "few": "negatywnie", "many": "negatywnie", "other": "negatywnie"},
                     "ru": {"one": "недоволен", "few": "недовольны", "many": "недовольны", "other": "недовольны"}},
}

# The noun after "of N" ("7 of 21 respondents"), by N's plural category: the genitive in pl and ru,
# "z 1 respondenta", "z 21 respondentów", "из 21 респондента", "из 2 респондентов" (count(..., of=True)).
NOUNS_OF: dict[str, dict[str, dict[str, str]]] = {
    "respondent": {"en": {"one": "respondent", "other": "respondents"},
                   "pl": {"one": "respondenta", "few": "respondentów", "many": "respondentów",
                          "other": "respondenta"},
                   "ru": {"one": "респондента", "few": "респондентов", "many": "респондентов",
                          "other": "респондента"}},
    # -- what a pain point's evidence counts: "(69 negatywnych) z 196 obserwacji", "(1 негативное) из 21 наблюдения"
    "observation": {"en": {"one": "observation", "other": "observations"},
                    "pl": {"one": "obserwacji", "few": "obserwacji", "many": "obserwacji", "other": "obserwacji"},
                    "ru": {"one": "наблюдения", "few": "наблюдений", "many": "наблюдений", "other": "наблюдения"}},
}

LABELS: dict[str, dict[str, str]] = {lang: {key: texts[lang] for key, texts in TEXTS.items()} for lang in LANGUAGES}

# Typographic minus for the languages whose print convention uses it (Babel's CLDR data gives "-").
MINUS = {"pl": "\u2212", "ru": "\u2212"}


def language_of(language: Optional[str]) -> str:
    """A supported language code; anything else reads as English."""
    code = (language or "en").lower()
    return code if code in LANGUAGES else "en"


@dataclass(frozen=True)
class Counted:
    """A count whose words wait for the language: a message built before the language is known
    (an error raised deep in the kit) says "2 wiersze" once the CLI knows the client's."""

    n: float
    noun: str
    of: bool = False  # the form after "of": "из 21 респондента"

    def say(self, language: Optional[str]) -> str:
        return count(self.n, self.noun, language, of=self.of)


@dataclass(frozen=True)
class Integer:
    """A whole number said later with the language's thousands separator (12,345 / 12 345)."""

    n: float

    def say(self, language: Optional[str]) -> str:
        return integer(self.n, language)


@dataclass(frozen=True)
class Size:
    """A file size said later in the language's units and decimals: "1.2 GB", "1,2 ГБ", "520 MB"."""

    n: int

    def say(self, language: Optional[str]) -> str:
        if self.n >= 1 << 30:
            return label("unit_gb", language, n=number(self.n / (1 << 30), language, digits=1))
        if self.n >= 1 << 20:
            return label("unit_mb", language, n=integer(round(self.n / (1 << 20)), language))
        return label("unit_bytes", language, n=integer(self.n, language))


@dataclass(frozen=True)
class Phrase:
    """A text of the table with its params, said later, as a part of a longer message."""

    key: str
    params: tuple = ()  # (name, value) pairs: the phrase stays immutable and picklable (runner workers)

    def say(self, language: Optional[str]) -> str:
        return label(self.key, language, **dict(self.params))


def phrase(key: str, **params) -> Phrase:
    return Phrase(key, tuple(params.items()))


@dataclass(frozen=True)
class Listed:
    """Items said in one language and joined: one per line by default (kit.yaml's problems)."""

    items: tuple
    separator: object = "\n  - "  # text, or a Phrase such as " or "

    def say(self, language: Optional[str]) -> str:
        return said(self.separator, language).join(said(item, language) for item in self.items)


def said(value, language: Optional[str]):
    """A param as the message says it: anything with ``say`` (Counted, Phrase, Listed, a keyed
    InputError) in the message's language; other values as they are."""
    say = getattr(value, "say", None)
    return say(language) if callable(say) else value


def label(key: str, language: Optional[str] = "en", **params) -> str:
    """The text for ``key`` in ``language``, with ``{params}`` filled in when given; a param that
    can ``say`` itself (``Counted``, ``Phrase``...) is said in the same language."""
    texts = TEXTS.get(key)
    if texts is None:
        return key
    text = texts.get(language_of(language)) or texts["en"]
    if not params:
        return text
    return text.format(**{name: said(value, language) for name, value in params.items()})


def channel_name(channel: str, language: Optional[str] = "en") -> str:
    """A channel as the map shows it: a known id (website, courier...) in the language, a team's own
    word as written."""
    return code_name("channel", channel, language)


def code_name(kind: str, code: str, language: Optional[str] = "en") -> str:
    """A code the kit keeps in files (a channel, a question type, a survey tool) as a reader says it:
    the text ``<kind>_<code>`` in the language ("likert" -> "skala Likerta", "google_forms" ->
    "Google Forms"), or the code as written when the table has none."""
    key = f"{kind}_{code}"
    return label(key, language) if key in TEXTS else code


def plural(n: float, noun: str, language: Optional[str] = "en", *, of: bool = False) -> str:
    """The form of ``noun`` that goes with the number ``n``: etap / etapy / etapów; with ``of``, the
    form after "of n" (NOUNS_OF): "z 1 respondenta", "из 21 респондента"."""
    lang = language_of(language)
    forms = (NOUNS_OF if of else NOUNS)[noun][lang]
    return forms.get(_locale(lang).plural_form(abs(n)), forms["other"])


def count(n: float, noun: str, language: Optional[str] = "en", *, of: bool = False) -> str:
    """``n`` and its noun as people write it: "44 респондента", "1 transcript", "0 głosów"; with
    ``of``, as it reads after "of": "(16 из) 21 респондента", "(1 z) 1 respondenta"."""
    return f"{integer(n, language)} {plural(n, noun, language, of=of)}"


def integer(n: float, language: Optional[str] = "en") -> str:
    """A whole number with the language's thousands separator: 12,345 / 12 345."""
    lang = language_of(language)
    return format_decimal(n, format="#,##0", locale=lang)


def number(value: Optional[float], language: Optional[str] = "en", *, digits: int = 2,
           signed: bool = False) -> str:
    """A number for the screen: "+1.25" in English, "−0,74" in Polish and Russian; "" for no value.

    A value that rounds to zero is written without a sign, so the map never shows "−0,00".
    """
    if is_missing(value):
        return ""
    lang = language_of(language)
    if round(value, digits) == 0:
        value = 0.0
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    if signed and value != 0:
        pattern = f"+{pattern};-{pattern}"
    text = format_decimal(value, format=pattern, locale=lang)
    return text.replace("-", MINUS.get(lang, "-"))


def percent(share: Optional[float], language: Optional[str] = "en") -> str:
    """A share 0..1 as a percentage in the language's format: 63% / 63 %; "" for no value."""
    if share is None or share != share:
        return ""
    lang = language_of(language)
    return format_percent(share, locale=lang).replace("-", MINUS.get(lang, "-"))


@lru_cache(maxsize=None)
def _locale(language: str) -> Locale:
    return Locale.parse(language)
