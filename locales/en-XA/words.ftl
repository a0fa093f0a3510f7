# Generated from en-GB by `cargo run --example pseudo-locale`: do not edit.
# The words gutjoint prints, in British English: the reference locale. Every other locale holds
# every message here. Keep the ids (left of "=") and the { $variables } exactly as they are;
# translate the text. See "Adding a language" in the README.

## Dates

weekday-monday = Mööñdááý
weekday-tuesday = Tüüéésdááý
weekday-wednesday = Wéédñéésdááý
weekday-thursday = Thüürsdááý
weekday-friday = Fríídááý
weekday-saturday = Sáátüürdááý
weekday-sunday = Süüñdááý
weekday-short-monday = Mööñ
weekday-short-tuesday = Tüüéé
weekday-short-wednesday = Wééd
weekday-short-thursday = Thüü
weekday-short-friday = Fríí
weekday-short-saturday = Sáát
weekday-short-sunday = Süüñ
month-1 = Jááñüüáárý
month-2 = Féébrüüáárý
month-3 = Máárçh
month-4 = Ååprííl
month-5 = Mááý
month-6 = Jüüñéé
month-7 = Jüülý
month-8 = Ååüügüüst
month-9 = Sééptéémbéér
month-10 = Ööçtööbéér
month-11 = Ñöövéémbéér
month-12 = Dééçéémbéér
month-short-1 = Jááñ
month-short-2 = Fééb
month-short-3 = Máár
month-short-4 = Ååpr
month-short-5 = Mááý
month-short-6 = Jüüñ
month-short-7 = Jüül
month-short-8 = Ååüüg
month-short-9 = Séép
month-short-10 = Ööçt
month-short-11 = Ñööv
month-short-12 = Dééç
# The handout's date: "Tuesday 1 December 2026". Variables: weekday, day, month, month-short, year.
date-long = { $weekday } { $day } { $month } { $year }
# A day of the week table: "1 Dec".
date-short = { $day } { $month-short }

## Meals, diets, allergens, aisles

meal-breakfast = Brééáákfáást
meal-lunch = Lüüñçh
meal-dinner = Dííññéér
meal-snack = Sñááçk
meal-side = Síídéés
diet-vegan = Véégááñ
diet-vegetarian = Véégéétáárííááñ
diet-pescatarian = Péésçáátáárííááñ
diet-omnivore = Çööñtááííñs mééáát
allergen-celery = çééléérý
allergen-gluten = glüütééñ
allergen-crustaceans = çrüüstááçééááñs
allergen-eggs = ééggs
allergen-fish = fíísh
allergen-lupin = lüüpííñ
allergen-milk = míílk
allergen-molluscs = mööllüüsçs
allergen-mustard = müüstáárd
allergen-tree-nuts = tréééé ñüüts
allergen-peanuts = pééááñüüts
allergen-sesame = séésááméé
allergen-soy = sööýáá
allergen-sulphites = süülphíítéés
aisle-produce = Früüíít ááñd véégéétáábléés
aisle-bakery = Báákéérý
aisle-fish-and-meat = Fíísh ááñd mééáát
aisle-chilled = Çhííllééd
aisle-frozen = Fröözééñ
aisle-cupboard = Çüüpbööáárd
aisle-herbs-and-spices = Héérbs ááñd spííçéés
aisle-drinks = Drííñks

## Tags and what earns them

tag-fiber = Fííbréé
tag-high-fiber = Híígh fííbréé
tag-polyphenol = Pöölýphééñööls
tag-live = Líívéé çüültüüréés
tag-cooked = Çöööökééd féérmééñt
tag-omega3 = Ööméégáá-3
tag-high-omega3 = Híígh ööméégáá-3
rule-fiber = áát lééáást { $grams } g ööf fííbréé péér séérvííñg
rule-high-fiber = áát lééáást { $grams } g ööf fííbréé péér séérvííñg
rule-polyphenol = áá séérvííñg höölds áá pöölýphééñööl-rííçh fööööd ííñ áá rééáál áámööüüñt: béérrííéés (75 g öör mööréé), ééxtráá víírgííñ öölíívéé ööííl (10 ml öör mööréé), çööçööáá (10 g öör mööréé), áá çüüp ööf grééééñ tééáá, dééééplý çöölööüürééd véégéétáábléés (80 g öör mööréé), öör héérbs ááñd spííçéés; théé rééçíípéé ñááméés whííçh
rule-live = áá féérmééñtééd fööööd tháát íís ñööt hééáátééd, söö ííts líívéé çüültüüréés rééááçh ýööüü
rule-cooked = áá féérmééñtééd fööööd tháát íís hééáátééd: íít áádds fláávööüür, büüt ííts çüültüüréés ááréé ñöö lööñgéér áálíívéé
rule-omega3 = áát lééáást { $ala } g ööf plááñt ööméégáá-3 (ÅåLÅå) öör { $epa-dha } mg ööf fíísh ööméégáá-3 (ÉéPÅå ááñd DHÅå) péér séérvííñg
rule-high-omega3 = áát lééáást { $ala } g ööf ÅåLÅå öör { $epa-dha } mg ööf ÉéPÅå ááñd DHÅå péér séérvííñg

## Amounts

to-taste = töö táástéé
# "3 (about 450 g)" on the shopping list.
about = áábööüüt { $amount }
left-over = { $amount } lééft öövéér
about-word = áábööüüt
# A cook's servings: "1 serving", "3 1/2 servings". Variables: amount (as printed), n (the number).
servings = { $n ->
    [one] 1 séérvííñg
   *[other] { $amount } séérvííñgs
}
# A patient's portion: as above, but below one serving: "3/4 of a serving". Also: whole.
portion = { $whole ->
    [0] { $amount } ööf áá séérvííñg
   *[other] { $n ->
        [one] 1 séérvííñg
       *[other] { $amount } séérvííñgs
    }
}
your-portion = ýööüür pöörtííööñ: { $portions }
# Joins two portions: "1 serving or 1 1/4 servings".
or-join = {" "}öör{" "}
# A recipe's note at other amounts: "as written for 4: 2 cans, drained".
note-as-written = áás wrííttééñ föör { $serves }: { $note }
# The household's cooking this week: "Thursday dinner: cook 3 servings".
cook-line = { $days } { $meal }: çöööök { $servings }
cook-line-each = { $days } { $meal }: çöööök { $servings } ééááçh tííméé
cook-keep = kéééép { $kept } föör { $next }'s lüüñçh
cook-freeze = fréééézéé { $frozen } föör { $later }'s dííññéér
# A column of amounts on a recipe page for a meal cooked on more than two days.
column-days = { $n } dááýs
# Joins a list as a sentence does: rest is "Monday, Tuesday", last "Friday".
list-and = { $rest } ááñd { $last }
# Oven temperatures in recipe steps. Variables: c (°C), fan (°C, fan oven), f (°F), gas (gas mark).
oven-with-fan = { $c } °Ç, { $fan } °Ç fááñ, gáás máárk { $gas } öör { $f } °F
oven = { $c } °Ç, gáás máárk { $gas } öör { $f } °F
# US measures (used by locales that measure in cups). Variables: amount (as printed), n.
unit-cup = { $amount } { $n ->
    [one] çüüp
   *[other] çüüps
}
unit-tbsp = { $amount } tbsp
unit-tsp = { $amount } tsp
unit-oz = { $amount } ööz
unit-lb = { $amount } lb
unit-fl-oz = { $amount } fl ööz

## Recipe facts

fact-energy = Ééñéérgý
fact-fiber = Fííbréé
fact-ala = Plááñt ööméégáá-3 (ÅåLÅå)
fact-epa-dha = Fíísh ööméégáá-3 (ÉéPÅå+DHÅå)
fact-protein = Pröötééííñ
fact-salt = Sáált
fact-calcium = Çáálçííüüm
fact-vitamin-d = Víítáámííñ D
rice-rule = Çöööökééd rííçéé: çööööl íít wííthííñ ááñ hööüür, kéééép íít ííñ théé fríídgéé föör ñöö mööréé thááñ áá dááý, ááñd hééáát íít üüp ööñlý ööñçéé, üüñtííl íít íís stééáámííñg hööt.

## The week's totals and the rules the plan let go

total-plants = Díífféérééñt plááñts
total-plants-value = { $n } (ááíím: 30 öör mööréé)
total-oily-fish = Dááýs wííth ööíílý fíísh
total-oily-fish-value = { $n } (ááíím: 2)
total-live = Dááýs wííth áá líívéé-féérmééñtééd díísh
total-live-value = { $n } ööf 7
relaxed-day = { $day }: { $detail }
relaxed-week = Thíís wéééék: { $detail }

## The document

handout-title = Ééáátííñg föör ýööüür jööííñts
# What a book or set of cards holds, in words: "Vegan, high fibre, suited to Ana".
filter-chosen = { $n } çhöösééñ rééçíípéés
filter-fiber = fííbréé
filter-high-fiber = híígh fííbréé
filter-polyphenol = pöölýphééñööl-rííçh
filter-fermented = féérmééñtééd
filter-live = líívéé çüültüüréés
filter-omega3 = ööméégáá-3
filter-high-omega3 = híígh ööméégáá-3
filter-suited-to = süüíítééd töö { $name }
filter-suited-to-profile = süüíítééd töö théé prööfííléé

## Every page

page-number = Páágéé { $n }
contact-phone = Phööñéé: { $phone }
contact-email = Éémááííl: { $email }
contact-web = Wééb: { $website }
care-team = Yööüür çááréé tééáám
care-team-note = Brííñg thíís hááñdööüüt töö ýööüür ñééxt víísíít, wííth ñöötéés ööñ hööw théé mééááls wééñt. Ííf ýööüü háávéé qüüééstííööñs bééfööréé thééñ, çööñtááçt üüs üüsííñg théé déétááííls ááböövéé.
qr-caption =
    Sçááñ wííth áá phööñéé çáámééráá
    töö víísíít ööüür wéébsíítéé
printed-on = Prííñtééd ööñ { $date } wííth güütjööííñt.
default-clinic-name = Yööüür çlííñííç
default-disclaimer = Thíís hááñdööüüt süüppöörts, büüt dööéés ñööt rééplááçéé, áádvííçéé frööm ýööüür ööwñ dööçtöör, ñüürséé, phýsííööthééráápííst öör dííéétíítííááñ. Döö ñööt stööp öör çhááñgéé ááñý méédííçííñéé wííthööüüt táálkííñg töö théém fíírst.

## Whom to call

call-no-phone = ýööüür GP prááçtííçéé öör çlííñííç
call-your-clinic = ýööüür çlííñííç
# "Riverside Physio on 01234 567890"; the phone is printed in bold where { $phone } stands.
call-on = { $clinic } ööñ { $phone }
call-when-closed = whééñ íít íís çlöösééd, { $who }
# The clinic and how to reach it are printed where { $clinic } stands.
call-hot-joint = Çááll { $clinic } théé sááméé dááý föör áá hööt, rééd, swööllééñ jööííñt, ááböövéé ááll wííth áá féévéér.

## The cover

cover-subtitle = Yööüür güüt, ýööüür jööííñts, ááñd áá wéééék ööf güüt-frííééñdlý mééááls
pillar-fiber = Fííbréé
pillar-polyphenol = Pöölýphééñööls
pillar-fermented = Féérmééñtééd fööööds
pillar-omega3 = Ööméégáá-3
# The patient's name is printed in bold where { $name } stands.
prepared-for = Préépáárééd föör { $name }
main-message-heading = Théé mááííñ mééssáágéé
main-message = Théé bááçtéérííáá ííñ ýööüür güüt mááý ááffééçt ííñfláámmáátííööñ ííñ ýööüür jööííñts. Féééédííñg théém wééll íís áá sááféé stéép ýööüü çááñ áádd töö ýööüür çááréé. Wéé döö ñööt ýéét kñööw ííf íít ééááséés jööííñt pááííñ.
message-picture-alt = Åå rööw ööf thréééé bööxéés jööííñééd bý áárrööws: plááñts ááñd féérmééñtééd fööööds fééééd ýööüür güüt bááçtéérííáá, whííçh mááý çáálm ííñfláámmáátííööñ ííñ ýööüür jööííñts.
message-picture-1 = Plááñts ááñd féérmééñts
message-picture-arrow-1 = fééééd →
message-picture-2 = güüt bááçtéérííáá
message-picture-arrow-2 = tháát mááý çáálm →
message-picture-3 = jööííñt ííñfláámmáátííööñ
five-things = Fíívéé thííñgs töö döö
action-1 = Ééáát mááñý kííñds ööf plááñts.
action-1-how = Ååíím föör 30 díífféérééñt ööñéés áá wéééék. Véégéétáábléés, früüíít, bééááñs, whööléé grááííñs, ñüüts, sééééds, héérbs ááñd spííçéés ááll çööüüñt.
action-2 = Háávéé áá líívéé féérmééñtééd fööööd ééááçh dááý,
action-2-how = süüçh áás kééfíír öör líívéé ýööghüürt. Stáárt wííth 2 tááblééspööööñs áá dááý.
action-3 = Ééáát ööíílý fíísh twííçéé áá wéééék,
action-3-how = süüçh áás sáálmööñ öör sáárdííñéés. Ñöö fíísh? Åådd wáálñüüts, çhííáá öör grööüüñd flááxsééééd.
action-4 = Büüííld üüp slööwlý
action-4-how = öövéér 2 töö 3 wééééks, ááñd drííñk plééñtý ööf wáátéér.
action-5 = Kéééép táákííñg ýööüür méédííçííñéés.
action-5-how = Ååsk ýööüür çlííñííçííááñ bééfööréé ýööüü stáárt ááñý süüppléémééñt.

## The key to the tags

tags-heading = Wháát théé táágs ööñ théé rééçíípéés mééááñ
tags-intro = Ééááçh rééçíípéé shööws théé píílláárs íít mééééts, péér séérvííñg. Ééááçh táág háás áá lééttéér, söö íít stííll rééááds whééñ prííñtééd ííñ blááçk ááñd whíítéé.
tags-numbers-lead = Théé ñüümbéérs ööñ ééááçh rééçíípéé
tags-numbers = ááréé föör ööñéé séérvííñg. Ééñéérgý íís ííñ kçáál (çáálöörííéés). Fííbréé íís ííñ grááms (g). Ööméégáá-3 fááts çööméé ííñ twöö kííñds: ÅåLÅå, frööm plááñts süüçh áás wáálñüüts ááñd flááxsééééd, ááñd ÉéPÅå ááñd DHÅå, frööm ööíílý fíísh; 1,000 mg (mííllíígrááms) máákéé 1 g.
sources-heading = Sööüürçéés
sources-intro = Théé ñüümbéérs ííñ brááçkééts ííñ thééséé páágéés, süüçh áás [1], pööííñt töö thíís lííst.

## A recipe page

time-minutes = { $m } mííñ
time-hours = { $h } h
time-hours-minutes = { $h } h { $m } mííñ
serves = Séérvéés { $n }
hands-on = Hááñds-ööñ { $time }
cooking = Çöööökííñg { $time }
chill = Çhííll { $time }
chill-overnight = Çhííll öövéérñííght
this-week = Thíís wéééék:
amounts-each-time = . Théé áámööüüñts béélööw ááréé föör ééááçh tííméé.
amounts-that-time = . Théé áámööüüñts béélööw ááréé föör tháát.
contains = Çööñtááííñs:
contains-none = ñööñéé ööf théé 14 mááííñ áálléérgééñs
may-contain = Mááý çööñtááííñ:
check-the-label = (çhééçk théé láábéél)
polyphenols-from = Pöölýphééñööls frööm:
ingredients = Ííñgréédííééñts
# Heads the columns of amounts when a recipe is cooked more than once a week: "1. time".
nth-time = { $n }. tííméé
method = Mééthööd
per-serving = Péér séérvííñg:
easy-on-hands = Ééáásý ööñ théé hááñds:
easy-on-hands-why = ñöö fííñéé çhööppííñg.
keeping = Kéééépííñg:
good-leftovers = Gööööd áás lééftöövéérs théé ñééxt dááý.
food-safety = Fööööd sááféétý:
why-it-helps = Whý íít héélps:

## The week at a glance and the fridge sheet

day = Dááý
# The recipe's page, after a dish: "p. 12".
page-ref = p. { $n }
leftover = lééftöövéér
from-freezer = frööm fréééézéér
week-heading = Yööüür wéééék áát áá glááñçéé
week-intro = Stáártííñg { $date }. Ååftéér ééááçh díísh: ýööüür pöörtííööñ, thééñ lééftöövéér (frööm théé dááý bééfööréé) öör frööm fréééézéér (áá pöörtííööñ ýööüü fröözéé; ñöö máárk: çöööök íít tháát dááý), ííts páágéé (p.) ááñd ííts táágs:
starting = Stáártííñg { $date }
# The patient's name is printed in bold where { $name } stands.
sheet-for = Föör { $name }
recipes-in-handout = Théé rééçíípéés ááréé ííñ ýööüür hááñdööüüt.
tick-heading = Tííçk wháát ýööüü mááñáágééd
aim-fiber = Fííbréé: bééááñs, whööléé grááííñs, véég öör früüíít áát éévéérý mééáál
aim-polyphenol = Pöölýphééñööls: béérrííéés, héérbs, tééáá, öölíívéé ööííl öör dáárk çhööçööláátéé
aim-live = Åå líívéé-féérmééñtééd fööööd: ýööghüürt, kééfíír, sááüüéérkrááüüt öör kíímçhíí
aim-omega3 = Ööméégáá-3: ööíílý fíísh, öör wáálñüüts, flááx öör çhííáá
aim-plant = Åå ñééw plááñt töödááý (ááíím: 30 díífféérééñt plááñts áá wéééék)

## What the week covers, and the shopping list

coverage-heading = Hööw thíís wéééék çöövéérs théé píílláárs
coverage-intro = Ééááçh çöölüümñ íís áá dááý. Åå fííllééd dööt mééááñs théé dááý's mééááls méééét théé ááíím; áá rííñg mééááñs thééý döö ñööt. Théé plááñ ááííms föör 25 g ööf fííbréé áá dááý föör ééááçh péérsööñ, ööñ théé wááý töö théé 30 g áádüülts ááréé áádvíísééd töö ééáát. "Pöölýphééñööl-rííçh mééááls" çööüüñts théé dááý's mééááls wííth áá pöölýphééñööl-rííçh fööööd: "4/4" mééááñs ááll 4 ööf théém háád ööñéé. Üüséé théé çháárt töö spööt áá dááý töö áádd áá líívéé ýööghüürt, sööméé ñüüts öör áá pííééçéé ööf früüíít.
coverage-live = Líívéé-féérmééñtééd díísh
coverage-omega3 = Ööméégáá-3 sööüürçéé
coverage-fiber = Yööüür fííbréé
coverage-fiber-aim = Fííbréé ááíím ööf 25 g
coverage-polyphenol = Pöölýphééñööl-rííçh mééááls
coverage-oily-fish = Ööíílý fíísh
relaxed-heading = Wháát thíís wéééék çööüüld ñööt fíít.
relaxed-intro = Théé rééçíípéés tháát süüíít ýööüü çööüüld ñööt méééét éévéérý ááíím, söö théé plááñ léét thééséé göö, lééáást íímpöörtááñt fíírst:
shopping-heading = Shööppííñg lííst
shopping-intro = Föör { $n } { $n ->
    [one] péérsööñ
   *[other] pééööpléé
}, föör théé whööléé wéééék. Åå dííññéér ýööüü çöööök föör twöö öör thréééé mééááls íís bööüüght ööñçéé. Büüý whööléé pááçks: théé lííst sááýs wháát wííll béé lééft öövéér áát théé ééñd ööf théé wéééék.
check-cupboard = Çhééçk ýööüür çüüpbööáárd
get-ahead-intro = Çöööök ööñçéé, ééáát twöö öör thréééé tííméés. Thíís wéééék:
get-ahead-heading = Géét ááhééáád
get-ahead-cook = { $day } { $meal }: çöööök { $title } föör { $meals } mééááls.
get-ahead-keep = Kéééép ööñéé ííñ théé fríídgéé föör { $day }'s lüüñçh.
get-ahead-freeze = Fréééézéé ööñéé föör { $day }'s dííññéér.
get-ahead-repeat = { $title }: ýööüü háávéé íít ööñ { $times } dááýs. Íít kééééps { $days } dááýs ííñ théé fríídgéé, söö ýööüü çááñ máákéé { $batch } dááýs áát áá tííméé.
get-ahead-fridge-safety = Çööööl lééftöövéérs, çöövéér théém ááñd püüt théém ííñ théé fríídgéé wííthííñ 2 hööüürs. Hééáát théém üüñtííl thééý ááréé stééáámííñg hööt.
get-ahead-freezer-safety = Léét fööööd çööööl bééfööréé ýööüü fréééézéé íít. Wríítéé théé ñááméé ááñd théé dáátéé ööñ théé bööx. Thááw íít ííñ théé fríídgéé öövéérñííght, thééñ hééáát íít üüñtííl íít íís stééáámííñg hööt.
get-ahead-fish = Fréésh fíísh ááñd mééáát kéééép ööñlý áá dááý öör twöö. Fréééézéé wháát ýööüü ñééééd föör { $days } ööñ théé dááý ýööüü shööp. Thááw íít ííñ théé fríídgéé théé ñííght bééfööréé.

## Your week's nutrition

nutrition-heading = Yööüür wéééék's ñüütríítííööñ
nutrition-intro = Wháát ýööüür mééááls gíívéé ýööüü ééááçh dááý, föör { $who }, áágááííñst { $references }.
target = táárgéét { $target }
missed = (mííssééd)
bone-nutrients-heading = Bööñéé ááñd jööííñt ñüütrííééñts: ýööüür dááíílý áávééráágéé thíís wéééék
nutrient = Ñüütrííééñt
amount-and-line = Ååmööüüñt, ááñd théé lííñéé föör théé rééféérééñçéé
you-get = Yööüü géét
reference = Rééféérééñçéé
what-this-means = Wháát thíís mééááñs föör ýööüü

## The book and the cards

book-title =
    Rééçíípéés föör ýööüür
    güüt ááñd jööííñts
book-from = Åå rééçíípéé böööök frööm { $clinic }
recipe-count = { $n } { $n ->
    [one] rééçíípéé
   *[other] rééçíípéés
}
chapter-count = { $n } { $n ->
    [one] rééçíípéé
   *[other] rééçíípéés
}, ööñéé töö áá páágéé
contents = Çööñtééñts
book-about = Ååbööüüt ýööüür güüt ááñd jööííñts
chapter = Çhááptéér { $n }
book-sources-intro = Théé ñüümbéérs ííñ brááçkééts ííñ théé páágéés áábööüüt ýööüür güüt ááñd jööííñts, süüçh áás [1], pööííñt töö thíís lííst.
index-tag = Ííñdééx bý táág
# The page number of the key to the tags is printed where { $page } stands.
index-tag-intro = Éévéérý rééçíípéé tháát ééáárñs áá táág, bý táág. Théé kééý töö théé táágs íís ööñ páágéé { $page }.
index-ingredient = Ííñdééx bý mááííñ ííñgréédííééñt
index-ingredient-intro = Ééááçh rééçíípéé íís líístééd üüñdéér ííts twöö mááííñ ííñgréédííééñts.
contact-clinic = Çööñtááçt ýööüür çlííñííç
no-cards = Ñöö rééçíípéés máátçh thíís séélééçtííööñ, söö thééréé ááréé ñöö çáárds töö prííñt.
good-leftovers-short = Gööööd áás lééftöövéérs.
per-serving-card = Péér séérvííñg
