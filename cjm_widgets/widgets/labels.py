"""Words on the workshop widgets in English, Polish and Russian, chosen by Journey.language.

Kept apart from ``cjm_widgets.labels`` (the map's words) so the editors can grow their own
vocabulary without touching the renderer.
"""
from __future__ import annotations

from ..labels import translate

LABELS: dict[str, dict[str, str]] = {
    # shared
    "undo": {"en": "Undo", "pl": "Cofnij", "ru": "Отменить"},
    "undone": {"en": "Last change undone.", "pl": "Cofnięto ostatnią zmianę.", "ru": "Последнее изменение отменено."},
    "nothing_to_undo": {"en": "Nothing to undo.", "pl": "Nie ma czego cofnąć.", "ru": "Нечего отменять."},
    "saved": {"en": "Saved.", "pl": "Zapisano.", "ru": "Сохранено."},
    "add": {"en": "Add", "pl": "Dodaj", "ru": "Добавить"},
    "remove": {"en": "Remove", "pl": "Usuń", "ru": "Удалить"},
    "save": {"en": "Save", "pl": "Zapisz", "ru": "Сохранить"},
    "name": {"en": "Name", "pl": "Nazwa", "ru": "Название"},
    "none": {"en": "—", "pl": "—", "ru": "—"},
    "name_empty": {"en": "Enter a name.", "pl": "Wpisz nazwę.", "ru": "Введите название."},
    "name_taken": {"en": "“{name}” already exists: choose another name.",
                   "pl": "„{name}” już istnieje: wybierz inną nazwę.",
                   "ru": "«{name}» уже есть: выберите другое название."},
    "out_of_range": {"en": "{field} must be between {low} and {high}.",
                     "pl": "{field}: wartość od {low} do {high}.",
                     "ru": "{field}: значение от {low} до {high}."},
    "not_a_number": {"en": "{field} must be a number.", "pl": "{field}: wpisz liczbę.",
                     "ru": "{field}: введите число."},
    "gone": {"en": "It was removed meanwhile; the view is refreshed.",
             "pl": "W międzyczasie usunięto ten element; widok odświeżono.",
             "ru": "Элемент уже удалён; вид обновлён."},
    # stages
    "new_stage": {"en": "New stage", "pl": "Nowy etap", "ru": "Новый этап"},
    "move_up": {"en": "Move up", "pl": "W górę", "ru": "Выше"},
    "move_down": {"en": "Move down", "pl": "W dół", "ru": "Ниже"},
    "move_to": {"en": "Move touchpoints to", "pl": "Przenieś punkty styku do", "ru": "Перенести точки контакта в"},
    "stage_in_use": {"en": "“{name}” still has {count} touchpoint(s): choose a stage in “Move touchpoints to”, then remove.",
                     "pl": "„{name}” ma jeszcze punkty styku ({count}): wybierz etap w „Przenieś punkty styku do” i usuń ponownie.",
                     "ru": "У «{name}» ещё есть точки контакта ({count}): выберите этап в «Перенести точки контакта в» и удалите снова."},
    "last_stage": {"en": "A journey needs at least one stage.", "pl": "Ścieżka musi mieć co najmniej jeden etap.",
                   "ru": "В пути должен быть хотя бы один этап."},
    "stage_model": {"en": "Stage model", "pl": "Model etapów", "ru": "Модель этапов"},
    "switch_model": {"en": "Switch model", "pl": "Zmień model", "ru": "Сменить модель"},
    "goes_to": {"en": "{name} → ", "pl": "{name} → ", "ru": "{name} → "},
    "same_model": {"en": "The journey already uses this model.", "pl": "Ścieżka już używa tego modelu.",
                   "ru": "Путь уже использует эту модель."},
    # touchpoints
    "new_touchpoint": {"en": "New touchpoint", "pl": "Nowy punkt styku", "ru": "Новая точка контакта"},
    "stage": {"en": "Stage", "pl": "Etap", "ru": "Этап"},
    "channel": {"en": "Channel", "pl": "Kanał", "ru": "Канал"},
    "online": {"en": "Online", "pl": "Online", "ru": "Онлайн"},
    "owner": {"en": "Owner", "pl": "Właściciel", "ru": "Ответственный"},
    "reach": {"en": "Reach", "pl": "Zasięg", "ru": "Охват"},
    "importance": {"en": "Importance", "pl": "Waga", "ru": "Важность"},
    "no_stages": {"en": "Add a stage first.", "pl": "Najpierw dodaj etap.", "ru": "Сначала добавьте этап."},
    # personas
    "persona": {"en": "Persona", "pl": "Persona", "ru": "Персона"},
    "goals": {"en": "Goals (one per line)", "pl": "Cele (jeden w wierszu)", "ru": "Цели (по одной в строке)"},
    "frustrations": {"en": "Frustrations (one per line)", "pl": "Frustracje (jedna w wierszu)",
                     "ru": "Раздражители (по одному в строке)"},
    "quote": {"en": "Quote", "pl": "Cytat", "ru": "Цитата"},
    "color": {"en": "Colour", "pl": "Kolor", "ru": "Цвет"},
    "picture": {"en": "Picture (file or URL)", "pl": "Zdjęcie (plik lub URL)", "ru": "Фото (файл или URL)"},
    "no_personas": {"en": "No personas yet: run the personas step first.",
                    "pl": "Brak person: najpierw uruchom krok person.",
                    "ru": "Персон пока нет: сначала выполните шаг персон."},
    "merge": {"en": "Merge", "pl": "Połącz", "ru": "Объединить"},
    "merge_into": {"en": "into", "pl": "w", "ru": "в"},
    "same_persona": {"en": "Choose two different personas.", "pl": "Wybierz dwie różne persony.",
                     "ru": "Выберите две разные персоны."},
    "bad_color": {"en": "Colour must look like #1f77b4.", "pl": "Kolor w formacie #1f77b4.",
                  "ru": "Цвет в формате #1f77b4."},
    # emotion
    "data_score": {"en": "Data", "pl": "Dane", "ru": "Данные"},
    "no_evidence": {"en": "no evidence", "pl": "brak danych", "ru": "нет данных"},
    "team_score": {"en": "Team", "pl": "Zespół", "ru": "Команда"},
    "reason": {"en": "Reason", "pl": "Uzasadnienie", "ru": "Причина"},
    "reason_missing": {"en": "Write a reason for the override of “{name}”.",
                       "pl": "Podaj uzasadnienie korekty dla „{name}”.",
                       "ru": "Укажите причину корректировки для «{name}»."},
    "author": {"en": "Author", "pl": "Autor", "ru": "Автор"},
    "clear": {"en": "Clear", "pl": "Wyczyść", "ru": "Сбросить"},
    "all_respondents": {"en": "All respondents", "pl": "Wszyscy respondenci", "ru": "Все респонденты"},
    # opportunities
    "new_opportunity": {"en": "New opportunity", "pl": "Nowa szansa", "ru": "Новая возможность"},
    "title": {"en": "Title", "pl": "Tytuł", "ru": "Название"},
    "touchpoint": {"en": "Touchpoint", "pl": "Punkt styku", "ru": "Точка контакта"},
    "impact": {"en": "Impact", "pl": "Wpływ", "ru": "Эффект"},
    "effort": {"en": "Effort", "pl": "Nakład", "ru": "Усилия"},
    "kpi": {"en": "KPI to watch", "pl": "KPI do obserwacji", "ru": "KPI для контроля"},
    # votes
    "voter": {"en": "Your name", "pl": "Twoje imię", "ru": "Ваше имя"},
    "dots_left": {"en": "Dots left: {count}", "pl": "Pozostałe kropki: {count}", "ru": "Осталось точек: {count}"},
    "vote": {"en": "+1", "pl": "+1", "ru": "+1"},
    "take_back": {"en": "−1", "pl": "−1", "ru": "−1"},
    "voted": {"en": "Vote saved.", "pl": "Głos zapisany.", "ru": "Голос сохранён."},
    "voter_missing": {"en": "Enter your name before voting.", "pl": "Wpisz imię przed głosowaniem.",
                      "ru": "Введите имя перед голосованием."},
    "no_dots_left": {"en": "No dots left ({max_dots} per person).", "pl": "Brak kropek ({max_dots} na osobę).",
                     "ru": "Точки закончились ({max_dots} на человека)."},
    "no_dots_here": {"en": "You have no dots on this item to take back.", "pl": "Nie masz tu kropek do cofnięcia.",
                     "ru": "У вас нет точек на этом пункте."},
    "item_gone": {"en": "This item is no longer on the map; the list is refreshed.",
                  "pl": "Tego elementu nie ma już na mapie; lista odświeżona.",
                  "ru": "Этого пункта больше нет на карте; список обновлён."},
    "nothing_to_vote": {"en": "No pain points or opportunities to vote on yet.",
                        "pl": "Nie ma jeszcze problemów ani szans do głosowania.",
                        "ru": "Пока нет проблем или возможностей для голосования."},
    "pain": {"en": "Pain point", "pl": "Problem", "ru": "Проблема"},
    "opportunity": {"en": "Opportunity", "pl": "Szansa", "ru": "Возможность"},
    "votes": {"en": "votes", "pl": "głosy", "ru": "голоса"},
    # quotes
    "all_touchpoints": {"en": "All touchpoints", "pl": "Wszystkie punkty styku", "ru": "Все точки контакта"},
    "show": {"en": "Show", "pl": "Pokaż", "ru": "Показать"},
    "not_a_touchpoint": {"en": "— not about a touchpoint", "pl": "— nie dotyczy punktu styku",
                         "ru": "— не о точке контакта"},
    "no_quotes": {"en": "No interview quotes here yet.", "pl": "Brak cytatów z wywiadów.",
                  "ru": "Пока нет цитат из интервью."},
    # preview
    "refresh": {"en": "Refresh", "pl": "Odśwież", "ru": "Обновить"},
}


def label(key: str, language: str = "en", **params) -> str:
    """The label in ``language`` (English when missing), with ``{params}`` filled in."""
    return translate(LABELS, key, language, **params)
