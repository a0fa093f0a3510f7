# The words gutjoint prints, in British English: the reference locale. Every other locale holds
# every message here. Keep the ids (left of "=") and the { $variables } exactly as they are;
# translate the text. See "Adding a language" in the README.

## Dates

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
weekday-short-monday = Mon
weekday-short-tuesday = Tue
weekday-short-wednesday = Wed
weekday-short-thursday = Thu
weekday-short-friday = Fri
weekday-short-saturday = Sat
weekday-short-sunday = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# The handout's date: "Tuesday 1 December 2026". Variables: weekday, day, month, month-short, year.
date-long = { $weekday } { $day } { $month } { $year }
# A day of the week table: "1 Dec".
date-short = { $day } { $month-short }

## Meals, diets, allergens, aisles

meal-breakfast = Breakfast
meal-lunch = Lunch
meal-dinner = Dinner
meal-snack = Snack
meal-side = Sides
diet-vegan = Vegan
diet-vegetarian = Vegetarian
diet-pescatarian = Pescatarian
diet-omnivore = Contains meat
allergen-celery = celery
allergen-gluten = gluten
allergen-crustaceans = crustaceans
allergen-eggs = eggs
allergen-fish = fish
allergen-lupin = lupin
allergen-milk = milk
allergen-molluscs = molluscs
allergen-mustard = mustard
allergen-tree-nuts = tree nuts
allergen-peanuts = peanuts
allergen-sesame = sesame
allergen-soy = soya
allergen-sulphites = sulphites
aisle-produce = Fruit and vegetables
aisle-bakery = Bakery
aisle-fish-and-meat = Fish and meat
aisle-chilled = Chilled
aisle-frozen = Frozen
aisle-cupboard = Cupboard
aisle-herbs-and-spices = Herbs and spices
aisle-drinks = Drinks

## Tags and what earns them

tag-fiber = Fibre
tag-high-fiber = High fibre
tag-polyphenol = Polyphenols
tag-live = Live cultures
tag-cooked = Cooked ferment
tag-omega3 = Omega-3
tag-high-omega3 = High omega-3
rule-fiber = at least { $grams } g of fibre per serving
rule-high-fiber = at least { $grams } g of fibre per serving
rule-polyphenol = a serving holds a polyphenol-rich food in a real amount: berries (75 g or more), extra virgin olive oil (10 ml or more), cocoa (10 g or more), a cup of green tea, deeply coloured vegetables (80 g or more), or herbs and spices; the recipe names which
rule-live = a fermented food that is not heated, so its live cultures reach you
rule-cooked = a fermented food that is heated: it adds flavour, but its cultures are no longer alive
rule-omega3 = at least { $ala } g of plant omega-3 (ALA) or { $epa-dha } mg of fish omega-3 (EPA and DHA) per serving
rule-high-omega3 = at least { $ala } g of ALA or { $epa-dha } mg of EPA and DHA per serving

## Amounts

to-taste = to taste
# "3 (about 450 g)" on the shopping list.
about = about { $amount }
left-over = { $amount } left over
about-word = about
# A cook's servings: "1 serving", "3 1/2 servings". Variables: amount (as printed), n (the number).
servings = { $n ->
    [one] 1 serving
   *[other] { $amount } servings
}
# A patient's portion: as above, but below one serving: "3/4 of a serving". Also: whole.
portion = { $whole ->
    [0] { $amount } of a serving
   *[other] { $n ->
        [one] 1 serving
       *[other] { $amount } servings
    }
}
your-portion = your portion: { $portions }
# Joins two portions: "1 serving or 1 1/4 servings".
or-join = {" "}or{" "}
# A recipe's note at other amounts: "as written for 4: 2 cans, drained".
note-as-written = as written for { $serves }: { $note }
# The household's cooking this week: "Thursday dinner: cook 3 servings".
cook-line = { $days } { $meal }: cook { $servings }
cook-line-each = { $days } { $meal }: cook { $servings } each time
cook-keep = keep { $kept } for { $next }'s lunch
cook-freeze = freeze { $frozen } for { $later }'s dinner
# A column of amounts on a recipe page for a meal cooked on more than two days.
column-days = { $n } days
# Joins a list as a sentence does: rest is "Monday, Tuesday", last "Friday".
list-and = { $rest } and { $last }
# Oven temperatures in recipe steps. Variables: c (°C), fan (°C, fan oven), f (°F), gas (gas mark).
oven-with-fan = { $c } °C, { $fan } °C fan, gas mark { $gas } or { $f } °F
oven = { $c } °C, gas mark { $gas } or { $f } °F
# US measures (used by locales that measure in cups). Variables: amount (as printed), n.
unit-cup = { $amount } { $n ->
    [one] cup
   *[other] cups
}
unit-tbsp = { $amount } tbsp
unit-tsp = { $amount } tsp
unit-oz = { $amount } oz
unit-lb = { $amount } lb
unit-fl-oz = { $amount } fl oz

## Recipe facts

fact-energy = Energy
fact-fiber = Fibre
fact-ala = Plant omega-3 (ALA)
fact-epa-dha = Fish omega-3 (EPA+DHA)
fact-protein = Protein
fact-salt = Salt
fact-calcium = Calcium
fact-vitamin-d = Vitamin D
rice-rule = Cooked rice: cool it within an hour, keep it in the fridge for no more than a day, and heat it up only once, until it is steaming hot.

## The week's totals and the rules the plan let go

total-plants = Different plants
total-plants-value = { $n } (aim: 30 or more)
total-oily-fish = Days with oily fish
total-oily-fish-value = { $n } (aim: 2)
total-live = Days with a live-fermented dish
total-live-value = { $n } of 7
relaxed-day = { $day }: { $detail }
relaxed-week = This week: { $detail }

## The document

handout-title = Eating for your joints
# What a book or set of cards holds, in words: "Vegan, high fibre, suited to Ana".
filter-chosen = { $n } chosen recipes
filter-fiber = fibre
filter-high-fiber = high fibre
filter-polyphenol = polyphenol-rich
filter-fermented = fermented
filter-live = live cultures
filter-omega3 = omega-3
filter-high-omega3 = high omega-3
filter-suited-to = suited to { $name }
filter-suited-to-profile = suited to the profile

## Every page

page-number = Page { $n }
contact-phone = Phone: { $phone }
contact-email = Email: { $email }
contact-web = Web: { $website }
care-team = Your care team
care-team-note = Bring this handout to your next visit, with notes on how the meals went. If you have questions before then, contact us using the details above.
qr-caption =
    Scan with a phone camera
    to visit our website
printed-on = Printed on { $date } with gutjoint.
default-clinic-name = Your clinic
default-disclaimer = This handout supports, but does not replace, advice from your own doctor, nurse, physiotherapist or dietitian. Do not stop or change any medicine without talking to them first.

## Whom to call

call-no-phone = your GP practice or clinic
call-your-clinic = your clinic
# "Riverside Physio on 01234 567890"; the phone is printed in bold where { $phone } stands.
call-on = { $clinic } on { $phone }
call-when-closed = when it is closed, { $who }
# The clinic and how to reach it are printed where { $clinic } stands.
call-hot-joint = Call { $clinic } the same day for a hot, red, swollen joint, above all with a fever.

## The cover

cover-subtitle = Your gut, your joints, and a week of gut-friendly meals
pillar-fiber = Fibre
pillar-polyphenol = Polyphenols
pillar-fermented = Fermented foods
pillar-omega3 = Omega-3
# The patient's name is printed in bold where { $name } stands.
prepared-for = Prepared for { $name }
main-message-heading = The main message
main-message = The bacteria in your gut may affect inflammation in your joints. Feeding them well is a safe step you can add to your care. We do not yet know if it eases joint pain.
message-picture-alt = A row of three boxes joined by arrows: plants and fermented foods feed your gut bacteria, which may calm inflammation in your joints.
message-picture-1 = Plants and ferments
message-picture-arrow-1 = feed →
message-picture-2 = gut bacteria
message-picture-arrow-2 = that may calm →
message-picture-3 = joint inflammation
five-things = Five things to do
action-1 = Eat many kinds of plants.
action-1-how = Aim for 30 different ones a week. Vegetables, fruit, beans, whole grains, nuts, seeds, herbs and spices all count.
action-2 = Have a live fermented food each day,
action-2-how = such as kefir or live yoghurt. Start with 2 tablespoons a day.
action-3 = Eat oily fish twice a week,
action-3-how = such as salmon or sardines. No fish? Add walnuts, chia or ground flaxseed.
action-4 = Build up slowly
action-4-how = over 2 to 3 weeks, and drink plenty of water.
action-5 = Keep taking your medicines.
action-5-how = Ask your clinician before you start any supplement.

## The key to the tags

tags-heading = What the tags on the recipes mean
tags-intro = Each recipe shows the pillars it meets, per serving. Each tag has a letter, so it still reads when printed in black and white.
tags-numbers-lead = The numbers on each recipe
tags-numbers = are for one serving. Energy is in kcal (calories). Fibre is in grams (g). Omega-3 fats come in two kinds: ALA, from plants such as walnuts and flaxseed, and EPA and DHA, from oily fish; 1,000 mg (milligrams) make 1 g.
sources-heading = Sources
sources-intro = The numbers in brackets in these pages, such as [1], point to this list.

## A recipe page

time-minutes = { $m } min
time-hours = { $h } h
time-hours-minutes = { $h } h { $m } min
serves = Serves { $n }
hands-on = Hands-on { $time }
cooking = Cooking { $time }
chill = Chill { $time }
chill-overnight = Chill overnight
this-week = This week:
amounts-each-time = . The amounts below are for each time.
amounts-that-time = . The amounts below are for that.
contains = Contains:
contains-none = none of the 14 main allergens
may-contain = May contain:
check-the-label = (check the label)
polyphenols-from = Polyphenols from:
ingredients = Ingredients
# Heads the columns of amounts when a recipe is cooked more than once a week: "1. time".
nth-time = { $n }. time
method = Method
per-serving = Per serving:
easy-on-hands = Easy on the hands:
easy-on-hands-why = no fine chopping.
keeping = Keeping:
good-leftovers = Good as leftovers the next day.
food-safety = Food safety:
why-it-helps = Why it helps:

## The week at a glance and the fridge sheet

day = Day
# The recipe's page, after a dish: "p. 12".
page-ref = p. { $n }
leftover = leftover
from-freezer = from freezer
week-heading = Your week at a glance
week-intro = Starting { $date }. After each dish: your portion, then leftover (from the day before) or from freezer (a portion you froze; no mark: cook it that day), its page (p.) and its tags:
starting = Starting { $date }
# The patient's name is printed in bold where { $name } stands.
sheet-for = For { $name }
recipes-in-handout = The recipes are in your handout.
tick-heading = Tick what you managed
aim-fiber = Fibre: beans, whole grains, veg or fruit at every meal
aim-polyphenol = Polyphenols: berries, herbs, tea, olive oil or dark chocolate
aim-live = A live-fermented food: yoghurt, kefir, sauerkraut or kimchi
aim-omega3 = Omega-3: oily fish, or walnuts, flax or chia
aim-plant = A new plant today (aim: 30 different plants a week)

## What the week covers, and the shopping list

coverage-heading = How this week covers the pillars
coverage-intro = Each column is a day. A filled dot means the day's meals meet the aim; a ring means they do not. The plan aims for 25 g of fibre a day for each person, on the way to the 30 g adults are advised to eat. "Polyphenol-rich meals" counts the day's meals with a polyphenol-rich food: "4/4" means all 4 of them had one. Use the chart to spot a day to add a live yoghurt, some nuts or a piece of fruit.
coverage-live = Live-fermented dish
coverage-omega3 = Omega-3 source
coverage-fiber = Your fibre
coverage-fiber-aim = Fibre aim of 25 g
coverage-polyphenol = Polyphenol-rich meals
coverage-oily-fish = Oily fish
relaxed-heading = What this week could not fit.
relaxed-intro = The recipes that suit you could not meet every aim, so the plan let these go, least important first:
shopping-heading = Shopping list
shopping-intro = For { $n } { $n ->
    [one] person
   *[other] people
}, for the whole week. A dinner you cook for two or three meals is bought once. Buy whole packs: the list says what will be left over at the end of the week.
check-cupboard = Check your cupboard
get-ahead-intro = Cook once, eat two or three times. This week:
get-ahead-heading = Get ahead
get-ahead-cook = { $day } { $meal }: cook { $title } for { $meals } meals.
get-ahead-keep = Keep one in the fridge for { $day }'s lunch.
get-ahead-freeze = Freeze one for { $day }'s dinner.
get-ahead-repeat = { $title }: you have it on { $times } days. It keeps { $days } days in the fridge, so you can make { $batch } days at a time.
get-ahead-fridge-safety = Cool leftovers, cover them and put them in the fridge within 2 hours. Heat them until they are steaming hot.
get-ahead-freezer-safety = Let food cool before you freeze it. Write the name and the date on the box. Thaw it in the fridge overnight, then heat it until it is steaming hot.
get-ahead-fish = Fresh fish and meat keep only a day or two. Freeze what you need for { $days } on the day you shop. Thaw it in the fridge the night before.

## Your week's nutrition

nutrition-heading = Your week's nutrition
nutrition-intro = What your meals give you each day, for { $who }, against { $references }.
target = target { $target }
missed = (missed)
bone-nutrients-heading = Bone and joint nutrients: your daily average this week
nutrient = Nutrient
amount-and-line = Amount, and the line for the reference
you-get = You get
reference = Reference
what-this-means = What this means for you

## The book and the cards

book-title =
    Recipes for your
    gut and joints
book-from = A recipe book from { $clinic }
recipe-count = { $n } { $n ->
    [one] recipe
   *[other] recipes
}
chapter-count = { $n } { $n ->
    [one] recipe
   *[other] recipes
}, one to a page
contents = Contents
book-about = About your gut and joints
chapter = Chapter { $n }
book-sources-intro = The numbers in brackets in the pages about your gut and joints, such as [1], point to this list.
index-tag = Index by tag
# The page number of the key to the tags is printed where { $page } stands.
index-tag-intro = Every recipe that earns a tag, by tag. The key to the tags is on page { $page }.
index-ingredient = Index by main ingredient
index-ingredient-intro = Each recipe is listed under its two main ingredients.
contact-clinic = Contact your clinic
no-cards = No recipes match this selection, so there are no cards to print.
good-leftovers-short = Good as leftovers.
per-serving-card = Per serving
