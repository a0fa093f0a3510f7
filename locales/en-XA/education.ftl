# Generated from en-GB by `cargo run --example pseudo-locale`: do not edit.
# The education pages, in British English: each section's title, headings and paragraphs, full
# and short. Keep the ids and { $variables }. Inline marks: *bold words*, [@key] a numbered
# source (keep the keys, which name the sources in layouts/lib/education/refs.typ), and
# { $clinic } where whom to call is printed. See "Adding a language" in the README.

## axis

axis-title = Hööw ýööüür güüt ááñd jööííñts táálk
axis-full-1 = Yööüür güüt ááñd ýööüür jööííñts ááréé fáár áápáárt ííñ ýööüür böödý. Éévééñ söö, thééý séééém töö sééñd síígñááls töö ééááçh ööthéér. Sçííééñtíísts çááll thíís lííñk théé güüt-jööííñt ááxíís.
axis-full-2 = Yööüür güüt íís hööméé töö áá hüügéé ñüümbéér ööf tííñý líívííñg thííñgs, mööstlý bááçtéérííáá. Töögééthéér thééý ááréé çáállééd ýööüür mííçrööbííööméé. Mööst ööf théém ááréé frííééñdlý ááñd héélp ýööüü brééáák dööwñ fööööd.
axis-full-3 = Yööüür güüt ááñd jööííñts pááss mééssáágéés ííñ thréééé mááííñ wááýs:
axis-full-4 = thrööüügh ýööüür blööööd, whííçh rééááçhéés éévéérý páárt ööf ýööüür böödý
axis-full-5 = thrööüügh íímmüüñéé çéélls, ýööüür böödý's dééfééñçéé tééáám
axis-full-6 = thrööüügh süübstááñçéés ýööüür güüt bááçtéérííáá máákéé whééñ thééý brééáák dööwñ fííbréé. Thééséé ááréé çáállééd shöört-çhááííñ fááttý ááçííds. Théé béést kñööwñ ööñéé íís büütýráátéé.
axis-full-7 = Ííñfláámmáátííööñ íís ýööüür böödý's ááláárm sýstéém. Íít brííñgs hééáát, swééllííñg ááñd pááííñ. Åå lííttléé héélps ýööüü hééáál, büüt töööö müüçh föör töööö lööñg çááñ háárm ýööüür jööííñts. Åå hééáálthý güüt mááý héélp kéééép ííñfláámmáátííööñ lööw. Åå güüt ööüüt ööf báálááñçéé mááý áádd töö íít.
axis-full-8 = Sööméé stüüdííéés ííñ thíís hááñdööüüt wééréé ííñ pééööpléé, ááñd sööméé wééréé ööñ çéélls ííñ áá lááb. Whééñ twöö thííñgs ááréé lííñkééd, íít dööéés ñööt áálwááýs mééááñ tháát ööñéé çááüüséés théé ööthéér. Théé ñüümbéérs ííñ sqüüááréé brááçkééts, lííkéé [1], pööííñt töö théé lííst ööf sööüürçéés áát théé ééñd.
axis-full-9 = *Kééý pööííñt:* Wháát ýööüü ééáát fééééds ýööüür güüt bááçtéérííáá. Wháát thééý máákéé mááý rééááçh ýööüür jööííñts.
axis-short-1 = Yööüür güüt ááñd ýööüür jööííñts séééém töö sééñd síígñááls töö ééááçh ööthéér. Thíís lííñk íís çáállééd théé güüt-jööííñt ááxíís. Yööüür güüt íís hööméé töö mááñý tííñý líívííñg thííñgs, mööstlý bááçtéérííáá. Töögééthéér thééý ááréé ýööüür mííçrööbííööméé. Síígñááls mááý pááss thrööüügh ýööüür blööööd, thrööüügh íímmüüñéé çéélls, ááñd thrööüügh süübstááñçéés théé bááçtéérííáá máákéé frööm fííbréé, süüçh áás büütýráátéé.
axis-short-2 = Ííñfláámmáátííööñ íís ýööüür böödý's ááláárm sýstéém. Töööö müüçh föör töööö lööñg çááñ háárm ýööüür jööííñts. Ñüümbéérs lííkéé [1] pööííñt töö théé sööüürçéés áát théé ééñd.

## microbes

microbes-title = Bááçtéérííáál trááçéés ííñ théé jööííñt
microbes-full-1 = Yööüür jööííñts hööld áá lííttléé sýñöövííáál flüüííd. Thíís slííppéérý flüüííd çüüshííööñs théé jööííñt ááñd héélps íít möövéé.
microbes-full-2 = Réésééáárçhéérs háávéé fööüüñd bááçtéérííáál DÑÅå ííñ sýñöövííáál flüüííd [@hammad2019]. Thééý fööüüñd íít ííñ pééööpléé wííth rhééüümáátööííd áárthríítíís, ááñd ííñ hééáálthý pééööpléé töööö. DÑÅå íís théé çöödéé tháát éévéérý líívííñg thííñg çáárrííéés. Fííñdííñg DÑÅå íís ñööt théé sááméé áás fííñdííñg líívéé bááçtéérííáá. Théé stüüdý çööüüld ñööt tééll whééréé théé DÑÅå çááméé frööm. Íít dööéés ñööt shööw tháát bááçtéérííáá çááüüséé jööííñt pááííñ. Íít dööéés shööw tháát trááçéés ööf bááçtéérííáá çááñ rééááçh áá jööííñt.
microbes-full-3 = Pééööpléé whöö háád jüüst bééééñ dííáágñöösééd wííth rhééüümáátööííd áárthríítíís háád mööréé ööf áá güüt bááçtéérííüüm çáállééd Préévöötéélláá çööpríí [@scher2013]. Rhééüümáátööííd áárthríítíís íís áá díísééááséé ííñ whííçh théé íímmüüñéé sýstéém ááttááçks théé jööííñts.
microbes-full-4 = Pééööpléé áát ríísk ööf rhééüümáátööííd áárthríítíís áálsöö háád mööréé Préévöötéélláá çööpríí [@alpizar2019]. Sööméé háád jööííñt pááííñ, ááñd sööméé háád síígñs ííñ thééíír blööööd, büüt ñööñéé háád bééééñ dííáágñöösééd wííth áárthríítíís ýéét. Söö güüt çhááñgéés mááý çööméé bééfööréé théé díísééááséé íís fööüüñd. Stííll, thééséé stüüdííéés shööw áá lííñk, ñööt áá çááüüséé.
microbes-short-1 = Yööüür jööííñts hööld sýñöövííáál flüüííd, áá slííppéérý flüüííd tháát çüüshííööñs théém. Réésééáárçhéérs háávéé fööüüñd bííts ööf bááçtéérííáál DÑÅå ííñ íít, ííñ hééáálthý pééööpléé töööö [@hammad2019]. Wéé döö ñööt kñööw whééréé íít çööméés frööm. Íít dööéés ñööt pröövéé tháát bááçtéérííáá çááüüséé pááííñ.
microbes-short-2 = Ííñ rhééüümáátööííd áárthríítíís, théé íímmüüñéé sýstéém ááttááçks théé jööííñts. Pééööpléé whöö háávéé jüüst bééééñ tööld thééý háávéé íít çáárrý mööréé ööf áá güüt bááçtéérííüüm çáállééd Préévöötéélláá çööpríí [@scher2013]. Söö döö pééööpléé áát ríísk, bééfööréé áárthríítíís íís fööüüñd [@alpizar2019]. Thíís íís áá lííñk, ñööt prööööf ööf çááüüséé.

## leaky-gut

leaky-gut-title = Åå lééááký güüt ááñd LPS
leaky-gut-full-1 = Théé lííñííñg ööf ýööüür güüt kééééps wháát íís ííñsíídéé ýööüür güüt áápáárt frööm ýööüür blööööd. Thíís lííñííñg íís ööñlý ööñéé çééll thííçk. Théé çéélls ááréé sééáálééd töö ééááçh ööthéér bý tííght jüüñçtííööñs, whííçh wöörk lííkéé zííps tháát çlööséé théé gááps béétwééééñ çéélls. Whééñ thééséé sééááls löööösééñ, théé güüt çááñ lééáák. Pééööpléé çááll thíís áá lééááký güüt.
leaky-gut-full-2 = Ööñéé thííñg tháát çááñ slííp thrööüügh íís LPS, shöört föör líípööpöölýsááççhááríídéé. LPS íís páárt ööf théé ööüütéér wááll ööf sööméé bááçtéérííáá. Whééñ íít gééts ííñtöö ýööüür blööööd, ýööüür íímmüüñéé sýstéém séééés áá thrééáát ááñd çááñ séét ööff ííñfláámmáátííööñ.
leaky-gut-full-3 = Ööñéé smááll stüüdý löööökééd áát 25 pééööpléé wííth kñéééé ööstééööáárthríítíís [@huang2016]. Ööstééööáárthríítíís íís théé çöömmööñ týpéé ööf áárthríítíís ííñ whííçh çáártííláágéé, théé smööööth lááýéér tháát çöövéérs théé ééñds ööf ýööüür bööñéés, slööwlý wééáárs thííñ.
leaky-gut-full-4 = Théé stüüdý mééáásüürééd LPS, ááñd áá pröötééííñ tháát gráábs ööñtöö íít, ííñ théé blööööd ááñd ííñ théé kñéééé flüüííd. Pééööpléé wííth hííghéér léévééls tééñdééd töö háávéé wöörséé kñéééé ööstééööáárthríítíís, mööréé bööñéé spüürs ááñd mööréé pááííñ. Bööñéé spüürs ááréé smááll bööñý lüümps áát théé éédgéés ööf áá wöörñ jööííñt. Thíís wáás áá lííñk, ñööt prööööf ööf çááüüséé.
leaky-gut-full-5 = *Kééý pööííñt:* Åå hééáálthý güüt lííñííñg kééééps páárts ööf bááçtéérííáá, lííkéé LPS, ööüüt ööf ýööüür blööööd. Tháát mááý héélp kéééép ííñfláámmáátííööñ dööwñ.
leaky-gut-short-1 = Yööüür güüt lííñííñg íís ööñéé çééll thííçk. Tííght jüüñçtííööñs sééáál théé gááps béétwééééñ théé çéélls, lííkéé zííps. Whééñ thééý löööösééñ, théé güüt çááñ lééáák.
leaky-gut-short-2 = Thééñ LPS, áá páárt ööf théé wááll ööf sööméé bááçtéérííáá, mááý géét ííñtöö ýööüür blööööd ááñd séét ööff ííñfláámmáátííööñ. Ííñ kñéééé ööstééööáárthríítíís, théé smööööth çáártííláágéé ííñ théé jööííñt wééáárs thííñ. Ííñ áá smááll stüüdý ööf 25 pééööpléé, thööséé wííth mööréé LPS ííñ thééíír blööööd ááñd kñéééé flüüííd tééñdééd töö háávéé wöörséé kñéééés ááñd mööréé pááííñ [@huang2016]. Thíís íís áá lííñk, ñööt prööööf ööf çááüüséé.

## butyrate

butyrate-title = Büütýráátéé: wháát ýööüür güüt bááçtéérííáá máákéé frööm fííbréé
butyrate-full-1 = Fííbréé íís théé páárt ööf plááñt fööööds tháát ýööüür böödý çááññööt díígéést, büüt ýööüür güüt bááçtéérííáá çááñ. Thééý féérmééñt íít, whííçh mééááñs thééý brééáák íít dööwñ föör fööööd. Åås thééý döö, frííééñdlý bááçtéérííáá máákéé büütýráátéé, áá smááll fááttý ááçííd. Ííñ lááb stüüdííéés, büütýráátéé çáálms ííñfláámmáátííööñ.
butyrate-full-2 = Ííñ áá lááb stüüdý, sçííééñtíísts ááddééd büütýráátéé töö çáártííláágéé çéélls [@pirozzi2018]. Íít lööwéérééd síígñs ööf ííñfláámmáátííööñ. Íít áálsöö çüüt théé ééñzýméés, öör çhéémííçáál tööööls, tháát brééáák çáártííláágéé dööwñ.
butyrate-full-3 = Thíís wáás dööñéé ööñ çéélls ííñ áá díísh, ñööt ííñ pééööpléé. Wéé döö ñööt ýéét kñööw ííf ééáátííñg mööréé fííbréé dööéés théé sááméé ííñsíídéé ýööüür kñéééé. Fííbréé frööm mááñý díífféérééñt plááñts fééééds théé bááçtéérííáá tháát máákéé büütýráátéé.
butyrate-short-1 = Fííbréé íís théé páárt ööf plááñts tháát ýööüü çááññööt díígéést, büüt ýööüür güüt bááçtéérííáá çááñ. Åås thééý brééáák íít dööwñ, thééý máákéé büütýráátéé. Ííñ lááb stüüdííéés, büütýráátéé çáálms ííñfláámmáátííööñ.
butyrate-short-2 = Ííñ áá lááb stüüdý ööñ çáártííláágéé çéélls, büütýráátéé áálsöö çüüt théé ééñzýméés (çhéémííçáál tööööls) tháát brééáák çáártííláágéé dööwñ [@pirozzi2018]. Thíís wáás ööñ çéélls ííñ áá díísh, ñööt ííñ pééööpléé.

## inflammaging

inflammaging-title = Ííñfláámmáágííñg: slööw ííñfláámmáátííööñ wííth áágéé
inflammaging-full-1 = Åås wéé géét ööldéér, mááñý ööf üüs büüííld üüp áá slööw, lööw-léévéél ííñfláámmáátííööñ. Íít brííñgs ñöö féévéér öör rééd, swööllééñ jööííñt, büüt íít síímméérs qüüííéétlý ííñ théé bááçkgrööüüñd. Sçííééñtíísts çááll íít ííñfláámmáágííñg, áá blééñd ööf "ííñfláámmáátííööñ" ááñd "áágééííñg" [@franceschi2000].
inflammaging-full-2 = Yööüür güüt sééééms töö plááý áá páárt. Wííth áágéé, théé mííx ööf güüt bááçtéérííáá tééñds töö bééçööméé lééss váárííééd. Sçííééñtíísts çááll thíís áá lööss ööf díívéérsíítý. Åå díívéérséé güüt íís lííkéé áá gáárdééñ wííth mááñý kííñds ööf plááñts.
inflammaging-full-3 = Ííñ ööldéér pééööpléé, sööméé ööf théé bááçtéérííáá tháát máákéé büütýráátéé tééñd töö béé fééwéér [@biagi2010]. Ööñéé ööf théém íís Fááééçáálííbááçtéérííüüm prááüüsñíítzíííí. Ííñ lááb ááñd ááñíímáál stüüdííéés, íít héélpééd çáálm ííñfláámmáátííööñ [@sokol2008]. Fééwéér büütýráátéé máákéérs mááý mééááñ lééss héélp töö kéééép ííñfláámmáátííööñ dööwñ. Wháát ýööüü ééáát sháápéés whííçh bááçtéérííáá thríívéé. Mááñý kííñds ööf plááñts fééééd mááñý kííñds ööf bááçtéérííáá.
inflammaging-short-1 = Wííth áágéé, mááñý pééööpléé büüííld üüp áá slööw, qüüííéét ííñfláámmáátííööñ. Sçííééñtíísts çááll íít ííñfláámmáágííñg [@franceschi2000]. Ååt théé sááméé tííméé, théé mííx ööf güüt bááçtéérííáá tééñds töö géét lééss váárííééd.
inflammaging-short-2 = Ííñ ööldéér pééööpléé, sööméé ööf théé bááçtéérííáá tháát máákéé büütýráátéé tééñd töö béé fééwéér [@biagi2010]. Ööñéé ööf théém íís çáállééd Fááééçáálííbááçtéérííüüm prááüüsñíítzíííí. Ííñ lááb ááñd ááñíímáál téésts, íít çáálmééd ííñfláámmáátííööñ [@sokol2008]. Åå mííx ööf plááñts fééééds áá mííx ööf bááçtéérííáá.

## menopause

menopause-title = Mééñööpááüüséé ááñd ýööüür güüt
menopause-full-1 = Mééñööpááüüséé íís whééñ péérííööds stööp föör gööööd ááñd théé böödý máákéés müüçh lééss ööf théé höörmööñéé ööééströögééñ. Thíís çhááñgéé sééééms töö ááffééçt théé güüt áás wééll.
menopause-full-2 = Åå stüüdý fööüüñd tháát ááftéér mééñööpááüüséé, théé güüt mííçrööbííööméé tééñds töö béé lééss díívéérséé [@peters2022]. Thééréé wáás áálsöö lééss ööf áá bááçtéérííüüm çáállééd Ååkkéérmááñsííáá müüçííñííphííláá. Ííts ñááméé mééááñs tháát íít lííkéés müüçüüs. Íít líívéés ííñ théé thííñ lááýéér ööf müüçüüs tháát pröötééçts théé güüt lííñííñg.
menopause-full-3 = Thíís íís áá lííñk sééééñ ííñ áá stüüdý, ñööt prööööf tháát mééñööpááüüséé háárms ýööüür güüt. Büüt ýööüür güüt mááý ñééééd áá lííttléé mööréé çááréé ííñ thééséé ýééáárs. Théé stééps ííñ thíís hááñdööüüt ááréé théé sááméé föör éévéérýööñéé: mááñý plááñts, féérmééñtééd fööööds ááñd gööööd fááts.
menopause-short-1 = Ååftéér mééñööpááüüséé, théé güüt's mííx ööf bááçtéérííáá tééñds töö béé lééss váárííééd. Thééréé íís áálsöö lééss ööf áá bááçtéérííüüm çáállééd Ååkkéérmááñsííáá müüçííñííphííláá [@peters2022]. Íít líívéés ííñ théé müüçüüs tháát güüáárds théé güüt lííñííñg. Thíís íís áá lííñk, ñööt prööööf ööf çááüüséé. Büüt ýööüür güüt mááý ñééééd áá lííttléé mööréé çááréé ííñ thééséé ýééáárs.

## nsaids

nsaids-title = Pááííñkíílléérs (ÑSÅåÍíDs) ááñd ýööüür güüt
nsaids-full-1 = ÑSÅåÍíDs ááréé áá çöömmööñ grööüüp ööf pááííñkíílléérs. Théé lééttéérs stááñd föör "ñööñ-stéérööíídáál ááñtíí-ííñfláámmáátöörý drüügs". Ííbüüprööfééñ, ñááprööxééñ ááñd dííçlööfééñááç ááréé ááll ÑSÅåÍíDs. Thééý ééááséé pááííñ ááñd swééllííñg, ááñd mááñý pééööpléé wííth jööííñt pááííñ réélý ööñ théém.
nsaids-full-2 = Büüt ÑSÅåÍíDs çááñ máákéé théé lííñííñg ööf théé smááll bööwéél mööréé lééááký [@bjarnason1993]. Théé smááll bööwéél íís théé lööñg, ñáárrööw páárt ööf théé güüt jüüst ááftéér théé stöömááçh. Thíís mááý séét üüp áá lööööp. Jööííñt pááííñ lééááds töö mööréé píílls, mööréé píílls mááý mééááñ áá lééáákííéér güüt, ááñd áá lééáákííéér güüt mááý áádd töö ííñfláámmáátííööñ ááñd pááííñ.
nsaids-full-3 = Yööüür dööçtöör, ñüürséé öör pháármááçííst çááñ héélp ýööüü wééíígh üüp théé pröös ááñd çööñs ööf pááííñkíílléérs. *Tééll théém áábööüüt pááííñkíílléérs ýööüü büüý wííthööüüt áá préésçrííptííööñ, töööö.*
nsaids-full-4 = *Kéééép táákííñg ýööüür áárthríítíís méédííçííñéés.* Méédííçííñéés süüçh áás mééthöötrééxáátéé, süülfáásááláázííñéé ááñd hýdrööxýçhlöörööqüüííñéé ááréé çáállééd DMÅåRDs. Thééý slööw dööwñ sööméé kííñds ööf áárthríítíís. Fööööd wöörks áálööñgsíídéé théém ááñd ýööüür ööthéér méédííçííñéés, ñéévéér ííñstééáád ööf théém [@nice-ng100].
nsaids-short-1 = ÑSÅåÍíDs ááréé çöömmööñ pááííñkíílléérs, süüçh áás ííbüüprööfééñ, ñááprööxééñ ááñd dííçlööfééñááç. Thééý ééááséé pááííñ, büüt thééý çááñ máákéé théé lííñííñg ööf théé smááll bööwéél mööréé lééááký [@bjarnason1993]. Thíís mááý stáárt áá lööööp: mööréé pááííñ, mööréé píílls, mööréé lééáák.
nsaids-short-2 = *Íímpöörtááñt:* Ååsk ýööüür çlííñííçííááñ bééfööréé ýööüü stööp öör çhááñgéé ááñý préésçrííbééd méédííçííñéé. Kéééép táákííñg ýööüür áárthríítíís méédííçííñéés (DMÅåRDs) [@nice-ng100]. Fööööd wöörks áálööñgsíídéé théém, ñéévéér ííñstééáád ööf théém.

## what-to-do

what-to-do-title = Wháát ýööüü çááñ döö
what-to-do-full-1 = Théé rééçíípéés ííñ thíís plááñ çáárrý fööüür báádgéés, ööñéé föör ééááçh píílláár ööf güüt-frííééñdlý ééáátííñg. Théé fííbréé ááñd ööméégáá-3 ñüümbéérs ööñ théé rééçíípéés çööméé frööm püüblííç ÜüS fööööd dáátáá [@usda]. Théé ööthéér báádgéés çööméé frööm théé fööööds ííñ ééááçh rééçíípéé.
what-to-do-h-1 = Fííbréé, ááñd mááñý kííñds ööf íít
what-to-do-badge-f = Fííbréé
what-to-do-full-2 = Fííbréé fééééds théé bááçtéérííáá tháát máákéé büütýráátéé. Ååíím föör mááñý kííñds ööf fííbréé, ñööt jüüst mööréé ööf ööñéé. Gööööd sööüürçéés ááréé gáárlííç, ööñííööñ, léééék, ááspááráágüüs, ööááts, ááñd püülséés süüçh áás bééááñs, lééñtííls ááñd çhííçkpééáás.
what-to-do-full-3 = Gáárlííç, ööñííööñ, léééék ááñd ááspááráágüüs hööld ííñüülííñ ááñd FÖöS (früüçtöö-öölíígöösááççhááríídéés). Thééséé týpéés ööf fííbréé fééééd héélpfüül bááçtéérííáá süüçh áás Bíífíídööbááçtéérííüüm ááñd Fááééçáálííbááçtéérííüüm. Çöööök pöötáátööéés öör rííçéé ááñd thééñ léét théém çööööl. Sööméé ööf théé stáárçh bééçööméés réésíístááñt stáárçh, whííçh éésçáápéés díígééstííööñ ááñd fééééds ýööüür güüt bááçtéérííáá.
what-to-do-full-4 = *Ååíím föör 30 díífféérééñt plááñts áá wéééék.* Pééööpléé whöö áátéé mööréé thááñ 30 díífféérééñt plááñts áá wéééék háád áá mööréé díívéérséé güüt mííçrööbííööméé [@mcdonald2018]. Thíís plááñ çööüüñts ýööüür plááñts ééááçh wéééék föör ýööüü.
what-to-do-h-2 = Pöölýphééñööls áát éévéérý mééáál
what-to-do-badge-p = Pöölýphééñööls
what-to-do-full-5 = Pöölýphééñööls ááréé ñáátüüráál süübstááñçéés tháát gíívéé mááñý plááñts thééíír déééép çöölööüürs ááñd thééíír bííttéér öör tááñgý táástéé. Sçííééñtíísts ááréé stííll stüüdýííñg hööw thééý ááçt ööñ ííñfláámmáátííööñ ááñd ööñ güüt bááçtéérííáá. *Trý töö háávéé sööméé áát éévéérý mééáál.* Gööööd sööüürçéés ááréé blüüéébéérrííéés ááñd ööthéér béérrííéés, áá çüüp ööf grééééñ tééáá, áá smááll pííééçéé ööf dáárk çhööçööláátéé, héérbs, spííçéés ááñd öölíívéé ööííl (ééxtráá víírgííñ). Dééééplý çöölööüürééd véégéétáábléés çööüüñt töööö, süüçh áás rééd çáábbáágéé, béééétrööööt ááñd dáárk lééááfý grééééñs. Ééááçh rééçíípéé wííth thíís báádgéé ñááméés théé fööööd tháát ééáárñs íít.
what-to-do-h-3 = Féérmééñtééd fööööds éévéérý dááý
what-to-do-badge-l = Líívéé ááñd féérmééñtééd fööööds
what-to-do-full-6 = Féérmééñtééd fööööds ááréé máádéé bý lééttííñg frííééñdlý mííçrööbéés wöörk ööñ fööööd. *Trý töö háávéé ööñéé éévéérý dááý.* Gööööd ööñéés ááréé kééfíír (áá féérmééñtééd míílk drííñk), ýööghüürt wííth líívéé çüültüüréés ááñd sááüüéérkrááüüt. Kíímçhíí (spííçý féérmééñtééd véégéétáábléés), míísöö (áá sááltý sööýbééááñ páástéé) ááñd köömbüüçháá (fíízzý féérmééñtééd tééáá) çööüüñt töööö.
what-to-do-full-7 = Ííñ ööñéé stüüdý, áádüülts áátéé áá dííéét híígh ííñ féérmééñtééd fööööds föör 10 wééééks [@wastyk2021]. Thééíír güüt mííçrööbííööméé bééçááméé mööréé díívéérséé. Ííñ thééíír blööööd, 19 pröötééííñs lííñkééd wííth ííñfláámmáátííööñ wééñt dööwñ. Ööñéé wáás ÍíL-6, áá mééssééñgéér tháát tüürñs ííñfláámmáátííööñ üüp. Thíís wáás áá smááll stüüdý: 18 hééáálthý áádüülts áátéé théé dííéét, ááñd íít mééáásüürééd blööööd, ñööt jööííñts.
what-to-do-full-8 = *Hééáát kíílls líívéé çüültüüréés.* Míísöö stíírrééd ííñtöö bööíílííñg sööüüp háás lööst ííts líívéé mííçrööbéés, ááñd söö háás sööüürdööüügh brééáád ööñçéé íít íís báákééd. Ééááçh rééçíípéé téélls ýööüü ííf ííts féérmééñt íís líívéé öör çöööökééd. Sööüüp jüüst ööff théé bööííl íís stííll hööt ééñööüügh töö kííll théém. *Töö kéééép míísöö líívéé, stíír íít ííñtöö ýööüür ööwñ bööwl ööñçéé théé sööüüp íís hááñd-wáárm.*
what-to-do-h-4 = Ööméégáá-3 fááts
what-to-do-badge-o = Ööméégáá-3 fááts
what-to-do-full-9 = Ööméégáá-3s ááréé hééáálthý fááts tháát ýööüür böödý çááññööt máákéé ééñööüügh ööf, söö thééý ñééééd töö çööméé frööm fööööd. Réésééáárçhéérs ááréé stííll stüüdýííñg thééíír páárt ííñ ííñfláámmáátííööñ.
what-to-do-full-10 = *Ééáát ööíílý fíísh, süüçh áás sáálmööñ, sáárdííñéés öör mááçkééréél, áábööüüt twííçéé áá wéééék.*
what-to-do-full-11 = Föör áá plááñt ööméégáá-3 çáállééd ÅåLÅå (áálpháá-lííñöölééñííç ááçííd), áádd wáálñüüts, çhííáá, héémp sééééds öör grööüüñd flááxsééééd. *Üüséé flááxsééééd grööüüñd*, áás whööléé sééééds çááñ pááss thrööüügh ýööüü üüñdíígééstééd.
what-to-do-h-5 = Prööbííöötííçs
what-to-do-full-12 = Prööbííöötííçs ááréé líívéé mííçrööbéés tháát ýööüü táákéé ööñ püürpööséé, ööftééñ áás çáápsüüléés öör drííñks. Twöö rééçééñt réévííééws pöööölééd théé réésüülts ööf fááíír téésts, çáállééd rááñdöömíísééd trííááls, ííñ kñéééé ööstééööáárthríítíís [@moyseos2024, @tian2025]. Thééréé wééréé ööñlý áá fééw smááll trííááls. Mööst ööf théé bééñééfíít çááméé frööm ööñéé strááííñ, théé ööñéé ííñ théé trííáál béélööw. Théé réévííééwéérs sááý théé réésüülts stííll ñééééd töö béé çööñfíírmééd.
what-to-do-full-13 = Ííñ ööñéé trííáál, 537 pééööpléé wííth kñéééé ööstééööáárthríítíís töööök áá prööbííöötííç çáállééd Lááçtööbááçííllüüs çáásééíí Shííröötáá öör áá düümmý föör 6 mööñths [@lei2017]. Théé prööbííöötííç grööüüp háád lööwéér hs-ÇRP, áá blööööd téést föör ííñfláámmáátííööñ. Thééý áálsöö háád lééss pááííñ ááñd bééttéér WÖöMÅåÇ sçööréés, áá séét ööf qüüééstííööñs áábööüüt kñéééé pááííñ, stííffñééss ááñd dááíílý táásks.
what-to-do-full-14 = Ééááçh týpéé ööf prööbííöötííç íís díífféérééñt, söö áá réésüült föör ööñéé dööéés ñööt áápplý töö ááll. *Rééáád théé sááféétý ñöötéés bééfööréé ýööüü stáárt ööñéé.*
what-to-do-h-6 = Ñüütrííééñts föör bööñéés ááñd jööííñts, ááñd fööööds töö çüüt bááçk ööñ
what-to-do-full-15 = Sööméé ñüütrííééñts háávéé áá kñööwñ jööb ííñ ýööüür bööñéés, müüsçléés ááñd jööííñts. Víítáámííñ Ç héélps ýööüür böödý máákéé çöölláágééñ, whííçh çáártííláágéé ááñd bööñéés ñééééd. Çáálçííüüm ááñd víítáámííñ D héélp kéééép bööñéés hééáálthý. Máágñéésííüüm héélps kéééép bööñéés ááñd müüsçléés wöörkííñg ñöörmáállý. Pröötééííñ ááñd zííñç mááttéér töööö. Míílk, ýööghüürt, lééááfý grééééñs, bééááñs, ñüüts, sééééds ááñd ööíílý fíísh ööfféér sööméé ööf thééséé. Fééw fööööds hööld müüçh víítáámííñ D, söö fööööd áálööñéé rááréélý gíívéés ééñööüügh.
what-to-do-full-16 = *Çüüt bááçk ööñ üültráá-prööçééssééd fööööds*: fááçtöörý-máádéé fööööds wííth lööñg líísts ööf ííñgréédííééñts, lííkéé mööst pááçkáágééd sñááçks ááñd rééáádý mééááls. Çüüt bááçk ööñ ááddééd süügáár ááñd áálçööhööl töööö. Thééý lééáávéé lééss rööööm föör théé plááñts ýööüür güüt bááçtéérííáá ñééééd.
what-to-do-h-7 = Tüürméérííç ááñd Bööswééllííáá
what-to-do-full-17 = Tüürméérííç íís théé ýééllööw spííçéé ííñ çüürrý, ááñd çüürçüümííñ íís ííts mááííñ ááçtíívéé páárt. Ííñ áá trííáál ööf 367 pééööpléé wííth kñéééé ööstééööáárthríítíís, áá tüürméérííç ééxtrááçt ééáásééd pááííñ áábööüüt áás wééll áás ííbüüprööfééñ dííd öövéér 4 wééééks [@kuptniratsaikul2014]. Íít gáávéé fééwéér stöömááçh prööblééms.
what-to-do-full-18 = Bööswééllííáá íís áá tréééé réésííñ, áálsöö çáállééd Ííñdííááñ frááñkííñçééñséé. Ííñ áá smááll kñéééé ööstééööáárthríítíís trííáál, ííts bééñééfíít láástééd áá mööñth ááftéér pééööpléé stööppééd táákííñg íít. Théé bééñééfíít ööf théé drüüg íít wáás çöömpáárééd wííth dííd ñööt [@sontakke2007].
what-to-do-full-19 = Thééséé trííááls döö ñööt shööw tháát áá süüppléémééñt wííll héélp ýööüü. Süüppléémééñts hööld fáár mööréé thááñ áá pííñçh ööf spííçéé ííñ áá mééáál, ááñd thééý çáárrý ríísks. *Rééáád théé sááféétý ñöötéés, ááñd áásk ýööüür çlííñííçííááñ bééfööréé ýööüü táákéé ááñý süüppléémééñt.*
what-to-do-short-1 = Théé fííbréé ááñd ööméégáá-3 ñüümbéérs ööñ théé rééçíípéés çööméé frööm ÜüS fööööd dáátáá (ÜüSDÅå) [@usda].
what-to-do-short-2 = Ééáát mááñý kííñds ööf plááñts, süüçh áás ööñííööñ, ööááts, bééááñs ááñd çöööölééd pöötáátööéés. Pééööpléé whöö áátéé mööréé thááñ 30 díífféérééñt plááñts áá wéééék háád áá mööréé váárííééd güüt [@mcdonald2018].
what-to-do-short-3 = Háávéé sööméé áát ééááçh mééáál: béérrííéés, héérbs, spííçéés, áá çüüp ööf grééééñ tééáá, öölíívéé ööííl ááñd dáárk véégéétáábléés.
what-to-do-short-4 = Háávéé ööñéé áá dááý, süüçh áás kééfíír öör líívéé ýööghüürt. Ííñ áá smááll stüüdý ööf hééáálthý áádüülts, ééáátííñg lööts ööf théém föör 10 wééééks máádéé théé güüt mööréé váárííééd. Íít áálsöö lööwéérééd síígñs ööf ííñfláámmáátííööñ ííñ théé blööööd [@wastyk2021]. Hééáát kíílls líívéé çüültüüréés.
what-to-do-short-5 = Ééáát ööíílý fíísh, lííkéé sáálmööñ, áábööüüt twííçéé áá wéééék. Flááxsééééd ááñd wáálñüüts áádd plááñt ööméégáá-3.
what-to-do-short-6 = Çüüt bááçk ööñ üültráá-prööçééssééd fööööd, ááddééd süügáár ááñd áálçööhööl. Åå fééw smááll trííááls fööüüñd lééss kñéééé pááííñ wííth prööbííöötííçs (líívéé mííçrööbéés ííñ çáápsüüléés öör drííñks) [@moyseos2024, @tian2025, @lei2017]. Ööthéérs fööüüñd íít wííth tüürméérííç öör Bööswééllííáá süüppléémééñts [@kuptniratsaikul2014, @sontakke2007]. Théé éévíídééñçéé íís ééáárlý, ááñd süüppléémééñts çáárrý ríísks. Rééáád théé sááféétý ñöötéés ááñd áásk ýööüür çlííñííçííááñ fíírst.

## first-two-weeks

first-two-weeks-title = Yööüür fíírst twöö wééééks
first-two-weeks-full-1 = Yööüür güüt bááçtéérííáá ñééééd tííméé töö géét üüsééd töö ñééw fööööds. Ííf fííbréé ááñd féérmééñtééd fööööds ááréé ñééw töö ýööüü, üüséé thíís trááçkéér föör 2 wééééks fíírst. Thééñ stáárt théé wéééék ööf mééááls ííñ thíís hááñdööüüt. Ííf ýööüü áálrééáádý ééáát théém mööst dááýs, ýööüü çááñ stáárt théé wéééék ööf mééááls ñööw.
first-two-weeks-full-2 = *Tííçk áá bööx föör ééááçh dááý ýööüü mááñáágéé íít.* Drííñk 6 töö 8 gláásséés ööf wáátéér áá dááý, ááñd kéééép táákííñg ýööüür méédííçííñéés áás üüsüüáál.
first-two-weeks-full-3 = *Wháát töö ééxpééçt.* Sööméé wííñd ááñd blööáátííñg áát fíírst íís çöömmööñ. Íít mééááñs ýööüür güüt bááçtéérííáá ááréé büüsý wííth théé ñééw fööööd. Íít üüsüüáállý sééttléés áás ýööüür güüt gééts üüsééd töö théé çhááñgéé. Ííf íít bööthéérs ýööüü, göö bááçk áá rööw föör áá fééw dááýs, thééñ trý áágááííñ.
first-two-weeks-h-1 = Whééñ töö çááll
first-two-weeks-full-4 = pááííñ ííñ ýööüür tüümmý tháát dööéés ñööt sééttléé
first-two-weeks-full-5 = blööööd ííñ ýööüür stööööls, öör blááçk stööööls
first-two-weeks-full-6 = vöömíítííñg
first-two-weeks-full-7 = áá ráásh öör swééllííñg ááftéér áá ñééw fööööd
first-two-weeks-full-8 = ñééw swééllííñg ííñ áá jööííñt, öör stííffñééss ííñ théé möörñííñg tháát láásts mööréé thááñ 30 mííñüütéés
first-two-weeks-full-9 = ááñý ööthéér sýmptööm tháát wöörrííéés ýööüü
first-two-weeks-full-10 = *Géét üürgééñt çááréé théé sááméé dááý* föör áá hööt, rééd, swööllééñ jööííñt, ááböövéé ááll wííth áá féévéér.
first-two-weeks-full-11 = Ííf ýööüür lííps, tööñgüüéé öör thrööáát swééll, öör íít íís háárd töö brééááthéé, géét ééméérgééñçý héélp áát ööñçéé.
first-two-weeks-full-12 = *Ååsk ýööüür çlííñííç fíírst:*
first-two-weeks-full-13 = bééfööréé ýööüü stáárt áá prööbííöötííç, ííf ýööüür íímmüüñéé sýstéém íís wééáák: föör ééxáámpléé wííth mééthöötrééxáátéé, bííöölöögííçs, JÅåK ííñhííbíítöörs, stéérööííds öör çhéémööthééráápý
first-two-weeks-full-14 = bééfööréé ýööüü táákéé ááñý süüppléémééñt, ííf ýööüü táákéé áá blööööd thííññéér süüçh áás wáárfáárííñ
first-two-weeks-short-1 = Göö slööwlý öövéér 2 wééééks bééfööréé ýööüü stáárt théé wéééék ööf mééááls. Stáárt wííth 2 tááblééspööööñs ööf kééfíír öör líívéé ýööghüürt áá dááý, ááñd büüííld üüp töö áá glááss. Åådd ööñéé ééxtráá fííbréé fööööd éévéérý fééw dááýs, ááñd drííñk wáátéér. Sööméé wííñd áát fíírst íís çöömmööñ ááñd üüsüüáállý sééttléés.
first-two-weeks-short-2 = Çááll { $clinic } föör tüümmý pááííñ tháát dööéés ñööt sééttléé, blööööd ííñ ýööüür stööööls, blááçk stööööls, öör vöömíítííñg. Çááll, töööö, föör áá ráásh öör swééllííñg ááftéér áá ñééw fööööd, öör ááñýthííñg tháát wöörrííéés ýööüü.
first-two-weeks-short-3 = Géét üürgééñt çááréé théé sááméé dááý föör áá hööt, rééd, swööllééñ jööííñt, ááböövéé ááll wííth áá féévéér. Séééé áá dööçtöör föör ñééw jööííñt swééllííñg öör möörñííñg stííffñééss tháát láásts öövéér 30 mííñüütéés.
first-two-weeks-short-4 = Ííf ýööüür lííps, tööñgüüéé öör thrööáát swééll, öör íít íís háárd töö brééááthéé, géét ééméérgééñçý héélp ñööw.

## safety

safety-title = Sááféétý ñöötéés
safety-full-1 = Thíís hááñdööüüt süüppöörts théé áádvííçéé ööf ýööüür ööwñ çlííñííçííááñ. Íít dööéés ñööt rééplááçéé íít.
safety-h-1 = Yööüür méédííçííñéés
safety-full-2 = *Kéééép táákííñg ýööüür méédííçííñéés.* Döö ñööt stööp öör çhááñgéé áá préésçrííbééd méédííçííñéé wííthööüüt áádvííçéé. Thíís ííñçlüüdéés pááííñkíílléérs (ÑSÅåÍíDs) ááñd áárthríítíís méédííçííñéés (DMÅåRDs) süüçh áás mééthöötrééxáátéé [@nice-ng100].
safety-full-3 = *Wáárfáárííñ.* Döö ñööt áávööííd lééááfý grééééñs. Kááléé ááñd spííñááçh hööld áá lööt ööf víítáámííñ K, söö kéééép théé áámööüüñt ýööüü ééáát stééáádý frööm wéééék töö wéééék. Tééll ýööüür ááñtííçööáágüüláátííööñ çlííñííç (théé çlííñííç tháát çhééçks ýööüür blööööd) bééfööréé áá bííg çhááñgéé töö wháát ýööüü ééáát. Víítáámííñ K2 píílls çhááñgéé hööw wáárfáárííñ wöörks [@nhs-warfarin].
safety-h-2 = Süüppléémééñts
safety-full-4 = *Tüürméérííç öör çüürçüümííñ píílls* ááréé müüçh strööñgéér thááñ théé spííçéé ííñ fööööd. Rááréélý, thééý háávéé háármééd théé líívéér [@nccih-turmeric, @tga2023]. Döö ñööt táákéé théém ííf ýööüü háávéé gáállstööñéés öör áá blööçkééd bííléé düüçt, öör ííf ýööüü ááréé préégñááñt öör brééáástféééédííñg. Thééý mááý áádd töö bléééédííñg wííth blööööd thííññéérs, süüçh áás wáárfáárííñ, áápííxáábááñ öör rííváárööxáábááñ, öör wííth ááspíírííñ öör çlööpíídöögréél. Wííth dííáábéétéés méédííçííñéés, thééý mááý máákéé ýööüür blööööd süügáár drööp töööö lööw.
safety-full-5 = *Bööswééllííáá.* Wéé kñööw lííttléé áábööüüt ííts lööñg-téérm sááféétý. Döö ñööt táákéé íít ííf ýööüü ááréé préégñááñt öör brééáástféééédííñg. Ååñ üüpséét stöömááçh íís ííts mööst çöömmööñ síídéé ééffééçt [@medlineplus-boswellia]. Híígh-dööséé fíísh ööííl ááñd Bööswééllííáá mááý áálsöö áádd töö théé ríísk ööf bléééédííñg.
safety-full-6 = *Prööbííöötííçs.* Ååsk fíírst ííf ýööüür íímmüüñéé sýstéém íís wééáák. Thíís ííñçlüüdéés táákííñg méédííçííñéés tháát çáálm théé íímmüüñéé sýstéém, süüçh áás mééthöötrééxáátéé, bííöölöögííçs, JÅåK ííñhííbíítöörs öör stéérööííds. Íít áálsöö ííñçlüüdéés çhéémööthééráápý, áá çééñtráál lííñéé (áá thííñ tüübéé ííñtöö áá láárgéé vééííñ) öör áá séérííööüüs ííllñééss. Rááréélý, prööbííöötííçs háávéé çááüüsééd séérííööüüs ííñfééçtííööñs [@nccih-probiotics].
safety-h-3 = Ööthéér méédííçííñéés ááñd hééáálth çööñdíítííööñs
safety-full-7 = *Ååñtíídééprééssááñts çáállééd MÅåÖöÍís*, süüçh áás phééñéélzííñéé, öör théé ááñtííbííöötííç *lííñéézöölííd*. Döö ñööt ééáát féérmééñtééd öör áágééd fööööds: sááüüéérkrááüüt, kíímçhíí, míísöö, sööý sááüüçéé, áágééd çhééééséé öör köömbüüçháá. Thééý hööld *týráámííñéé*, whííçh çááñ püüsh ýööüür blööööd prééssüüréé üüp fáást [@medlineplus-maoi].
safety-full-8 = *Híístáámííñéé ííñtööléérááñçéé.* Féérmééñtééd fööööds ááréé híígh ííñ híístáámííñéé, söö áásk fíírst.
safety-full-9 = *Híígh blööööd prééssüüréé, hééáárt fááíílüüréé öör kíídñééý díísééááséé.* Míísöö, kíímçhíí, sááüüéérkrááüüt, sööý sááüüçéé ááñd smöökééd fíísh ááréé sááltý. Üüséé lééss ööf théém.
safety-full-10 = *Kíídñééý díísééááséé.* Bééááñs, pöötáátööéés, töömáátööéés ááñd grééééñs ááréé híígh ííñ pöötáássííüüm. Fööllööw ýööüür kíídñééý tééáám's áádvííçéé.
safety-full-11 = *ÍíBS (íírríítáábléé bööwéél sýñdrööméé).* Ööñííööñ, gáárlííç, léééék, ááspááráágüüs, bééááñs, lééñtííls ááñd whééáát ááréé híígh ííñ *FÖöDMÅåPs*. Thééséé süügáárs çááñ séét ööff ÍíBS sýmptööms. Åå plááñ lééd bý áá dííéétíítííááñ mááý süüíít ýööüü bééttéér [@nice-cg61].
safety-full-12 = *Préégñááñçý.* Döö ñööt drííñk köömbüüçháá: íít íís ñööt páástééüüríísééd ááñd höölds trááçéés ööf áálçööhööl. Ééáát ööíílý fíísh ñöö mööréé thááñ 2 tííméés áá wéééék. Ööthéér áádüülts çááñ háávéé üüp töö 4 pöörtííööñs áá wéééék [@nhs-fish].
safety-h-4 = Fööööd ááñd ýööüür güüt
safety-full-13 = *Göö slööwlý.* Åådd fííbréé ááñd féérmééñtééd fööööds áá lííttléé áát áá tííméé öövéér 2 töö 3 wééééks, ááñd drííñk plééñtý ööf wáátéér. Sööméé gáás áát fíírst íís çöömmööñ.
safety-full-14 = *Rííçéé.* Çööööl çöööökééd rííçéé wííthííñ ááñ hööüür. Kéééép íít ííñ théé fríídgéé föör ñöö mööréé thááñ áá dááý. Hééáát íít üüp ööñlý ööñçéé, üüñtííl íít íís stééáámííñg hööt [@fsa-food-safety].
safety-full-15 = *Åålléérgííéés.* Ééááçh rééçíípéé líísts ííts áálléérgééñs. Théé plááñ lééáávéés ööüüt théé fööööds ýööüü ááskééd íít töö áávööííd.
safety-h-5 = Whééñ töö géét héélp
safety-full-16 = *Åå hööt, rééd, swööllééñ jööííñt,* ááböövéé ááll wííth áá féévéér, ñééééds üürgééñt çááréé théé sááméé dááý. Íít mááý béé ááñ ííñfééçtííööñ.
safety-full-17 = *Ñééw swééllííñg ííñ áá jööííñt,* öör stííffñééss ííñ théé möörñííñg tháát láásts mööréé thááñ 30 mííñüütéés, shööüüld béé sééééñ bý áá dööçtöör.
safety-full-18 = Föör ááñýthííñg éélséé tháát wöörrííéés ýööüü, çááll { $clinic }.
safety-short-1 = Thíís hááñdööüüt süüppöörts ýööüür ööwñ çlííñííçííááñ's áádvííçéé. Íít dööéés ñööt rééplááçéé íít.
safety-short-2 = Döö ñööt stööp öör çhááñgéé ááñý préésçrííbééd méédííçííñéé wííthööüüt áádvííçéé. Thíís ííñçlüüdéés pááííñkíílléérs (ÑSÅåÍíDs). Kéééép táákííñg ýööüür áárthríítíís méédííçííñéés (DMÅåRDs) töööö [@nice-ng100].
safety-short-3 = *Wáárfáárííñ:* döö ñööt áávööííd lééááfý grééééñs. Kéééép théé áámööüüñt stééáádý ééááçh wéééék. Tééll ýööüür ááñtííçööáágüüláátííööñ çlííñííç bééfööréé áá bííg çhááñgéé. Víítáámííñ K2 píílls çhááñgéé hööw wáárfáárííñ wöörks [@nhs-warfarin].
safety-short-4 = *Tüürméérííç öör çüürçüümííñ píílls:* rááréélý, thééý háávéé háármééd théé líívéér [@nccih-turmeric, @tga2023]. Döö ñööt táákéé théém wííth gáállstööñéés, ííñ préégñááñçý öör whééñ brééáástféééédííñg. Thééý mááý áádd töö bléééédííñg wííth wáárfáárííñ, áápííxáábááñ, ááspíírííñ öör çlööpíídöögréél. Thééý mááý lööwéér blööööd süügáár wííth dííáábéétéés méédííçííñéés.
safety-short-5 = *Bööswééllííáá:* lííttléé íís kñööwñ áábööüüt ííts lööñg-téérm sááféétý. Döö ñööt táákéé íít ííñ préégñááñçý öör whééñ brééáástféééédííñg [@medlineplus-boswellia]. Íít ááñd fíísh ööííl ííñ híígh dööséés mááý áádd töö bléééédííñg.
safety-short-6 = *Prööbííöötííçs:* áásk fíírst ííf ýööüür íímmüüñéé sýstéém íís wééáák. Thíís ííñçlüüdéés táákííñg mééthöötrééxáátéé, bííöölöögííçs, JÅåK ííñhííbíítöörs öör stéérööííds, öör háávííñg çhéémööthééráápý [@nccih-probiotics].
safety-short-7 = *MÅåÖöÍí ááñtíídééprééssááñts öör lííñéézöölííd:* döö ñööt ééáát féérmééñtééd öör áágééd fööööds. Thééíír *týráámííñéé* çááñ püüsh blööööd prééssüüréé üüp fáást [@medlineplus-maoi].
safety-short-8 = *Híístáámííñéé ííñtööléérááñçéé:* féérmééñtééd fööööds ááréé híígh ííñ híístáámííñéé.
safety-short-9 = *Híígh blööööd prééssüüréé, hééáárt öör kíídñééý díísééááséé:* míísöö, kíímçhíí, sááüüéérkrááüüt ááñd sööý sááüüçéé ááréé sááltý. Wííth kíídñééý díísééááséé, bééááñs, pöötáátööéés ááñd grééééñs ááréé híígh ííñ pöötáássííüüm.
safety-short-10 = *ÍíBS:* ööñííööñ, gáárlííç, léééék, bééááñs ááñd whééáát ááréé híígh ííñ *FÖöDMÅåPs*. Thééséé çááñ séét ööff sýmptööms [@nice-cg61].
safety-short-11 = *Préégñááñçý:* ñöö köömbüüçháá. Ééáát ööíílý fíísh ñöö mööréé thááñ 2 tííméés áá wéééék [@nhs-fish].
safety-short-12 = Åådd fííbréé ááñd féérmééñtééd fööööds slööwlý, öövéér 2 töö 3 wééééks. Drííñk wáátéér.
safety-short-13 = Çööööl çöööökééd rííçéé wííthííñ ááñ hööüür. Hééáát íít üüp ööñlý ööñçéé [@fsa-food-safety].
safety-short-14 = Ééááçh rééçíípéé líísts ííts áálléérgééñs. Théé plááñ lééáávéés ööüüt théé fööööds ýööüü ááskééd íít töö áávööííd.
safety-short-15 = *Géét héélp théé sááméé dááý* föör áá hööt, rééd, swööllééñ jööííñt, ááböövéé ááll wííth áá féévéér. Séééé áá dööçtöör föör ñééw jööííñt swééllííñg. Séééé ööñéé, töööö, föör möörñííñg stííffñééss tháát láásts öövéér 30 mííñüütéés. Çááll { $clinic }.

## glossary

glossary-full-1 = *Wöörds üüsééd ííñ thééséé páágéés*
glossary-term-1-word = Mííçrööbííööméé
glossary-term-1 = ááll théé tííñý líívííñg thííñgs ííñ ýööüür güüt, mööstlý bááçtéérííáá.
glossary-term-2-word = Büütýráátéé
glossary-term-2 = áá shöört-çhááííñ fááttý ááçííd máádéé bý güüt bááçtéérííáá. Ííñ lááb stüüdííéés, íít çáálms ííñfláámmáátííööñ.
glossary-term-3-word = Shöört-çhááííñ fááttý ááçííds
glossary-term-3 = smááll fááts tháát güüt bááçtéérííáá máákéé frööm fííbréé.
glossary-term-4-word = Tííght jüüñçtííööñs
glossary-term-4 = théé sééááls tháát çlööséé théé gááps béétwééééñ théé çéélls ööf ýööüür güüt lííñííñg.
glossary-term-5-word = LPS
glossary-term-5 = líípööpöölýsááççhááríídéé, páárt ööf théé ööüütéér wááll ööf sööméé bááçtéérííáá. Ííñ blööööd, íít çááñ séét ööff ííñfláámmáátííööñ.
glossary-term-6-word = Sýñöövííáál flüüííd
glossary-term-6 = théé slííppéérý flüüííd ííñsíídéé áá jööííñt tháát çüüshííööñs íít.
glossary-term-7-word = Ííñfláámmáágííñg
glossary-term-7 = slööw, lööw-léévéél ííñfláámmáátííööñ tháát büüíílds üüp áás wéé áágéé.
glossary-term-8-word = Pöölýphééñööls
glossary-term-8 = plááñt süübstááñçéés tháát brííñg déééép çöölööüürs ááñd áá bííttéér öör tááñgý táástéé.
glossary-term-9-word = Ööméégáá-3 (ÅåLÅå, ÉéPÅå, DHÅå)
glossary-term-9 = hééáálthý fááts. ÅåLÅå çööméés frööm plááñts süüçh áás flááxsééééd. ÉéPÅå ááñd DHÅå çööméé mööstlý frööm ööíílý fíísh.
glossary-term-10-word = ÑSÅåÍíDs
glossary-term-10 = áá grööüüp ööf pááííñkíílléérs, süüçh áás ííbüüprööfééñ, ñááprööxééñ ááñd dííçlööfééñááç.
glossary-term-11-word = Prööbííöötííçs
glossary-term-11 = líívéé mííçrööbéés ýööüü táákéé ööñ püürpööséé, ööftééñ áás çáápsüüléés öör drííñks.
glossary-term-12-word = DMÅåRDs
glossary-term-12 = méédííçííñéés tháát slööw dööwñ sööméé kííñds ööf áárthríítíís, süüçh áás mééthöötrééxáátéé.
glossary-term-13-word = FÖöDMÅåPs
glossary-term-13 = süügáárs ííñ sööméé fööööds, süüçh áás ööñííööñ ááñd bééááñs, tháát çááñ séét ööff ÍíBS sýmptööms.
glossary-term-14-word = Préébííöötííç fííbréé
glossary-term-14 = fííbréé tháát fééééds héélpfüül güüt bááçtéérííáá, süüçh áás ííñüülííñ ííñ ööñííööñs.


## first-two-weeks: the tracker

first-two-weeks-days = Dááýs
first-two-weeks-each-day = Ééááçh dááý
first-two-weeks-done = Dööñéé
first-two-weeks-row-1-days = 1 töö 4
first-two-weeks-row-1 = *2 tááblééspööööñs* ööf kééfíír öör líívéé ýööghüürt. *Ööñéé* ééxtráá fííbréé fööööd, süüçh áás 3 tááblééspööööñs ööf ööááts.
first-two-weeks-row-2-days = 5 töö 8
first-two-weeks-row-2 = *4 tááblééspööööñs* ööf kééfíír öör líívéé ýööghüürt. *Twöö* ééxtráá fííbréé fööööds, süüçh áás ööááts ááñd áá spööööñ ööf lééñtííls.
first-two-weeks-row-3-days = 9 töö 11
first-two-weeks-row-3 = *Háálf áá glááss* (100 ml) ööf kééfíír, öör áá smááll pööt ööf líívéé ýööghüürt. Åådd áá pöörtííööñ ööf bééááñs öör lééñtííls.
first-two-weeks-row-4-days = 12 töö 14
first-two-weeks-row-4 = *Åå glááss* (150 ml) ööf kééfíír, öör áá pööt ööf líívéé ýööghüürt. Trý áá ñééw plááñt, süüçh áás áá héérb.
first-two-weeks-row-5-days = 15
first-two-weeks-row-5 = *Stáárt théé wéééék ööf mééááls* ííñ thíís hááñdööüüt.
first-two-weeks-call = Çááll { $clinic } ííf ýööüü háávéé:
# The week's own amounts are printed where { $calcium }, { $magnesium } and { $vitamin-d } stand.
what-to-do-this-week = Thíís wéééék ýööüür mééááls gíívéé ýööüü { $calcium } ööf çáálçííüüm, { $magnesium } ööf máágñéésííüüm ááñd { $vitamin-d } ööf víítáámííñ D áá dááý. Théé páágéé "Yööüür wéééék's ñüütríítííööñ" shööws théém ñééxt töö wháát ýööüü ñééééd.

## The food-safety box (pregnant, immune-suppressed or frail patients)

food-safety-heading = Fööööd sááféétý föör ýööüü
food-safety-intro = Yööüü ááréé préégñááñt, öör ýööüür íímmüüñéé sýstéém íís wééáák, söö sööméé fööööds çáárrý mööréé ríísk ööf fööööd pööíísööñííñg. Yööüür wéééék lééáávéés ööüüt rééçíípéés tháát brééáák thééséé rüüléés:
food-safety-1 = *Çöööök ééggs* üüñtííl théé whíítéé ááñd théé ýöölk ááréé söölííd. Ííñ théé ÜüK, ééggs wííth théé Bríítíísh Lííööñ máárk mááý béé ééáátééñ rüüññý, éévééñ ííñ préégñááñçý.
food-safety-2 = *Çöööök fröözééñ véégéétáábléés* üüñtííl stééáámííñg hööt. Döö ñööt ééáát théém jüüst thááwééd.
food-safety-3 = *Çöööök smöökééd öör çüürééd fíísh*, süüçh áás smöökééd sáálmööñ, üüñtííl stééáámííñg hööt.
food-safety-4 = *Çhööööséé páástééüüríísééd fööööds.* Lééáávéé ööüüt üüñpáástééüüríísééd míílk, sööft çhééééséés wííth áá whíítéé rííñd öör blüüéé vééííñs, ááñd pâté. Ååsk ýööüür çlííñííç whííçh líívéé fööööds süüíít ýööüü.
food-safety-5 = *Çööööl çöööökééd rííçéé* wííthííñ ááñ hööüür, ááñd hééáát íít üüp ööñlý ööñçéé, üüñtííl stééáámííñg hööt.

## The diagrams of the education pages: labels, captions and the text a screen reader reads

diagram-1 = tííght jüüñçtííööñs
diagram-2 = lééááký spööt
diagram-3 = Twöö rööws ööf fööüür stééps, rééáád lééft töö rííght. Tööp rööw, söölííd bööxéés: fííbréé fééééds gööööd bááçtéérííáá; thééý máákéé büütýráátéé, whííçh mááý çáálm ííñfláámmáátííööñ; büütýráátéé tráávééls ííñ théé blööööd; thíís mááý mééááñ lééss ííñfláámmáátííööñ ííñ théé jööííñt. Bööttööm rööw, dááshééd bööxéés: sööméé bááçtéérííáá çáárrý LPS; áá lééááký lííñííñg mááý léét LPS thrööüügh; LPS çááñ géét ííñtöö théé blööööd; LPS íís lííñkééd töö ííñfláámmáátííööñ ííñ théé jööííñt.
diagram-4 = Åå dííáágráám rééáád lééft töö rííght: güüt, güüt lííñííñg, blööööd, kñéééé jööííñt. Íít shööws wháát réésééáárçhéérs thííñk mááý hááppééñ. Åå söölííd áárrööw shööws fííbréé féééédííñg gööööd bááçtéérííáá, whííçh máákéé büütýráátéé, whííçh mááý çáálm ííñfláámmáátííööñ; áá dááshééd áárrööw shööws LPS frööm bááçtéérííáá tháát mááý pááss thrööüügh áá lééááký spööt ííñ théé güüt lííñííñg, tráávéél ííñ théé blööööd ááñd béé lííñkééd töö ííñfláámmáátííööñ ííñ théé kñéééé.
diagram-5 = Théé güüt-jööííñt ááxíís, áás réésééáárçhéérs thííñk íít mááý wöörk. Söölííd áárrööw: büütýráátéé mááý çáálm. Dááshééd áárrööw: LPS mááý ííñflááméé.
diagram-6 = GÜüT
diagram-7 = bááçtéérííáá ááñd fííbréé
diagram-8 = GÜüT LÍíÑÍíÑG
diagram-9 = ööñéé çééll thííçk
diagram-10 = BLÖöÖöD
diagram-11 = çáárrííéés théém ööñ
diagram-12 = JÖöÍíÑT
diagram-13 = kñéééé, sýñöövííáál flüüííd
diagram-14 = Fííbréé fééééds gööööd bááçtéérííáá
diagram-15 = Thééý máákéé *büütýráátéé*, whííçh mááý çáálm ííñfláámmáátííööñ
diagram-16 = Büütýráátéé tráávééls ííñ théé blööööd
diagram-17 = Thíís mááý mééááñ lééss ííñfláámmáátííööñ ííñ théé jööííñt
diagram-18 = Sööméé bááçtéérííáá çáárrý *LPS*
diagram-19 = Åå lééááký lííñííñg mááý léét LPS thrööüügh
diagram-20 = LPS çááñ géét ííñtöö théé blööööd
diagram-21 = LPS íís lííñkééd töö ííñfláámmáátííööñ ííñ théé jööííñt
diagram-22 = Jööííñt pááííñ
diagram-23 = Pááííñkíílléérs (ÑSÅåÍíDs)
diagram-24 = Mááý máákéé théé güüt lééáákííéér
diagram-25 = Mááý áádd töö ííñfláámmáátííööñ
diagram-26 = Íímpöörtááñt
diagram-27 = Åå çýçléé ööf fööüür stééps jööííñééd bý áárrööws: jööííñt pááííñ lééááds töö pááííñkíílléérs (ÑSÅåÍíDs), whííçh mááý máákéé théé güüt lééáákííéér, whííçh mááý áádd töö ííñfláámmáátííööñ, whííçh mááý lééáád bááçk töö jööííñt pááííñ. Åå ñöötéé sááýs: döö ñööt stööp öör çhááñgéé áá préésçrííbééd méédííçííñéé wííthööüüt táálkííñg töö ýööüür çlííñííçííááñ.
diagram-28 = Théé ÑSÅåÍíD lööööp: pááííñkíílléérs ééááséé pááííñ töödááý büüt çááñ máákéé théé güüt lééáákííéér, whííçh mááý fééééd mööréé pááííñ láátéér.
diagram-29 = Fííbréé
diagram-30 = Mááñý kííñds, éévéérý dááý
diagram-31 = Ööááts, bééááñs, lééñtííls, ööñííööñs, lééééks, çöööölééd pöötáátööéés
diagram-32 = Pöölýphééñööls
diagram-33 = Ååt éévéérý mééáál
diagram-34 = Béérrííéés, héérbs ááñd spííçéés, çööçööáá, áá çüüp ööf grééééñ tééáá, öölíívéé ööííl (ééxtráá víírgííñ)
diagram-35 = Féérmééñtééd fööööds
diagram-36 = Líívéé, éévéérý dááý
diagram-37 = Kééfíír, líívéé ýööghüürt, sááüüéérkrááüüt, kíímçhíí, míísöö stíírrééd ííñ ööñçéé hááñd-wáárm
diagram-38 = Ööméégáá-3
diagram-39 = Ööíílý fíísh áábööüüt twííçéé áá wéééék
diagram-40 = Sáálmööñ, sáárdííñéés, mááçkééréél; grööüüñd flááxsééééd, çhííáá, wáálñüüts
diagram-41 = Åå pláátéé díívíídééd ííñtöö fööüür qüüáártéérs, ööñéé péér píílláár: F föör fííbréé (ööááts, bééááñs, lééñtííls, ööñííööñs, lééééks, çöööölééd pöötáátööéés), P föör pöölýphééñööls (béérrííéés, héérbs ááñd spííçéés, çööçööáá, áá çüüp ööf grééééñ tééáá, öölíívéé ööííl (ééxtráá víírgííñ)), L föör líívéé féérmééñtééd fööööds (kééfíír, líívéé ýööghüürt, sááüüéérkrááüüt, kíímçhíí, míísöö stíírrééd ííñ ööñçéé hááñd-wáárm) ááñd Öö föör ööméégáá-3 (sáálmööñ, sáárdííñéés, mááçkééréél, grööüüñd flááxsééééd, çhííáá, wáálñüüts).
diagram-42 = Théé fööüür píílláárs: fííll ýööüür pláátéé frööm ééááçh qüüáártéér öövéér théé dááý ááñd théé wéééék.
diagram-43 = Åå hááñdfüül
diagram-44 = ööf béérrííéés, ñüüts öör sééééds: áábööüüt 80 g ööf früüíít, 30 g ööf ñüüts
diagram-45 = Twöö hááñdfüüls
diagram-46 = ööf sááláád öör véégéétáábléés: ööñéé ööf ýööüür 5 áá dááý
diagram-47 = Åå thüümb
diagram-48 = ööf ööííl öör ñüüt büüttéér: áábööüüt áá tááblééspööööñ
diagram-49 = Åå páálm
diagram-50 = ööf fíísh: áábööüüt 140 g, áá pöörtííööñ ööf ööíílý fíísh
diagram-51 = Pöörtííööñ síízéés mééáásüürééd wííth ýööüür hááñds: áá hááñdfüül ööf béérrííéés, ñüüts öör sééééds (áábööüüt 80 g ööf früüíít öör 30 g ööf ñüüts); twöö hááñdfüüls ööf sááláád öör véégéétáábléés; áá thüümb ööf ööííl öör ñüüt büüttéér (áábööüüt áá tááblééspööööñ); áá páálm ööf fíísh (áábööüüt 140 g). Béésíídéé théém, áá láábéél áás ööñ áá pööt ööf kééfíír öör ýööghüürt tháát sááýs: çööñtááííñs líívéé çüültüüréés, kéééép ííñ théé fríídgéé.
diagram-52 = Pöörtííööñs bý hááñd, ááñd théé wöörds töö löööök föör ööñ áá líívéé féérmééñtééd fööööd.
diagram-53 = Löööök föör thééséé wöörds
diagram-54 = ÇÖöÑTÅåÍíÑS LÍíVÉé ÇÜüLTÜüRÉéS
diagram-55 = öör "líívéé", "üüñpáástééüüríísééd", "rááw" · kéépt ííñ théé çhíílléér
diagram-56 = Döö ñööt stööp öör çhááñgéé áá préésçrííbééd méédííçííñéé wííthööüüt táálkííñg töö ýööüür çlííñííçííááñ.
diagram-57 = Théé lööööp mááý fééééd íítséélf: mööréé pááííñ, mööréé píílls, mööréé lééáák.
