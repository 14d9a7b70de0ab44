"""Complaint events and sarcasm markers for EN, PL and RU: what a lexicon cannot see.

"Waited 9 days", "the refund took weeks", "never arrived", "nobody answered", "Не прошла оплата"
hold no negative word, and "Great, very informative, thank you" about a page that never moved is
not praise. A complaint event makes a text negative whatever its words of praise (those are then
sarcasm or politeness); one before a "but" counts less, since the part after it weighs more.
A sarcasm marker opening the text ("Oh great,", "No super,", "Ну супер,") turns praise into
complaint; one inside it ("yeah right", "akurat", "всего-то"), or praise for something done
"again" ("Brawo, kurier znowu..."), counts as a complaint event.
The rules are written from how customers complain in general, not from any evaluation set.
"""
from __future__ import annotations

import re

_NUM = {
    "en": r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several"
          r"|a few|few|many|a couple of|couple of)",
    "pl": r"(?:\d+|jeden|jedną|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|jedenaście|dwanaście"
          r"|piętnaście|dwadzieścia|trzydzieści|kilka|kilkanaście|parę|ponad|prawie|dwóch|dwu|trzech|czterech|pięciu"
          r"|sześciu"
          r"|siedmiu|ośmiu|dziesięciu|kilku|kilkunastu|paru|dwudziestu|jakichś|jakieś)",
    "ru": r"(?:\d+|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать"
          r"|пятнадцать|двадцать|тридцать|несколько|пару|больше|почти|целый|целую|целых|двух|трёх|трех|четырёх|четырех"
          r"|пяти"
          r"|шести|семи|десяти|нескольких|пары)",
}
_UNIT = {"en": r"(?:hours?|days?|weeks?|months?)", "pl": r"(?:godzin\w*|dni|dzień|tydzień|tygodni\w*|miesiąc\w*)",
         "ru": r"(?:час\w*|дн\w*|день|недел\w*|месяц\w*)"}

_EVENTS = {
    "en": [
        r"\b(?:wait|waited|waiting)\b(?: \w+){{0,3}}? (?:for )?(?:over |almost |nearly |about "
        r"|more than )?{num} (?:\w+ )?{unit}",
        r"\bnot (?:great|good|ideal|the best|so good|very good|so much|really|happy|impressed)\b|\bwas full\b",
        r"\btook (?:them |me |us )?(?:over |almost |nearly |about |more than )?(?:{num} {unit}|weeks|months|ages"
        r"|forever)",
        r"\bfor (?:over |almost |nearly |more than )?{num} (?:days?|weeks?|months?)\b",
        r"\b{num} (?:hours?|days?|weeks?) (?:late|later)\b|\blater than (?:promised|planned|expected)\b",
        r"\b(?:never|didn't|did not|hasn't|has not|haven't|have not|wasn't|weren't|won't|wouldn't|doesn't|does not"
        r"|don't|can't|cannot|couldn't|could not)(?: \w+){{0,2}}? (?:arrive[ds]?|came|come|answer(?:ed|s)?|repl(?:y"
        r"|ied)"
        r"|respond(?:ed|s)?|refund(?:ed)?|call(?:ed)? back|r[ai]ng|deliver(?:ed)?|show(?:ed)? up|turn(?:ed)? up"
        r"|work(?:ed|s)?|help(?:ed)?|apply|load(?:ed|s)?|accept(?:ed)?|understand|find|get through|reach|fit"
        r"|match(?:ed)?"
        r"|save[ds]?|sort|filter|change|edit|cancel|choose|pick|select|log in|login|sign in|check out"
        r"|open|download|install|register|reset|upload|complete|proceed)\b",
        r"\bstill (?:waiting|haven't|hasn't|not|no|nothing|sitting|stuck)\b",
        r"\b(?:doesn't|does not|didn't|did not|won't|never) remember(?:s|ed)? (?:my|the|your|our|what|anything|them|it"
        r"|me|us)\b",
        r"\b(?:nobody|no one|no-one) (?:\w+ )?(?:answer(?:ed|s)|repl(?:ied|ies)|calls?|called|came|comes|help(?:ed|s)"
        r"|pick(?:ed|s) up"
        r"|respond(?:ed|s)|cares|knew|knows|got back|gets back|listen(?:ed|s)|bother(?:ed|s))\b",
        r"\b(?:no|without (?:a |any )?)(?:reply|answer|response|callback|explanation|update)s?\b",
        r"\bon hold\b|\b(?:line|call) (?:just )?(?:dropped|cut off|went dead)\b|\bhung up\b|\bthen silence\b"
        r"|\bradio silence\b",
        r"\b(?:charged|billed) (?:me |us )?(?:twice|anyway|double|again)\b|\bfull price\b|\b(?:hidden|extra) (?:fees?"
        r"|costs?|charges?)\b",
        r"\bgave up\b|\bhad to (?:chase|call|ring|email|write|ask|fight|wait|go|pay|traipse|trek|trudge|drive|travel"
        r"|queue|beg|plead|push|argue"
        r"|print|explain|repeat|re-enter|collect)\b|\b(?:locker|pickup point|pick-up point|depot"
        r"|post office) (?:\w+ )?(?:was |is )?"
        r"(?:closed|full|shut)\b|\bcancel(?:l)?ed\b",
        r"\b(?:called|rang|emailed|wrote|asked|chased|tried|complained)(?: \w+){{0,3}} (?:two|three|four|five|several"
        r"|\d+|many) times\b",
        r"\bagain and again\b|\byet again\b|\b(?:second|third|fourth) time (?:this|in a)\b",
        r"\b(?:in|into) the rain\b|\bover the fence\b|\bleft (?:it |them |my \w+ |the \w+ )?(?:on the doorstep"
        r"|outside)\b",
        r"\b(?:arrived|came|was|were|got|is|are) (?:\w+ )?(?:late|damaged|broken|smashed|crushed|dented|soaked|opened"
        r"|missing|wrong|faulty|defective|melted|stale|expired|rotten|mouldy|moldy)\b",
        r"\b(?:logs? me out|logged me out|keeps? crashing|kept crashing|crashed|crashes|froze|freezes)\b",
        r"\b(?:fake|scam|rip-off|ripped off|cheated|misleading|lied)\b|\bwrong (?:size|item|colou?r|product|address)\b",
        r"\b(?:template|copy-paste|scripted|canned) (?:answer|reply|response)s?\b|\bcopying and pasting\b",
        r"\b(?:closed|closing) (?:my|the) (?:ticket|case|complaint)\b|\bspam(?:s|med|ming)?\b|\bfollow(?:s"
        r"|ing)? me everywhere\b",
        r"\b(?:forced|made) (?:me|us) to\b|\btakes? (?:ages|forever)\b|\bonly showed up at the (?:very )?(?:last"
        r"|end)\b",
        r"\byeah,? right\b|\bas if\b|\bonly took\b|\bnowhere\b|\bno idea (?:whether|if|where|when|why)\b"
        r"|\bdidn't know (?:whether|if)\b|\binstead of\b"
        r"|\bdifferent (?:size|colou?r|model|product)\b|\bnot what i (?:ordered|expected)\b",
        r"\b(?:didn't|did not|doesn't|does not|don't|do not|wasn't|won't|wouldn't|couldn't|can't"
        r"|not) even\b(?! (?:have|need|bother) to\b)"
        r"|\b(?:was|were|is|are) supposed to\b|\b(?:ripped|torn|spilled|spilt|leaked|leaking|rejected|declined)\b"
        r"|\b(?:just|only) (?:a )?(?:bot|robot|machine)\b|\beverything (?:but|except)\b|\b(?:by itself|on its own)\b"
        r"|\bthere (?:was|were) no (?!problems?|issues?|complaints?|hiccups?|fuss|need|questions?|hassle)\w+"
        r"|\b(?:two|three|four|five|six|several|\d+) (?:\w+ )?(?:e-?mails|messages|notifications|texts|calls) (?:a|per"
        r"|every) day\b",
        r"\b(?:bravo|well done|great|brilliant|perfect|fantastic|lovely|congratulations),[^.!?]*\b(?:again|yet again)\b"
        r"|\bin reality\b|\bin real life (?:it|they|he|she)\b|\bpromised\b[^.!?]*\b(?:didn't|did not|never|wasn't"
        r"|weren't"
        r"|hasn't|haven't|not)\b|\bof course (?:not|nobody|no one|nothing|(?:she|he|they|it) (?:didn't|did not"
        r"|never))\b"
        r"|\b(?:site|website|page|app|server) (?:\w+ )?(?:went down|was down|is down|crashed)\b",
        r"\b(?:in|into) the bin\b|\bhad to (?:throw|bin)\b|\bafter the (?:slot|window|deadline)\b|\bdid nothing\b"
        r"|\bcould (?:be|have been) (?:a lot |much |a bit )?(?:better|quicker|faster|cheaper|easier|clearer)\b"
        r"|\bi'd rather\b"
        r"|\bi wish\b|\bit would be (?:nice|good|great|better) if\b"
        r"|\bi'?d (?:like|love|want) (?:them|it if|to see|there to be|a way|more|some|fewer|less)\b"
        r"|\b(?:they|you|it|he|she|someone|somebody) (?:really |just )?should(?:n't|'ve| have)?(?= \w)(?! be\b(?! \w))"
        r"|\btell them to\b"
        r"|\bwould(?:'ve| have) (?:been (?:nice|good|great|better|helpful|handy)|saved|helped)\b|\bif only\b|\b(?:minutes|hours?) of (?:music|waiting|hold)\b"
        r"|\b(?:everyone|everybody|all (?:our |the |their )?(?:agents|operators|consultants)) (?:was|were|are"
        r"|is) busy\b"
        r"|\b(?:always|every time) the same\b|\bthe same (?:\w+ )?(?:every|each) time\b"
        r"|\b(?:rescheduled|postponed)\b|\bchas(?:ing|ed)\b|\bafter (?:about |almost |nearly |over "
        r"|more than )?{num} (?:weeks|months)\b"
        r"|\bspins? (?:forever|endlessly)\b|\b(?:loads?|loading|spinning) forever\b|\b(?:round|around) in circles\b"
        r"|\bnothing was done\b|\bless than (?:i|we) paid\b|\b(?:took|deducted|kept) (?:off )?(?:the )?(?:shipping"
        r"|postage|a fee)",
        # Families of complaint that hold no complaint word: something that keeps happening, a search
        # that finds nothing, what came against what was shown, the runaround, effort put on the customer,
        # time that passed, being followed by ads for what one bought.
        r"\b(?:kept|keeps|keep) (?:on )?(?:showing|giving|sending|asking|crashing|freezing|logging|telling|bringing"
        r"|coming up|popping up"
        r"|dropping|failing|resetting|emptying|cancell?ing|shutting down|closing|restarting|disconnecting|appearing)\b"
        r"|\b(?:came|comes|coming) up with nothing\b"
        r"|\b(?:zero|no) (?:results|matches|help|communication|info|information|contact|feedback|response)\b"
        r"|\bended up (?:having to|going|driving"
        r"|calling|buying|ordering|paying|cancell?ing|returning|getting it)\b|\b(?:far|way|much) too many\b"
        r"|\btoo many (?:emails|e-mails|notifications|messages|texts|ads|adverts|pop-ups|calls)\b"
        r"|\bturned (?:them|it|those|these|(?:the |all )?notifications|(?:the )?emails)(?: all)? off\b|\bunsubscribed\b"
        r"|\bnothing like (?:the|in the|on the|what) (?:photo|photos|picture|pictures|video|description|advert|ad|site"
        r"|website)\b"
        r"|\bin the (?:photo|picture|video|ad|advert)s?\b[^.!?]*\b(?:but|then) (?:what |it )?(?:arrived|came|i got)\b"
        r"|\b(?:every|each) (?:other|second|third|fourth) (?:post|ad|advert|video|story)\b"
        r"|\bi(?:'ve| have)? already (?:got|bought|ordered) (?:it|one|them)\b"
        r"|\b(?:making|made|makes|forcing|forced) (?:me|us|you) (?:to )?(?:create|register|sign up|log in|enter"
        r"|re-?enter|type"
        r"|fill|download|install)\b|\bthere(?:'s| is) no (?:guest|way|option|button|phone|number|one)\b"
        r"|\b(?:transferred|passed|bounced|shunted) (?:me )?(?:around|between|from one|to another|again)\b"
        r"|\b(?:half an hour|an hour|hours|all day|half the day|the whole day|ages) (?:\w+ )?(?:explaining|arguing"
        r"|chasing"
        r"|trying to|on hold|on the phone)\b|\b(?:start|started|starting) (?:all )?over\b|\bfrom scratch\b"
        r"|\ball over again\b"
        r"|\b(?:basket|cart) (?:was |got |had been )?(?:empty|emptied|cleared|wiped)\b"
        r"|\b(?:it's|it has|it had) been (?:over |almost |nearly |more than )?{num} (?:days|weeks|months)\b"
        r"|\b{num} (?:days|weeks|months) (?:have |had )?(?:passed|gone by|went by)\b"
        r"|\b{num} (?:e-?mails|calls|phone calls|messages|chats|attempts|tries|visits) (?:before|and still|later)\b"
        r"|\bbefore anyone (?:even )?(?:looked|answered|replied|got back|called|responded|did)\b"
        r"|\b(?:replied|answered|responded|got back to (?:me|us)|called (?:me "
        r"|us )?back) (?:only )?after {num} (?:days|weeks)\b"
        r"|\b(?:even though|although) (?:i|we) (?:had )?paid for\b|\bat my (?:own )?expense\b|\bout of my (?:own )?pocket\b"
        r"|\b(?:works|worked|is fine|was fine),? until\b|\bwon't (?:be )?(?:ordering|buying|using|shopping|going back)\b"
        r"|\bdumped (?:it |them |the \w+ )?(?:with|at) (?:a |the |my )?neighbou?r'?s?\b"
        r"|\b(?:chucked|threw|tossed|flung|lobbed|dumped) (?:it|them|the (?:parcel|box|package|bag))\b"
        r"|\bover the (?:gate|wall|hedge)\b"
        r"|\b(?:code|voucher|coupon|promo)s? (?:\w+ ){{0,4}}?(?:was |were |is |turned out to be )?(?:invalid|expired"
        r"|not valid)\b"
        r"|\bonly (?:as )?(?:store credit|a voucher|vouchers|credit)\b|\b(?:suddenly|only at the end"
        r"|at the very end) (?:\w+ )?(?:appeared"
        r"|added|popped up|there was|there were)\b|\b(?:tacked|slapped|added) on at the end\b|\bsuddenly there(?:'s| is| was| were)\b|\bmore than the (?:item"
        r"|product|thing|order) itself\b"
        r"|\b(?:notifications?|e-?mails?|texts?|messages?|calls?|ads?) every (?:hour|day|morning|evening|night|few minutes|five minutes"
        r"|\w+ minutes)\b"
        r"|\bpop(?:s|ping)? up everywhere\b|\b(?:never|don't|didn't|doesn't) (?:\w+ )?(?:have|has|had) (?:my|the right"
        r"|any) size\b"
        r"|\b(?:used|second-hand|opened) (?:item|product|one|unit)\b|\bfingerprints\b|\bsigns of (?:use|wear)\b"
        r"|\bgood luck (?:getting|finding|trying to|reaching)\b|\bleaves? (?:a lot|much|something"
        r"|plenty) to be desired\b|\b(?:and )?then nothing\b|\band nothing(?=\s*[.!?…]|\s*$)"
        r"|\bno(?:body| one|-one) to (?:talk|speak) to\b|\bnobody ever (?:was|did|came|rang|called)\b"
        r"|\bno knock\b|\bno nothing\b|\b(?:sorry,? )?we missed you\b|\bcard through the door\b"
        r"|\b(?:second|third|fourth|fifth) (?:day|week) of (?:trying|waiting|calling|chasing)\b"
        r"|\b(?:wanted|expected) (?:me|us) to pay\b|\b(?:so |and )?i didn't bother\b|\b(?:deleted|uninstalled) (?:it|the app)\b"
        r"|\b(?:more|less|smaller|bigger|darker|lighter|thinner|brighter|duller) (?:\w+ )?than (?:it )?(?:looked|it did"
        r"|in the (?:photos?|pictures?|ad|advert)|on the (?:site|website))\b|\bfar too much\b|\bfollow(?:s|ed|ing)? me around\b"
        r"|\bnot a word about\b|\buntil i (?:noticed|realised|realized|found out)\b|\b(?:raised|put up|hiked|bumped up) (?:the |their )?prices?\b"
        r"|\b(?:didn't|did not|never|don't|doesn't) (?:\w+ )?(?:get|receive|got) (?:\w+ )?what (?:i|we) (?:ordered"
        r"|paid for)\b|\bthanks for nothing\b|\b(?:great|brilliant|perfect|lovely|fantastic|wonderful),? another\b|\bsurprise,? surprise\b|\btypical(?=\s*[.!?…]|\s*$)|\bvery funny\b"
        r"|\bsomething (?:completely|totally|entirely) different\b|\b(?:understands?|understood|knows?|knew|helps?"
        r"|helped|solved"
        r"|fixed|changed) nothing\b|\bonly (?:got|received|heard|came|arrived|refunded)(?: \w+){{0,4}}? after\b"
        r"|\b(?:moved|changed|pushed back|postponed|rescheduled) (?:the |my |our )?(?:delivery|date|slot)\b"
        r"|\bfor the (?:third|fourth|fifth|umpteenth|nth) time\b|\b(?:taken|debited|deducted|came out) twice\b|\btook (?:the |my )?(?:money|payment) twice\b|\btwo payments\b|\bpaid twice\b"
        r"|\bonly (?:one|half|part|some) of (?:the|my|our)\b|\b(?:a hundred|a thousand|a million) times\b"
        r"|\bto the wrong (?:address|house|flat|door|person|place|postcode)\b"
        r"|\b(?:took |takes |taking )?(?:much |far |way )?longer than (?:promised|they said|advertised|stated|quoted"
        r"|expected)\b"
        r"|\b(?:take|took|taking|taken) (?:a |the |half a |half the )?(?:day|morning|afternoon|time|days) off\b"
        r"|\b(?:didn't|did not|never|wouldn't|won't|don't) (?:\w+ )?(?:publish|post|show) (?:my|it|the) (?:review"
        r"|comment)",
    ],
    "pl": [
        r"\bniezbyt\b|\bnie bardzo\b|\bnie najlepiej\b|\btak sobie\b|\bprzepełnion\w*|\bbył pełny\b",
        r"\bczeka\w*(?: \w+){{0,3}}? (?:ponad |prawie |około )?(?:{num} )?(?:\w+ )?{unit}|\bczeka\w* (?:tygodniami"
        r"|miesiącami|wieki|wieczność)",
        r"\b(?:zajęł\w*|zajmuje|trwał\w*|trwa|szł\w*|szedł|leżał\w*|leży)(?: \w+){{0,2}}? (?:ponad |prawie |aż "
        r"|tylko )?"
        r"(?:{num} )?(?:tygodni\w*|tydzień|miesiąc\w*|tygodniami|miesiącami|wieki|wieczność)",
        r"\bpo (?:{num} )?(?:tygodniu|tygodniach|miesiącu|miesiącach)\b|\b{num} (?:dni|tygodni\w*) (?:później"
        r"|po terminie)\b",
        r"\b(?:nie(?<!być nie)|nigdy nie|dalej nie|wciąż nie|nadal nie|jeszcze nie"
        r"|ani razu nie)(?: \w+){{0,2}}? (?:dotarł\w*|doszł\w*"
        r"|doszedł|przyszł\w*|przyszedł|przyjechał\w*|odpisa\w*|odpowiedzia\w*|odpowiada\w*|oddali|oddał\w*"
        r"|zwrócili(?! uwag)"
        r"|zwrócił\w*(?! uwag)|oddzwoni\w*|oddzwania\w*|zadzwoni\w*|odpisuj\w*|odbiera\w*|odbierał\w*|reaguj\w*"
        r"|zareagowa\w*|pomógł|pomogł\w*|pomogli|pomaga\w*|działa\w*|przeszł\w*|przeszedł"
        r"|dostał\w*|zadziała\w*|otrzyma\w*|odebra\w*|pasuje|pasował\w*|zgadza\w*|da się|dało się|mogł\w*|mogę"
        r"|znalazł\w*|znaleźć|dodzwoni\w*|wczyta\w*|ładuje|chciał\w*|rozumie\w*|zrozumia\w*|uruchamia\w*|włącza\w*"
        r"|otwiera\w*"
        r"|powiedział\w*|uprzedzi\w*|poinformowa\w*|sortowa\w*|posortowa\w*|filtrowa\w*|zmieni\w*|edytowa\w*"
        r"|wierzę|wierzy\w*|ufam)\b",
        r"\b(?:dalej|wciąż|nadal|ciągle) (?:czekam|czekamy|nic|leży|nie)\b|\bnikogo nie\b",
        r"\bbez (?:żadnej )?(?:odpowiedzi|odzewu|uzasadnienia|wyjaśnienia|informacji)\b|\bzero (?:odpowiedzi"
        r"|kontaktu)\b|\bcisza\b",
        r"\b(?:dzwoni\w*|pisa\w*|prosi\w*|próbowa\w*|wypisywa\w*|reklamowa\w*)(?: \w+){{0,2}}? (?:dwa|trzy|cztery|pięć"
        r"|kilka"
        r"|parę|\d+) razy\b|\b(?:dwa|trzy|cztery|pięć|kilka|parę|\d+) razy (?:dzwoni\w*|pisa\w*|prosi\w*|wypisywa\w*)",
        r"\bw kółko\b|\bod nowa\b|\bmusia\w* (?:\w+ )?(?:dzwonić|pisać|czekać|prosić|wysyłać|jechać|walczyć|wpisywać"
        r"|chodzić|latać|biegać"
        r"|jeździć|nachodzić|najeździć|nabiegać|tłumaczyć|drukować|wydrukować|wypełniać|wypełnić|odbierać)\b"
        r"|\b(?:punkt|paczkomat|placówk|poczt)\w* (?:\w+ )?(?:był\w* |jest )?(?:zamknięt\w*|nieczynn\w*|zapchan\w*"
        r"|przepełnion\w*)",
        r"\bprzez płot\b|\b(?:w|na|prosto w) deszcz\w*",
        r"\bpełną cenę\b|\b(?:ukryte|dodatkowe) (?:koszty|opłaty)\b|\bdwa razy drożej\b",
        r"\b(?:kazali|kazał\w*|zmusili|zmusił\w*)\b|\b(?:zrezygnowa\w*|anulowa\w*)\b",
        r"\b(?:pobrali|pobrano|obciążyli|naliczyli)(?: \w+){{0,3}}? (?:dwa razy|podwójnie)\b|\bi tak pobrali\b",
        r"\b(?:uszkodz\w*|połaman\w*|rozbit\w*|zgniecion\w*|stłu[kc]\w*|wgnie[cć]\w*|zniszcz\w*|porysowan\w*|pęknięt\w*"
        r"|przemoczon\w*|rozmrożon\w*|zepsu\w*|przeterminowan\w*|zgnił\w*|zgubi\w*|zaginęł\w*|brakowało)",
        r"\b(?:wywala\w*|zawiesza\w*|zawiesił\w*|zacina\w*|muli|wylogowuje|wylogowało)\b",
        r"\b(?:oszuka\w*|oszust\w*|naciąga\w*|wprowadza\w* w błąd|kupion\w* opini\w*|fałszyw\w*|błędn\w*)",
        r"\bszablonow\w*|\bwklejali\b|\bzamknię\w* zgłoszeni\w*|\bzamknęli (?:zgłoszenie|sprawę|reklamację)\b",
        r"\bodrzuci\w*|\bodmówi\w*|\bspam\w*|\bchodzą za mną\b|\bna nic\b|\bwieki\b|\bwieczność\b",
        r"\bjasne, jasne\b|\btak, jasne\b|\bbrawo,? (?:naprawdę|brawo)\b|\bakurat(?=\s*[.!?…]|\s*$)|\b(?:no|tak|jasne),? akurat\b|\bdopiero po\b"
        r"|\bnigdzie nie\b|\bnie wiadomo\b|\bnie wiedział\w* czy\b|\bżadne\w* (?:informacji|kontaktu|odpowiedzi)\b"
        r"|\bnie (?:ten|ta|to|te) (?:rozmiar|kolor|model|produkt|towar)\w*|\b(?:zły|inny) (?:rozmiar|kolor|model)\b"
        r"|\binn\w* niż (?:na zdjęci\w*|w rzeczywistości|w opisie)|\bzamiast\b|\bnie do końca\b|\bi nic\W*$"
        r"|\bbez (?:uprzedzenia|ostrzeżenia|zapowiedzi|powiadomienia)\b|\bz inn\w* (?:produktu|modelu|towaru"
        r"|zamówienia)\b"
        r"|\bciągn(?:ie|ął|ęła|ęło|ęły|ęli|ą) się\b|\bciągle (?:prosi|wyskakuje|się zawiesza|się wiesza|coś)\b",
        r"\bnawet nie\b(?! (?:musiał\w*|trzeba\b|potrzebował\w*))|\bmiał\w* (?:być|przyjść|dotrzeć|przyjechać|trafić"
        r"|wrócić|kosztować)\b"
        r"|\bnie(?<!nic nie)(?<!problemów nie)(?<!problemu nie)(?<!kłopotów nie)(?<!zastrzeżeń nie)(?<!uwag nie) było\b"
        r"(?! (?:żadn\w* |najmniejsz\w* )?(?:problem\w*|kłopot\w*|zastrzeżeń|uwag|potrzeby|na co))"
        r"|\bwszystko(?:,| poza| oprócz)? (?:oprócz|poza|prócz)\b|\b(?:sam|sama|samo|same|sami) (?:się |z siebie )?"
        r"(?:zmienia\w*|zmienił\w*|opróżnia\w*|wylogow\w*|wyłącza\w*|dodaje|dodał\w*|kasuje|skasował\w*|usuwa\w*)"
        r"|\b(?:o|dla|z) inn\w* (?:produkt\w*|model\w*|towar\w*|rzecz\w*)"
        r"|\b(?:brawo|gratulacje|super|świetnie|pięknie|cudownie),[^.!?]*\b(?:znowu|znów|po raz kolejny|jak zwykle)\b"
        r"|\bw rzeczywistości\b|\bw praktyce\b|\bobieca\w*\b[^.!?]*\b(?:nie|nigdy)\b|\boczywiście,? (?:nie|nikt|nic)\b"
        r"|\bwygas\w*|\bstrona (?:\w+ )?(?:padła|nie działa\w*|leży)\b"
        r"|\bmogł(?:o|oby|aby|by)(?: \w+)? być (?:\w+ )?(?:lepiej|szybciej|taniej|prościej|jaśniej|lepsz\w*)\b"
        r"|\b(?:wolał|chciał)(?:abym|bym|oby|aby|by),? żeby\b|\bprzydał(?:by|aby|oby) się\b|\bszkoda,? że\b"
        r"|\b(?:fajnie|dobrze|miło) by było,? (?:gdyby|jakby|żeby)\b"
        r"|\bmogli(?:by)? (?:\w+ )?(?:dodać|zrobić|napisać|pokazać|poprawić|wreszcie|w końcu|chociaż)\b|\bpowinn\w*(?= \w)(?! być\b(?! \w))"
        r"|\bbrakuje mi\b|\bgdyby (?:tylko|chociaż)\b"
        r"|\bwszyscy (?:\w+ )?(?:są|byli) zajęci\b|\b(?:minut\w*|godzin\w*) (?:muzyczki|muzyki|czekania|oczekiwania)\b"
        r"|\b(?:ciągle|wciąż|zawsze) (?:ten|ta|to|te) sam\w*|\bnie można\b|\bpo czasie\b"
        r"|\b(?:przekłada\w*|przełoży\w*|przesuwa\w*|przesunęli|przesunął\w*) (?:\w+ )?(?:termin\w*|dostaw\w*|datę)\b"
        r"|\bwiel\w* (?:telefon\w*|maili|e-maili|wiadomości)\b|\bw nieskończoność\b|\b(?:zł\w*|błędn\w*) adres\w*"
        r"|\bdo wyrzucenia\b|\b(?:musiał\w*|trzeba było) (?:\w+ )?wyrzuci\w*|\bpo (?:oknie|terminie)\b"
        r"|\bnic (?:\w+ ){{0,2}}?nie zrobi\w*|\bpotrąci\w*|\bmniej,? niż (?:\w+ )?(?:zapłaci\w*|obiecal\w*)"
        r"|\b(?:rozdar\w*|podar\w*|wysypa\w*|rozla\w*|wyciek\w*|przecieka\w*|cieknie)"
        r"|\btrzeba (?:\w+ )?(?:dzwonić|pisać|czekać|prosić|jechać|wysyłać|walczyć|chodzić)\b|\btylko (?:automat|bot"
        r"|robot)\w*"
        r"|\b(?:po )?(?:\d+|dwa|dwie|trzy|cztery|pięć|kilka|kilkanaście) (?:\w+ )?(?:(?:e-)?maile?|maili|wiadomości"
        r"|powiadomie\w*|sms\w*|telefon\w*) (?:dziennie|na dzień|każdego dnia)\b",
        # The same families as in English: what keeps happening, a search that finds nothing, what came
        # against what was shown, the runaround, effort put on the customer, time that passed, ads for
        # what one bought, paying for what did not come.
        r"\b(?:ciągle|wciąż|cały czas|bez przerwy|non stop|co chwilę) (?:mi |nam )?(?:wyskakiw\w*|wyskakuj\w*"
        r"|pokazyw\w*"
        r"|pokazuj\w*|wylogowyw\w*|przypomina\w*|wysyła\w*|przysyła\w*|dzwoni\w*|resetuj\w*|resetowa\w*|gubi\w*"
        r"|(?:się )?(?:wyłącza\w*|zawiesza\w*|restartuje\w*"
        r"|zamyka\w*|wiesza\w*|rozłącza\w*))"
        r"|\bzero (?:wyników|pomocy|informacji|reakcji|zainteresowania|kontaktu|odpowiedzi)\b"
        r"|\bnic (?:mi )?nie znalazł\w*"
        r"|\b(?:za dużo|zbyt dużo|za wiele|masa|mnóstwo) (?:maili|e-maili|powiadomień|wiadomości|reklam|sms\w*"
        r"|telefonów)\b"
        r"|\b(?:wyłączył\w*|wyłączam) (?:\w+ )?(?:powiadomienia|powiadomień|notyfikacje|pushe?)\b|\bwypisał\w* się\b"
        r"|\bwypisuję się\b|\bodsubskrybowa\w*|\bnic wspólnego z (?:\w+ )?(?:zdjęci\w*|opis\w*|reklam\w*|filmik\w*"
        r"|film\w*)"
        r"|\bna (?:zdjęciu|zdjęciach|filmiku|filmie|reklamie|stronie)\b[^.!?]*, a (?:przyszł\w*|przyszedł|dostał\w*"
        r"|w rzeczywistości|w realu|na żywo)"
        r"|\bjuż (?:dawno |wcześniej )?(?:go |ją |je |to )?(?:kupił\w*|zamówił\w*) (?:gdzie indziej|w innym sklepie)"
        r"|\b(?:zmusza\w*|każą|kazał\w*) (?:mi |nam )?(?:założyć|zakładać|rejestrować|zarejestrować|logować|wpisywać"
        r"|pobrać|ściągać)"
        r"|\b(?:kod|bon|voucher|rabat|kupon)\w* (?:\w+ ){{0,2}}?(?:był |jest |okazał się )?(?:nieważn\w*|nieaktywn\w*"
        r"|wygasł\w*)"
        r"|\b(?:pieniędzy|kasy) (?:\w+ )?nie (?:odda\w*|zwraca\w*|zwróci\w*|dostał\w*|widział\w*)|\btylko (?:na "
        r"|w formie )?bon\w*"
        r"|\b(?:nagle|dopiero na końcu|na samym końcu) (?:\w+ )?(?:wyskoczył\w*|pojawił\w*|doliczy\w*|dolicza\w*|doliczon\w*"
        r"|doszł\w*|doszedł)"
        r"|\bdolicz(?:yli|ono|ają|ył\w*)\b|\bwięcej,? niż sam\w* (?:produkt|towar|zamówienie|rzecz)\w*"
        r"|\b(?:powiadomie\w*|mail\w*|sms\w*|wiadomoś\w*|telefon\w*|reklam\w*) co (?:godzinę|chwilę|dzień|kilka minut"
        r"|pięć minut|\w+ minut\w*)"
        r"|\bwszędzie (?:mi )?(?:wyskakuj\w*|wyskakiw\w*)|\b(?:wyskakuj\w*|wyskakiw\w*) (?:mi )?wszędzie\b"
        r"|\brozmiar\w* (?:\w+ )?(?:nigdy |już |znowu |nadal |ciągle )?nie ma\b|\bnie ma (?:mojego |tego "
        r"|żadnego )?rozmiaru\b"
        r"|\b(?:zupełnie|całkiem|kompletnie|totalnie) inn\w*|\b(?:zeszł\w*|zszedł|ściągnęl\w*|ściągnął|pobrał\w*"
        r"|zabrali)"
        r" (?:\w+ ){{0,2}}?(?:dwa razy|dwukrotnie|podwójnie)\b"
        r"|\b(?:używan\w*|odpakowan\w*|rozpakowan\w*) (?:produkt|towar|rzecz|sprzęt|egzemplarz)\w*|\bodcisk\w* palców\b"
        r"|\bślad\w* (?:użytkowania|używania|noszenia)\b|\b(?:wyskakuj\w*|wyskakiw\w*) (?:mi )?(?:ciągle|wciąż"
        r"|co chwilę|cały czas|bez przerwy)\b"
        r"|\bpozostawia\w* (?:wiele|dużo|sporo|trochę) do życzenia\b|\bnie ma z kim (?:rozmawiać|gadać|porozmawiać)\b"
        r"|\bdopiero na (?:ostatnim|samym) (?:kroku|końcu|etapie)\b|\ba i tak\b|\bani słow\w*\b"
        r"|\bdopóki nie (?:zauważył\w*|zorientował\w*|sprawdził\w*)|\b(?:prosto )?do (?:kosza|spamu)\b"
        r"|\b(?:podnieśli|podnosz\w*|podniósł|podniosł\w*) (?:\w+ )?cen\w*|\b(?:usunęł\w*|usunął\w*|odinstalowa\w*) (?:ją|aplikację)\b"
        r"|\b(?:ekspresowo|szybko|pięknie|świetnie|super|brawo|rewelacja|cudownie),? nie ma co(?=\s*[.!?…]|\s*$)"
        r"|\bdzięki za nic\b|\bno (?:to )?ładnie\b|\bbardzo śmieszne\b|\btypowe(?=\s*[.!?…]|\s*$)|\ba jakże\b"
        r"|\bnie (?:to|ten|ta|te),? co (?:zamawiał\w*|zamówił\w*)|\bwcisk\w* (?:mi|nam|klientom|na siłę)\b|\b(?:sto"
        r"|tysiąc|milion) razy\b|\bnie pod (?:ten|mój) adres\b"
        r"|\b(?:przełącza\w*|przekierowa\w*|przerzuca\w*|odsyła\w*|odesła\w*|przekazywa\w*) (?:mnie |nas "
        r"|mi )?(?:od jednego do drugiego|do kogoś innego"
        r"|do inn\w*|na inn\w*|z działu do działu)|\bod annasza do kajfasza\b"
        r"|\b(?:pół godziny|pół dnia|cały dzień|całą godzinę|godzinę|godzinami) (?:\w+ )?(?:tłumaczy\w*|tłumaczył\w*"
        r"|wisiał\w*"
        r"|udowadnia\w*|dodzwania\w*|próbował\w*|siedział\w* na)\b|\b(?:wszystko )?od początku\b|\bod zera\b"
        r"|\bkoszyk (?:\w+ )?(?:pusty|był pusty|się wyczyścił|się opróżnił|wyczyszczony)\b"
        r"|\bmin(?:ął|ęł\w*|ie) (?:już )?(?:ponad |prawie |z )?(?:{num} )?(?:tydzień|tygodni\w*|miesiąc\w*|dni)\b"
        r"|\b(?:odpisa\w*|odpowiedzie\w*|oddzwoni\w*|odezwa\w*|zareagowa\w*) (?:\w+ )?(?:dopiero )?po (?:{num} |kilku "
        r"|paru )?(?:dniach|tygodniu|tygodniach)\b"
        r"|\bnikt (?:się |mi |nam |z nich |w ogóle )?nie\b|\b(?:mimo że|chociaż|choć) (?:\w+ )?(?:zapłaci\w*|opłaci\w*"
        r"|płaci\w*) za\b"
        r"|\bna (?:mój|własny|swój) koszt\b|\bz własnej kieszeni\b|\b(?:działa|działało|działała),? (?:\w+ )?(?:dopóki"
        r"|do momentu)\b"
        r"|\b(?:więcej|już) (?:tam |u nich |w tym sklepie )?nie (?:kupię|zamówię|skorzystam|zamawiam|kupuję|wrócę)\b"
        r"|\b(?:zostawi\w*|rzuci\w*|rzucał\w*) (?:\w+ ){{0,2}}?(?:na klatce|przed (?:domem"
        r"|bramą|furtką)|w krzakach"
        r"|na ulicy|pod drzwi|na wycieraczk\w*|na schod\w*)|\btylko (?:jedn\w*|połow\w*|część|kilka) z\b"
        r"|\bdłużej,? niż (?:\w+ )?(?:obiec\w*|zapowiada\w*|deklarowa\w*|podawa\w*"
        r"|pisa\w*|zakłada\w*|się spodziewał\w*)"
        r"|\b(?:brać|wziąć|wzięłam|wziąłem|brałam|brałem) (?:\w+ )?(?:wolne|urlop|dzień wolny)\b"
        r"|\bzwalnia\w* się z pracy\b"
        r"|\b(?:dwukrotnie|trzykrotnie|kilkukrotnie|wielokrotnie) (?:\w+ )?(?:dzwoni\w*|pisa\w*|prosi\w*|próbowa\w*"
        r"|reklamowa\w*)"
        r"|\bnie (?:\w+ )?(?:opublikowa\w*|publikuj\w*|dodali|przepuścili) (?:mojej |mojego )?(?:opini\w*|recenzj\w*"
        r"|komentarz\w*)",
    ],
    "ru": [
        r"\b(?:жд|ожида)\w*(?: \w+){{0,3}}? (?:больше |почти |около |целых )?(?:{num} )?(?:\w+ )?{unit}",
        r"\bне очень\b|\bне особо\b|\bтак себе\b|\bне ахти\b|\bпереполнен\w*|\b(?:ещё|еще) (?:лежит|висит|не)\b",
        r"\b(?:занял\w*|заняло|шл\w*|шёл|лежал\w*|висел\w*|возвращали|делали|рассматривали"
        r"|организовывали)(?: \w+){{0,2}}?"
        r" (?:больше |почти |целых )?(?:{num} )?(?:{unit}|вечность)",
        r"\b(?:{num} )?(?:недел\w*|месяц\w*) (?:лежал\w*|висел\w*|ждал\w*|шл\w*|шёл)\b",
        r"\bчерез (?:{num} )?(?:недел\w*|месяц\w*)\b|\bна (?:{num} )?(?:час\w*|дн\w*|день|недел\w*) позже\b"
        r"|\bпозже обещанного\b",
        r"\b(?:так и не|до сих пор не|ещё не|еще не|не|никто не|никогда не"
        r"|ни разу не)(?: \w+){{0,2}}? (?:пришл(?!ось)\w*|пришёл"
        r"|пришел|привезли|привёз|доставил\w*|доставлен\w*|ответил\w*|отвечает|отвечают|отвечал\w*|вернули|вернул\w*"
        r"|перезвонил\w*|позвонил\w*|помог\w*|прошл\w*|прошёл|прошел|работает|работал\w*|применил\w*|применяется"
        r"|поступил\w*|получил\w*|подошл\w*|подошёл|подходит|соответству\w*|смог\w*|могу|могла|мог|удалось"
        r"|дозвонил\w*|загружа\w*|грузи\w*|сработал\w*|срабатыва\w*|открывается|пришло|понима\w*|понял\w*|запуска\w*"
        r"|включа\w*|верю|верит\w*|доверя\w*"
        r"|предупреди\w*|сообщил\w*|сказал\w*|хотел\w*|принял\w*|приняли|принима\w*"
        r"|сортир\w*|отсортир\w*|измени\w*|отмени\w*|выбра\w*|достуч\w*|добил\w*|добиться|опубликовал\w*)\b",
        r"\b(?:до сих пор|всё ещё|все еще|все ещё) (?:жду|ждём|ждем|ничего|не|лежит)\b",
        r"\bбез ответа\b|\bтишина\b|\bникакой реакции\b|\bбез объяснени\w*",
        r"\b(?:звонил\w*|писал\w*|просил\w*|пытал\w*|отписывал\w*|обращал\w*)(?: \w+){{0,2}}? (?:два|три|четыре|пять"
        r"|несколько|\d+) раз\w*|\b(?:два|три|четыре|пять|несколько|\d+) раз\w* (?:звонить|писать|просить|отписыва\w*"
        r"|звонил\w*)",
        r"\bснова и снова\b|\bв очередной раз\b|\b(?:пришлось|приходится) (?:\w+ )?(?:звонить|писать|ждать|ехать"
        r"|просить"
        r"|вводить|отправлять|идти|тащить|бегать|побегать|ходить|походить|мотаться|помотаться|ездить|поездить|объяснять"
        r"|выпрашивать|выбивать|требовать|доказывать|умолять|распечатать|распечатывать|печатать|заполнять)"
        r"|\b(?:пункт|постамат|отделени|почт)\w* (?:\w+ )?(?:был\w* )?(?:закрыт\w*|переполнен\w*|забит\w*)",
        r"\bпод дожд\w*|\bчерез забор\b",
        r"\bполную цену\b|\b(?:скрыт\w*|дополнительн\w*) (?:платеж\w*|комисси\w*|плат\w*)|\bв два раза дороже\b",
        r"\b(?:заставили|заставил\w*|потребовали|требовали)\b|\b(?:отменил\w*|отказал\w*|бросила)\b",
        r"\b(?:списали|списал\w*)(?: \w+){{0,2}}? (?:дважды|два раза|всё равно|все равно)\b|\bвсё равно списали\b",
        r"\b(?:сломан\w*|разбит\w*|разбил(?!\w* в лепёшку)\w*|поврежд\w*|вмятин\w*|смят\w*|помят\w*|треснут\w*|мокр\w*"
        r"|растаявш\w*"
        r"|растаял\w*|испорчен\w*|просрочен\w*|гнил\w*|потерял\w*|не хватало)",
        r"\b(?:вылета\w*|завис\w*|тормоз(?!(?:а|ов|ами|ах)\b)\w*|глюч\w*|разлогинива\w*|виснет)",
        r"\b(?:обман\w*|врёт|врет|врут|куплен\w* отзыв\w*|фейк\w*|накрут\w*|неправильн\w*)",
        r"\bшаблонн\w*|\bкопипаст\w*|\bотписк\w*|\bзакрыли (?:обращение|заявку|тикет|жалобу)\b",
        r"\bвечность\b|\bспам\w*|\bбесит\b|\bбесят\b|\bпреследует\b|\bдостали\b|\bнадоел\w*",
        r"\bвсего-то\b|\bбраво,? (?:просто )?браво\b|\bну молодцы\b|\bага, конечно\b|\bну да, конечно\b|\bтолько через\b|\bнигде не\b|\bне понял\w*"
        r"|\bникакой (?:информации|связи|реакции)\b|\bноль (?:реакции|внимания)\b"
        r"|\bне (?:тот|та|то|те) (?:размер|цвет|модель|товар)\w*|\bвместо\b|\bне такой,? как на фото\b"
        r"|\bне совсем\b|\bсовсем друг\w*|\bдруг\w*,? чем (?:в жизни|на фото|в описании)|\bи ничего\W*$"
        r"|\bбез (?:звонка|предупреждения)\b|\bот друг\w* (?:товара|модели|заказа)\b"
        r"|\bтян\w* (?:уже )?(?:{num} )?(?:недел\w*|месяц\w*)|\bпостоянно (?:просит|вылетает|зависает|спрашивает)\b",
        r"\bдаже не\b(?! (?:пришлось|понадобилось|нужно|надо|потребовалось))|\bдолж(?:ен|на|но|ны) был\w*"
        r"|\bне(?<!ничего не)(?<!проблем не)(?<!претензий не)(?<!нареканий не)(?<!вопросов не)(?<!жалоб не) было\b"
        r"(?! (?:никаких |ни малейших )?(?:проблем|претензий|нареканий|вопросов|жалоб|необходимости))"
        r"|\bвсё,? кроме\b|\bвсе,? кроме\b|\b(?:сам|сама|само|сами) (?:по себе )?(?:меня\w*|поменял\w*|очища\w*"
        r"|очистил\w*"
        r"|выкидыва\w*|выключа\w*|добавля\w*|добавил\w*|удаля\w*|удалил\w*|стира\w*|стёр\w*)"
        r"|\b(?:про|для|с|от) друг\w* (?:товар\w*|модел\w*|вещ\w*)"
        r"|\b(?:браво|поздравляю|супер|отлично|прекрасно|класс|молодцы),[^.!?]*(?<!\w)(?:опять|снова|в очередной раз"
        r"|как всегда)(?!\w)|\bна деле\b|\bпо факту\b|\bв реальности\b|\bобеща\w*\b[^.!?]*(?<!\w)(?:не|так и не"
        r"|никогда)(?!\w)"
        r"|\bконечно(?:,| же)? (?:не|никто|ничего)\b|\bист(?:ёк|ек|екл)\w*"
        r"|\b(?:сайт|страница|приложение|сервер|система) (?:\w+ )?(?:упал\w*|лёг|легл\w*|лежит)\b"
        r"|\bмогл\w* (?:бы )?быть (?:и )?(?:лучше|быстрее|дешевле|проще|понятнее)\b"
        r"|\bхорошо бы\b|\bлучше бы\b|\bжаль,? что\b|\bхотел(?:а|и|ось)? бы\b|\bмогли бы\b|\bнадо бы\b"
        r"|\bстоило бы\b|\bдолжн[ыа]? были\b|\bне хватает\b|\bвот если бы\b|\bесли бы (?:только|хотя бы)\b|\bвсе (?:\w+ )?(?:заняты|были заняты)\b"
        r"|\b(?:минут\w*|час\w*) (?:музыки|ожидания)\b|\b(?:всё время|постоянно|вечно) (?:одн\w* и т\w* же|то же)\b"
        r"|\bнельзя\b|\b(?:перенос\w*|перенесл\w*|перенёс\w*) (?:\w+ )?(?:доставк\w*|дат\w*|срок\w*)|\bв (?:третий"
        r"|четвёртый|пятый|который|десятый) раз\b|\b(?:{num}|несколько) раз\w* перенос\w*"
        r"|\b(?:куч\w*|много|десяток) (?:звонков|писем|сообщений)\b|\bпо кругу\b|\bне (?:по )?т(?:от|ому|у|ем) адрес\w*"
        r"|\b(?:крутится|грузится|висит|загружается) (?:\w+ )?бесконечно\b|\bбесконечно (?:крутится|грузится|висит"
        r"|загружается)\b"
        r"|\b(?:пришлось|надо было) (?:\w+ )?выброс\w*|\bна выброс\b|\bпосле окна\b|\bпозже (?:окна|срока)\b"
        r"|\bничего не (?:сделал\w*|предпринял\w*)|\bудержал\w*|\bменьше,? чем (?:\w+ )?(?:заплатил\w*|обещал\w*)"
        r"|\b(?:порван\w*|порвал\w*|разорван\w*|высыпал\w*|просыпал\w*|разлил\w*|разлит\w*|протек\w*|потекл\w*)"
        r"|\b(?:надо|нужно) (?:\w+ )?(?:звонить|писать|ждать|ехать|просить|идти)\b|\bтолько бот\w*"
        r"|\b(?:по )?(?:\d+|два|две|три|четыре|пять|несколько) (?:\w+ )?(?:письм\w*|сообщени\w*|уведомлени\w*|смс"
        r"|звонк\w*) в день\b",
        # The same families as in English: what keeps happening, a search that finds nothing, what came
        # against what was shown, the runaround, effort put on the customer, time that passed, ads for
        # what one bought, paying for what did not come.
        r"\b(?:всё время|все время|постоянно|вечно|без конца|каждый раз) (?:мне )?(?:показыва\w*|выкидыва\w*"
        r"|выбрасыва\w*"
        r"|сбрасыва\w*|сбива\w*|присыла\w*|всплыва\w*|выскакива\w*|звон\w*|напомина\w*|разлогинива\w*|спрашива\w*"
        r"|просит|просил\w*|предлага\w*)"
        r"|\bноль (?:результатов|помощи|толку|информации|ответа|обратной связи|реакции|внимания)\b"
        r"|\bничего не наш(?:ёл|ел|ла|ло|лось)\b"
        r"|\bтолку\b[^.!?]*\b(?:ноль|никакого|нет|мало)\b|\b(?:никакого|ноль|мало) толку\b|\bбез толку\b|\bбестолку\b"
        r"|\b(?:слишком |очень |куча |море )?много (?:пушей|пуш\w*|уведомлени\w*|писем|рассыл\w*|рекламы|спама|смс"
        r"|сообщений)\b"
        r"|\b(?:пушей|уведомлений|писем|рекламы|рассылок) (?:слишком |очень |просто )?много\b"
        r"|\b(?:отключил\w*|выключил\w*) (?:все )?(?:уведомления|пуши|пуш-уведомления|рассылку|оповещения)\b"
        r"|\bотписал\w*"
        r"|\bничего общего с (?:\w+ )?(?:фото\w*|описани\w*|реклам\w*|картинк\w*|ролик\w*)"
        r"|\b(?:на (?:фото\w*|фотк\w*|картинке|сайте)|в (?:ролике|рекламе|видео|карточке))\b[^.!?]*, а (?:пришл\w*"
        r"|пришёл|пришел|привезли"
        r"|прислали|в жизни|по факту|на деле|вживую)|\b(?:вообще|абсолютно|совершенно) друг\w*"
        r"|\b(?:уже|давно) (?:его |её |ее |их )?купил\w* (?:в другом месте|в другом магазине|где-то ещё)"
        r"|\b(?:перекину\w*|перекидыва\w*|переключ\w*|перевел\w*|перевёл\w*|перенаправ\w*|отправ\w*) (?:меня "
        r"|нас )?(?:на|к|в) друг\w*"
        r"|\bб/у\b|\bбывш\w* в употреблении\b|\bслед\w* (?:использования|носки|эксплуатации)\b|\bотпечатк\w* пальцев\b"
        r"|\b(?:всплыва\w*|выскакива\w*|вылеза\w*) (?:мне )?(?:постоянно|всё время|все время|каждый раз)\b"
        r"|\b(?:даже )?говорить не хочется\b|\bоставля\w* желать лучшего\b|\bоставил\w* желать лучшего\b"
        r"|\b(?:разговаривать|говорить|общаться) не с кем\b|\bа (?:всё|все) равно\b|\bни слова (?:о|об|про)\b"
        r"|\bпока не (?:заметил\w*|понял\w*|увидел\w*)|\b(?:подняли|задрали) цен\w*|\b(?:удалил\w*|поудалял\w*) (?:его|её|ее|приложение|почти все|все)\b|\bне с кем (?:разговаривать|говорить|поговорить)\b"
        r"|\bну,? спасибо\b|\bспасибо,? кэп\b|\bспасибо за (?:ничего|такой сервис)\b|\bага,? щас\b|\bочень смешно\b|\bну-ну\b"
        r"|\bтипично(?=\s*[.!?…]|\s*$)"
        r"|\bне туда\b|\b(?:вернули|ответили|пришл\w*|привезли|решили|получил\w*) (?:\w+ ){{0,3}}?только после\b"
        r"|\bтолько после (?:\w+ )?(?:жалоб\w*|претензи\w*|звонк\w*|скандал\w*|угроз\w*)|\bне т(?:от|а|о|е),? (?:что"
        r"|которую|который|которые|какой|какую) (?:я )?заказыва\w*|\b(?:промокод|купон|сертификат"
        r"|скидк)\w* (?:\w+ ){{0,2}}?(?:был |оказал\w* )?(?:недействительн\w*|просрочен\w*)"
        r"|\b(?:денег|деньги) (?:\w+ )?не (?:верну\w*|отда\w*|возвраща\w*|получил\w*|видел\w*)"
        r"|\bтолько (?:на )?(?:бонус\w*|балл\w*|сертификат\w*)"
        r"|\b(?:вдруг|внезапно|в самом конце|только в конце) (?:\w+ )?(?:появил\w*|выскочил\w*|добавил\w*|насчитал\w*"
        r"|вылез\w*)"
        r"|\b(?:накинули|накрутили|доначислил\w*)\b|\bдороже (?:самого )?(?:товара|заказа)\b"
        r"|\b(?:уведомлени\w*|пуш\w*|письм\w*|смс|звонк\w*|реклам\w*) (?:\w+ )?кажд(?:ый|ую|ые) (?:час|день|минуту"
        r"|пять минут|несколько минут|\w+ минут)"
        r"|\bвезде (?:мне )?(?:выскакива\w*|вылеза\w*|всплыва\w*)|\b(?:выскакива\w*|вылеза\w*"
        r"|всплыва\w*) (?:мне )?везде\b"
        r"|\bразмер\w* (?:\w+ )?(?:никогда |опять |уже |вечно )?нет\b|\bнет (?:моего |нужного |моих |нужных )?размер\w*"
        r"|\bне по адресу\b|\b(?:сто|тысячу|миллион) раз\b"
        r"|\b(?:полчаса|полдня|целый час|целый день|весь день|час|два часа|{num} (?:дн\w*"
        r"|час\w*)) (?:\w+ )?(?:объясня\w*|доказыва\w*"
        r"|дозванива\w*|висел\w*|сидел\w* (?:дома|на телефоне|на линии)|пытал\w*)\b"
        r"|\b(?:всё |все )?заново (?:набира\w*|вводи\w*|заполня\w*|собира\w*|оформля\w*|выбира\w*)|\bс нуля\b"
        r"|\bкорзин\w* (?:\w+ )?(?:пустая|пуста|очистил\w*|обнулил\w*|слетел\w*)"
        r"|\b(?:{num} |целая |целый )?(?:недел\w*|месяц\w*|дн\w*) прошл\w*|\bпрош(?:ла|ёл|ел|ло"
        r"|ли) (?:уже )?(?:больше |почти )?(?:{num} )?(?:недел\w*|месяц\w*|дн\w*)"
        r"|\b(?:ответил\w*|перезвонил\w*|отреагировал\w*|написал\w*"
        r"|связал\w*) (?:\w+ )?(?:только )?через (?:{num} )?(?:дн\w*|день|недел\w*|месяц\w*)"
        r"|\b(?:хотя|хоть) (?:я |мы )?(?:\w+ )?(?:оплачива\w*|оплатил\w*|заплатил\w*)"
        r"|\bза (?:свой|мой|собственный) сч(?:ёт|ет)\b|\bиз своего кармана\b|\bработает,? (?:\w+ )?(?:пока не"
        r"|до тех пор)"
        r"|\bбольше не (?:буду|закажу|куплю|возьму|доверяю|верю|пользуюсь|заказываю|обращусь|покупаю)\b|\bуже нет\b"
        r"|\b(?:оставил\w*|выгрузил\w*|бросил\w*|поставил\w*|кинул\w*) (?:\w+ ){{0,2}}?(?:у подъезда"
        r"|под дверью|у двер\w*"
        r"|на пороге|на лестниц\w*|на улице|во дворе|у ворот|в подъезде)|\bникто (?:мне |нам |так и |вообще )?не\b"
        r"|\bтолько (?:одн\w*|половин\w*|часть) из\b"
        r"|\bне (?:\w+ )?(?:берут|берёт|берет|брал\w*|взял\w*) трубк\w*|\b(?:больше"
        r"|дольше)(?: времени)?,? чем (?:\w+ )?(?:обеща\w*"
        r"|заявля\w*|писал\w*|указ\w*|говорил\w*|планировал\w*|ожидал\w*)|\bотпраш\w*|\bотпросил\w*|\bбрать отгул\w*"
        r"|\bвзял\w* отгул\w*"
        r"|\b(?:дважды|трижды|два раза|три раза|несколько раз) (?:\w+ )?(?:пробовал\w*|пытал\w*|звонил\w*|писал\w*"
        r"|переспрашива\w*"
        r"|объясня\w*|повторя\w*)|\b(?:{num}|несколько) раз\w* (?:\w+ )?переспрашива\w*"
        r"|\bне (?:\w+ )?(?:опубликовал\w*|публику\w*|пропустил\w*) (?:мой |мою )?(?:отзыв\w*|комментари\w*)"
        r"|\bне прош(?:ёл|ел|ла) модераци\w*"
        r"|\b(?:ответа|денег|возврата) (?:так и |до сих пор |всё ещё |пока )?нет\b|\bнет (?:до сих пор|ответа)\b"
        r"|\b(?:до человека|до живого человека|до оператора) (?:\w+ )?не (?:дойти|добраться|достучаться|дозвониться)"
        r"|\b(?:отлично|супер|прекрасно|класс|замечательно|здорово|круто), (?:чё|че|ага|блин|ну-ну)\b",
    ],
}
# At the start of a text (matched there only, so it costs nothing elsewhere). Sarcasm that can
# stand anywhere ("yeah right", "akurat", "всего-то") is among the events above.
_SARCASM = {
    "en": r"\W*(?:oh yeah|oh well|yeah well|oh|yeah|ah|wow|well),? (?:great|brilliant|perfect|super|wonderful|fantastic|lovely|nice|amazing"
          r"|marvellous|terrific|thanks)\b",
    "pl": r"\W*(?:no|o|ach|oj|aha|tak),? (?:super|pięknie|świetnie|cudownie|wspaniale|brawo|rewelacja|ekstra|bomba)\b",
    "ru": r"\W*(?:ну|о|ага|ах|да уж|ой),? (?:супер|прекрасно|отлично|замечательно|чудесно|класс|здорово|великолепно"
          r"|шикарно|браво)\b",
}
# A negator just before an event undoes it: "nothing was broken", "nic nie było uszkodzone".
_UNDO = {"en": re.compile(r"\b(?:no|not|nothing|without|never|didn't|did not|don't|never)\W+$"),
         "pl": re.compile(r"\b(?:bez|nic|nie|żadnych|żadnego|nigdzie|nikomu)\W+(?:\w+\W+)?$"),
         "ru": re.compile(r"(?<!\w)(?:без|ничего|ни|никаких|не|никуда|никому)\W+(?:\w+\W+)?$")}
# An event that is a negation itself ("не понял") stays one after "ничего", "nic", "nothing".
_NEGATED = re.compile(r"(?:не|ни|nie|ni|not|never|no|nobody|nikt|никто)\b")
# Contrast: what follows weighs more than what precedes ("fast, but broken"). One list for the
# cues, the PL/RU scorer and the coder's clauses.
CONTRAST = {"en": ("but", "however", "whereas"), "pl": ("ale", "jednak", "lecz", "natomiast", "tylko że"),
            "ru": ("но", "однако", "зато", "а вот", "только вот")}
_BUT = {language: re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)") for language, words in CONTRAST.items()}
# Idioms of praise whose words read as complaint or as nothing ("nie mam na co narzekać", "ни разу
# не подвели", "can't fault them", "złoty człowiek"): the text is at least PRAISE_FLOOR before events.
_PRAISE = {
    "en": r"\bnothing to complain about\b|\bcan(?:'t|not) (?:complain|fault)\b|\bcouldn't (?:fault|ask for more)\b"
          r"|\bnever (?:once )?let (?:me|us) down\b|\bnever (?:once )?(?:been )?(?:disappointed|regretted)\b"
          r"|\b(?:got|get|received|receive) (?:exactly |just )?what i (?:ordered|paid for|wanted|asked for)\b"
          r"|\bcan't say a (?:bad|single bad) word\b|\bnothing bad to say\b|\bnot a (?:single )?bad word\b"
          r"|\bcan't imagine (?:\w+ )?without\b|\b(?:an )?absolute star\b"
          r"|\bno questions asked\b|\bknew (?:exactly )?what i was getting\b"
          r"|\bsaved me from\b|\bdidn't (?:even )?(?:have|need) to (?:call|chase|ring|pay|print|wait|go|explain|send"
          r"|queue)\b"
          r"|\bbetter than (?:i )?(?:expected|feared|thought)\b|\bexactly what i (?:needed|wanted|was after"
          r"|was looking for)\b",
    "pl": r"\bnie (?:mam|ma|miałam|miałem) (?:na co|się do czego) (?:narzekać|przyczepić)|\bnic dodać,? nic ująć\b"
          r"|\bstrzał w dziesiątkę\b|\bzłot\w* (?:człowiek|rączka)\b|\bnie wyobrażam sobie (?:\w+ )?bez\b"
          r"|\bnigdy (?:\w+ )?nie (?:zawi\w*|rozczarowa\w*|żałował\w*)"
          r"|\bzł\w* słow\w* (?:\w+ )?nie (?:powiem|mogę powiedzieć)|\bnie (?:powiem"
          r"|mogę powiedzieć) (?:\w+ )?zł\w* słow\w*"
          r"|\bnic złego nie (?:powiem|mogę powiedzieć)|\b(?:dostał\w*|dostaję|otrzymał\w*) (?:dokładnie "
          r"|właśnie )?to,? co (?:zamówił\w*|zamawiał\w*)|\bani razu (?:\w+ )?nie (?:zawi\w*|rozczarowa\w*|żałował\w*)"
          r"|\bbez (?:żadnych |zbędnych )?pytań\b"
          r"|\bwiedział\w*,? co dostan\w*|\buratował\w* (?:mnie |nas )?przed\b"
          r"|\bnie (?:musiał\w*|trzeba było) (?:\w+ )?(?:nigdzie|nic|dzwonić|pisać|czekać|jechać|drukować|płacić"
          r"|dopłacać|tłumaczyć"
          r"|chodzić|doczytywać|szukać|robić)\b|\b(?:nic|nigdzie) nie (?:musiał\w*|trzeba było)\b"
          r"|\b(?:dokładnie|właśnie|akurat) to,? czego (?:szukał|potrzebował|chciał)\w*|\b(?:poszli|poszła|poszedł"
          r"|poszło|idą|pójdą)"
          r" (?:mi |nam )?na rękę\b|\blepiej,? niż (?:się )?(?:bał\w*|myślał\w*|spodziewał\w*|sądził\w*)",
    "ru": r"(?:жаловаться|придраться) не (?:на что|к чему)|не (?:на что|к чему) (?:жаловаться|придраться)"
          r"|ни убавить,? ни прибавить|попадание в десятку|в десятку|золот\w* (?:человек|руки)"
          r"|не представляю (?:\w+ )?без\b|ни разу (?:\w+ )?не (?:подв\w*|разочаров\w*|пожалел\w*)"
          r"|(?:получил\w*|получаю|пришл\w*|привезли) (?:ровно |именно |как раз )?то,? что (?:я )?(?:заказывал\w*"
          r"|заказал\w*)"
          r"|плох\w* слов\w* (?:\w+ )?не скажу|не скажу (?:\w+ )?плох\w* слов\w*|ничего плохого не скажу"
          r"|никогда (?:\w+ )?не (?:подв\w*|разочаров\w*|пожалел\w*)"
          r"|без (?:лишних |всяких |каких-либо )?вопросов|знал\w*,? что получ\w*|спасл\w* (?:меня |нас )?от\b"
          r"|(?:никуда |ничего )?не (?:пришлось|понадобилось|нужно было) (?:\w+ )?(?:никуда|ничего|звонить|писать"
          r"|ждать|ехать"
          r"|платить|доплачивать|объяснять|печатать|искать)|лучше,? чем (?:я )?(?:боял\w*|думал\w*|ожидал\w*)|к (?:ним"
          r"|нему|ней|вам|этому) (?:никаких )?вопросов нет"
          r"|(?:именно|как раз|ровно) то,? что (?:я )?(?:искал\w*|нужно|надо|хотел\w*)"
          r"|разбил\w* в лепёшку|из кожи вон лез\w*",
}

PRAISE_FLOOR = 0.45
EVENT_WEIGHT = 0.35  # share of the way to -1 per complaint event after the last "but" (or with no "but")
EARLY_WEIGHT = 0.15  # the same for an event before it

SARCASM = {language: re.compile(rule) for language, rule in _SARCASM.items()}


def at_word_starts(alternatives, flags: int = 0) -> re.Pattern:
    """The alternatives as one regex tried only at word starts, grouped by their first character:
    the search skips a whole group on one character comparison instead of trying ~100 rules at
    every word. Within a group the rules keep their order, so the matches are the plain ones
    (with re.IGNORECASE, as long as the rules are written in lower case)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        for head, tail in _heads(alternative):
            groups.setdefault(head, []).append(tail)
    return re.compile(r"\b(?=\w)(?:" + "|".join(head + "(?:" + "|".join(tails) + ")" for head, tails in groups.items())
                      + ")", flags)


def _heads(rule: str) -> list[tuple[str, str]]:
    """[(first character, the rest of the rule)] for a rule matched at a word start, one pair per
    first character, in the rule's order. A rule may open with a literal character, a group of
    such branches ("(?:a|b)..."), an optional group ("(?:po )?..."), or \\d+."""
    if rule.startswith(r"\b"):  # the word start is asserted once, for all rules
        rule = rule[2:]
    if rule.startswith("(?:"):
        end = _group_end(rule)
        if rule[end:end + 1] == "?" and rule[end + 1:end + 2] != "?":  # (?:A)?R is AR, then R
            pairs, rest = _heads(rule[:end] + rule[end + 1:]) + _heads(rule[end + 1:]), ""
        elif rule[end:end + 1] in ("?", "*", "+", "{"):
            raise ValueError(f"a cue rule may not open with a repeated group: {rule}")
        else:
            pairs, rest = [pair for branch in _alternatives(rule[3:end - 1]) for pair in _heads(branch)], rule[end:]
        tails: dict[str, list[str]] = {}
        for head, tail in pairs:
            tails.setdefault(head, []).append(tail)
        return [(head, "(?:" + "|".join(branches) + ")" + rest) for head, branches in tails.items()]
    if rule.startswith(r"\d+"):
        return [(r"\d", r"\d*" + rule[3:])]
    if rule and rule[0] not in "\\()[]|.^$*+?{" and rule[1:2] not in ("?", "*", "+", "{"):
        return [(rule[0], rule[1:])]
    raise ValueError(f"a cue rule must open with a letter, a group of them or \\d+: {rule}")


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|(?:b|c)" -> ["a", "(?:b|c)"])."""
    found, start = [], 0
    for i, char, depth in _scan(source):
        if char == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
    return found + [source[start:]]


def _group_end(source: str) -> int:
    """Where the group opening source ends (the index after its ")")."""
    return next(i + 1 for i, char, depth in _scan(source) if char == ")" and depth == 0)


def _scan(source: str):
    """(index, character, group depth after it) of the regex syntax in source, escapes and
    character classes skipped."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


EVENTS = {language: at_word_starts(alternative for rule in rules
                                    for alternative in _alternatives(rule.format(num=_NUM[language], unit=_UNIT[language])))
          for language, rules in _EVENTS.items()}
PRAISE = {language: at_word_starts(_alternatives(rule)) for language, rule in _PRAISE.items()}


def with_cues(lowered: str, score: float, language: str) -> float:
    """The lexical ``score`` of a text (``lowered``: in lower case, as the scorer has it already)
    corrected for sarcasm and complaint events."""
    if score > 0 and SARCASM[language].match(lowered):
        score = -0.5 * score
    if score < PRAISE_FLOOR and PRAISE[language].search(lowered):
        score = PRAISE_FLOOR
    events = [m.start() for m in EVENTS[language].finditer(lowered)
              if _NEGATED.match(m.group()) or not _UNDO[language].search(lowered[max(0, m.start() - 24):m.start()])]
    if not events:
        return score
    but = max((m.start() for m in _BUT[language].finditer(lowered)), default=-1)
    late = sum(start > but for start in events)
    early = len(events) - late
    if late:  # each event takes its share of what is left to -1, so no pile of them saturates
        score = -1 + (1 + min(score, 0.0)) * (1 - EVENT_WEIGHT) ** late * (1 - EARLY_WEIGHT) ** early
    else:
        score -= 2 * EARLY_WEIGHT * early
    return round(max(-1.0, min(1.0, score)), 4)
