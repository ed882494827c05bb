"""One-off: writes gold.json from the annotations below (kept for the record of how the gold was made)."""

import json
from pathlib import Path

D, T = "DATE", "TIME"
docs = {
 "t01.txt": ("2024-08-20/2024-08-20", [
   ("was arrested on Friday", D, "2024-08-16"), ("update on Tuesday", D, "2024-08-20"),
   ("hearing on Tuesday", D, "2024-08-20"), ("on Friday evening", T, "2024-08-16TEV"),
   ("this on Tuesday", D, "2024-08-20")]),
 "t02.txt": ("2018-06-11/2018-06-11", [
   ("circuler mardi", D, "2018-06-12"), ("début avril", D, "2018-04"), ("SNCF lundi", D, "2018-06-11"),
   ("grève mardi", D, "2018-06-12"), ("manifesté lundi", D, "2018-06-11"), ("sept députés, lundi", D, "2018-06-11"),
   ("ce lundi", D, "2018-06-11"), ("cette semaine", D, "2018-W24"), ("28 juin", D, "2018-06-28")]),
 "t03.txt": ("2017-11-08/2017-11-08", [
   ("ground Wednesday", D, "2017-11-08"), ("Wednesday trading", D, "2017-11-08"),
   ("results for the third quarter", D, "2017-Q3"), ("closed Tuesday", D, "2017-11-07"),
   ("the prior-year quarter", D, "2016-Q3"), ("So far this year", D, "2017"), ("in the quarter", D, "2017-Q3"),
   ("third-quarter EPS", D, "2017-Q3"),
   ("lost more than 18% on the back of the company reporting its financial results for the third quarter",
    D, "2017-Q3"),
   ("closed Tuesday. The company posted a loss", D, "2017-11-07")]),
 "t04.txt": ("2022-08-24/2022-08-24", [
   ("ce mercredi soir", T, "2022-08-24TEV"), ("ce jeudi après-midi", T, "2022-08-25TAF"),
   ("pour ce mercredi soir", T, "2022-08-24TEV"), ("l'après-midi de ce jeudi", T, "2022-08-25TAF"),
   ("la nuit de mercredi à jeudi", T, "2022-08-24TNI"), ("jeudi matin", T, "2022-08-25TMO"),
   ("Jeudi après-midi, le Massif", T, "2022-08-25TAF"), ("toulousain le soir", T, "2022-08-25TEV"),
   ("il y a une semaine", D, "2022-W33"), ("alerté, ce mercredi", D, "2022-08-24")]),
 "t05.txt": ("2020-10-30/2020-10-30", [
   ("measures for November", D, "2020-11"), ("by today", D, "2020-10-30"), ("on Wednesday", D, "2020-10-28"),
   ("expire tomorrow", D, "2020-10-31"), ("during the month", D, "2020-10"),
   ("the measures could be published in the Official Gazette by today", D, "2020-10-30"),
   ("by Friday that job", D, "2020-10-30"), ("by Friday to come", D, "2020-10-30"), ("on Sunday", D, "2020-11-01"),
   ("on Saturday", D, "2020-10-31"), ("October 12", D, "2020-10-12")]),
 "t06.txt": ("2019-09-23/2019-09-23", [
   ("ce mardi à la SNCF", D, "2019-09-24"), ("annoncé dimanche", D, "2019-09-22"), ("le 13 septembre", D, "2019-09-13"),
   ("en décembre", D, "2019-12"), ("de ce mardi", D, "2019-09-24")]),
 "t07.txt": ("2018-10-10/2018-10-10", [
   ("Wednesday afternoon", T, "2018-10-10TAF"), ("Wednesday night", T, "2018-10-10TNI"),
   ("and Thursday", D, "2018-10-11"),
   ("Thursday afternoon", T, "2018-10-11TAF"), ("from Wednesday through early Friday", D, "2018-10-10/2018-10-12"),
   ("the month of October", D, "2018-10"), ("in 1954", D, "1954"), ("and Thursday. Michael", D, "2018-10-11"),
   ("Thursday afternoon and evening. A steady", T, "2018-10-11TAF"), ("expected Thursday especially", D, "2018-10-11"),
   ("late Thursday night", T, "2018-10-11TNI"), ("early Friday morning", T, "2018-10-12TMO"),
   ("from Wednesday through early Friday. Somewhat", D, "2018-10-10/2018-10-12"),
   ("possible Thursday", D, "2018-10-11"), ("spin up Thursday", D, "2018-10-11")]),
 "t08.txt": ("2017-08-28/2017-08-28", [
   ("le mois de mai", D, "2017-05"), ("14-Juillet", D, "2017-07-14"), ("la semaine dernière", D, "2017-W34"),
   ("ce lundi à Paris", D, "2017-08-28"), ("le mois dernier", D, "2017-07"), ("ce lundi avec", D, "2017-08-28")]),
 "t09.txt": ("2020-09-23/2020-09-23", [("on Tuesday", D, "2020-09-22")]),
 "t10.txt": ("2020-07-10/2020-07-10", [
   ("Le 30 mars", D, "2020-03-30"), ("17 avril", D, "2020-04-17"), ("Mi-mai", D, "2020-05")]),
 "t11.txt": ("2019-08-21/2019-08-21", [
   ("on Wednesday", D, "2019-08-21"), ("afternoon trade", T, "2019-08-21TAF"), ("most today", D, "2019-08-21"),
   ("FY 2019", D, "FY2019"), ("FY 2020", D, "FY2020"), ("this week", D, "2019-W34"),
   ("This morning", T, "2019-08-21TMO"), ("FY 2018", D, "FY2018")]),
 "t12.txt": ("2025-10-06/2025-10-06", [
   ("Aujourd’hui", D, "2025-10-06"), ("municipal d’octobre", D, "2025-10"), ("il y a deux ans", D, "2023"),
   ("le 24 avril 2023", D, "2023-04-24"), ("l'été 2026", D, "2026-SU")]),
 "t13.txt": ("2018-08-22/2018-08-22", [
   ("Wednesday midday", T, "2018-08-22TMI"), ("in the evening", T, "2018-08-22TEV"), ("at night", T, "2018-08-22TNI"),
   ("expected Thursday into", D, "2018-08-23"), ("into the weekend", D, "2018-W34-WE"),
   ("Tuesday night", T, "2018-08-21TNI"), ("early Wednesday", D, "2018-08-22"),
   ("hurricane” Wednesday afternoon", T, "2018-08-22TAF"), ("weakening is expected Thursday", D, "2018-08-23"),
   ("and Friday", D, "2018-08-24"), ("100 mph into Friday", D, "2018-08-24"), ("over the weekend", D, "2018-W34-WE"),
   ("between Wednesday night", T, "2018-08-22TNI"), ("Thursday morning", T, "2018-08-23TMO"),
   ("ashore Wednesday afternoon", T, "2018-08-22TAF"), ("On Wednesday evening", T, "2018-08-22TEV"),
   ("by Thursday afternoon", T, "2018-08-23TAF"), ("Thursday night", T, "2018-08-23TNI"),
   ("by Sunday", D, "2018-08-26")]),
 "t14.txt": ("2019-03-19/2019-03-19", [
   ("samedi à Paris", D, "2019-03-16"), ("commencé lundi", D, "2019-03-18"), ("le 17 novembre", D, "2018-11-17"),
   ("12 décembre", D, "2018-12-12")]),
 "t15.txt": ("2020-08-26/2020-08-26", [("from Wednesday", D, "2020-08-26"), ("on Wednesday", D, "2020-08-26")]),
 "t16.txt": ("2021-09-08/2021-09-08", [
   ("ce mercredi matin, en vigilance", T, "2021-09-08TMO"), ("jeudi 6 heures", T, "2021-09-09T06:00"),
   ("Le temps ce mercredi", D, "2021-09-08"), ("Ce mercredi matin, les pluies", T, "2021-09-08TMO"),
   ("dans l’après-midi", T, "2021-09-08TAF"), ("En soirée", T, "2021-09-08TEV"),
   ("nuit de mercredi à jeudi", T, "2021-09-08TNI")]),
}
out = {"corpus": "eval/timex_pool",
       "note": "TIMEX3 DATE/TIME with calendar values only (../../../shared/gold/GUIDELINES.md); "
       "annotated blind, before veille was run on the texts.", "kb": {}, "docs": {}}
for f, (pub, tx) in docs.items():
    out["docs"][f] = {"published": pub, "timexes": [{"text": t, "type": ty, "value": v} for t, ty, v in tx]}
Path("gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
