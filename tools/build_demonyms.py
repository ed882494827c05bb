"""Build `src/veille/data/gazetteer/demonyms.jsonl`: nationality adjectives for countries.

Run offline when the table below changes:

    /work/main/.venv/bin/python tools/build_demonyms.py

CLDR has no demonyms, so the table is written from the standard lists: for French, the
Journal officiel's "Recommandation concernant les noms d'États, d'habitants, de capitales"
(Commission générale de terminologie, 2008); for English, the ISO 3166 country list's usual
adjectives (Wikipedia, "List of adjectival and demonymic forms for countries and nations").
Each row gives the French masculine singular and the English adjective; the feminine and
plural French forms follow French morphology (-ien -> -ienne, -ain -> -aine, -ais -> -aise,
-e unchanged, s/x plural invariable), with irregular forms given after a '/'. Countries are
joined to `countries.jsonl` by their ISO 3166 code. Lines merge with curated.jsonl's demonyms.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "veille" / "data" / "gazetteer"

# ISO: French masculine singular (or "masc/fem" when irregular), English adjective(s, "|").
TABLE = """
AF afghan Afghan
ZA sud-africain South African
AL albanais Albanian
DZ algérien Algerian
DE allemand German
AO angolais Angolan
SA saoudien Saudi|Saudi Arabian
AR argentin Argentine|Argentinian
AM arménien Armenian
AU australien Australian
AT autrichien Austrian
AZ azerbaïdjanais Azerbaijani
BH bahreïni Bahraini
BD bangladais Bangladeshi
BE belge Belgian
BJ béninois Beninese
BY biélorusse Belarusian
MM birman Burmese
BO bolivien Bolivian
BA bosnien Bosnian
BW botswanais Botswanan
BR brésilien Brazilian
BG bulgare Bulgarian
BF burkinabè Burkinabe
BI burundais Burundian
KH cambodgien Cambodian
CM camerounais Cameroonian
CA canadien Canadian
CV cap-verdien Cape Verdean
CF centrafricain Central African
CL chilien Chilean
CN chinois Chinese
CY chypriote Cypriot
CO colombien Colombian
KM comorien Comorian
CG congolais Congolese
KP nord-coréen North Korean
KR sud-coréen South Korean
CR costaricien Costa Rican
CI ivoirien Ivorian
HR croate Croatian
CU cubain Cuban
DK danois Danish
DJ djiboutien Djiboutian
EG égyptien Egyptian
AE émirien Emirati
EC équatorien Ecuadorian
ER érythréen Eritrean
ES espagnol Spanish
EE estonien Estonian
US américain American
ET éthiopien Ethiopian
FI finlandais Finnish
FR français French
GA gabonais Gabonese
GM gambien Gambian
GE géorgien Georgian
GH ghanéen Ghanaian
GR grec/grecque Greek
GT guatémaltèque Guatemalan
GN guinéen Guinean
GW bissau-guinéen Bissau-Guinean
GQ équato-guinéen Equatoguinean
HT haïtien Haitian
HN hondurien Honduran
HU hongrois Hungarian
IN indien Indian
ID indonésien Indonesian
IQ irakien Iraqi
IR iranien Iranian
IE irlandais Irish
IS islandais Icelandic
IL israélien Israeli
IT italien Italian
JM jamaïcain Jamaican
JP japonais Japanese
JO jordanien Jordanian
KZ kazakh Kazakh|Kazakhstani
KE kényan Kenyan
KG kirghiz Kyrgyz
KW koweïtien Kuwaiti
LA laotien Laotian
LS lesothan Basotho
LV letton Latvian
LB libanais Lebanese
LR libérien Liberian
LY libyen Libyan
LT lituanien Lithuanian
LU luxembourgeois Luxembourgish
MK macédonien Macedonian
MG malgache Malagasy
MY malaisien Malaysian
MW malawite Malawian
ML malien Malian
MT maltais Maltese
MA marocain Moroccan
MU mauricien Mauritian
MR mauritanien Mauritanian
MX mexicain Mexican
MD moldave Moldovan
MN mongol Mongolian
ME monténégrin Montenegrin
MZ mozambicain Mozambican
NA namibien Namibian
NP népalais Nepali|Nepalese
NI nicaraguayen Nicaraguan
NE nigérien Nigerien
NG nigérian Nigerian
NO norvégien Norwegian
NZ néo-zélandais New Zealand
OM omanais Omani
UG ougandais Ugandan
UZ ouzbek Uzbek
PK pakistanais Pakistani
PS palestinien Palestinian
PA panaméen Panamanian
PG papouan-néo-guinéen Papua New Guinean
PY paraguayen Paraguayan
NL néerlandais Dutch
PE péruvien Peruvian
PH philippin Philippine|Filipino
PL polonais Polish
PT portugais Portuguese
QA qatari Qatari
DO dominicain Dominican
CZ tchèque Czech
RO roumain Romanian
GB britannique British
RU russe Russian
RW rwandais Rwandan
SV salvadorien Salvadoran
SN sénégalais Senegalese
RS serbe Serbian
SL sierra-léonais Sierra Leonean
SG singapourien Singaporean
SK slovaque Slovak
SI slovène Slovenian
SO somalien Somali
SD soudanais Sudanese
SS sud-soudanais South Sudanese
LK sri-lankais Sri Lankan
SE suédois Swedish
CH suisse Swiss
SY syrien Syrian
TJ tadjik Tajik
TW taïwanais Taiwanese
TZ tanzanien Tanzanian
TD tchadien Chadian
TH thaïlandais Thai
TG togolais Togolese
TN tunisien Tunisian
TM turkmène Turkmen
TR turc/turque Turkish
UA ukrainien Ukrainian
UY uruguayen Uruguayan
VE vénézuélien Venezuelan
VN vietnamien Vietnamese
YE yéménite Yemeni
ZM zambien Zambian
ZW zimbabwéen Zimbabwean
CD congolais Congolese
"""


def french_forms(spec: str) -> list[str]:
    masc, _, fem = spec.partition("/")
    if not fem:
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "éen", "en")):
            fem = masc + "ne"
        else:
            fem = masc + "e"
    plural = [w if w.endswith(("s", "x", "z")) else w + "s" for w in (masc, fem)]
    return list(dict.fromkeys([masc, fem, *plural]))


def main() -> None:
    ids = {}
    for line in (ROOT / "countries.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "iso" in row:
            ids[row["iso"]] = row["id"]
    rows: list[dict[str, object]] = [{
        "_source": "French: Journal officiel, recommandation concernant les noms d'États, d'habitants et de "
                   "capitales (2008); English: the usual adjectives of the ISO 3166 countries; written as a "
                   "table in tools/build_demonyms.py, French inflection by rule",
        "_licence": "facts, not copyrightable; this file CC0"}]
    for line in TABLE.strip().splitlines():
        iso, fr, en = line.split(" ", 2)
        if iso not in ids:
            raise SystemExit(f"{iso}: not in countries.jsonl")
        rows.append({"id": ids[iso], "demonyms": french_forms(fr) + en.split("|")})
    out = ROOT / "demonyms.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
