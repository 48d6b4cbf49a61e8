/**
 * Messages of the `help` area in Swedish.
 *
 * @packageDocumentation
 */

import type { CataloguePart } from "../../part.js";
import type { HELP_EN } from "../en/help.js";

export const HELP_SV: CataloguePart<typeof HELP_EN> = {
  "help.usageOptions": "[flaggor]",
  "help.view": `  --kinds <k1,k2>   räkna bara band av dessa slag (standard: alla)
  --at <YYYY-MM-DD> analysera läget detta datum: bara band som är aktiva då räknas, och band som
                    upphör inom 12 månader därefter rapporteras (standard: i dag; "all": alla
                    band oavsett datum, och inga upphörande band)`,
  "help.output": `  --format <f>        text eller json (standard text)
  --out <path>        skriv till en fil i stället för standard ut`,
  "help.scope": `  --scope <a=v>       bara band med en ände bland aktörerna vars attribut a är v (t.ex. region=Lappi)
  --scope-ends <e>    one (standard: minst en ände inom avgränsningen) eller both (båda ändarna)`,
  "help.roleMap": `  --role-map <t=r,…>  Kumus elementtyper → roller, t.ex. Rahoittaja=funder,Kehittäjä=developer
  --role-map-file <p> detsamma från en fil: ett JSON-objekt '{"Rahoittaja": "funder"}' eller en tabell
                      med kolumnerna type och role (komma-, semikolon- eller tabbseparerad)`,
  "help.analyze": `Rapporten innehåller översikten och utvecklingsstadiet, strukturella hål, brobyggare, nyckelaktörer
och kandidater till nätverksvävare, föreslagna kontakter, en vävplan, rollblandningsmatrisen och en
tabell per aktör.

Flaggor:
  --format <f>        md, json eller html (standard md)
  --out <path>        skriv till en fil i stället för standard ut (html skrivs helst till en fil)
{view}
  --seed <n>          frö för alla slumpmässiga delar (standard 1); samma frö ger samma rapport
  --budget <n>        antal band i vävplanen (standard 5)
  --strategy <s>      {strategies} (standard close-gaps)
  --top <n>           antal brobyggare och förslag som listas (standard 10)
  --group-by <attr>   gruppera aktörerna efter detta attribut för rollpar och mäkling (standard: role)
  --coverage-by <attr> dela upp täckningshålen efter detta attribut (t.ex. region)
  --spread-seeds <a,b> lägg till ett avsnitt om hur långt en innovation som dessa aktörer startar sprids
  --spread-model <m>  ic (oberoende kaskad, standard) eller lt (linjär tröskel)
  --spread-p <chance> sannolikheten att ett band för den vidare (standard 0.1), "weight" eller
                      "weight:<p0>"
  --spread-runs <n>   antal simuleringar (standard 1000)
  --spread-group-by <attr> visa räckvidden efter detta attribut (standard region, när alla aktörer
                      har det)
  --progress          visa varje fas, dess tid och minnestoppen på stderr även när stderr inte är
                      en terminal (en loggfil, en prestandamätning)
  -q, --quiet         inga förloppsmeddelanden (förloppet visas bara när stderr är en terminal)

Exempel:
  ecoweave analyze ecosystem.json --format html --out report.html
  ecoweave analyze ecosystem.json --at 2023-06-30 --budget 10 --strategy fill-role-gaps
  ecoweave analyze ecosystem.json --format html --out report.html --spread-seeds a1,a7 --spread-p 0.2`,
  "help.validate": `Läser filen (JSON, Kumu JSON, tillhörighets-JSON, GEXF, GraphML eller ett CSV-par: actors.csv med
ties.csv bredvid), kontrollerar den och skriver ut dess storlek. Slutkoden är 2 om filen är ogiltig;
då listas de första 1000 problemen i sökvägsordning och sedan hur många fler det finns av varje slag.

Exempel:
  ecoweave validate ecosystem.json`,
  "help.gaps": `Flaggor:
{view}
  --group-by <attr>   gruppera aktörerna efter detta attribut för hål mellan rollpar (standard: role)
  --coverage-by <attr> dela även upp täckningshålen efter detta attribut (t.ex. region)
  --max-distance <n>  antal steg inom vilka en roll som behövs räknas som nåbar (standard 2)
  --include <k1,k2>   slag av hål att söka: {kinds} (standard: alla)
  --horizon <months>  band som upphör inom så många månader efter --at rapporteras (standard 12)
  --min-severity <x>  utelämna hål med lägre allvarlighetsgrad än detta, 0–1 (standard 0)
  --seed <n>          frö för permutationstestet och grupperna (standard 1)
{output}

Exempel:
  ecoweave gaps ecosystem.json --coverage-by region --min-severity 0.2`,
  "help.brokers": `Flaggor:
{view}
  --group-by <list>   grupperingar som mäklingen räknas över, kommaseparerade: role, community eller
                      ett attribut som region (standard: role,community)
  --top <n>           hur många som listas (standard 10)
  --seed <n>          frö för identifieringen av grupper (standard 1)
{output}

Exempel:
  ecoweave brokers ecosystem.json --group-by role,region --top 5`,
  "help.suggest": `Flaggor:
{view}
  --top <n>           antal förslag (standard 20)
  --strategy <s>      {strategies} (standard close-gaps)
{scope}
  --max-per-actor <n> högst så många förslag per aktör (standard 3)
  --seed <n>          frö för uppskattningarna i stora ekosystem (standard 1)
{output}

Exempel:
  ecoweave suggest ecosystem.json --scope region=Lappi --top 10`,
  "help.plan": `Flaggor:
  --budget <n>        hur många band som planeras (obligatorisk)
  --objective <o>     gaps, efficiency, coverage, balanced eller spread (standard gaps: vad varje band
                      sluter av de strukturella hålen, som söks på nytt efter varje band; spread: hur
                      mycket längre innovationen som --seeds startar sprids)
  --seeds <a,b>       med --objective spread: aktörerna som innovationen startar hos
  --model <m>         med spread: ic (oberoende kaskad, standard) eller lt (linjär tröskel)
  --p <chance>        med spread: sannolikheten att ett band för den vidare (standard 0.1), "weight"
                      eller "weight:<p0>"
  --p-kind <k=p,...>  med spread: sannolikhet per slag av band, *=<p> för resten
  --runs <n>          med spread: simuleringar per steg (standard 1000)
  --group-by <attr>   med spread: namnge grupperna (t.ex. region) som ett band når för första gången
  --strategy <s>      {strategies} (standard close-gaps)
{scope}
{view}
  --seed <n>          frö för uppskattningarna i stora ekosystem (standard 1)
{output}

Exempel:
  ecoweave plan ecosystem.json --budget 5 --scope region=Lappi
  ecoweave plan ecosystem.json --budget 3 --objective spread --seeds a1,a7 --p 0.1 --group-by region`,
  "help.clinics": `Flaggor:
  --sessions <n>      antal träffar (standard 1)
  --tables <n>        bord per träff (standard: så få som --size tillåter)
  --size <min-max>    bordens storlekar, t.ex. 4-6, eller en storlek (standard 2-6)
  --participants <ids>  bara dessa aktörer, kommaseparerade (standard: alla aktörer)
  --roles <r1,r2>     bara aktörer med dessa roller
  --where <a=v>       bara aktörer vars attribut a är v (t.ex. region=Lappi)
  --apart <a:b,...>   par som aldrig ska sitta vid samma bord
  --together <a:b,...>  par som ska sitta vid samma bord vid varje träff
  --hosts <id=t,...>  personer som sitter vid bord t (från 1) vid varje träff
  --region-by <name>  attributet som anger regionen (standard region)
{view}
  --seed <n>          frö för sökningen efter placering (standard 1)
  --format <f>        text, md, csv (en rad per plats) eller json (standard text)
  --out <path>        skriv till en fil i stället för standard ut

Exempel:
  ecoweave clinics ecosystem.json --sessions 3 --tables 8 --size 4-6 --format csv --out seats.csv`,
  "help.spread": `Flaggor:
  --seeds <a,b>       id för aktörerna som innovationen startar hos
  --find <k>          hitta de k bästa aktörerna att starta hos (IMM) och simulera sedan från dem
  --model <m>         ic (oberoende kaskad, standard) eller lt (linjär tröskel)
  --p <chance>        sannolikheten att ett band för den vidare (standard 0.1); "weight" eller
                      "weight:<p0>" ger 1 − (1 − p0)^weight (p0 som standard 0.1)
  --p-kind <k=p,...>  sannolikhet per slag av band, t.ex. funding=0.2,collaboration=0.1; *=<p> för resten
  --runs <n>          antal simuleringar (standard 1000)
  --max-steps <n>     stanna efter så många steg (standard: tills spridningen avstannar)
  --group-by <attr>   summera räckvidden även efter detta attribut (t.ex. region)
  --objective <o>     med --find: reach (standard) eller groups (nå en andel av varje --group-by-grupp)
  --epsilon <e>       med --find: IMM:s noggrannhet ε i (0, 1) (standard 0.1)
  --directed          följ bandens riktning (finansiering och utbildning går bara åt ett håll)
{view}
  --seed <n>          frö för slumpdragningarna (standard 1)
  --format <f>        text, md eller json (standard text)
  --out <path>        skriv till en fil i stället för standard ut

Sannolikheterna är antaganden som du väljer: jämför startpunkter med resultaten, använd dem inte som prognos.

Exempel:
  ecoweave spread ecosystem.json --seeds a1,a7 --model ic --p 0.1 --group-by region
  ecoweave spread ecosystem.json --find 5 --objective groups --group-by region --format md`,
  "help.scenario": `En scenariofil har formen '{ "name"?, "description"?, "base"?: "ecosystem.json", "changes": [...] }'
med ändringar som '{ "op": "removeActor", "id": "f-esf" }' eller '{ "op": "addTie", "tie": {...} }'
(se docs/scenarios.md). "base" läses relativt scenariofilen; --base går före den.

Flaggor:
  --base <file>       ekosystemet som ändras (standard: scenariots "base")
  --save <path>       skriv även det ändrade ekosystemet (format efter filändelse)
  --seed <n>          frö för analyserna bakom jämförelsen (standard 1)
  --format <f>        text eller json (standard text)
  --out <path>        skriv jämförelsen till en fil i stället för standard ut

Exempel:
  ecoweave scenario esf-ends.json --save after.json`,
  "help.convert": `Formaten följer filnamnen:
  .json         ekosystem-JSON (vid läsning känns även Kumu-kartor och tillhörighetsdokument igen)
  .kumu.json    Kumu-kartans JSON
  .csv / mapp   actors.csv och ties.csv sida vid sida (ange endera filen eller mappen)
  .gexf         GEXF (skrivs som 1.2, som NetworkX och Gephi läser; 1.2 och 1.3 läses)
  .graphml      GraphML
Indata kontrolleras först; varje problem listas med sin plats. Utdatafilerna skrivs allt eller
inget: om en inte kan skrivas ändras ingen befintlig fil.
Celler i CSV- och Kumu-tabeller som börjar med =, +, -, @, tabb eller vagnretur (och inte är tal)
skrivs med ett inledande ' så att ett kalkylprogram visar dem som text i stället för att köra dem
som formler; vid läsning behålls ', så använd --no-spreadsheet-safe för tabeller som bara ecoweave läser.

Flaggor:
  --no-spreadsheet-safe  skriv sådana celler som de är

Exempel:
  ecoweave convert map.kumu.json ecosystem.json
  ecoweave convert ecosystem.json out/actors.csv`,
  "help.demo": `Kör alla analyser på exempelekosystemet som följer med ecoweave: 115 fiktiva aktörer i verkliga
finländska regioner med inplanterade drag (se docs/sample-ecosystem.md), per {date}. Skriver ut
översikten, de allvarligaste strukturella hålen, brobyggarna, de föreslagna introduktionerna med hålen
de sluter (det allvarligaste hålet först, Lapplandssilons finansiär och kompetenshöjare) och en vävplan
med 5 band: vad den sluter och vad som händer med de isolerade aktörerna. Skriver report.md och report.html.

Flaggor:
  --out-dir <dir>     var report.md och report.html skrivs (standard: den aktuella katalogen)

Demon körs per {date}, ett fast datum, så dess utdata är densamma varje dag: exemplets band har
datum, och det datumet är ESF+-programmets finansieringsband aktiva men upphör inom året.

Exempel:
  ecoweave demo --out-dir /tmp`,
};
