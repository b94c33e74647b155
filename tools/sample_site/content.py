"""The sample site's content: one Python data structure from which
``build_site.py`` writes both the HTML files and ``ground_truth.json``.

All people, companies and places here are fictional. Text mini-markup in
paragraphs: ``[link text](/path/)`` becomes a link; HTML entities such as
``&nbsp;`` or ``&ndash;`` are kept in the HTML and decoded in the ground truth.

Article fields:
  slug, title, date (YYYY-MM-DD), time (HH:MM, Swedish local time),
  date_style: "long" (5 september 2018) | "den" (den 5 september 2018)
              | "abbr" (5 sep. 2018) | "iso" (2018-09-05)
  authors: [(name, role)], byline: "box" | "vcard" | "plain" | "oneline" | "block"
  photo: None or {file, size, palette, alt, caption, credit, placement, style, srcset}
         placement: "top" | "middle" | "bottom" | "p-em"; style: "figure" | "div" | "block"
  body: [(kind, text)] with kind "p" | "h2" | "h3" | "strong"
  categories, template ("classic" | "block" | "legacy"), jsonld, listed, modified
"""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "Segregation": "segregation",
    "Renovering": "renovering",
    "Energi": "energi",
    "Hyresgäster": "hyresgaster",
    "Trygghet": "trygghet",
    "Innovationslabb": "innovationslabb",
    "Sommarjobb": "sommarjobb",
}

LAB_RESEARCHER = ("Jöns Åkerlund", "Lunds universitet. Följeforskare i Allmännyttans innovationslabb")

ARTICLES: list[dict] = [
    {
        "slug": "innovationslabben-ska-bygga-vidare",
        "title": "Innovationslabben bygger vidare på det som fungerar",
        "date": "2018-09-05", "time": "08:00", "date_style": "long",
        "modified": "2018-09-07",
        "authors": [LAB_RESEARCHER], "byline": "block",
        "template": "block", "jsonld": True, "listed": True,
        "categories": ["Innovationslabb", "Segregation"],
        "photo": {
            "file": "2018/09/uppstartsmote-kvarnby.png", "size": (160, 100), "palette": 0,
            "alt": "Två personer samtalar vid ett bord",
            "caption": "Jöns Åkerlund (till höger) i samtal med Signe Bergkvist, "
                       "områdesutvecklare på Kvarnbyhem, under uppstartsmötet i Kvarnby i augusti.",
            "credit": "Foto: Lotta Bäckström",
            "placement": "bottom", "style": "block", "srcset": "2018/09/uppstartsmote-kvarnby-320x200.png",
        },
        "body": [
            ("p", "Kan ett projekt om jobb och studier göra något åt boendesegregationen? Den frågan ska "
                  "Allmännyttans innovationslabb försöka besvara. Under ett drygt år startas fyra labb runt "
                  "om i landet, och det första, som bygger vidare på studie- och jobbverksamheten Språngbrädan "
                  "i Kvarnby, höll sitt första möte i slutet av augusti."),
            ("p", "En skeptiker skulle kanske invända att segregation handlar om var människor bor, inte om vad "
                  "de gör på dagarna. Varför skulle ett tidsbegränsat projekt kring arbete kunna påverka något "
                  "så trögrörligt som bostadsmönster?"),
            ("h2", "TVÅ SIDOR AV SAMMA MYNT"),
            ("p", "Förenklat kan man säga att segregation uppstår när skillnader i livsvillkor sammanfaller med "
                  "avstånd i staden. Det räcker alltså inte att människor har olika inkomster eller utbildning. "
                  "Det är när skillnaderna samlas i vissa kvarter som de börjar forma barnens skolgång, "
                  "kontaktnät och framtidsutsikter."),
            ("p", "Därför finns det i princip två vägar framåt. Den ena är att minska skillnaderna i livsvillkor. "
                  "Den andra är att minska avstånden, till exempel genom att bygga och förvalta så att människor "
                  "med olika bakgrund blir grannar."),
            ("h2", "LABBEN BÖRJAR I DET SOM REDAN FINNS"),
            ("p", "Innovationslabben lägger tyngdpunkten på den första vägen. När fler unga vuxna får ett första "
                  "jobb eller hittar tillbaka till studier förändras inte bara deras egen vardag, utan också "
                  "bilden av området de bor i. Sådana satsningar har funnits sedan 1990-talet, med skiftande "
                  "resultat. Just därför ska labben inte börja om från noll, utan ta reda på vad som faktiskt "
                  "har fungerat och förfina det."),
            ("p", "Jag kommer att följa arbetet under hela projekttiden och återkomma här med det vi lär oss "
                  "längs vägen."),
        ],
    },
    {
        "slug": "sommarjobb-for-unga-i-hyresomradena",
        "title": "Tvåhundra unga fick sommarjobb i sina egna kvarter",
        "date": "2019-06-17", "time": "09:30", "date_style": "long",
        "authors": [("Maja Ågren", "projektledare, Kvarnbyhem")], "byline": "box",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Sommarjobb", "Segregation"],
        "photo": {
            "file": "2019/06/sommarjobb-rabatter.png", "size": (160, 100), "palette": 1,
            "alt": "Ungdomar i gröna västar planterar blommor",
            "caption": "Hamza Ödqvist och Elsa Nordén planterar om rabatterna vid Kvarnbytorget.",
            "credit": "Fotograf: Ida Hörnfeldt",
            "placement": "top", "style": "figure",
        },
        "body": [
            ("p", "I år har Kvarnbyhem anställt tvåhundra ungdomar mellan 15 och 19 år under sommarlovet. De "
                  "målar staket, rensar rabatter, hjälper till i tvättstugorna och visar nyinflyttade grannar "
                  "runt i området. För många av dem är det första gången de skriver under ett anställningsavtal."),
            ("p", "Vi vill att ungdomarna ska få en riktig arbetsplats med handledare, arbetstider och lön, säger "
                  "projektledaren Maja Ågren. Det är inget fritidsprojekt, utan ett jobb där man förväntas komma "
                  "i tid och göra sitt bästa."),
            ("strong", "HANDLEDARNA ÄR NYCKELN"),
            ("p", "Varje arbetslag på sex ungdomar leds av en handledare som själv är några år äldre och ofta har "
                  "haft sommarjobbet tidigare. Handledarna går en utbildning i ledarskap och konflikthantering "
                  "innan säsongen börjar."),
            ("p", "Effekten märks också för hyresgästerna. Klotter och skadegörelse har minskat de somrar som "
                  "ungdomarna varit ute i området, och fler boende hälsar på varandra när de känner igen "
                  "ansiktena bakom de gröna västarna."),
            ("p", "Ansökan till nästa års sommarjobb öppnar i februari och annonseras i trapphusen och på "
                  "bolagets webbplats."),
        ],
    },
    {
        "slug": "energieffektivisering-miljonprogrammet",
        "title": "Så halverade Strömsbo energianvändningen i miljonprogrammet",
        "date": "2017-03-14", "time": "10:00", "date_style": "long",
        "authors": [], "byline": "box",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Energi", "Renovering"],
        "photo": {
            "file": "2017/03/larkgatan-fasad.png", "size": (160, 100), "palette": 2,
            "alt": "Lamellhus med nya fönster",
            "caption": "Fasaderna på Lärkgatan fick ny isolering och treglasfönster under 2016.",
            "credit": "Bild: Strömsbo Bostäder",
            "placement": "middle", "style": "figure",
        },
        "body": [
            ("p", "När Strömsbo Bostäder för fem år sedan inventerade sina hus från 1960- och 70-talen visade det "
                  "sig att de äldsta lamellhusen på Lärkgatan drog nästan dubbelt så mycket energi som bolagets "
                  "nyare fastigheter. I dag är förbrukningen nere på hälften av vad den var."),
            ("p", "Arbetet har inte handlat om en enda stor åtgärd, utan om många mindre som tillsammans gör "
                  "skillnad. Fönster har bytts, vindar har tilläggsisolerats och ventilationen har fått "
                  "värmeåtervinning."),
            ("h2", "INJUSTERING GAV MEST PER KRONA"),
            ("p", "Den åtgärd som gav mest i förhållande till kostnaden var ändå den minst synliga: att justera in "
                  "värmesystemet så att varje lägenhet får rätt mängd värme. Tidigare var det vanligt att "
                  "hyresgäster på översta våningen vädrade bort överskottsvärme medan grannarna i bottenplanet "
                  "frös."),
            ("p", "Samtidigt infördes individuell mätning av varmvatten. Förbrukningen har sedan dess sjunkit med "
                  "en femtedel, utan att någon behövt avstå från duschen."),
            ("p", "Hela uppföljningen finns samlad i [Strömsbo Bostäders energirapport (pdf)]"
                  "(/wp-content/uploads/2017/03/energirapport-stromsbo-2016.pdf)."),
        ],
    },
    {
        "slug": "renovering-utan-hyreschock",
        "title": "Renovering utan hyreschock",
        "date": "2017-10-02", "time": "07:45", "date_style": "long",
        "authors": [("Henrik Dahlgård", "vd, Sjöstadshus i Örebro"),
                    ("Linnéa Ström", "Hyresgästföreningen i Sjöstaden. Ordförande")],
        "byline": "box",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Renovering", "Hyresgäster"],
        "photo": {
            "file": "2017/10/trapphus-sjovagen.png", "size": (160, 100), "palette": 3,
            "alt": "Två personer i ett ljust trapphus",
            "caption": "Henrik Dahlgård och Linnéa Ström i ett av de nyrenoverade trapphusen på Sjövägen.",
            "credit": "Foto: Jonas Grönvall/Bildbyrån Norr",
            "placement": "top", "style": "figure",
        },
        "body": [
            ("p", "Många hus från rekordåren behöver nya stammar, nya elledningar och bättre ventilation. "
                  "Samtidigt oroar sig hyresgäster för att en renovering ska leda till hyreshöjningar som de inte "
                  "har råd med. I Sjöstaden har vi försökt göra på ett annat sätt."),
            ("p", "Innan något beslut fattades fick varje hushåll välja mellan tre nivåer: en grundrenovering med "
                  "oförändrad standard, ett mellanalternativ och ett tillval med nytt kök och badrum. Hyran följer "
                  "den nivå man väljer, och ingen behöver betala för en standard de inte bett om."),
            ("h2", "SAMRÅD SOM TAR TID"),
            ("p", "Samråden tog nästan ett år. Vi höll möten i varje trappuppgång, hade tolkar på plats och gick "
                  "hem till dem som inte kunde komma. Det kostade tid, men det gjorde också att nästan alla hushåll "
                  "visste vad som skulle hända och när."),
            ("p", "Resultatet blev att sju av tio valde grundrenoveringen. Ingen har behövt flytta på grund av "
                  "hyran, och klagomålen under byggtiden blev färre än vi räknat med."),
            ("h2", "EN MODELL FÖR FLER"),
            ("p", "Vi tror att arbetssättet går att använda i fler kommuner. Det som krävs är att bostadsbolaget "
                  "och hyresgästerna börjar prata tidigt, innan ritningarna är klara."),
        ],
    },
    {
        "slug": "karin-exempelsson-om-boinflytande",
        "title": "Boinflytande börjar vid köksbordet",
        "date": "2020-02-03", "time": "13:15", "date_style": "long",
        "modified": "2021-01-11",
        "authors": [("Karin Exempelsson", "boendeexpert, Sveriges Allmännytta")], "byline": "oneline",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Hyresgäster"],
        "photo": None,
        "body": [
            ("p", "Hur får man hyresgäster att engagera sig i sitt boende? Frågan återkommer på nästan varje "
                  "konferens jag besöker. Svaret är ofta enklare än man tror: fråga människor om det som berör dem "
                  "i vardagen, och gör det där de redan finns."),
            ("p", "Stormöten i en skollokal en tisdagskväll lockar sällan fler än de redan engagerade. Ett samtal "
                  "vid köksbordet, på gården eller i tvättstugan når däremot dem som annars aldrig skulle höra av "
                  "sig."),
            ("strong", "LYSSNA FÖRST, PLANERA SEDAN"),
            ("p", "Flera allmännyttiga bolag har börjat med hembesök där personal knackar dörr och frågar vad som "
                  "fungerar och vad som borde bli bättre. Det tar tid, men det ger en bild av området som ingen "
                  "enkät kan ge."),
            ("p", "Viktigast är att det som sägs leder till något. Den som berättat om en trasig belysning på "
                  "gården vill se en ny lampa, inte en rapport."),
        ],
    },
    {
        "slug": "trygghetsvandring-i-hagaby",
        "title": "Trygghetsvandringar gav ljusare gårdar i Hagaby",
        "date": "2018-11-20", "time": "08:30", "date_style": "long",
        "authors": [("Tove Strömbäck", "trygghetssamordnare, Hagabyhem")], "byline": "vcard",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Trygghet"],
        "photo": {
            "file": "2018/11/tove-strombeck.png", "size": (100, 120), "palette": 4,
            "alt": "Porträtt av Tove Strömbäck",
            "caption": "Tove Strömbäck har lett ett tjugotal trygghetsvandringar sedan i våras.",
            "credit": "Foto: Privat",
            "placement": "bottom", "style": "figure",
        },
        "body": [
            ("p", "En kall kväll i oktober samlas ett tiotal hyresgäster vid parkeringen på Lönnvägen. Med "
                  "ficklampor och anteckningsblock går de runt i området tillsammans med personal från Hagabyhem, "
                  "polisen och kommunens fritidsgård. Uppdraget är enkelt: att notera allt som gör att man känner "
                  "sig otrygg."),
            ("p", "Listan blir lång. En trasig lampa vid cykelförrådet, en buske som skymmer gångvägen, en "
                  "källardörr som inte går i lås. Det är små saker, men tillsammans avgör de om man vågar gå hem "
                  "från bussen när det har blivit mörkt."),
            ("h2", "FRÅN LISTA TILL ÅTGÄRD"),
            ("p", "Sedan i våras har vi genomfört ett tjugotal vandringar, och nästan alla påpekanden har "
                  "åtgärdats inom en månad. Vi har bytt till ljusare armaturer, beskurit buskage och satt nya lås "
                  "på samtliga källarförråd."),
            ("p", "När vi frågade hyresgästerna igen i höstas svarade betydligt fler att de känner sig trygga "
                  "utomhus på kvällen. Det som betyder mest, säger många, är att någon faktiskt lyssnade."),
            ("p", "Sammanfattningen finns i [vår trygghetsrapport](/rapporter/trygghetsrapport-2018/)."),
        ],
    },
    {
        "slug": "solceller-pa-taken",
        "title": "Solcellerna på taken driver trapphusens belysning",
        "date": "2019-04-08", "time": "11:00", "date_style": "den",
        "authors": [], "byline": "box",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Energi"],
        "photo": None,
        "body": [
            ("p", "På taken i kvarteret Granen sitter sedan förra sommaren 640 kvadratmeter solceller. Under det "
                  "första året producerade de mer el än vad som gick åt till belysning, hissar och tvättstugor i "
                  "husen."),
            ("p", "Anläggningen är en del av en satsning där bolaget ska täcka all fastighetsel med egen "
                  "produktion på de tak som lämpar sig. Överskottet säljs till elnätet under sommarhalvåret."),
            ("strong", "HYRESGÄSTERNA FÖLJER PRODUKTIONEN"),
            ("p", "I varje entré sitter en skärm som visar hur mycket el taket producerar just nu. Den har blivit "
                  "ett oväntat samtalsämne, och flera hyresgäster har hört av sig med frågor om hur de själva kan "
                  "spara energi."),
            ("p", "Anläggningen visades upp under [Energidagarna 2018](/evenemang/energidagarna-2018/) för ett "
                  "hundratal besökare från andra bostadsbolag."),
            ("p", "Nästa steg är att undersöka om batterier kan jämna ut skillnaden mellan dagens produktion och "
                  "kvällens förbrukning."),
        ],
    },
    {
        "slug": "tack-till-vardagshjaltarna",
        "title": "Tack till alla vardagshjältar som lärt oss så mycket",
        "date": "2020-02-06", "time": "09:00", "date_style": "long",
        "authors": [("Åke Törnqvist", "projektansvarig för Allmännyttans innovationslabb")], "byline": "block",
        "template": "block", "jsonld": True, "listed": True,
        "categories": ["Innovationslabb", "Segregation"],
        "photo": {
            "file": "2020/02/vardagshjaltar-traff.png", "size": (160, 100), "palette": 5,
            "alt": "En grupp människor i en samlingslokal",
            "caption": "Deltagare och personal från de fyra labben samlades i Stockholm i januari.",
            "credit": "Foto: Ida Hörnfeldt",
            "placement": "top", "style": "block",
        },
        "body": [
            ("p", "Nu är det dags att summera två år med Allmännyttans innovationslabb och flytta blicken mot "
                  "nästa steg: att sprida det vi har lärt oss, så att fler bostadsbolag kan göra mer mot "
                  "segregation och utanförskap."),
            ("p", "Det jag kommer att minnas mest är inte metoderna eller rapporterna, utan människorna. Bovärden "
                  "som stannade kvar efter arbetstid för att hjälpa en tonåring med en jobbansökan. "
                  "Fritidsledaren som ringde varenda förälder inför sommarlovet. Hyresgästen som startade en "
                  "läxhjälp i sitt eget vardagsrum."),
            ("h2", "DET SOM INTE SYNS I STATISTIKEN"),
            ("p", "Mycket av det viktigaste arbetet i ett bostadsområde går inte att mäta i siffror. Det handlar "
                  "om förtroende som byggs upp under lång tid och som kan raseras på en kväll. Labben har visat "
                  "att bolagen når längst när de ger medarbetarna på plats mandat att agera."),
            ("p", "Till alla er som delat med er av er tid och era erfarenheter: tack. Ni har lärt mig mer än jag "
                  "kunnat ana."),
        ],
    },
    {
        "slug": "fran-labb-till-vardag",
        "title": "Från labb till vardag: det här tar vi med oss",
        "date": "2020-01-28", "time": "08:00", "date_style": "long",
        "authors": [LAB_RESEARCHER], "byline": "plain",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Innovationslabb", "Segregation"],
        "photo": {
            "file": "2020/01/labbkarta.png", "size": (160, 100), "palette": 6,
            "alt": "Karta över de fyra labben",
            "caption": "De fyra labben och deras fokusområden.",
            "credit": "Illustration: Sölve Hägglund",
            "placement": "middle", "style": "div",
        },
        "body": [
            ("p", "Efter två år av intervjuer, workshoppar och platsbesök är följeforskningen om Allmännyttans "
                  "innovationslabb klar. Rapporten beskriver vad som hände i de fyra städerna, men också vad som "
                  "inte blev som det var tänkt."),
            ("p", "En tydlig lärdom är att det sällan är nya idéer som saknas. Det som avgör är om organisationen "
                  "har tålamod att låta en idé växa, och om det finns någon som tar ansvar när projektpengarna tar "
                  "slut."),
            ("h2", "TRE SAKER SOM GJORDE SKILLNAD"),
            ("p", "För det första: samarbete över förvaltningsgränser. De labb där bostadsbolaget arbetade nära "
                  "kommunens socialtjänst och skola kom längst. För det andra: lokal förankring. Personal som bor i "
                  "eller känner området väl fick ett förtroende som ingen utifrån kunde köpa."),
            ("p", "För det tredje: uthållighet. De mest lovande insatserna var de som fanns redan innan labben "
                  "startade och som fick utvecklas i lugn och ro, snarare än de som byggdes upp från grunden."),
            ("p", "Nu hoppas jag att erfarenheterna kommer till användning långt utanför de fyra labben."),
        ],
    },
    {
        "slug": "fler-kan-gora-mer",
        "title": "Fler kan göra mer mot utanförskap",
        "date": "2021-03-15", "time": "07:30", "date_style": "long",
        "authors": [("Rasmus Ekelöf", "Norrbyhem. Ansvarig för stadsdelsutveckling")], "byline": "box",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Segregation", "Trygghet"],
        "photo": {
            "file": "2021/03/rasmus-ekelof-torget.png", "size": (160, 100), "palette": 7,
            "alt": "En man står på ett torg",
            "caption": "Rasmus Ekelöf på torget i Norrby, där bolaget har öppnat ett nytt områdeskontor.",
            "credit": "Foto: Märta Öberg",
            "placement": "bottom", "style": "figure",
        },
        "body": [
            ("p", "Efter varje uppmärksammat våldsdåd i en förort kommer samma fråga: vem bär ansvaret? Skolan, "
                  "polisen, socialtjänsten eller föräldrarna? Sällan nämns bostadsbolaget, trots att vi är en av "
                  "få aktörer som finns på plats varje dag, året runt."),
            ("p", "Som fastighetsägare har vi både kunskap och verktyg. Vi vet vilka trapphus som har problem, "
                  "vilka lokaler som står tomma och vilka hyresgäster som vill engagera sig. Den kunskapen är "
                  "värdefull för fler än oss själva."),
            ("strong", "NÄRVARO SLÅR KAMPANJER"),
            ("p", "I Norrby har vi flyttat ut vårt kundcenter till ett områdeskontor vid torget. Bovärdarna har "
                  "fått utbildning i att möta unga som är på väg in i kriminalitet, och vi har anställt två "
                  "fältarbetare tillsammans med kommunen."),
            ("p", "Det är inga spektakulära insatser, men de gör att vi ser och hör mer. När fler aktörer gör "
                  "samma sak, och delar det de ser, blir det svårare för problemen att växa i det tysta."),
        ],
    },
    {
        "slug": "laxhjalp-i-gamla-tvattstugan",
        "title": "Läxhjälp i den gamla tvättstugan",
        "date": "2021-09-22", "time": "14:00", "date_style": "abbr",
        "authors": [("Frida Nyström", "boendesocial samordnare, Kvarnbyhem")], "byline": "box",
        "template": "classic", "jsonld": False, "listed": True,
        "categories": ["Hyresgäster", "Segregation"],
        "photo": {
            "file": "2021/09/laxhjalp-smedjegatan.png", "size": (160, 100), "palette": 8,
            "alt": "Barn och en vuxen vid ett bord med böcker",
            "caption": "Ebba Sjögren hjälper Yusuf och Ilhan med matematiken en onsdagseftermiddag.",
            "credit": "Foto: Elin Käll/Kvarnbyhem",
            "placement": "p-em", "style": "figure",
        },
        "body": [
            ("p", "Den gamla tvättstugan på Smedjegatan stod tom i flera år efter att husen fick tvättmaskiner i "
                  "varje lägenhet. I dag är den ett av områdets mest besökta rum. Fyra eftermiddagar i veckan "
                  "sitter här barn och ungdomar med läxorna, tillsammans med frivilliga från gymnasiet och "
                  "högskolan."),
            ("p", "Idén kom från en grupp föräldrar som själva inte kunde hjälpa sina barn med svenskan eller "
                  "matematiken. Kvarnbyhem ställde lokalen till förfogande, betalade renovering och möbler och "
                  "hjälper till att rekrytera läxhjälpare."),
            ("h3", "SOMMARJOBBARE BLEV LÄXHJÄLPARE"),
            ("p", "Flera av läxhjälparna har tidigare haft sommarjobb hos bolaget. Nu får de betalt några timmar i "
                  "veckan för att hjälpa de yngre, och de blir samtidigt förebilder i området där de själva har "
                  "vuxit upp."),
            ("p", "Under våren ökade andelen elever med godkända betyg i de två skolor som ligger närmast. Ingen "
                  "kan säga exakt hur mycket läxhjälpen betydde, men lärarna märker skillnad."),
        ],
    },
    {
        "slug": "stambyte-med-hyresgasterna",
        "title": "Stambytet som hyresgästerna planerade själva",
        "date": "2018-02-12", "time": "08:15", "date_style": "den",
        "authors": [("Göran Älvström", "förvaltare, Strömsbo Bostäder")], "byline": "block",
        "template": "block", "jsonld": True, "listed": True,
        "categories": ["Renovering", "Hyresgäster"],
        "photo": {
            "file": "2018/02/stambyte-ritningar.png", "size": (160, 100), "palette": 9,
            "alt": "Två personer studerar ritningar",
            "caption": "Göran Älvström och hyresgästen Astrid Wåhlin går igenom ritningarna till det nya "
                       "badrummet.",
            "credit": "Fotograf: Ida Hörnfeldt",
            "placement": "middle", "style": "block",
        },
        "body": [
            ("p", "När stambytet i kvarteret Eken närmade sig bestämde vi oss för att börja i andra änden. I "
                  "stället för att presentera en färdig plan bjöd vi in hyresgästerna att vara med och ta fram "
                  "den."),
            ("p", "En arbetsgrupp med tolv boende träffades en gång i månaden under ett halvår. De fick se "
                  "kalkyler, träffa entreprenören och besöka ett annat område där stambytet redan var klart."),
            ("h2", "EVAKUERINGSLÄGENHETER I SAMMA HUS"),
            ("p", "Det största önskemålet var att slippa flytta långt bort under byggtiden. Lösningen blev att "
                  "ställa i ordning fyra tomma lägenheter i samma kvarter som tillfälliga bostäder, med möbler, "
                  "internet och tvättmaskin."),
            ("p", "Arbetsgruppen tog också fram en tidplan som tog hänsyn till skolavslutningar och högtider. Det "
                  "låter som en detalj, men för en barnfamilj gör det stor skillnad."),
            ("h2", "NÖJDARE HYRESGÄSTER OCH FÄRRE FÖRSENINGAR"),
            ("p", "När enkäten efter stambytet sammanställdes var nio av tio hyresgäster nöjda med hur arbetet "
                  "genomförts. Dessutom blev projektet klart två veckor före tidplanen, bland annat eftersom färre "
                  "lägenheter behövde bokas om."),
        ],
    },
    # Reachable ONLY through the sitemap: not in any listing, related block or link.
    {
        "slug": "digitala-bovardar-testas",
        "title": "Bovärdar med surfplatta åtgärdar felen snabbare",
        "date": "2017-01-16", "time": "09:00", "date_style": "long",
        "authors": [("Sebastian Öhrn", "digitaliseringsstrateg, Hagabyhem")], "byline": "vcard",
        "template": "classic", "jsonld": False, "listed": False, "sitemap_only": True,
        "categories": ["Hyresgäster"],
        "photo": None,
        "body": [
            ("p", "Sedan årsskiftet har bovärdarna på Hagabyhem surfplattor med sig på sina rundor. När en "
                  "hyresgäst anmäler ett fel kan bovärden se ärendet direkt, ta en bild och beställa reservdelar "
                  "på plats."),
            ("p", "Tidigare kunde det ta flera dagar innan en felanmälan nådde rätt person. Nu åtgärdas de flesta "
                  "enklare fel samma vecka, och hyresgästerna får ett sms när arbetet är klart."),
            ("h2", "MER TID PÅ GÅRDARNA"),
            ("p", "Den största vinsten är ändå att bovärdarna sitter mindre på kontoret. Tiden som tidigare gick "
                  "åt till pappersarbete läggs nu på att vara ute i området och prata med de boende."),
        ],
    },
    # Hand-made 2009 page: tables, <br> paragraphs, entities, windows-1252 bytes.
    {
        "slug": "odlingslotter-pa-gardarna-2009",
        "title": "Hyresgäster startar odlingslotter på gårdarna",
        "date": "2009-04-23", "time": "12:00", "date_style": "iso",
        "authors": [("Birgitta Hällström", "informatör, Bostadsbolaget Örnen")], "byline": "legacy",
        "template": "legacy", "jsonld": False, "listed": False,
        "categories": [],
        "photo": {
            "file": "2009/04/odlingslador.png", "size": (120, 90), "palette": 10,
            "alt": "Odlingslådor på en gård",
            "caption": "Gunnel Åström och Per-Olof Lindén sår de första fröna i lådorna vid hus&nbsp;4.",
            "credit": "Foto: Bertil Nåhlén",
            "placement": "bottom", "style": "legacy",
        },
        "body": [
            ("p", "I helgen invigdes de första odlingslotterna på gårdarna i Västra Örnen. Ett trettiotal "
                  "hyresgäster har skrivit upp sig för en egen odlingslåda, och intresset är så stort att fler "
                  "lådor redan är beställda."),
            ("p", "Lådorna är byggda av återvunnet virke &ndash; och det var hyresgästerna själva som snickrade "
                  "ihop dem under två lördagar i mars. Bolaget har bekostat jord, vatten och verktyg."),
            ("strong", "GEMENSAMT ANSVAR FÖR ODLINGARNA"),
            ("p", "Varje låda har en ansvarig familj, men vattningen sköts gemensamt enligt ett schema som sitter "
                  "uppe i tvättstugan. ”Det är ett bra sätt att lära känna grannarna”, säger Gunnel Åström, som "
                  "har bott i området sedan 1974."),
            ("p", "Skördefest planeras till lördagen den 12&nbsp;september kl.&nbsp;14 &ndash; alla boende är "
                  "välkomna."),
        ],
    },
]

# WordPress "page" type: no date, no author. These are not articles.
PAGES: list[dict] = [
    {
        "path": "/om-allmannyttan/",
        "title": "Om allmännyttan",
        "body": [
            ("p", "Allmännyttan är de bostadsföretag som ägs av landets kommuner. De finns i små orter i "
                  "inlandet och i storstädernas förorter, och de bygger nytt, renoverar och tar ansvar för att "
                  "bostadsområdena ska vara trygga och levande."),
            ("p", "På allmännyttan.se berättar vi om det arbetet: om energiprojekt och stambyten, om sommarjobb "
                  "för unga och om samarbeten som minskar segregationen. Texterna skrivs av medarbetare på "
                  "bolagen, av forskare och av redaktionen."),
            ("p", "I arkivet finns även äldre texter, som reportaget [Hyresgäster startar odlingslotter på "
                  "gårdarna](/odlingslotter-pa-gardarna-2009/) från 2009. Läs också om hur [unga fick sommarjobb "
                  "i sina egna kvarter](/2019/06/sommarjobb-for-unga/)."),
        ],
    },
    {
        "path": "/kontakt/",
        "title": "Kontakt",
        "body": [
            ("p", "Har du frågor om innehållet på allmännyttan.se, eller vill du tipsa om ett projekt som borde "
                  "synas här? Skriv till redaktionen så hör vi av oss."),
            ("p", "E-post: [info@allmannyttan.se](mailto:info@allmannyttan.se)"),
            ("p", "Vi brukar svara inom en vecka. Frågor om medlemskap hänvisas till [Om allmännyttan]"
                  "(/om-allmannyttan/)."),
        ],
    },
    {
        "path": "/innovationslabb/allmannyttans-innovationslabb/",
        "title": "Allmännyttans innovationslabb",
        "body": [
            ("p", "Allmännyttans innovationslabb var ett utvecklingsprojekt där fyra allmännyttiga bostadsföretag "
                  "under två år prövade nya sätt att minska segregationen i sina bostadsområden. Arbetet följdes "
                  "av forskare som dokumenterade vad som fungerade och varför."),
            ("p", "Labben utgick från verksamheter som redan fanns på plats: en studie- och jobbverksamhet, ett "
                  "områdeskontor, en läxhjälp och ett samarbete med hyresgästernas föreningar. Tanken var att "
                  "förbättra det som fungerade i stället för att börja om från början."),
            ("p", "Läs mer om [de fyra labben](/innovationslabb/vara-labb/) eller om [vad följeforskningen kom "
                  "fram till](/fran-labb-till-vardag/)."),
        ],
    },
    {
        "path": "/innovationslabb/vara-labb/",
        "title": "Våra labb",
        "body": [
            ("h2", "Kvarnby"),
            ("p", "Språngbrädan hjälper unga vuxna tillbaka till studier och arbete, med handledare som själva har "
                  "vuxit upp i området."),
            ("h2", "Hagaby"),
            ("p", "Trygghetsvandringar och ett utökat samarbete med kommunens fritidsgård har gett nya kontakter "
                  "mellan boende, bolag och myndigheter."),
            ("h2", "Norrby"),
            ("p", "Ett områdeskontor vid torget samlar bovärdar, fältarbetare och kommunens medborgarservice under "
                  "samma tak."),
            ("h2", "Sjöstaden"),
            ("p", "Hyresgästföreningen och bostadsbolaget driver tillsammans en mötesplats där de boende själva "
                  "formar aktiviteterna. Läs mer på [projektets sida](/innovationslabb/allmannyttans-innovationslabb/)."),
        ],
    },
]

REDIRECTS: dict[str, str] = {"/2019/06/sommarjobb-for-unga/": "/sommarjobb-for-unga-i-hyresomradena/"}
MISSING: list[str] = ["/rapporter/trygghetsrapport-2018/"]
GONE: list[str] = ["/evenemang/energidagarna-2018/"]
SEARCH_LINKS: list[str] = ["/?s=energi", "/?s=renovering"]
OFF_SITE = "https://www.sverigesallmannytta.se/"
PER_PAGE = 5
EXCERPT_WORDS = 30
