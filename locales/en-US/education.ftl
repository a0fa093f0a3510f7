# The education pages, in British English: each section's title, headings and paragraphs, full
# and short. Keep the ids and { $variables }. Inline marks: *bold words*, [@key] a numbered
# source (keep the keys, which name the sources in layouts/lib/education/refs.typ), and
# { $clinic } where whom to call is printed. See "Adding a language" in the README.

## axis

axis-title = How your gut and joints talk
axis-full-1 = Your gut and your joints are far apart in your body. Even so, they seem to send signals to each other. Scientists call this link the gut-joint axis.
axis-full-2 = Your gut is home to a huge number of tiny living things, mostly bacteria. Together they are called your microbiome. Most of them are friendly and help you break down food.
axis-full-3 = Your gut and joints pass messages in three main ways:
axis-full-4 = through your blood, which reaches every part of your body
axis-full-5 = through immune cells, your body's defense team
axis-full-6 = through substances your gut bacteria make when they break down fiber. These are called short-chain fatty acids. The best known one is butyrate.
axis-full-7 = Inflammation is your body's alarm system. It brings heat, swelling and pain. A little helps you heal, but too much for too long can harm your joints. A healthy gut may help keep inflammation low. A gut out of balance may add to it.
axis-full-8 = Some studies in this handout were in people, and some were on cells in a lab. When two things are linked, it does not always mean that one causes the other. The numbers in square brackets, like [1], point to the list of sources at the end.
axis-full-9 = *Key point:* What you eat feeds your gut bacteria. What they make may reach your joints.
axis-short-1 = Your gut and your joints seem to send signals to each other. This link is called the gut-joint axis. Your gut is home to many tiny living things, mostly bacteria. Together they are your microbiome. Signals may pass through your blood, through immune cells, and through substances the bacteria make from fiber, such as butyrate.
axis-short-2 = Inflammation is your body's alarm system. Too much for too long can harm your joints. Numbers like [1] point to the sources at the end.

## microbes

microbes-title = Bacterial traces in the joint
microbes-full-1 = Your joints hold a little synovial fluid. This slippery fluid cushions the joint and helps it move.
microbes-full-2 = Researchers have found bacterial DNA in synovial fluid [@hammad2019]. They found it in people with rheumatoid arthritis, and in healthy people too. DNA is the code that every living thing carries. Finding DNA is not the same as finding live bacteria. The study could not tell where the DNA came from. It does not show that bacteria cause joint pain. It does show that traces of bacteria can reach a joint.
microbes-full-3 = People who had just been diagnosed with rheumatoid arthritis had more of a gut bacterium called Prevotella copri [@scher2013]. Rheumatoid arthritis is a disease in which the immune system attacks the joints.
microbes-full-4 = People at risk of rheumatoid arthritis also had more Prevotella copri [@alpizar2019]. Some had joint pain, and some had signs in their blood, but none had been diagnosed with arthritis yet. So gut changes may come before the disease is found. Still, these studies show a link, not a cause.
microbes-short-1 = Your joints hold synovial fluid, a slippery fluid that cushions them. Researchers have found bits of bacterial DNA in it, in healthy people too [@hammad2019]. We do not know where it comes from. It does not prove that bacteria cause pain.
microbes-short-2 = In rheumatoid arthritis, the immune system attacks the joints. People who have just been told they have it carry more of a gut bacterium called Prevotella copri [@scher2013]. So do people at risk, before arthritis is found [@alpizar2019]. This is a link, not proof of cause.

## leaky-gut

leaky-gut-title = A leaky gut and LPS
leaky-gut-full-1 = The lining of your gut keeps what is inside your gut apart from your blood. This lining is only one cell thick. The cells are sealed to each other by tight junctions, which work like zips that close the gaps between cells. When these seals loosen, the gut can leak. People call this a leaky gut.
leaky-gut-full-2 = One thing that can slip through is LPS, short for lipopolysaccharide. LPS is part of the outer wall of some bacteria. When it gets into your blood, your immune system sees a threat and can set off inflammation.
leaky-gut-full-3 = One small study looked at 25 people with knee osteoarthritis [@huang2016]. Osteoarthritis is the common type of arthritis in which cartilage, the smooth layer that covers the ends of your bones, slowly wears thin.
leaky-gut-full-4 = The study measured LPS, and a protein that grabs onto it, in the blood and in the knee fluid. People with higher levels tended to have worse knee osteoarthritis, more bone spurs and more pain. Bone spurs are small bony lumps at the edges of a worn joint. This was a link, not proof of cause.
leaky-gut-full-5 = *Key point:* A healthy gut lining keeps parts of bacteria, like LPS, out of your blood. That may help keep inflammation down.
leaky-gut-short-1 = Your gut lining is one cell thick. Tight junctions seal the gaps between the cells, like zips. When they loosen, the gut can leak.
leaky-gut-short-2 = Then LPS, a part of the wall of some bacteria, may get into your blood and set off inflammation. In knee osteoarthritis, the smooth cartilage in the joint wears thin. In a small study of 25 people, those with more LPS in their blood and knee fluid tended to have worse knees and more pain [@huang2016]. This is a link, not proof of cause.

## butyrate

butyrate-title = Butyrate: what your gut bacteria make from fiber
butyrate-full-1 = Fiber is the part of plant foods that your body cannot digest, but your gut bacteria can. They ferment it, which means they break it down for food. As they do, friendly bacteria make butyrate, a small fatty acid. In lab studies, butyrate calms inflammation.
butyrate-full-2 = In a lab study, scientists added butyrate to cartilage cells [@pirozzi2018]. It lowered signs of inflammation. It also cut the enzymes, or chemical tools, that break cartilage down.
butyrate-full-3 = This was done on cells in a dish, not in people. We do not yet know if eating more fiber does the same inside your knee. Fiber from many different plants feeds the bacteria that make butyrate.
butyrate-short-1 = Fiber is the part of plants that you cannot digest, but your gut bacteria can. As they break it down, they make butyrate. In lab studies, butyrate calms inflammation.
butyrate-short-2 = In a lab study on cartilage cells, butyrate also cut the enzymes (chemical tools) that break cartilage down [@pirozzi2018]. This was on cells in a dish, not in people.

## inflammaging

inflammaging-title = Inflammaging: slow inflammation with age
inflammaging-full-1 = As we get older, many of us build up a slow, low-level inflammation. It brings no fever or red, swollen joint, but it simmers quietly in the background. Scientists call it inflammaging, a blend of "inflammation" and "ageing" [@franceschi2000].
inflammaging-full-2 = Your gut seems to play a part. With age, the mix of gut bacteria tends to become less varied. Scientists call this a loss of diversity. A diverse gut is like a garden with many kinds of plants.
inflammaging-full-3 = In older people, some of the bacteria that make butyrate tend to be fewer [@biagi2010]. One of them is Faecalibacterium prausnitzii. In lab and animal studies, it helped calm inflammation [@sokol2008]. Fewer butyrate makers may mean less help to keep inflammation down. What you eat shapes which bacteria thrive. Many kinds of plants feed many kinds of bacteria.
inflammaging-short-1 = With age, many people build up a slow, quiet inflammation. Scientists call it inflammaging [@franceschi2000]. At the same time, the mix of gut bacteria tends to get less varied.
inflammaging-short-2 = In older people, some of the bacteria that make butyrate tend to be fewer [@biagi2010]. One of them is called Faecalibacterium prausnitzii. In lab and animal tests, it calmed inflammation [@sokol2008]. A mix of plants feeds a mix of bacteria.

## menopause

menopause-title = Menopause and your gut
menopause-full-1 = Menopause is when periods stop for good and the body makes much less of the hormone estrogen. This change seems to affect the gut as well.
menopause-full-2 = A study found that after menopause, the gut microbiome tends to be less diverse [@peters2022]. There was also less of a bacterium called Akkermansia muciniphila. Its name means that it likes mucus. It lives in the thin layer of mucus that protects the gut lining.
menopause-full-3 = This is a link seen in a study, not proof that menopause harms your gut. But your gut may need a little more care in these years. The steps in this handout are the same for everyone: many plants, fermented foods and good fats.
menopause-short-1 = After menopause, the gut's mix of bacteria tends to be less varied. There is also less of a bacterium called Akkermansia muciniphila [@peters2022]. It lives in the mucus that guards the gut lining. This is a link, not proof of cause. But your gut may need a little more care in these years.

## nsaids

nsaids-title = Painkillers (NSAIDs) and your gut
nsaids-full-1 = NSAIDs are a common group of painkillers. The letters stand for "non-steroidal anti-inflammatory drugs". Ibuprofen, naproxen and diclofenac are all NSAIDs. They ease pain and swelling, and many people with joint pain rely on them.
nsaids-full-2 = But NSAIDs can make the lining of the small bowel more leaky [@bjarnason1993]. The small bowel is the long, narrow part of the gut just after the stomach. This may set up a loop. Joint pain leads to more pills, more pills may mean a leakier gut, and a leakier gut may add to inflammation and pain.
nsaids-full-3 = Your doctor, nurse or pharmacist can help you weigh up the pros and cons of painkillers. *Tell them about painkillers you buy without a prescription, too.*
nsaids-full-4 = *Keep taking your arthritis medicines.* Medicines such as methotrexate, sulfasalazine and hydroxychloroquine are called DMARDs. They slow down some kinds of arthritis. Food works alongside them and your other medicines, never instead of them [@nice-ng100].
nsaids-short-1 = NSAIDs are common painkillers, such as ibuprofen, naproxen and diclofenac. They ease pain, but they can make the lining of the small bowel more leaky [@bjarnason1993]. This may start a loop: more pain, more pills, more leak.
nsaids-short-2 = *Important:* Ask your clinician before you stop or change any prescribed medicine. Keep taking your arthritis medicines (DMARDs) [@nice-ng100]. Food works alongside them, never instead of them.

## what-to-do

what-to-do-title = What you can do
what-to-do-full-1 = The recipes in this plan carry four badges, one for each pillar of gut-friendly eating. The fiber and omega-3 numbers on the recipes come from public US food data [@usda]. The other badges come from the foods in each recipe.
what-to-do-h-1 = Fiber, and many kinds of it
what-to-do-badge-f = Fiber
what-to-do-full-2 = Fiber feeds the bacteria that make butyrate. Aim for many kinds of fiber, not just more of one. Good sources are garlic, onion, leek, asparagus, oats, and pulses such as beans, lentils and chickpeas.
what-to-do-full-3 = Garlic, onion, leek and asparagus hold inulin and FOS (fructo-oligosaccharides). These types of fiber feed helpful bacteria such as Bifidobacterium and Faecalibacterium. Cook potatoes or rice and then let them cool. Some of the starch becomes resistant starch, which escapes digestion and feeds your gut bacteria.
what-to-do-full-4 = *Aim for 30 different plants a week.* People who ate more than 30 different plants a week had a more diverse gut microbiome [@mcdonald2018]. This plan counts your plants each week for you.
what-to-do-h-2 = Polyphenols at every meal
what-to-do-badge-p = Polyphenols
what-to-do-full-5 = Polyphenols are natural substances that give many plants their deep colors and their bitter or tangy taste. Scientists are still studying how they act on inflammation and on gut bacteria. *Try to have some at every meal.* Good sources are blueberries and other berries, a cup of green tea, a small piece of dark chocolate, herbs, spices and olive oil (extra virgin). Deeply colored vegetables count too, such as red cabbage, beets and dark leafy greens. Each recipe with this badge names the food that earns it.
what-to-do-h-3 = Fermented foods every day
what-to-do-badge-l = Live and fermented foods
what-to-do-full-6 = Fermented foods are made by letting friendly microbes work on food. *Try to have one every day.* Good ones are kefir (a fermented milk drink), yogurt with live cultures and sauerkraut. Kimchi (spicy fermented vegetables), miso (a salty soybean paste) and kombucha (fizzy fermented tea) count too.
what-to-do-full-7 = In one study, adults ate a diet high in fermented foods for 10 weeks [@wastyk2021]. Their gut microbiome became more diverse. In their blood, 19 proteins linked with inflammation went down. One was IL-6, a messenger that turns inflammation up. This was a small study: 18 healthy adults ate the diet, and it measured blood, not joints.
what-to-do-full-8 = *Heat kills live cultures.* Miso stirred into boiling soup has lost its live microbes, and so has sourdough bread once it is baked. Each recipe tells you if its ferment is live or cooked. Soup just off the boil is still hot enough to kill them. *To keep miso live, stir it into your own bowl once the soup is hand-warm.*
what-to-do-h-4 = Omega-3 fats
what-to-do-badge-o = Omega-3 fats
what-to-do-full-9 = Omega-3s are healthy fats that your body cannot make enough of, so they need to come from food. Researchers are still studying their part in inflammation.
what-to-do-full-10 = *Eat oily fish, such as salmon, sardines or mackerel, about twice a week.*
what-to-do-full-11 = For a plant omega-3 called ALA (alpha-linolenic acid), add walnuts, chia, hemp seeds or ground flaxseed. *Use flaxseed ground*, as whole seeds can pass through you undigested.
what-to-do-h-5 = Probiotics
what-to-do-full-12 = Probiotics are live microbes that you take on purpose, often as capsules or drinks. Two recent reviews pooled the results of fair tests, called randomized trials, in knee osteoarthritis [@moyseos2024, @tian2025]. There were only a few small trials. Most of the benefit came from one strain, the one in the trial below. The reviewers say the results still need to be confirmed.
what-to-do-full-13 = In one trial, 537 people with knee osteoarthritis took a probiotic called Lactobacillus casei Shirota or a dummy for 6 months [@lei2017]. The probiotic group had lower hs-CRP, a blood test for inflammation. They also had less pain and better WOMAC scores, a set of questions about knee pain, stiffness and daily tasks.
what-to-do-full-14 = Each type of probiotic is different, so a result for one does not apply to all. *Read the safety notes before you start one.*
what-to-do-h-6 = Nutrients for bones and joints, and foods to cut back on
what-to-do-full-15 = Some nutrients have a known job in your bones, muscles and joints. Vitamin C helps your body make collagen, which cartilage and bones need. Calcium and vitamin D help keep bones healthy. Magnesium helps keep bones and muscles working normally. Protein and zinc matter too. Milk, yogurt, leafy greens, beans, nuts, seeds and oily fish offer some of these. Few foods hold much vitamin D, so food alone rarely gives enough.
what-to-do-full-16 = *Cut back on ultra-processed foods*: factory-made foods with long lists of ingredients, like most packaged snacks and ready meals. Cut back on added sugar and alcohol too. They leave less room for the plants your gut bacteria need.
what-to-do-h-7 = Turmeric and Boswellia
what-to-do-full-17 = Turmeric is the yellow spice in curry, and curcumin is its main active part. In a trial of 367 people with knee osteoarthritis, a turmeric extract eased pain about as well as ibuprofen did over 4 weeks [@kuptniratsaikul2014]. It gave fewer stomach problems.
what-to-do-full-18 = Boswellia is a tree resin, also called Indian frankincense. In a small knee osteoarthritis trial, its benefit lasted a month after people stopped taking it. The benefit of the drug it was compared with did not [@sontakke2007].
what-to-do-full-19 = These trials do not show that a supplement will help you. Supplements hold far more than a pinch of spice in a meal, and they carry risks. *Read the safety notes, and ask your clinician before you take any supplement.*
what-to-do-short-1 = The fiber and omega-3 numbers on the recipes come from US food data (USDA) [@usda].
what-to-do-short-2 = Eat many kinds of plants, such as onion, oats, beans and cooled potatoes. People who ate more than 30 different plants a week had a more varied gut [@mcdonald2018].
what-to-do-short-3 = Have some at each meal: berries, herbs, spices, a cup of green tea, olive oil and dark vegetables.
what-to-do-short-4 = Have one a day, such as kefir or live yogurt. In a small study of healthy adults, eating lots of them for 10 weeks made the gut more varied. It also lowered signs of inflammation in the blood [@wastyk2021]. Heat kills live cultures.
what-to-do-short-5 = Eat oily fish, like salmon, about twice a week. Flaxseed and walnuts add plant omega-3.
what-to-do-short-6 = Cut back on ultra-processed food, added sugar and alcohol. A few small trials found less knee pain with probiotics (live microbes in capsules or drinks) [@moyseos2024, @tian2025, @lei2017]. Others found it with turmeric or Boswellia supplements [@kuptniratsaikul2014, @sontakke2007]. The evidence is early, and supplements carry risks. Read the safety notes and ask your clinician first.

## first-two-weeks

first-two-weeks-title = Your first two weeks
first-two-weeks-full-1 = Your gut bacteria need time to get used to new foods. If fiber and fermented foods are new to you, use this tracker for 2 weeks first. Then start the week of meals in this handout. If you already eat them most days, you can start the week of meals now.
first-two-weeks-full-2 = *Tick a box for each day you manage it.* Drink 6 to 8 glasses of water a day, and keep taking your medicines as usual.
first-two-weeks-full-3 = *What to expect.* Some gas and bloating at first is common. It means your gut bacteria are busy with the new food. It usually settles as your gut gets used to the change. If it bothers you, go back a row for a few days, then try again.
first-two-weeks-h-1 = When to call
first-two-weeks-full-4 = pain in your stomach that does not settle
first-two-weeks-full-5 = blood in your stools, or black stools
first-two-weeks-full-6 = vomiting
first-two-weeks-full-7 = a rash or swelling after a new food
first-two-weeks-full-8 = new swelling in a joint, or stiffness in the morning that lasts more than 30 minutes
first-two-weeks-full-9 = any other symptom that worries you
first-two-weeks-full-10 = *Get urgent care the same day* for a hot, red, swollen joint, above all with a fever.
first-two-weeks-full-11 = If your lips, tongue or throat swell, or it is hard to breathe, call 911 at once.
first-two-weeks-full-12 = *Ask your clinic first:*
first-two-weeks-full-13 = before you start a probiotic, if your immune system is weak: for example with methotrexate, biologics, JAK inhibitors, steroids or chemotherapy
first-two-weeks-full-14 = before you take any supplement, if you take a blood thinner such as warfarin
first-two-weeks-short-1 = Go slowly over 2 weeks before you start the week of meals. Start with 2 tablespoons of kefir or live yogurt a day, and build up to a glass. Add one extra fiber food every few days, and drink water. Some gas at first is common and usually settles.
first-two-weeks-short-2 = Call { $clinic } for stomach pain that does not settle, blood in your stools, black stools, or vomiting. Call, too, for a rash or swelling after a new food, or anything that worries you.
first-two-weeks-short-3 = Get urgent care the same day for a hot, red, swollen joint, above all with a fever. See a doctor for new joint swelling or morning stiffness that lasts over 30 minutes.
first-two-weeks-short-4 = If your lips, tongue or throat swell, or it is hard to breathe, call 911 now.

## safety

safety-title = Safety notes
safety-full-1 = This handout supports the advice of your own clinician. It does not replace it.
safety-h-1 = Your medicines
safety-full-2 = *Keep taking your medicines.* Do not stop or change a prescribed medicine without advice. This includes painkillers (NSAIDs) and arthritis medicines (DMARDs) such as methotrexate [@nice-ng100].
safety-full-3 = *Warfarin.* Do not avoid leafy greens. Kale and spinach hold a lot of vitamin K, so keep the amount you eat steady from week to week. Tell your anticoagulation clinic (the clinic that checks your blood) before a big change to what you eat. Vitamin K2 pills change how warfarin works [@nhs-warfarin].
safety-h-2 = Supplements
safety-full-4 = *Turmeric or curcumin pills* are much stronger than the spice in food. Rarely, they have harmed the liver [@nccih-turmeric, @tga2023]. Do not take them if you have gallstones or a blocked bile duct, or if you are pregnant or breastfeeding. They may add to bleeding with blood thinners, such as warfarin, apixaban or rivaroxaban, or with aspirin or clopidogrel. With diabetes medicines, they may make your blood sugar drop too low.
safety-full-5 = *Boswellia.* We know little about its long-term safety. Do not take it if you are pregnant or breastfeeding. An upset stomach is its most common side effect [@medlineplus-boswellia]. High-dose fish oil and Boswellia may also add to the risk of bleeding.
safety-full-6 = *Probiotics.* Ask first if your immune system is weak. This includes taking medicines that calm the immune system, such as methotrexate, biologics, JAK inhibitors or steroids. It also includes chemotherapy, a central line (a thin tube into a large vein) or a serious illness. Rarely, probiotics have caused serious infections [@nccih-probiotics].
safety-h-3 = Other medicines and health conditions
safety-full-7 = *Antidepressants called MAOIs*, such as phenelzine, or the antibiotic *linezolid*. Do not eat fermented or aged foods: sauerkraut, kimchi, miso, soy sauce, aged cheese or kombucha. They hold *tyramine*, which can push your blood pressure up fast [@medlineplus-maoi].
safety-full-8 = *Histamine intolerance.* Fermented foods are high in histamine, so ask first.
safety-full-9 = *High blood pressure, heart failure or kidney disease.* Miso, kimchi, sauerkraut, soy sauce and smoked fish are salty. Use less of them.
safety-full-10 = *Kidney disease.* Beans, potatoes, tomatoes and greens are high in potassium. Follow your kidney team's advice.
safety-full-11 = *IBS (irritable bowel syndrome).* Onion, garlic, leek, asparagus, beans, lentils and wheat are high in *FODMAPs*. These sugars can set off IBS symptoms. A plan led by a dietitian may suit you better [@nice-cg61].
safety-full-12 = *Pregnancy.* Do not drink kombucha: it is not pasteurized and holds traces of alcohol. Eat oily fish no more than 2 times a week. Other adults can have up to 4 portions a week [@nhs-fish].
safety-h-4 = Food and your gut
safety-full-13 = *Go slowly.* Add fiber and fermented foods a little at a time over 2 to 3 weeks, and drink plenty of water. Some gas at first is common.
safety-full-14 = *Rice.* Cool cooked rice within an hour. Keep it in the fridge for no more than a day. Heat it up only once, until it is steaming hot [@fsa-food-safety].
safety-full-15 = *Allergies.* Each recipe lists its allergens. The plan leaves out the foods you asked it to avoid.
safety-h-5 = When to get help
safety-full-16 = *A hot, red, swollen joint,* above all with a fever, needs urgent care the same day. It may be an infection.
safety-full-17 = *New swelling in a joint,* or stiffness in the morning that lasts more than 30 minutes, should be seen by a doctor.
safety-full-18 = For anything else that worries you, call { $clinic }.
safety-short-1 = This handout supports your own clinician's advice. It does not replace it.
safety-short-2 = Do not stop or change any prescribed medicine without advice. This includes painkillers (NSAIDs). Keep taking your arthritis medicines (DMARDs) too [@nice-ng100].
safety-short-3 = *Warfarin:* do not avoid leafy greens. Keep the amount steady each week. Tell your anticoagulation clinic before a big change. Vitamin K2 pills change how warfarin works [@nhs-warfarin].
safety-short-4 = *Turmeric or curcumin pills:* rarely, they have harmed the liver [@nccih-turmeric, @tga2023]. Do not take them with gallstones, in pregnancy or when breastfeeding. They may add to bleeding with warfarin, apixaban, aspirin or clopidogrel. They may lower blood sugar with diabetes medicines.
safety-short-5 = *Boswellia:* little is known about its long-term safety. Do not take it in pregnancy or when breastfeeding [@medlineplus-boswellia]. It and fish oil in high doses may add to bleeding.
safety-short-6 = *Probiotics:* ask first if your immune system is weak. This includes taking methotrexate, biologics, JAK inhibitors or steroids, or having chemotherapy [@nccih-probiotics].
safety-short-7 = *MAOI antidepressants or linezolid:* do not eat fermented or aged foods. Their *tyramine* can push blood pressure up fast [@medlineplus-maoi].
safety-short-8 = *Histamine intolerance:* fermented foods are high in histamine.
safety-short-9 = *High blood pressure, heart or kidney disease:* miso, kimchi, sauerkraut and soy sauce are salty. With kidney disease, beans, potatoes and greens are high in potassium.
safety-short-10 = *IBS:* onion, garlic, leek, beans and wheat are high in *FODMAPs*. These can set off symptoms [@nice-cg61].
safety-short-11 = *Pregnancy:* no kombucha. Eat oily fish no more than 2 times a week [@nhs-fish].
safety-short-12 = Add fiber and fermented foods slowly, over 2 to 3 weeks. Drink water.
safety-short-13 = Cool cooked rice within an hour. Heat it up only once [@fsa-food-safety].
safety-short-14 = Each recipe lists its allergens. The plan leaves out the foods you asked it to avoid.
safety-short-15 = *Get help the same day* for a hot, red, swollen joint, above all with a fever. See a doctor for new joint swelling. See one, too, for morning stiffness that lasts over 30 minutes. Call { $clinic }.

## glossary

glossary-full-1 = *Words used in these pages*
glossary-term-1-word = Microbiome
glossary-term-1 = all the tiny living things in your gut, mostly bacteria.
glossary-term-2-word = Butyrate
glossary-term-2 = a short-chain fatty acid made by gut bacteria. In lab studies, it calms inflammation.
glossary-term-3-word = Short-chain fatty acids
glossary-term-3 = small fats that gut bacteria make from fiber.
glossary-term-4-word = Tight junctions
glossary-term-4 = the seals that close the gaps between the cells of your gut lining.
glossary-term-5-word = LPS
glossary-term-5 = lipopolysaccharide, part of the outer wall of some bacteria. In blood, it can set off inflammation.
glossary-term-6-word = Synovial fluid
glossary-term-6 = the slippery fluid inside a joint that cushions it.
glossary-term-7-word = Inflammaging
glossary-term-7 = slow, low-level inflammation that builds up as we age.
glossary-term-8-word = Polyphenols
glossary-term-8 = plant substances that bring deep colors and a bitter or tangy taste.
glossary-term-9-word = Omega-3 (ALA, EPA, DHA)
glossary-term-9 = healthy fats. ALA comes from plants such as flaxseed. EPA and DHA come mostly from oily fish.
glossary-term-10-word = NSAIDs
glossary-term-10 = a group of painkillers, such as ibuprofen, naproxen and diclofenac.
glossary-term-11-word = Probiotics
glossary-term-11 = live microbes you take on purpose, often as capsules or drinks.
glossary-term-12-word = DMARDs
glossary-term-12 = medicines that slow down some kinds of arthritis, such as methotrexate.
glossary-term-13-word = FODMAPs
glossary-term-13 = sugars in some foods, such as onion and beans, that can set off IBS symptoms.
glossary-term-14-word = Prebiotic fiber
glossary-term-14 = fiber that feeds helpful gut bacteria, such as inulin in onions.


## first-two-weeks: the tracker

first-two-weeks-days = Days
first-two-weeks-each-day = Each day
first-two-weeks-done = Done
first-two-weeks-row-1-days = 1 to 4
first-two-weeks-row-1 = *2 tablespoons* of kefir or live yogurt. *One* extra fiber food, such as 3 tablespoons of oats.
first-two-weeks-row-2-days = 5 to 8
first-two-weeks-row-2 = *4 tablespoons* of kefir or live yogurt. *Two* extra fiber foods, such as oats and a spoon of lentils.
first-two-weeks-row-3-days = 9 to 11
first-two-weeks-row-3 = *Half a glass* (100 ml) of kefir, or a small pot of live yogurt. Add a portion of beans or lentils.
first-two-weeks-row-4-days = 12 to 14
first-two-weeks-row-4 = *A glass* (150 ml) of kefir, or a pot of live yogurt. Try a new plant, such as a herb.
first-two-weeks-row-5-days = 15
first-two-weeks-row-5 = *Start the week of meals* in this handout.
first-two-weeks-call = Call { $clinic } if you have:
# The week's own amounts are printed where { $calcium }, { $magnesium } and { $vitamin-d } stand.
what-to-do-this-week = This week your meals give you { $calcium } of calcium, { $magnesium } of magnesium and { $vitamin-d } of vitamin D a day. The page "Your week's nutrition" shows them next to what you need.

## The food-safety box (pregnant, immune-suppressed or frail patients)

food-safety-heading = Food safety for you
food-safety-intro = You are pregnant, or your immune system is weak, so some foods carry more risk of food poisoning. Your week leaves out recipes that break these rules:
food-safety-1 = *Cook eggs* until the white and the yolk are solid.
food-safety-2 = *Cook frozen vegetables* until steaming hot. Do not eat them just thawed.
food-safety-3 = *Cook smoked or cured fish*, such as smoked salmon, until steaming hot.
food-safety-4 = *Choose pasteurized foods.* Leave out unpasteurized milk, soft cheeses with a white rind or blue veins, and pâté. Ask your clinic which live foods suit you.
food-safety-5 = *Cool cooked rice* within an hour, and heat it up only once, until steaming hot.

## The diagrams of the education pages: labels, captions and the text a screen reader reads

diagram-1 = tight junctions
diagram-2 = leaky spot
diagram-3 = Two rows of four steps, read left to right. Top row, solid boxes: fiber feeds good bacteria; they make butyrate, which may calm inflammation; butyrate travels in the blood; this may mean less inflammation in the joint. Bottom row, dashed boxes: some bacteria carry LPS; a leaky lining may let LPS through; LPS can get into the blood; LPS is linked to inflammation in the joint.
diagram-4 = A diagram read left to right: gut, gut lining, blood, knee joint. It shows what researchers think may happen. A solid arrow shows fiber feeding good bacteria, which make butyrate, which may calm inflammation; a dashed arrow shows LPS from bacteria that may pass through a leaky spot in the gut lining, travel in the blood and be linked to inflammation in the knee.
diagram-5 = The gut-joint axis, as researchers think it may work. Solid arrow: butyrate may calm. Dashed arrow: LPS may inflame.
diagram-6 = GUT
diagram-7 = bacteria and fiber
diagram-8 = GUT LINING
diagram-9 = one cell thick
diagram-10 = BLOOD
diagram-11 = carries them on
diagram-12 = JOINT
diagram-13 = knee, synovial fluid
diagram-14 = Fiber feeds good bacteria
diagram-15 = They make *butyrate*, which may calm inflammation
diagram-16 = Butyrate travels in the blood
diagram-17 = This may mean less inflammation in the joint
diagram-18 = Some bacteria carry *LPS*
diagram-19 = A leaky lining may let LPS through
diagram-20 = LPS can get into the blood
diagram-21 = LPS is linked to inflammation in the joint
diagram-22 = Joint pain
diagram-23 = Painkillers (NSAIDs)
diagram-24 = May make the gut leakier
diagram-25 = May add to inflammation
diagram-26 = Important
diagram-27 = A cycle of four steps joined by arrows: joint pain leads to painkillers (NSAIDs), which may make the gut leakier, which may add to inflammation, which may lead back to joint pain. A note says: do not stop or change a prescribed medicine without talking to your clinician.
diagram-28 = The NSAID loop: painkillers ease pain today but can make the gut leakier, which may feed more pain later.
diagram-29 = Fiber
diagram-30 = Many kinds, every day
diagram-31 = Oats, beans, lentils, onions, leeks, cooled potatoes
diagram-32 = Polyphenols
diagram-33 = At every meal
diagram-34 = Berries, herbs and spices, cocoa, a cup of green tea, olive oil (extra virgin)
diagram-35 = Fermented foods
diagram-36 = Live, every day
diagram-37 = Kefir, live yogurt, sauerkraut, kimchi, miso stirred in once hand-warm
diagram-38 = Omega-3
diagram-39 = Oily fish about twice a week
diagram-40 = Salmon, sardines, mackerel; ground flaxseed, chia, walnuts
diagram-41 = A plate divided into four quarters, one per pillar: F for fiber (oats, beans, lentils, onions, leeks, cooled potatoes), P for polyphenols (berries, herbs and spices, cocoa, a cup of green tea, olive oil (extra virgin)), L for live fermented foods (kefir, live yogurt, sauerkraut, kimchi, miso stirred in once hand-warm) and O for omega-3 (salmon, sardines, mackerel, ground flaxseed, chia, walnuts).
diagram-42 = The four pillars: fill your plate from each quarter over the day and the week.
diagram-43 = A handful
diagram-44 = of berries, nuts or seeds: about 3 oz of fruit, 1 oz of nuts
diagram-45 = Two handfuls
diagram-46 = of salad or vegetables: about 2 cups
diagram-47 = A thumb
diagram-48 = of oil or nut butter: about a tablespoon
diagram-49 = A palm
diagram-50 = of fish: about 5 oz, a serving of oily fish
diagram-51 = Portion sizes measured with your hands: a handful of berries, nuts or seeds (about 80 g of fruit or 30 g of nuts); two handfuls of salad or vegetables; a thumb of oil or nut butter (about a tablespoon); a palm of fish (about 140 g). Beside them, a label as on a pot of kefir or yogurt that says: contains live cultures, keep in the fridge.
diagram-52 = Portions by hand, and the words to look for on a live fermented food.
diagram-53 = Look for these words
diagram-54 = CONTAINS LIVE CULTURES
diagram-55 = or "live", "unpasteurized", "raw" · kept in the chiller
diagram-56 = Do not stop or change a prescribed medicine without talking to your clinician.
diagram-57 = The loop may feed itself: more pain, more pills, more leak.
