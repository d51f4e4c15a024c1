using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The wording that <see cref="Figures"/> reads: the words of each event and of whom it counts, the verbs before a count, and
/// what cuts a count off or makes it a part, a sum or a toll.
/// </summary>
internal static partial class Figures
{
    private static readonly (string Event, Regex Words)[] Events =
    [
        ("intensive care", EventWords(@"intensive care|critical condition|critically(?! ill)")),
        // A blackout's households: "left 3.1 million households without electricity", "deprived 3,100,000 households of power".
        ("without power", EventWords(@"without (?:power|electricity)|(?:of|lost) (?:power|electricity)|in the dark|in darkness")),
        ("on board", EventWords(@"aboard|on board|onboard")),
        ("beheaded", EventWords(@"beheaded|decapitated")),
        // The dead and the missing as one count: "1,035 migrants have died or gone missing", "1,035 deaths and disappearances".
        ("dead or missing", EventWords(@"died or (?:gone |went |are |were )?missing|dead or missing|deaths and disappearances|killed or missing")),
        ("killed", EventWords(@"killed|dead|died|deaths|slain|lost their lives|fatalities|drowned")),
        // "retrieved 13 bodies", "26 bodies had been recovered": the bodies right after their number; not "two governing bodies".
        ("killed", new Regex(@"^\s+bodies\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // "The outbreak has claimed 31 lives": the lives right after their number.
        ("killed", new Regex(@"^\s+lives\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // Shelters opened for a disaster's evacuees, counted right after their number ("16 shelters for evacuees", "14 emergency
        // shelters"): before, "16 shelters for evacuees" was read as 16 evacuated. "People spent the night in shelters" counts people.
        ("sheltered", Shelters()),
        ("injured", EventWords(@"injured|wounded|hurt|injuries")),
        // "More than 70 people were still being treated for their injuries": those in hospital, not all the injured.
        ("hospitalized", EventWords(@"hospitali[sz]ed|in hospitals?|(?:taken|rushed|flown) to (?:\w+ ){0,2}hospitals?|admitted to (?:\w+ ){0,2}hospitals?|being treated|receiving treatment")),
        // A crowd's size: "More than 200,000 devotees had gathered", "Nearly 2.5 lakh devotees had thronged the ghats".
        ("gathered", EventWords(@"gathered|thronged|converged|massed|turned out|took to the streets|marched|rallied|(?:filled|packed|poured into|flooded) (?:the )?(?:streets|squares?|avenues?|boulevards?)")),
        ("arrested", EventWords(@"arrested|detained|in(?:to)? custody")),
        ("rescued", EventWords(@"rescued|saved|survivors|survived|alive|freed|released unharmed|(?:were|was|been) released")),
        ("missing", EventWords(@"missing|unaccounted for")),
        // A kidnapping's captives: "152 students were taken", "More than 150 pupils were seized in the raid".
        ("abducted", EventWords(@"abducted|kidnapped|taken hostage|taken captive|(?:were|was|been) (?:seized|taken)(?= (?:from|in|during|when|by|on)\b)")),
        // An outbreak's cases, suspected or confirmed, and those vaccinated against it.
        ("cases", EventWords(@"cases|infected|infections|sickened|fell ill")),
        ("vaccinated", EventWords(@"vaccinated|inoculated|immuni[sz]ed")),
        // A vote's count of those for it: "Seven of the nine members of the Monetary Council voted for the increase".
        ("voted", EventWords(@"voted for|voted in favou?r|backed the")),
        ("evacuated", EventWords(@"evacuated|displaced|evacuees|forced from their homes|(?:fled|fleeing|left|abandoned|to leave) their homes|ordered to evacuate|under (?:mandatory )?evacuation orders?|moved (?:\w+ ){0,4}to (?:evacuation|shelters|schools|safer|higher)")),
        // A jailbreak's counts: those who got out, those caught again, and those still free. "caught" only as a passive
        // ("had been caught"), not "caught fire" or "caught in the blaze".
        ("escaped", EventWords(@"escaped|broke out|broken out|fled")),
        ("recaptured", EventWords(@"recaptured|re-?arrested|(?:been|were|was) caught(?! (?:in|up|on|fire)\b)|back in custody")),
        ("at large", EventWords(@"at large|on the run|remain(?:ed|s)? free|still free")),
        // An oil spill's measures (Measures): the oil spilled, the coast it reached, the beaches closed.
        ("spilled", EventWords(@"spilled|spilt|leaked|poured|gushed|spewed")),
        ("coastline", EventWords(@"(?:of|along)\s+(?:the\s+)?(?:coastline|coast|shoreline|shore)")),
        ("closed", EventWords(@"closed|shut")),
        ("carried", EventWords(@"flew with|flown by|carried by")),
        ("cancelled", EventWords(@"cancell?ed|diverted|grounded")),
        // Homes damaged, and homes destroyed, which are two counts: "some 400 homes were damaged", "612 homes had been damaged or
        // destroyed", "120 houses were swept away".
        ("damaged", EventWords(@"damaged")),
        ("destroyed", EventWords(@"destroyed|flattened|razed|swept away|washed away")),
        // Jobs cut ("3,000 job cuts", "The number of jobs to go rose to 3,150"), and workers on strike.
        ("cut", EventWords(@"job cuts|cuts|cut|axed|eliminated|slashed|shed|to go|(?:will|would|are set to|are due to) go|redundancies|layoffs|laid off")),
        ("struck", EventWords(@"walked out|walked off the job|went on strike|on strike|began (?:an? )?(?:[\w-]+ )?strike|downed (?:their )?tools|stayed off duty|stayed away from work|(?:joined|joining|taking part in|took part in) (?:the |a )?(?:[\w-]+ ){0,2}(?:strike|stoppage|walkout)")),
        ("blinded", EventWords(@"lost (?:their |his |her )?(?:eye)?sight|lost (?:their |his |her )?vision|blinded|went blind")),
        ("convicted", EventWords(@"convicted|found guilty")),
        ("acquitted", EventWords(@"acquitted")),
        // Ships held off a port, and the containers stuck in it: "43 ships were waiting at anchorage", "12,500 containers stuck".
        ("waiting", EventWords(@"waiting|at anchor(?:age)?|anchored|stranded|stuck|queued|idle")),
    ];

    private static readonly (string Subject, Regex Words)[] Subjects =
    [
        ("security forces", EventWords(@"police\w*|officers?|warders?|wardens?|guards?|jailers?|law enforcement|security (?:forces|officers|personnel|services)|members of the (?:\w+ )?security|servicemen|national guard")),
        ("protesters", EventWords(@"protesters|protestors|demonstrators|rioters|invaders|bandits|militants|terrorists|attackers|picketers|strikers|gunmen|assailants|hijackers|kidnappers|hostage-takers|armed men")),
        ("people", EventWords(@"people|person|persons|individuals|civilians|residents|inhabitants|villagers|victims|survivors|passengers|workers|employees|doctors|nurses|medics|physicians|teachers|drivers|pilots|miners|pilgrims|devotees|worshippers|worshipers|spectators|mourners|commuters|hostages")),
        // Patients are a part of the people of a story, as often as all of them: "two patients who had been transferred … died".
        ("patients", EventWords(@"patients")),
        // Pupils, students and children are a part of the people of a story, and the whole of a school's: a count of their own.
        ("children", EventWords(@"schoolchildren|children|pupils|students|schoolgirls|schoolboys")),
        ("people", new Regex(@"^\s+bodies\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // A count of homes is no count of people: "1,200 families were moved" and "4,800 people were moved" agree.
        ("families", EventWords(@"families|households|customers")),
        ("members", EventWords(@"members|lawmakers|legislators|deputies|senators|MPs")),
        ("suspected", EventWords(@"suspected(?=\s+(?:\w+\s+)?cases)")),
        ("confirmed", EventWords(@"confirmed(?=\s+(?:\w+\s+)?cases)")),
        ("troops", EventWords(@"troops|soldiers|paratroopers")),
        ("ships", EventWords(@"ships|vessels|freighters|tankers")),
        ("defendants", EventWords(@"co-accused|co-defendants|defendants|accused")),
        ("containers", EventWords(@"containers")),
        ("inmates", EventWords(@"inmates?|prisoners?|escapees|fugitives|convicts")),
        ("barrels", EventWords(@"barrels")), ("tonnes", EventWords(@"tonnes|tons|metric tons")), ("gallons", EventWords(@"gallons")),
        ("litres", EventWords(@"litres|liters")), ("km", EventWords(@"km|kilometres|kilometers")), ("miles", EventWords(@"miles")),
        ("beaches", EventWords(@"beaches")), ("flights", EventWords(@"flights")), ("schools", EventWords(@"schools")),
        // Vehicles stranded on a road: "About 350 vehicles were stranded on the Doo Expressway".
        ("vehicles", EventWords(@"vehicles|cars|trucks|lorries")), ("jobs", EventWords(@"jobs|job|positions|posts|roles")),
        ("homes", EventWords(@"homes|houses|dwellings|buildings|structures")),
        ("shelters", Shelters()),
        // A firm's plants, closed or kept: "close two plants", "shut three sites", "the closure of two factories".
        ("plants", EventWords(@"plants|factories|sites|mills")),
        // A retailer's stores and a bank's branches, closed: "close 45 shops", "close about 300 branches".
        ("stores", EventWords(@"stores|shops")), ("branches", EventWords(@"branches")),
    ];

    // The verbs of the events, as they stand before their count in the active voice: "killed 13", "arrested more than 2,000".
    private static readonly (string Event, Regex Words)[] Verbs =
    [
        ("beheaded", VerbBefore(@"beheaded|decapitated")),
        ("killed", VerbBefore(@"killed|killing|slain")),
        ("injured", VerbBefore(@"injured|injuring|wounded|wounding|hurt")),
        ("hospitalized", VerbBefore(@"hospitali[sz]ed")),
        ("arrested", VerbBefore(@"arrested|arresting|detained|detaining")),
        ("rescued", VerbBefore(@"rescued|rescuing|saved|saving")),
        ("evacuated", VerbBefore(@"evacuated|evacuating|displaced|displacing")),
        ("recaptured", VerbBefore(@"recaptured|recapturing|re-?arrested")),
        ("abducted", VerbBefore(@"abducted|abducting|kidnapped|kidnapping")),
        // "The storms destroyed 450 homes and damaged about 1,200 more": 450 was read as damaged, the event word after it.
        ("destroyed", VerbBefore(@"destroyed|destroying|flattened|flattening|razed|razing")),
        ("damaged", VerbBefore(@"damaged|damaging")),
        ("closed", VerbBefore(@"close|closed|closing|shut")),
        ("spilled", VerbBefore(@"spilled|spilling|leaked|leaking")),
        ("cut", VerbBefore(@"cut|cutting|axe|axing|eliminate|eliminating|eliminated|slash|slashing|shed|shedding|cost|costing|lay off|laying off|(?:the\s+)?loss\s+of")),
        ("waiting", VerbBefore(@"stranding|stranded")),
        // "Airlines cancelled 230 flights", "forcing the airline to cancel 340 flights", "grounding about 340 flights".
        ("cancelled", VerbBefore(@"cancel|cancell?ed|cancell?ing|grounded|grounding|scrapped|scrapping")),
        ("without power", VerbBefore(@"(?:cutting|cut|knocking out|knocked out|shut off|shutting off|switched off)\s+(?:power|electricity)\s+(?:supplies\s+)?to|(?:power|electricity)\s+(?:was|is|remained|remains)\s+(?:out|off|cut|knocked\s+out|cut\s+off)\s+(?:to|for)")),
        ("on board", VerbBefore(@"carrying")),
        // An airline's or a railway's passengers over a year: "carried 63.4 million passengers", "flew 62 million passengers".
        ("carried", VerbBefore(@"carried|flew")),
        ("cases", VerbBefore(@"infected|infecting|sickened|sickening|confirmed|confirming")),
        ("vaccinated", VerbBefore(@"vaccinated|vaccinating|inoculated|inoculating|immuni[sz]ed")),
        // "Hospitals have treated 1,870 people": treated, where the sentence has just named a hospital.
        ("hospitalized", VerbBefore(@"(?<=\bhospitals?\b[^.;:]{0,40}?)(?:treated|admitted)")),
    ];

    private static Regex VerbBefore(string alternatives) =>
        new($@"\b(?:{alternatives})\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex EventWords(string alternatives) =>
        new($@"\b(?:{alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+)?(?:shelters|evacuation (?:centres|centers|sites)|relief camps)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shelters();

    // "some of whom were injured" and "four tourists were among the dead": the event word is the whole. "17 of them had been
    // recaptured" is a count of the subject before it.
    [GeneratedRegex(@"\b(?:some|many|most|several|few|none|all|each) of\b|\bamong\s+(?:the|those)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^\s+of\s+(?:the|those)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTheWhole();

    [GeneratedRegex(@"^\s+of\s+(?:the|those)\s+(?:injured|wounded|hurt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InjuredWhole();

    [GeneratedRegex(@"^\s+others\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Others();

    [GeneratedRegex(@"\bconfirm(?:ed|ing)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConfirmedBefore();

    // Between two counts, the first's subject, "and", and the verb of the second: " people and injured ".
    [GeneratedRegex(@"^\s+(?:[\p{L}'’-]+\s+){0,2}and\s+\p{L}+\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedToTheCountBefore();

    // "nine more patients died": a count added to one given before, not a count of its own.
    [GeneratedRegex(@"^\s+more\b(?!\s+than)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex More();

    // "the number of people admitted to hospital has risen to": what is counted, between "number of" and the verb.
    [GeneratedRegex(@"\bnumber of\s+(?<what>[^.;:]{1,160}?)\s+(?:(?:has|had|have)\s+)?(?:risen|rose|climbed|increased|jumped|grown|reached|stood|stands|went up)\s+(?:to|at)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOf();

    [GeneratedRegex(@"^[^.;:,]{0,40}?\b(?:who|that|which)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^-\p{L}")]
    private static partial Regex AdjectiveAfter();

    // A span of time and a quake's magnitude count nothing: "three months ago", "two weeks after", "a magnitude 4.9 tremor".
    [GeneratedRegex(@"^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Span();

    [GeneratedRegex(@"\bmagnitude(?:\s+of)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Magnitude();

    // Between a part and its whole: " of his ", " of the ", " of Mabaso's ".
    [GeneratedRegex(@"^\s+of\s+(?:the|his|her|their|its|\p{Lu}\p{L}*['’]s)\s+$")]
    private static partial Regex WholeAfter();

    [GeneratedRegex(@"\b(?:including|among them|among whom|of whom|of them)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Including();

    // A person's age set off by commas after who they are: "The shooter, 23, had been arrested", "The attacker, aged 24, had".
    [GeneratedRegex(@"\p{L},\s+(?:aged\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"^\s*,")]
    private static partial Regex AgeAfter();

    // The attacker counted among the dead: "Including the gunman, eight people died"; not "not counting the gunman".
    [GeneratedRegex(@"(?<!\bnot\s+)\b(?:including|counting)\s+the\s+(?:gunman|attacker|shooter|assailant|bomber|killer|perpetrator)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithTheAttacker();

    // A share price's close before its number: "closed 20.2% higher", "closed at SKr101".
    [GeneratedRegex(@"\bclosed\s+(?:at\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceClosed();

    // One death told on its own: "A man in his 70s was found dead in a car", "an elderly woman died"; not one that explains a
    // toll ("has risen to eight after a woman wounded in the attack died in hospital").
    [GeneratedRegex(@"(?<!\b(?:after|when|as|since|because|once|until)\s+)\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|baby|pensioner|driver|resident|worker)\b[^.;]{0,60}?\b(?:was\s+found\s+dead|died|was\s+killed|was\s+crushed|drowned|froze\s+to\s+death)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneDeath();

    // What was added to a count: "a further 60 flights", "an additional 200 troops".
    [GeneratedRegex(@"\b(?:a\s+further|an\s+additional|an\s+extra)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Added();

    // A weight counts no one: "had carried 10kg of explosives".
    [GeneratedRegex(@"^\s*(?:kg|kilograms?|kilos?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kilograms();

    // A share of a group is no head count: "92 percent of resident doctors had joined the strike".
    [GeneratedRegex(@"^\s*(?:%|percent|per cent)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOf();

    // The toll just before its number, within the clause: "the death toll rose to", "put the death toll at", "the number of
    // people confirmed dead … has risen to", "the death toll from Tuesday's collapse of an illegal mining pit at Akyempim in
    // the Wassa Amenfi East Municipality has risen to".
    [GeneratedRegex(@"\b(?:death toll|toll of the dead|number of (?:\w+ ){0,3}(?:dead|killed|deaths))\b[^.;:]{0,160}?\b(?:to|at|reached|hit|passed|of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Toll();

    // A rate just before its share, within the clause: "Turnout stood at", "turnout was put at", "a turnout of", "a case fatality
    // rate of", "the fatality rate had risen to".
    [GeneratedRegex(@"\b(?<what>turnout|(?:case\s+)?fatality rate|death rate|mortality rate)\b[^.;:]{0,40}?\b(?:at|was|of|to|reached|hit)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    // The percent sign or word right after a number (from where the match starts): "61.4 percent", "47.8%", "40 per cent".
    [GeneratedRegex(@"\G\s*(?:%|percent\b|per cent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Percent();

    // The ransom just before its sum, within the clause: "demanding $5 million", "a ransom of $8 million", "a ransom demand of".
    [GeneratedRegex(@"\b(?:ransom(?: demand)?(?: of| worth| totalling)?|demand(?:ed|ing|s)?(?: a ransom of| a)?)\s+(?:US)?\$?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ransom();

    [GeneratedRegex(@"\bby\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agent();
}
