/**
 * Messages of the `help` area in Finnish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { HELP_EN } from "../en/help.js";

export const HELP_FI: CataloguePart<typeof HELP_EN> = {
  "help.usageOptions": "[valitsimet]",
  "help.view": `  --kinds <k1,k2>   vain näiden lajien yhteydet lasketaan (oletus: kaikki)
  --at <YYYY-MM-DD> analysoi tämän päivän tilanne: vain sinä päivänä voimassa olevat yhteydet
                    lasketaan, ja 12 kuukauden kuluessa päättyvät yhteydet raportoidaan
                    (oletus: tänään; "all": kaikki yhteydet päivistä riippumatta, ei päättyviä)`,
  "help.output": `  --format <f>        text tai json (oletus text)
  --out <path>        kirjoita tiedostoon vakiotulosteen sijaan`,
  "help.scope": `  --scope <a=v>       vain yhteydet, joiden toinen pää on toimija, jonka ominaisuus a on v (esim. region=Lappi)
  --scope-ends <e>    one (oletus: vähintään toinen pää rajauksessa) tai both (molemmat päät)`,
  "help.roleMap": `  --role-map <t=r,…>  Kumun elementtityypit → roolit, esim. Rahoittaja=funder,Kehittäjä=developer
  --role-map-file <p> sama tiedostosta: JSON-olio '{"Rahoittaja": "funder"}' tai taulukko, jossa on
                      sarakkeet type ja role (erottimena pilkku, puolipiste tai sarkain)`,
  "help.analyze": `Raportissa on yleiskuva ja kehitysvaihe, rakenteelliset aukot, siltatoimijat, avaintoimijat ja
verkostokutojaehdokkaat, ehdotetut yhteydet, kudontasuunnitelma, roolien sekoittumismatriisi ja
toimijakohtainen taulukko.

Valitsimet:
  --format <f>        md, json tai html (oletus md)
  --out <path>        kirjoita tiedostoon vakiotulosteen sijaan (html kannattaa kirjoittaa tiedostoon)
{view}
  --seed <n>          kaikkien satunnaisten osien siemen (oletus 1); sama siemen antaa saman raportin
  --budget <n>        kudontasuunnitelman yhteyksien määrä (oletus 5)
  --strategy <s>      {strategies} (oletus close-gaps)
  --top <n>           lueteltavien siltatoimijoiden ja ehdotusten määrä (oletus 10)
  --group-by <attr>   ryhmittele toimijat tämän ominaisuuden mukaan roolipareja ja välittäjyyttä
                      varten (oletus: role)
  --coverage-by <attr> erittele kattavuusaukot tämän ominaisuuden mukaan (esim. region)
  --spread-seeds <a,b> lisää osio siitä, kuinka pitkälle näiden toimijoiden aloittama innovaatio leviää
  --spread-model <m>  ic (itsenäinen kaskadi, oletus) tai lt (lineaarinen kynnys)
  --spread-p <chance> todennäköisyys, jolla yhteys välittää sen eteenpäin (oletus 0.1), "weight"
                      tai "weight:<p0>"
  --spread-runs <n>   simulointikierrokset (oletus 1000)
  --spread-group-by <attr> näytä tavoittavuus tämän ominaisuuden mukaan (oletus region, kun se on
                      kaikilla toimijoilla)
  --progress          näytä jokainen vaihe, sen kesto ja muistin huippu stderriin silloinkin, kun
                      stderr ei ole pääte (lokitiedosto, suorituskykymittaus)
  -q, --quiet         ei edistymisviestejä (edistyminen näytetään vain, kun stderr on pääte)

Esimerkkejä:
  ecoweave analyze ecosystem.json --format html --out report.html
  ecoweave analyze ecosystem.json --at 2023-06-30 --budget 10 --strategy fill-role-gaps
  ecoweave analyze ecosystem.json --format html --out report.html --spread-seeds a1,a7 --spread-p 0.2`,
  "help.validate": `Lukee tiedoston (JSON, Kumu JSON, jäsenyys-JSON, GEXF, GraphML tai CSV-pari: actors.csv ja sen
vieressä ties.csv), tarkistaa sen ja tulostaa sen koon. Paluukoodi on 2, jos tiedosto on virheellinen;
silloin luetellaan ensimmäiset 1000 ongelmaa polun mukaan järjestettynä ja sen jälkeen, montako
kunkin lajin ongelmaa on lisäksi.

Esimerkki:
  ecoweave validate ecosystem.json`,
  "help.gaps": `Valitsimet:
{view}
  --group-by <attr>   ryhmittele toimijat tämän ominaisuuden mukaan roolipariaukkoja varten (oletus: role)
  --coverage-by <attr> erittele kattavuusaukot myös tämän ominaisuuden mukaan (esim. region)
  --max-distance <n>  askelmäärä, jonka sisällä tarvittu rooli lasketaan saavutettavaksi (oletus 2)
  --include <k1,k2>   etsittävät aukkolajit: {kinds} (oletus: kaikki)
  --horizon <months>  raportoidaan yhteydet, jotka päättyvät näin monen kuukauden kuluessa --at-päivästä
                      (oletus 12)
  --min-severity <x>  jätä pois aukot, joiden vakavuus on tätä pienempi, 0–1 (oletus 0)
  --seed <n>          permutaatiotestin ja ryhmien tunnistuksen siemen (oletus 1)
{output}

Esimerkki:
  ecoweave gaps ecosystem.json --coverage-by region --min-severity 0.2`,
  "help.brokers": `Valitsimet:
{view}
  --group-by <list>   ryhmittelyt, joiden yli välittäjyys lasketaan, pilkuin eroteltuina: role,
                      community tai ominaisuus kuten region (oletus: role,community)
  --top <n>           montako luetellaan (oletus 10)
  --seed <n>          ryhmien tunnistuksen siemen (oletus 1)
{output}

Esimerkki:
  ecoweave brokers ecosystem.json --group-by role,region --top 5`,
  "help.suggest": `Valitsimet:
{view}
  --top <n>           ehdotusten määrä (oletus 20)
  --strategy <s>      {strategies} (oletus close-gaps)
{scope}
  --max-per-actor <n> enintään näin monta ehdotusta toimijaa kohden (oletus 3)
  --seed <n>          suurten ekosysteemien arvioiden siemen (oletus 1)
{output}

Esimerkki:
  ecoweave suggest ecosystem.json --scope region=Lappi --top 10`,
  "help.plan": `Valitsimet:
  --budget <n>        montako yhteyttä suunnitellaan (pakollinen)
  --objective <o>     gaps, efficiency, coverage, balanced tai spread (oletus gaps: mitä kukin yhteys
                      sulkee rakenteellisista aukoista, jotka etsitään uudelleen jokaisen yhteyden
                      jälkeen; spread: kuinka paljon pidemmälle --seeds-toimijoiden aloittama
                      innovaatio leviää)
  --seeds <a,b>       valitsimen --objective spread kanssa: toimijat, joista innovaatio lähtee
  --model <m>         spread-tavoitteen kanssa: ic (itsenäinen kaskadi, oletus) tai lt (lineaarinen kynnys)
  --p <chance>        spread-tavoitteen kanssa: todennäköisyys, jolla yhteys välittää sen eteenpäin
                      (oletus 0.1), "weight" tai "weight:<p0>"
  --p-kind <k=p,...>  spread-tavoitteen kanssa: todennäköisyys yhteyden lajin mukaan, *=<p> muille
  --runs <n>          spread-tavoitteen kanssa: simulointikierrokset askelta kohden (oletus 1000)
  --group-by <attr>   spread-tavoitteen kanssa: nimeä ryhmät (esim. region), joihin yhteys ulottuu uutena
  --strategy <s>      {strategies} (oletus close-gaps)
{scope}
{view}
  --seed <n>          suurten ekosysteemien arvioiden siemen (oletus 1)
{output}

Esimerkkejä:
  ecoweave plan ecosystem.json --budget 5 --scope region=Lappi
  ecoweave plan ecosystem.json --budget 3 --objective spread --seeds a1,a7 --p 0.1 --group-by region`,
  "help.clinics": `Valitsimet:
  --sessions <n>      tapaamiskertojen määrä (oletus 1)
  --tables <n>        pöytiä kertaa kohden (oletus: niin vähän kuin --size sallii)
  --size <min-max>    pöytien koot, esim. 4-6, tai yksi koko (oletus 2-6)
  --participants <ids>  vain nämä toimijat, pilkuin eroteltuina (oletus: kaikki toimijat)
  --roles <r1,r2>     vain näiden roolien toimijat
  --where <a=v>       vain toimijat, joiden ominaisuus a on v (esim. region=Lappi)
  --apart <a:b,...>   parit, jotka eivät koskaan istu samassa pöydässä
  --together <a:b,...>  parit, jotka istuvat samassa pöydässä joka kerta
  --hosts <id=t,...>  henkilöt, jotka istuvat joka kerta pöydässä t (numerointi alkaa 1:stä)
  --region-by <name>  ominaisuus, jossa alue on (oletus region)
{view}
  --seed <n>          istumajärjestyksen haun siemen (oletus 1)
  --format <f>        text, md, csv (rivi paikkaa kohden) tai json (oletus text)
  --out <path>        kirjoita tiedostoon vakiotulosteen sijaan

Esimerkki:
  ecoweave clinics ecosystem.json --sessions 3 --tables 8 --size 4-6 --format csv --out seats.csv`,
  "help.spread": `Valitsimet:
  --seeds <a,b>       niiden toimijoiden tunnisteet, joista innovaatio lähtee
  --find <k>          etsi k parasta aloittavaa toimijaa (IMM) ja simuloi niistä
  --model <m>         ic (itsenäinen kaskadi, oletus) tai lt (lineaarinen kynnys)
  --p <chance>        todennäköisyys, jolla yhteys välittää sen eteenpäin (oletus 0.1); "weight" tai
                      "weight:<p0>" antaa 1 − (1 − p0)^weight (p0 oletuksena 0.1)
  --p-kind <k=p,...>  todennäköisyys yhteyden lajin mukaan, esim. funding=0.2,collaboration=0.1;
                      *=<p> muille
  --runs <n>          simulointikierrokset (oletus 1000)
  --max-steps <n>     pysähdy näin monen askeleen jälkeen (oletus: kunnes leviäminen pysähtyy)
  --group-by <attr>   laske tavoittavuus myös tämän ominaisuuden mukaan (esim. region)
  --objective <o>     valitsimen --find kanssa: reach (oletus) tai groups (tavoita osuus jokaisesta
                      ryhmästä, jonka --group-by antaa)
  --epsilon <e>       valitsimen --find kanssa: IMM:n tarkkuus ε väliltä (0, 1) (oletus 0.1)
  --directed          noudata yhteyksien suuntaa (rahoitus ja koulutus kulkevat vain yhteen suuntaan)
{view}
  --seed <n>          satunnaisarvontojen siemen (oletus 1)
  --format <f>        text, md tai json (oletus text)
  --out <path>        kirjoita tiedostoon vakiotulosteen sijaan

Todennäköisyydet ovat itse valitsemiasi oletuksia: vertaa tuloksilla aloituskohtia, älä käytä niitä ennusteena.

Esimerkkejä:
  ecoweave spread ecosystem.json --seeds a1,a7 --model ic --p 0.1 --group-by region
  ecoweave spread ecosystem.json --find 5 --objective groups --group-by region --format md`,
  "help.scenario": `Skenaariotiedosto on muotoa '{ "name"?, "description"?, "base"?: "ecosystem.json", "changes": [...] }',
ja muutokset ovat esimerkiksi '{ "op": "removeActor", "id": "f-esf" }' tai '{ "op": "addTie", "tie": {...} }'
(katso docs/scenarios.md). "base" luetaan suhteessa skenaariotiedostoon; --base ohittaa sen.

Valitsimet:
  --base <file>       muutettava ekosysteemi (oletus: skenaarion "base")
  --save <path>       kirjoita myös muutettu ekosysteemi (muoto päätteen mukaan)
  --seed <n>          vertailun taustalla olevien analyysien siemen (oletus 1)
  --format <f>        text tai json (oletus text)
  --out <path>        kirjoita vertailu tiedostoon vakiotulosteen sijaan

Esimerkki:
  ecoweave scenario esf-ends.json --save after.json`,
  "help.convert": `Muodot määräytyvät tiedostonimistä:
  .json         ekosysteemi-JSON (luettaessa tunnistetaan myös Kumu-kartat ja jäsenyysdokumentit)
  .kumu.json    Kumu-kartan JSON
  .csv / kansio actors.csv ja ties.csv rinnakkain (nimeä jompikumpi tiedosto tai kansio)
  .gexf         GEXF (kirjoitetaan versiona 1.2, jota NetworkX ja Gephi lukevat; luetaan 1.2 ja 1.3)
  .graphml      GraphML
Syöte tarkistetaan ensin; jokainen ongelma luetellaan sijainteineen. Tulostiedostot kirjoitetaan
kaikki tai ei mitään: jos yhtä ei voi kirjoittaa, mikään olemassa oleva tiedosto ei muutu.
CSV- ja Kumu-taulukoiden solut, jotka alkavat merkillä =, +, -, @, sarkain tai rivinvaihto (CR) eivätkä
ole lukuja, kirjoitetaan alkuun lisätyn merkin ' kanssa, jotta taulukkolaskenta näyttää ne tekstinä
eikä suorita niitä kaavoina; luettaessa ' säilyy, joten käytä valitsinta --no-spreadsheet-safe
taulukoille, joita lukee vain ecoweave.

Valitsimet:
  --no-spreadsheet-safe  kirjoita tällaiset solut sellaisinaan

Esimerkkejä:
  ecoweave convert map.kumu.json ecosystem.json
  ecoweave convert ecosystem.json out/actors.csv`,
  "help.demo": `Ajaa kaikki analyysit ecoweaven mukana tulevalle esimerkkiekosysteemille: 115 kuvitteellista toimijaa
todellisilla Suomen alueilla ja niihin istutetut piirteet (katso docs/sample-ecosystem.md), päivän
{date} tilanteessa. Tulostaa yleiskuvan, vakavimmat rakenteelliset aukot, siltatoimijat, ehdotetut
esittelyt ja aukot, jotka ne sulkevat (ensin vakavin aukko, sitten Lapin siilon rahoittaja ja valmiuksien
nostaja), sekä viiden yhteyden kudontasuunnitelman: mitä se sulkee ja mitä eristyneille toimijoille
tapahtuu. Kirjoittaa tiedostot report.md ja report.html.

Valitsimet:
  --out-dir <dir>     minne report.md ja report.html kirjoitetaan (oletus: nykyinen hakemisto)

Esittely ajetaan kiinteän päivän {date} tilanteessa, joten sen tuloste on sama joka päivä: esimerkin
yhteyksillä on päivämäärät, ja sinä päivänä ESR+-ohjelman rahoitusyhteydet ovat voimassa mutta
päättyvät vuoden kuluessa.

Esimerkki:
  ecoweave demo --out-dir /tmp`,
};
