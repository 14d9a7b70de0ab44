"""The six Demo Shop interviews, as plain turns; make_demo.py renders each in its own export format.

Kept apart from the generator because it is prose: a facilitator can reword a quote here
without reading any code. Each participant matches a survey segment, and what they say
follows the survey's story (search and payment delight, delivery and returns hurt, 55+
first-time buyers on a computer struggle at sign-up, checkout and payment).
"""
from __future__ import annotations

M, P = "moderator", "participant"

MARGARET = [  # 55+, first order, Computer, heard from her sister: the struggler
    (M, "Hello Margaret, thank you for joining. Can you hear me all right?"),
    (P, "Yes, I can hear you fine. I hope the camera works, my son set it up for me."),
    (M, "It works perfectly. First, could you tell me a little about yourself and how you shop online?"),
    (P, "I'm 58, I work part-time at the library. I don't buy much online, usually my son does it "
        "for me. This was my first order with Demo Shop."),
    (M, "How did you first hear about Demo Shop?"),
    (P, "My sister recommended it. She bought a coat there and said the prices were good. "
        "That recommendation is really the only reason I tried it."),
    (M, "What happened when you first went to the website?"),
    (P, "The homepage was fine, a big banner with the sale. I typed the name of the coat into the "
        "search and it found it straight away, I was pleasantly surprised."),
    (M, "And the product page itself?"),
    (P, "The photos were lovely, and the size chart helped. I read the reviews too, people said "
        "it runs small, so I ordered one size up. That was useful."),
    (M, "Then you decided to buy. Walk me through that."),
    (P, "Well, that's where it went wrong. It asked me to create an account before I could pay. "
        "I didn't want an account, I just wanted the coat."),
    (M, "What happened with the account?"),
    (P, "The password kept being rejected. It wanted a capital letter, then a number, then a "
        "special sign, but it only told me one thing at a time. I tried four times. It was "
        "frustrating, honestly I nearly gave up."),
    (M, "And after the sign-up?"),
    (P, "The checkout had very small text on my computer. I filled in my address and when I "
        "went back to change the delivery option, the address was gone. I had to type it all again."),
    (M, "How did the payment go?"),
    (P, "My card was declined the first time. Then the bank sent a code to my phone, and by the "
        "time I found my phone the payment page had timed out. The second time it worked, but "
        "I was charged twice."),
    (M, "That sounds stressful. Did you contact anyone?"),
    (P, "I tried the chat. A robot answered first and kept sending me links. After twenty minutes "
        "a real person came and said the double payment would be refunded in five days. It was, "
        "to be fair."),
    (M, "How was the delivery?"),
    (P, "Late. They said two days, it came after a week. The courier didn't ring, he left a note "
        "and I had to collect the parcel from the post office."),
    (M, "Did the coat fit?"),
    (P, "It did, luckily, so I didn't have to return it. I dread to think what returns are like."),
    (M, "If you could change one thing, what would it be?"),
    (P, "Let me pay without an account, and make the writing bigger. And pick a better courier."),
    (M, "Would you recommend Demo Shop to a friend?"),
    (P, "Not at the moment, no. Maybe to my sister's friends who are younger, they'd manage. "
        "For me it was too much hassle."),
    (M, "Thank you, Margaret, that's really helpful."),
    (P, "You're welcome, dear. I hope it helps."),
]

JAKE = [  # 18-24, returning, Phone, came from an Instagram ad: the fan
    (M, "Hi Jake, thanks for making time. Let's start easy: who are you and how do you shop?"),
    (P, "Sure. I'm 24, I'm a junior designer, and I buy basically everything on my phone. "
        "I've ordered from Demo Shop maybe six or seven times."),
    (M, "How did you first come across Demo Shop?"),
    (P, "An Instagram ad, I think. A sponsored post with trainers I liked. The ad was actually good, "
        "not annoying, and the price was right, so I tapped it."),
    (M, "What do you do first when you open the site?"),
    (P, "Honestly I go straight to the search bar. The search is brilliant. I type half a word, "
        "even with a typo, and it finds it. The filters for size and colour actually work, which "
        "is rare."),
    (M, "Do you look at the homepage at all?"),
    (P, "Not much. It's fine, clean. Sometimes there's a sale banner and I check it."),
    (M, "What about the newsletter?"),
    (P, "I unsubscribed from the newsletter, too many emails. The discount code was nice though."),
    (M, "When you look at a product, what helps you decide?"),
    (P, "The reviews, definitely. People upload photos and say if the size is off. The product "
        "page photos are good too, you can zoom in properly on a phone."),
    (M, "Tell me about paying."),
    (P, "Payment is the best part. Apple Pay, two taps, done. No redirect to some bank page. "
        "I love that, it's why I keep coming back."),
    (M, "And the checkout before the payment?"),
    (P, "Checkout is OK. Since I have an account it remembers my address. The first time it "
        "was a bit long, but now it's quick."),
    (M, "Do you remember signing up for the account?"),
    (P, "Vaguely. It was fine, a bit annoying that it wasn't optional, but I did it with Google "
        "so it was fast."),
    (M, "How have deliveries been?"),
    (P, "Mostly fine, but once the parcel was really late, like ten days, and the tracking said "
        "delivered when it wasn't. That was annoying."),
    (M, "What did you do?"),
    (P, "I used the support chat. The bot was useless, it kept looping, but when I typed 'agent' "
        "a human came and sorted it quickly. She was friendly."),
    (M, "Have you ever returned anything?"),
    (P, "Once. The return was free but I had to print a label, and I don't have a printer. "
        "A QR code would be way better."),
    (M, "How likely are you to recommend Demo Shop?"),
    (P, "Very likely. I already recommended it to two friends. Nine out of ten, I'd say, because "
        "of that delivery thing."),
    (M, "Anything else you'd like to add?"),
    (P, "Just don't break the search and Apple Pay, that's the magic."),
    (M, "Noted! Thanks a lot, Jake."),
    (P, "Cheers."),
]

PRIYA = [  # 25-34, returning, Phone, newsletter reader: positive until she returned something
    (M, "Hi Priya, thanks for joining. Could you introduce yourself?"),
    (P, "Hi! I'm Priya, I'm 31, I'm a nurse, so I mostly shop on my phone during breaks. "
        "I've ordered from Demo Shop about four times."),
    (M, "How did you first hear about the shop?"),
    (P, "A friend at work, actually. She showed me a dress she got there. Later I signed up for "
        "the newsletter."),
    (M, "What do you think of the newsletter?"),
    (P, "It's OK. Sometimes there's a discount code that's worth it. But it comes almost every "
        "day, which is a bit much. Most of it goes unread."),
    (M, "When you're looking for something, how do you go about it?"),
    (P, "I use the search, it's quick and the filters are good. I found my size in seconds."),
    (M, "And then on the product page?"),
    (P, "I like the product pages. The description tells you the fabric, how it fits, and the "
        "photos show the model's height. I find that really useful."),
    (M, "Do you read the reviews?"),
    (P, "Always. The reviews here feel honest, there are some two-star ones too, so I trust them. "
        "They helped me choose the right size most of the time."),
    (M, "How was paying?"),
    (P, "Easy. I use PayPal. No complaints about payment at all."),
    (M, "Let's talk about after you order."),
    (P, "Delivery is slow. It always takes longer than they say. Four or five days instead of two. "
        "The courier leaves the package at the door without knocking."),
    (M, "You mentioned you returned something?"),
    (P, "Yes, and that was the worst part. The return was a nightmare. I had to print a return "
        "label, find a box, and drop it off. Then I waited four weeks for the refund."),
    (M, "Four weeks?"),
    (P, "Four weeks! I had to chase them twice. I was really angry, it was eighty pounds."),
    (M, "How did you chase them?"),
    (P, "Through the chat. The first time the agent said it was processing and closed the chat "
        "before I could ask anything else. The second time someone actually checked and the "
        "refund came two days later."),
    (M, "How did that experience change how you feel about the shop?"),
    (P, "I still buy, because the things are nice and the search and pages are good. But I think "
        "twice before I order something I might return."),
    (M, "What would make returns better for you?"),
    (P, "A drop-off point with no printing, and the refund within a week. That's all."),
    (M, "Would you recommend Demo Shop to a friend?"),
    (P, "Maybe. Seven out of ten. I'd tell them: great for browsing, bad if you need to send "
        "something back."),
    (M, "Thank you so much, Priya."),
    (P, "No problem, good luck with it!"),
]

DAVID = [  # 35-44, first order, Computer, a colleague's recommendation
    (M, "Thanks for joining, David. Could you tell me a bit about yourself?"),
    (P, "Sure. I'm 42, I'm an accountant, two kids. I usually shop on my laptop in the evening. "
        "This was my first order at Demo Shop, a birthday present for my daughter."),
    (M, "How did you find out about Demo Shop?"),
    (P, "A colleague recommended it. He said they had the best price on the headphones I wanted, "
        "and he was right."),
    (M, "What did you do when you arrived on the site?"),
    (P, "I looked at the homepage for a moment, then used the search. Found the headphones "
        "straight away, no problem."),
    (M, "How did you decide to buy them?"),
    (P, "The product page had all the specs, battery life, weight. And there were over a hundred "
        "reviews with an average of four and a half stars. That convinced me."),
    (M, "Then you went to the basket."),
    (P, "Right. The basket was fine, but it made me create an account. I really don't see why I "
        "need an account to buy one pair of headphones. And the form asked for my date of birth. "
        "Why?"),
    (M, "How long did the sign-up take?"),
    (P, "Five minutes maybe, and I had to confirm my email before I could continue. The email took "
        "a while to arrive. It was annoying."),
    (M, "And the checkout itself?"),
    (P, "It was OK, but the delivery cost only appeared at the very end of checkout. That felt a "
        "bit sneaky. I nearly left."),
    (M, "Why did you stay?"),
    (P, "The price was still the best, and the payment was quick. I paid by card, no problems there."),
    (M, "How was the delivery?"),
    (P, "Poor. The courier left my parcel with a neighbour I've never met, three doors down. "
        "I only found out from the tracking."),
    (M, "What did you do then?"),
    (P, "I asked the support chat. The agent was helpful, she found the courier's note and told me "
        "which house. But it shouldn't have happened."),
    (M, "Did you need to return anything?"),
    (P, "No, the headphones were perfect and my daughter loved them."),
    (M, "How would you sum up the experience?"),
    (P, "Great product, great price, annoying sign-up, bad delivery. Six out of ten."),
    (M, "Would you order again?"),
    (P, "Probably, now that I have the account anyway. But if another shop had the same price, "
        "I'd go there."),
    (M, "Thanks, David, that's very clear."),
    (P, "My pleasure."),
]

HELEN = [  # 55+, first order, Computer, found the shop through a search engine
    (M, "Thank you for talking to us. Could you tell me a bit about yourself?"),
    (P, "I'm Helen, I'm 63, retired teacher. I use my computer for email and some shopping. "
        "This was the first time I ordered from Demo Shop."),
    (M, "How did you find the shop?"),
    (P, "I searched on Google for a garden chair and Demo Shop came up first. There was an ad, I "
        "think, but I clicked the normal result."),
    (M, "What was your first impression of the website?"),
    (P, "The homepage was busy. A pop-up about the newsletter came up straight away and I couldn't "
        "find how to close it. Then it was fine."),
    (M, "How did you find the chair?"),
    (P, "The search worked well, I'll give them that. The product page had good photos and the "
        "measurements. The reviews said it was sturdy."),
    (M, "Tell me about placing the order."),
    (P, "Oh dear. First I had to register. The password rules were not explained, it just said "
        "invalid. My grandson had to help me over the phone."),
    (M, "And after registering?"),
    (P, "The checkout page was long and confusing. The text was tiny and the button to confirm "
        "was grey, I didn't think it was a button at all."),
    (M, "How did the payment go?"),
    (P, "Badly. I chose bank transfer because I don't like putting my card in, but I couldn't "
        "find it. In the end I used my card and the payment page said error, so I paid again. "
        "Then I saw two payments on my bank statement."),
    (M, "What did you do about the double payment?"),
    (P, "I used the chat. The chatbot didn't understand me at all. Then a person answered after "
        "half an hour and said it would be refunded. She was polite, but it took a long time."),
    (M, "Did the chair arrive?"),
    (P, "Eventually. Eight days instead of three. The parcel was damaged, the box was torn open "
        "and one leg was scratched."),
    (M, "Did you return it?"),
    (P, "I tried to. The returns page wanted me to print a label. I printed it but the label "
        "didn't scan at the post office. I had to call twice. The refund came three weeks later."),
    (M, "Looking back, what was the hardest part?"),
    (P, "Paying. I never want to feel that anxious about money again. And the returns."),
    (M, "Was anything good?"),
    (P, "Finding the chair was easy, the search and the photos. And the price was good."),
    (M, "How likely are you to recommend Demo Shop?"),
    (P, "I'm sorry, but not likely. Two out of ten. I told my friends at the garden club to "
        "avoid it."),
    (M, "Thank you, Helen. That's very honest and very useful."),
    (P, "I hope they fix it. The chair was nice."),
]

SOFIA = [  # 35-44, returning, Tablet, newsletter subscriber: mixed
    (M, "Hi Sofia, thanks for joining us. Tell me about yourself."),
    (P, "Hi! I'm 37, I run a small bakery, so I shop late in the evening on my tablet. I've bought "
        "from Demo Shop maybe ten times, mostly kitchen things."),
    (M, "How did you first hear about the shop?"),
    (P, "A Facebook ad, years ago. A sponsored post with a stand mixer on sale. Now I mostly come "
        "back because of the newsletter."),
    (M, "What do you like about the newsletter?"),
    (P, "The discount codes. And it shows new products. I open maybe half of the emails."),
    (M, "What do you do when you land on the site?"),
    (P, "The homepage usually has the banner from the newsletter, so I click that. On the tablet "
        "it looks nice, not cluttered."),
    (M, "And when you look for something specific?"),
    (P, "The search is great. I type 'loaf tin' and it finds loaf tins, not random stuff. "
        "The filter by price is handy."),
    (M, "How do you decide what to buy?"),
    (P, "I read the reviews first, especially the bad ones. Then the product page, the "
        "description and the photos. Sometimes the sizes on the product page are wrong though. "
        "A tray I bought was smaller than it said."),
    (M, "How is the checkout for you?"),
    (P, "Fine. I'm logged in, so it's quick. The payment with BLIK is instant, I love that."),
    (M, "And the deliveries?"),
    (P, "That's the problem. Delivery is always late, and twice the parcel arrived damaged. "
        "A glass bowl was broken once. The courier obviously threw it."),
    (M, "What happened with the broken bowl?"),
    (P, "I contacted the support chat. The agent was really nice and offered a refund or a new "
        "one. But the chat took forty minutes to answer. In a bakery I don't have forty minutes."),
    (M, "Did you return the bowl?"),
    (P, "They said I should send it back first. So I had to pack broken glass and take it to a "
        "drop-off point. The return was free, at least, but the refund took two weeks."),
    (M, "How do you feel about the shop overall?"),
    (P, "Mixed. I love finding things, the prices and paying. I hate waiting for the parcel and "
        "wondering if it will be broken."),
    (M, "What would you change first?"),
    (P, "The courier. Better packaging too. The rest is good."),
    (M, "Would you recommend Demo Shop?"),
    (P, "To friends who are patient, yes. Seven out of ten."),
    (M, "Thank you, Sofia, that's very useful."),
    (P, "Thank you! Good luck."),
]

INTERVIEWS = [
    dict(file="01_margaret_lewis_zoom", format="zoom_vtt", title="Demo Shop customer interview 1",
         names={M: "Kasia Nowak", P: "Margaret Lewis"}, turns=MARGARET),
    dict(file="02_jake_morgan_teams", format="teams_vtt", title="Demo Shop customer interview 2",
         names={M: "Kasia Nowak", P: "Jake Morgan"}, turns=JAKE),
    dict(file="03_priya_shah", format="srt", title="Demo Shop customer interview 3",
         names={M: "Kasia Nowak", P: "Priya Shah"}, turns=PRIYA),
    dict(file="04_david_okafor", format="named_txt", title="Demo Shop - interview 4 - David Okafor",
         names={M: "Interviewer", P: "David"}, turns=DAVID),
    dict(file="05_helen_brooks_qa", format="qa_txt", title="Transcript: Customer Interview #5",
         names={M: "Interviewer", P: "Helen Brooks"}, turns=HELEN),
    dict(file="06_sofia_reyes_notes", format="md", title="Interview 6: Sofia Reyes (returning customer, tablet)",
         names={M: "Interviewer", P: "Sofia"}, turns=SOFIA),
]
