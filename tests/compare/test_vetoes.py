"""Veto case table: two short articles, a figure or date of each, and why the two can never contradict each
other whatever the scorer says (or ``None``: the veto must leave the pair to the scorer). One row per class and
language; the last sentence of each side is the one compared, earlier ones give what it refers to."""

from __future__ import annotations

import pytest

from consistency.compare.identity import date_veto, number_veto, revision_veto

from .pairs import mention_in

VETO = {"number": number_veto, "date": date_veto, "revision": revision_veto,
        "stated": lambda a, b: revision_veto(a, b, cued=True)}  # a revision its text states ("direvisi")

# (id, kind, (text, language, published), mention of a, (text, language, published), mention of b, reason)
CASES = [
    # whose votes: a candidate named by role or ballot number, or the one "Keduanya" / "the pair" refers to
    ("holders-id", "number",
     ("Pasangan calon nomor urut 2 itu mengalahkan semua pesaingnya, termasuk petahana. Keduanya menang dengan "
      "85.830 suara.", "id", None), "85.830 suara",
     ("Petahana hanya memperoleh kurang dari 80.000 suara.", "id", None), "80.000 suara", "two holders"),
    ("holders-en", "number",
     ("Candidate pair number 2 beat every rival, the incumbent among them. The pair won with 85,830 votes.", "en", None),
     "85,830 votes", ("The incumbent received fewer than 80,000 votes.", "en", None), "80,000 votes", "two holders"),
    ("holders-cross", "number", ("Paslon nomor urut 1 meraih 41.200 suara di kecamatan itu.", "id", None), "41.200 suara",
     ("In the district, candidate pair No. 3 secured 39,800 votes.", "en", None), "39,800 votes", "two holders"),
    ("holders-same-en-id", "number", ("Petahana memperoleh 81.000 suara.", "id", None), "81.000 suara",
     ("The incumbent received 80,000 votes.", "en", None), "80,000 votes", None),
    # a draft's figure against the law's
    ("draft-id", "number", ("Draf yang dibawa ke rapat paripurna memuat 174 pasal.", "id", None), "174 pasal",
     ("Undang-undang yang diteken presiden memuat 186 pasal.", "id", None), "186 pasal", "a draft and the law"),
    ("draft-en", "number", ("The draft sent to the plenary session had 174 articles.", "en", None), "174 articles",
     ("The law the president signed has 186 articles.", "en", None), "186 articles", "a draft and the law"),
    ("draft-both", "number", ("Draf itu memuat 174 pasal.", "id", None), "174 pasal",
     ("The draft had 186 articles.", "en", None), "186 articles", None),
    # a storm's gusts against its sustained wind (both read as speeds of one storm before "gust" was a modifier)
    ("gust-vs-sustained-id-en", "number", ("Dinas meteorologi mencatat kecepatan angin rata-rata badai itu sekitar 258 "
     "kilometer per jam.", "id", None), "258 kilometer",
     ("The cyclone struck on February 20, with gusts of about 325 km per hour.", "en", None), "325 km",
     "different things"),
    ("gust-vs-sustained-en-id", "number", ("The storm's sustained winds reached about 230 km per hour.", "en", None),
     "230 km", ("Badai itu membawa embusan angin hingga 325 kilometer per jam.", "id", None), "325 kilometer",
     "different things"),
    ("gust-vs-gust-en-id", "number", ("The cyclone brought gusts of about 325 km per hour.", "en", None), "325 km",
     ("Badai itu membawa embusan angin hingga 352 kilometer per jam.", "id", None), "352 kilometer", None),
    # distances from different points
    ("distance-id", "number", ("Warga diminta menjauh sejauh 5 km dari kawah.", "id", None), "5 km",
     ("Warga diminta menjauh 1 kilometer dari bibir pantai.", "id", None), "1 kilometer",
     "distances from different points"),
    ("distance-en", "number", ("Residents were told to stay at least 5km away from the crater.", "en", None), "5km",
     ("Residents were told to keep 1 kilometer away from the coastline.", "en", None), "1 kilometer",
     "distances from different points"),
    ("distance-towns-en-id", "number", ("The epicentre was 80 km northwest of Kathmandu.", "en", None), "80 km",
     ("Pusat gempa berada 68 km di sebelah timur Pokhara.", "id", None), "68 km", "distances from different points"),
    # a point the lexicon does not know ("dari makam", "from the tomb") is still a point, not a named place's
    ("distance-unknown-point-id-en", "number", ("Ledakan pertama terjadi sekitar 700 meter dari makam.", "id", None),
     "700 meter", ("Kerman lies about 820 km southeast of Tehran.", "en", None), "820 km", "distances from different points"),
    ("distance-unknown-point-en-id", "number", ("The first blast went off about 700 metres from the tomb.", "en", None),
     "700 metres", ("Kota Kerman berjarak sekitar 820 km di sebelah tenggara Teheran.", "id", None), "820 km",
     "distances from different points"),
    ("distance-same-town", "number", ("The epicentre was 80 km northwest of Kathmandu.", "en", None), "80 km",
     ("Pusat gempa berada sekitar 180 kilometer barat laut Kathmandu.", "id", None), "180 kilometer", None),
    ("range-to-coast-en", "number", ("The volcano now stands 110m tall, down from 338m before the eruption.", "en", None),
     "338m", ("Residents must keep between 500 meters and 1 kilometer away from the coastline.", "en", None),
     "500 meters", "different things"),
    ("range-to-coast-id", "number", ("Tinggi gunung itu kini 110 meter, turun dari 338 meter sebelum letusan.", "id", None),
     "338 meter", ("Warga diimbau menjauh dalam radius 500 meter hingga 1 kilometer dari garis pantai.", "id", None),
     "500 meter", "different things"),
    # measures of two things the sentences' subjects name
    ("things-id", "number", ("Jembatan itu memiliki berat 70 ton.", "id", None), "70 ton",
     ("Kapal itu memiliki berat 100 ton.", "id", None), "100 ton", "different things"),
    ("things-en", "number", ("The bridge weighs 70 tonnes.", "en", None), "70 tonnes",
     ("The ship weighs 100 tonnes.", "en", None), "100 tonnes", "different things"),
    ("things-same-en-id", "number", ("The ship weighs 70 tonnes.", "en", None), "70 tonnes",
     ("Kapal itu memiliki berat 100 ton.", "id", None), "100 ton", None),
    # an incident elsewhere than the story's, named in passing
    ("elsewhere-en", "date",
     ("A powerful earthquake struck Palu on Friday evening. In August, a series of earthquakes on Lombok killed "
      "more than 500 people.", "en", "2018-10-03"), "August",
     ("Gempa yang memicu tsunami itu terjadi pada Jumat (28/9/2018).", "id", "2018-10-04"), "Jumat", "another incident"),
    ("elsewhere-id", "date",
     ("Gempa kuat mengguncang Palu pada Jumat malam. Pada Agustus, rangkaian gempa di Lombok menewaskan lebih dari "
      "500 orang.", "id", "2018-10-03"), "Agustus",
     ("The quake that set off the tsunami struck on Friday, September 28.", "en", "2018-10-04"), "September 28",
     "another incident"),
    # adults are a part of the passengers
    ("adults-id", "number", ("Selain 181 penumpang, pesawat itu membawa dua pilot dan enam awak kabin.", "id", None),
     "181 penumpang", ("Di kabin ada 178 penumpang dewasa, satu anak, dan dua bayi.", "id", None), "178 penumpang",
     "a part and a whole"),
    ("adults-en", "number", ("Besides 181 passengers, the plane carried two pilots and six cabin crew.", "en", None),
     "181 passengers", ("On board were 178 adult passengers, one child and two babies.", "en", None), "178 adult",
     "a part and a whole"),
    # a state that still held on a day ("still battling … on Wednesday") against the day the story's event happened
    ("ongoing-en", "date", ("Firefighters were still battling the blazes on Wednesday.", "en", "2019-01-10"), "Wednesday",
     ("The blazes broke out on Saturday, Jan. 5.", "en", "2019-01-06"), "Jan. 5", "a state that holds for days"),
    ("ongoing-id", "date", ("Petugas masih memadamkan api di hutan itu pada Rabu (9/1/2019).", "id", "2019-01-10"), "Rabu",
     ("Kebakaran hutan itu mulai berkobar pada Sabtu (5/1/2019).", "id", "2019-01-06"), "Sabtu",
     "a state that holds for days"),
    ("broke-out-both-en", "date", ("The blazes broke out on Wednesday.", "en", "2019-01-10"), "Wednesday",
     ("The blazes broke out on Saturday, Jan. 5.", "en", "2019-01-06"), "Jan. 5", None),
    # a death in hospital days after the incident against the incident's day
    ("later-death-en", "date", ("Two more people injured in the fire died in hospital on Thursday.", "en", "2018-07-28"),
     "Thursday", ("The fire broke out on Monday, July 23.", "en", "2018-07-24"), "July 23", "different events"),
    ("later-death-id", "date", ("Seorang korban luka bakar meninggal di rumah sakit pada hari Jumat.", "id", "2018-07-28"),
     "Jumat", ("Kebakaran itu berkobar pada Senin (23/7/2018).", "id", "2018-07-24"), "Senin", "different events"),
    # an invitation's day against the visit's
    ("invitation-en", "date", ("Orban invited Kristersson on Tuesday to visit Budapest for talks.", "en", "2024-01-24"),
     "Tuesday", ("Kristersson met Orban in Budapest on Friday, February 23.", "en", "2024-02-24"), "February 23",
     "different events"),
    ("invitation-id", "date", ("Orban mengundang Kristersson pada Selasa untuk berkunjung ke Budapest.", "id", "2024-01-24"),
     "Selasa", ("Kristersson bertemu Orban di Budapest pada Jumat (23/2/2024).", "id", "2024-02-24"), "Jumat",
     "different events"),
    ("meeting-both-en", "date", ("Orban met Kristersson in Budapest on Tuesday.", "en", "2024-01-24"), "Tuesday",
     ("Kristersson bertemu Orban di Budapest pada Jumat (23/2/2024).", "id", "2024-02-24"), "Jumat", None),
    # a procedure (a visit, a postponement) against an incident, and an activity's day (a verdict, a protest, the
    # arrests) against the incident's: days of different events
    ("procedure-en", "date", ("French President Emmanuel Macron visited the site of the blast on Thursday.", "en",
                              "2020-08-07"), "Thursday",
     ("A huge explosion tore through the port of Beirut on Tuesday, killing at least 78 people.", "en", "2020-08-05"),
     "Tuesday", "different events"),
    ("procedure-id", "date", ("Presiden Prancis Emmanuel Macron mengunjungi lokasi ledakan pada Kamis (6/8/2020).", "id",
                              "2020-08-07"), "Kamis",
     ("Ledakan yang mengguncang pelabuhan Beirut pada Rabu (5/8/2020) itu menewaskan 158 orang.", "id", "2020-08-09"),
     "Rabu", "different events"),
    ("procedure-consequence-id", "date", ("Ledakan besar mengguncang pelabuhan Beirut pada Selasa (4/8/2020).", "id",
                                          "2020-08-05"), "Selasa",
     ("The number of people killed in Tuesday's explosion has risen to 158.", "en", "2020-08-09"), "Tuesday", None),
    ("activity-court-en", "date", ("The tribunal's verdict, first due on Friday, was postponed.", "en", "2020-08-08"),
     "Friday", ("A huge explosion tore through the port of Beirut on Tuesday.", "en", "2020-08-05"), "Tuesday",
     "different events"),
    ("activity-court-id", "date", ("Pengadilan menjatuhkan vonis kepada pelaku pada Jumat (7/8/2020).", "id", "2020-08-08"),
     "Jumat", ("Ledakan besar mengguncang pelabuhan Beirut pada Selasa (4/8/2020).", "id", "2020-08-05"), "Selasa",
     "different events"),
    ("activity-protest-en", "date", ("Protesters clashed with police on Saturday.", "en", "2020-08-09"),
     "Saturday", ("Ledakan besar mengguncang pelabuhan Beirut pada Selasa (4/8/2020).", "id", "2020-08-05"), "Selasa",
     "different events"),
    ("activity-protest-id", "date", ("Ribuan pengunjuk rasa bentrok dengan polisi pada Sabtu (8/8/2020).", "id", "2020-08-09"),
     "Sabtu", ("A huge explosion tore through the port of Beirut on Tuesday.", "en", "2020-08-05"), "Tuesday",
     "different events"),
    ("activity-arrests-en", "date", ("Police arrested three suspects on Thursday.", "en", "2020-08-07"), "Thursday",
     ("A huge explosion tore through the port of Beirut on Tuesday.", "en", "2020-08-05"), "Tuesday", "different events"),
    ("activity-arrests-id", "date", ("Polisi menangkap tiga tersangka pada Kamis (6/8/2020).", "id", "2020-08-07"), "Kamis",
     ("Ledakan besar mengguncang pelabuhan Beirut pada Selasa (4/8/2020).", "id", "2020-08-05"), "Selasa",
     "different events"),
    ("until-id", "date", ("Status tanggap darurat di Beirut berlaku hingga Jumat (7/8/2020).", "id", "2020-08-05"), "Jumat",
     ("A huge explosion tore through the port of Beirut on Friday, killing at least 78 people.", "en", "2020-08-09"),
     "Friday", "different events"),
    ("until-en", "date", ("A state of emergency in Beirut is in force until Friday.", "en", "2020-08-05"), "Friday",
     ("Ledakan besar mengguncang pelabuhan Beirut pada Jumat (7/8/2020).", "id", "2020-08-09"), "Jumat",
     "different events"),
    # the day an activity's period runs until is its last day, as "berakhir pada"/"ends on" gives it: one fact, left
    # to the scorer
    ("until-activity-end-id", "date", ("Masa berkabung nasional berlaku hingga Sabtu (5/11/2022).", "id", "2022-10-31"),
     "Sabtu", ("The national mourning period ends on Friday.", "en", "2022-11-01"), "Friday", None),
    ("until-activity-end-en", "date", ("The period of national mourning runs until Saturday.", "en", "2022-10-31"),
     "Saturday", ("Masa berkabung nasional berakhir pada Minggu (6/11/2022).", "id", "2022-11-01"), "Minggu", None),
    # arrivals of different planes: the loads their sentences count tell them apart
    ("arrivals-id", "date",
     ("Dua pesawat militer yang membawa 40 peti jenazah mendarat di Eindhoven pada Rabu (23/7/2014).", "id", "2014-07-23"),
     "Rabu", ("Sebanyak 74 peti jenazah tiba di Eindhoven pada Kamis (24/7/2014).", "id", "2014-07-24"), "Kamis",
     "another arrival"),
    ("arrivals-en", "date",
     ("Two military planes carrying 40 coffins landed in Eindhoven on Wednesday, July 23.", "en", "2014-07-23"),
     "July 23", ("A flight with 74 coffins arrived in Eindhoven on Thursday, July 24.", "en", "2014-07-24"), "July 24",
     "another arrival"),
    ("arrivals-same-load", "date",
     ("Pesawat yang membawa 40 peti jenazah mendarat di Eindhoven pada Rabu (23/7/2014).", "id", "2014-07-23"), "Rabu",
     ("Pesawat yang membawa 40 peti jenazah mendarat di Eindhoven pada Kamis (24/7/2014).", "id", "2014-07-24"), "Kamis",
     None),
    # finds of different bodies: divers find bodies one find after another, and the loads tell the finds apart
    ("finds-id", "date",
     ("Penyelam menemukan dua jenazah di ruangan yang tergenang air pada Minggu (15/1/2031).", "id", "2031-01-16"),
     "Minggu", ("Penyelam menemukan lima jenazah di dekat buritan kapal pada Selasa (17/1/2031).", "id", "2031-01-18"),
     "Selasa", "another find"),
    ("finds-en", "date", ("Divers found two bodies in a flooded room on Sunday.", "en", "2031-01-16"), "Sunday",
     ("Divers found five bodies near the ship's stern on Tuesday.", "en", "2031-01-18"), "Tuesday", "another find"),
    ("finds-same-load", "date",
     ("Penyelam menemukan dua jenazah di ruangan yang tergenang air pada Minggu (15/1/2031).", "id", "2031-01-16"),
     "Minggu", ("Divers found two bodies in a flooded room on Monday.", "en", "2031-01-18"), "Monday", None),
    # a figure inside what a verb of supposition governs is a guess, never a count
    ("suppose-id", "number",
     ("Yudo menduga kapal selam itu kehilangan daya lalu tenggelam hingga kedalaman 600 hingga 700 meter.", "id", None),
     "600 hingga 700 meter", ("Kapal selam itu ditemukan pada kedalaman 838 meter.", "id", None), "838 meter",
     "not a count"),
    ("suppose-en", "number",
     ("The navy chief suspects the submarine lost power and sank to a depth of 600 to 700 metres.", "en", None),
     "700 metres", ("The submarine was found at a depth of 838 metres.", "en", None), "838 metres", "not a count"),
    # votes in favour counted in members or in votes: one fact, not different things
    ("any-counted-id", "number", ("Dalam pemungutan suara di parlemen, 287 anggota mendukung dan 55 lainnya menolak.", "id", None),
     "287 anggota", ("Parlemen meratifikasi dengan 278 suara setuju.", "id", None), "278 suara", None),
    ("any-counted-en", "number", ("In the parliamentary vote, 287 lawmakers voted in favour.", "en", None), "287 lawmakers",
     ("Parliament ratified it with 278 votes in favour.", "en", None), "278 votes", None),
    # an outlet's tally named in another clause of the sentence is not the official figure's
    ("tally-clause-en", "number", ("The official toll remains 769, but tallies compiled by news agencies have passed 1,000.",
                                   "en", None), "769", ("The government announced 796 deaths.", "en", None), "796", None),
    ("tally-clause-id", "number", ("Angka resmi pemerintah masih 769 orang tewas, sementara hitungan media sudah melewati 1.000 "
                                   "orang.", "id", None), "769 orang",
     ("Pemerintah mengumumkan 796 orang tewas.", "id", None), "796 orang", None),
    ("tally-own-clause-id", "number", ("Menurut hitungan media, 1.036 orang tewas.", "id", None), "1.036 orang",
     ("Pemerintah mengumumkan 796 orang tewas.", "id", None), "796 orang", "another source's tally"),
    # whose votes: the body a vote count is of, named in its sentence or the one the article last named
    ("bodies-id", "number",
     ("Senat memberikan suara atas RUU itu pada Selasa. RUU tersebut disetujui dengan 52 suara setuju berbanding 41 suara "
      "menolak.", "id", None), "41 suara",
     ("DPR menyetujui RUU itu dengan 220 suara setuju berbanding 207 suara menolak.", "id", None), "207 suara", "two holders"),
    ("bodies-en", "number", ("The bill cleared the Senate with 41 votes against.", "en", None), "41 votes",
     ("In the House, the bill passed with 207 votes against.", "en", None), "207 votes", "two holders"),
    ("bodies-same-id-en", "number", ("DPR menyetujui RUU itu dengan 220 suara setuju.", "id", None), "220 suara",
     ("The House passed the bill with 218 votes in favour.", "en", None), "218 votes", None),
    ("bodies-candidate-id", "number", ("DPR menggelar rapat paripurna pada Senin. Sedangkan pasangan itu mendapat 451.794 suara.",
                                       "id", None), "451.794 suara",
     ("Senat bersidang pada Selasa. Pasangan itu mendapat 677.691 suara.", "id", None), "677.691 suara", None),
    ("bodies-candidate-en", "number", ("The House met on Monday. The candidate won 451,794 votes.", "en", None), "451,794 votes",
     ("The Senate met on Tuesday. The candidate won 677,691 votes.", "en", None), "677,691 votes", None),
    # a visit to the scene is its own event: its day is not the day regulations were signed
    ("toured-id", "date", ("Gubernur meninjau lokasi kebakaran pada Minggu (3/3/2024).", "id", "2024-03-04"), "Minggu",
     ("Gubernur menandatangani peraturan darurat pada Jumat (8/3/2024).", "id", "2024-03-09"), "Jumat", "different events"),
    ("toured-en", "date", ("The mayor toured the site of the fire on Sunday.", "en", "2024-03-04"), "Sunday",
     ("The mayor signed the emergency decree on Friday.", "en", "2024-03-09"), "Friday", "different events"),
    # two incidents of one kind at one place told apart by the unit they hit
    ("units-id", "date",
     ("Kebakaran kembali terjadi di kilang itu pada Senin (6/5/2024), kali ini di unit nomor 4.", "id", "2024-05-06"), "Senin",
     ("Kebakaran melanda unit 2 kilang itu pada Sabtu (4/5/2024).", "id", "2024-05-04"), "Sabtu", "different events"),
    ("units-en", "date", ("A fire broke out again at the refinery on Monday, this time at Unit 4.", "en", "2024-05-06"),
     "Monday", ("A fire hit the refinery's No. 2 unit on Saturday.", "en", "2024-05-04"), "Saturday", "different events"),
    ("units-same-id-en", "date", ("A fire hit the refinery's Unit 2 on Saturday.", "en", "2024-05-06"), "Saturday",
     ("Kebakaran melanda unit nomor 2 kilang itu pada Minggu (5/5/2024).", "id", "2024-05-06"), "Minggu", None),
    # one country's toll against another's: "In neighbouring India" is where the figure is
    ("neighbour-en", "revision",
     ("At the foot of Mount Everest, an avalanche set off by the quake killed 18 people.", "en", "2015-04-27"), "18 people",
     ("In neighbouring India, more than 50 people were killed.", "en", "2015-04-26"), "50 people", "places differ"),
    ("neighbour-id", "revision",
     ("Di kaki Gunung Everest, longsoran salju yang dipicu gempa menewaskan 18 orang.", "id", "2015-04-27"), "18 orang",
     ("Di negara tetangga India, lebih dari 50 orang tewas.", "id", "2015-04-26"), "50 orang", "places differ"),
    # what happened to them: a lower count of the lightly injured is no revision of the dead
    ("predicates-en", "revision",
     ("At least 146 people were killed when the crowd surged into the alley.", "en", "2022-10-30"), "146 people",
     ("Of the injured, 116 people have minor injuries.", "en", "2022-10-31"), "116 people", "different things"),
    ("predicates-id", "revision",
     ("Sedikitnya 146 orang tewas saat kerumunan berdesakan di gang itu.", "id", "2022-10-30"), "146 orang",
     ("Dari para korban luka, 116 orang mengalami luka ringan.", "id", "2022-10-31"), "116 orang", "different things"),
    ("predicates-same-id-en", "revision",
     ("At least 146 people were killed when the crowd surged into the alley.", "en", "2022-10-30"), "146 people",
     ("Sebanyak 140 orang tewas saat kerumunan berdesakan di gang itu.", "id", "2022-10-31"), "140 orang", None),
    # a clause that names no incident ("tragedi Halloween") is not another incident, nor is a figure with no
    # event day of its own another time than "Saturday's crush"; two named incidents still are
    ("unnamed-incident-id", "revision",
     ("Jumlah korban tewas akibat desak-desakan di Itaewon pada Sabtu malam naik menjadi 154 orang hingga Senin "
      "pukul 06.00.", "id", "2022-10-31"), "154 orang",
     ("Korban tewas dalam tragedi Halloween di Itaewon bertambah menjadi 145 orang hingga Senin pagi.", "id",
      "2022-10-31"), "145 orang", None),
    ("unnamed-incident-en", "revision",
     ("The number of people killed in Saturday's crowd crush in Itaewon rose to 154 as of 6 a.m. Monday.", "en",
      "2022-10-31"), "154",
     ("The death toll from the Halloween tragedy in Itaewon has risen to 145 people as of Monday morning.", "en",
      "2022-10-31"), "145 people", None),
    ("unnamed-incident-two-id", "revision",
     ("Jumlah korban tewas akibat desak-desakan di Itaewon naik menjadi 154 orang hingga Senin pukul 06.00.", "id",
      "2022-10-31"), "154 orang",
     ("Jumlah korban tewas akibat kebakaran di Itaewon naik menjadi 12 orang hingga Senin pagi.", "id", "2022-10-31"),
     "12 orang", "another incident"),
    ("unnamed-incident-two-en", "revision",
     ("The number of people killed in the crowd crush in Itaewon rose to 154 as of 6 a.m. Monday.", "en",
      "2022-10-31"), "154",
     ("The number of people killed in the fire in Itaewon rose to 12 as of Monday morning.", "en", "2022-10-31"), "12",
     "another incident"),
    # a magnitude is no running tally: a lower one on a later day, never said revised, is another quake's
    ("measure-id-en", "revision", ("Gempa berkekuatan 7,8 itu menewaskan lebih dari 8.000 orang di Nepal.", "id",
                                   "2015-05-12"), "7,8",
     ("The death toll from Tuesday's 7.3-magnitude earthquake in Nepal has risen to 65.", "en", "2015-05-13"), "7.3",
     "a measure, not a tally"),
    ("measure-en", "revision", ("The 7.8 magnitude quake killed more than 8,000 people in Nepal.", "en", "2015-05-12"),
     "7.8", ("The death toll from Tuesday's 7.3-magnitude earthquake in Nepal has risen to 65.", "en", "2015-05-13"),
     "7.3", "a measure, not a tally"),
    ("measure-stated-id", "stated", ("Gempa itu berkekuatan 7,9.", "id", "2015-04-25"), "7,9",
     ("BMKG merevisi kekuatan gempa itu menjadi 7,8.", "id", "2015-04-26"), "7,8", None),
    # "Saat itu", "At the time": the figure is of the time the sentence before dated (2019), not of this report's
    ("then-id", "number", ("Pada Pilpres 2019, Prabowo kalah dengan 44,50 persen suara. Saat itu Jokowi-Ma'ruf "
                           "memperoleh 85.607.362 suara.", "id", "2024-03-21"), "85.607.362 suara",
     ("Pasangan Prabowo-Gibran memperoleh 96.214.691 suara.", "id", "2024-03-20"), "96.214.691 suara", "different times"),
    ("then-en", "number", ("In the 2019 election, Prabowo lost with 44.50 percent of the vote. At the time, Widodo "
                           "won 85,607,362 votes.", "en", "2024-03-21"), "85,607,362 votes",
     ("The Prabowo-Gibran pair won 96,214,691 votes.", "en", "2024-03-20"), "96,214,691 votes", "different times"),
    # a follow-up activity's day ("called off the search … on Thursday") against the incident's
    ("search-id", "date", ("Tsunami menerjang pesisir Banten dan Lampung pada Sabtu (22/12/2018) malam.", "id", "2018-12-28"),
     "Sabtu", ("Tim SAR menghentikan pencarian korban tsunami pada Kamis (27/12/2018).", "id", "2018-12-28"), "Kamis",
     "different events"),
    ("search-en", "date", ("The tsunami struck the coasts of Banten and Lampung on Saturday night.", "en", "2018-12-28"),
     "Saturday", ("Rescuers called off the search for tsunami victims on Thursday.", "en", "2018-12-28"), "Thursday",
     "different events"),
    # the day a step after the incident was taken (wreckage or bodies found, victims identified, a funeral) is that
    # step's day, not the crash's; two reports of one step still compare
    ("aftermath-found-id", "date", ("Pesawat itu jatuh di perairan Karawang pada Senin (29/10/2018).", "id", "2018-10-30"),
     "Senin", ("Tim SAR menemukan puing pesawat pada Rabu (31/10/2018).", "id", "2018-11-02"), "Rabu", "different events"),
    ("aftermath-found-en", "date", ("The plane crashed into the sea off Karawang on Monday, October 29.", "en",
                                    "2018-10-30"), "October 29",
     ("The first bodies were pulled from the water on Tuesday, October 30.", "en", "2018-11-02"), "October 30",
     "different events"),
    ("aftermath-identified-id", "date",
     ("Pesawat itu jatuh di perairan Karawang pada Senin (29/10/2018).", "id", "2018-10-30"), "Senin",
     ("Korban pertama teridentifikasi pada Rabu (31/10/2018).", "id", "2018-11-02"), "Rabu", "different events"),
    ("aftermath-identified-en", "date", ("The plane crashed into the sea off Karawang on Monday, October 29.", "en",
                                         "2018-10-30"), "October 29",
     ("Police identified the first victim on Wednesday, October 31.", "en", "2018-11-02"), "October 31",
     "different events"),
    ("aftermath-buried-en", "date", ("The plane crashed into the sea off Karawang on Monday, October 29.", "en",
                                     "2018-10-30"), "October 29",
     ("The pilot was laid to rest in his home town on Friday, November 2.", "en", "2018-11-03"), "November 2",
     "different events"),
    ("aftermath-buried-id", "date", ("Pesawat itu jatuh di perairan Karawang pada Senin (29/10/2018).", "id", "2018-10-30"),
     "Senin", ("Jenazah pilot dikebumikan di kampung halamannya pada Jumat (2/11/2018).", "id", "2018-11-03"), "Jumat",
     "different events"),
    ("aftermath-same-id-en", "date", ("Divers retrieved the flight data recorder on Thursday, November 1.", "en",
                                      "2018-11-02"), "November 1",
     ("Kotak hitam pesawat itu ditemukan penyelam pada Jumat (2/11/2018).", "id", "2018-11-03"), "Jumat", None),
    # a search's steps (searchers sweeping an area, divers reaching the wreck, a black box's signal detected, a
    # salvage) date their own days, not the crash's; a relative clause's incident after the search is the crash's
    ("step-search-id", "date", ("Pesawat itu jatuh ke laut pada Minggu (10/3/2024).", "id", "2024-03-11"), "Minggu",
     ("Tim gabungan kembali menyisir perairan itu pada Selasa (12/3/2024).", "id", "2024-03-13"), "Selasa",
     "different events"),
    ("step-search-en", "date", ("The plane crashed into the sea on Sunday.", "en", "2024-03-11"), "Sunday",
     ("Rescuers resumed searching for the missing on Wednesday.", "en", "2024-03-14"), "Wednesday", "different events"),
    ("step-dive-en", "date", ("The plane crashed into the sea on Sunday.", "en", "2024-03-11"), "Sunday",
     ("Navy divers reached the fuselage of the crashed jet on Thursday.", "en", "2024-03-15"), "Thursday",
     "different events"),
    ("step-dive-id", "date", ("Pesawat itu jatuh ke laut pada Minggu (10/3/2024).", "id", "2024-03-11"), "Minggu",
     ("Penyelam TNI AL mencapai badan pesawat pada Kamis (14/3/2024).", "id", "2024-03-15"), "Kamis", "different events"),
    ("step-signal-id", "date", ("The plane crashed into the sea on Sunday.", "en", "2024-03-11"), "Sunday",
     ("Sinyal kotak hitam terdeteksi Senin (11/3/2024).", "id", "2024-03-12"), "Senin", "different events"),
    ("step-signal-en", "date", ("Pesawat itu jatuh ke laut pada Minggu (10/3/2024).", "id", "2024-03-11"), "Minggu",
     ("Pings from the black box were detected on Monday.", "en", "2024-03-12"), "Monday", "different events"),
    ("step-salvage-en", "date", ("The plane crashed into the sea on Sunday.", "en", "2024-03-11"), "Sunday",
     ("Salvage crews lifted the tail section on Friday.", "en", "2024-03-16"), "Friday", "different events"),
    ("step-salvage-id", "date", ("Pesawat itu jatuh ke laut pada Minggu (10/3/2024).", "id", "2024-03-11"), "Minggu",
     ("Badan pesawat berhasil diangkat dari dasar laut pada Jumat (15/3/2024).", "id", "2024-03-16"), "Jumat",
     "different events"),
    ("step-relative-crash-id", "date", ("Pesawat itu jatuh ke laut pada Minggu (10/3/2024).", "id", "2024-03-11"),
     "Minggu", ("Penyelam masih mencari bangkai pesawat yang jatuh pada Sabtu (9/3/2024).", "id", "2024-03-12"), "Sabtu",
     None),
    ("step-relative-crash-en", "date", ("The plane crashed into the sea on Sunday, March 10.", "en", "2024-03-11"),
     "March 10", ("Divers are still searching for the plane that crashed on Saturday, March 9.", "en", "2024-03-12"),
     "March 9", None),
    # an event's end is not its start: the siege's Saturday against the attacks' Wednesday
    ("end-start-en", "date", ("The attacks on the city began on Wednesday night.", "en", "2008-11-30"), "Wednesday",
     ("The attacks ended on Saturday morning.", "en", "2008-11-30"), "Saturday", "different events"),
    ("end-start-id", "date", ("Serangan bersenjata di kota itu dimulai pada Rabu (26/11/2008) malam.", "id", "2008-11-30"),
     "Rabu", ("Serangan itu baru berakhir pada Sabtu (29/11/2008) pagi.", "id", "2008-11-30"), "Sabtu", "different events"),
    ("end-held-id-en", "date", ("KTT itu digelar di Bali pada Selasa (15/11/2022).", "id", "2022-11-17"), "Selasa",
     ("The summit in Bali ended on Wednesday, November 16.", "en", "2022-11-17"), "November 16", "different events"),
    # a stated revision of one district's toll is no revision of the whole story's
    # a stated revision still joins no two events' times: an earlier operation's toll named for comparison
    ("stated-other-time-en", "stated", ("The raid far surpassed the 2021 operation in Jacarezinho, which left 28 people "
     "dead.", "en", "2025-11-20"), "28 people", ("The police raid on Tuesday killed at least 64 people.", "en",
     "2025-10-29"), "at least 64", "another time"),
    ("stated-other-time-id", "stated", ("Penggerebekan itu jauh melampaui operasi polisi 2021 yang menewaskan 28 "
     "orang.", "id", "2025-11-20"), "28 orang", ("Operasi polisi pada Selasa menewaskan sedikitnya 64 orang.", "id",
     "2025-10-29"), "sedikitnya 64", "another time"),
    ("stated-place-id", "stated", ("Korban tewas akibat gempa itu mencapai 560 orang.", "id", "2018-08-10"), "560 orang",
     ("Di Lombok Utara, jumlah korban tewas direvisi turun menjadi 400 orang.", "id", "2018-08-12"), "400 orang",
     "places differ"),
    ("stated-place-en", "stated", ("The quake has killed 560 people, officials said.", "en", "2018-08-10"), "560 people",
     ("In North Lombok alone, the death toll was revised down to 400.", "en", "2018-08-12"), "400", "places differ"),
    ("stated-same-id-en", "stated", ("The quake has killed 560 people, officials said.", "en", "2018-08-10"),
     "560 people", ("Jumlah korban tewas direvisi turun menjadi 400 orang.", "id", "2018-08-12"), "400 orang", None),
    # a stated revision of one group's count ("warga asing", "foreigners") is no revision of the whole toll
    ("stated-group-id", "stated", ("Tragedi di Itaewon itu menewaskan 156 orang.", "id", "2022-10-30"), "156 orang",
     ("Jumlah korban tewas warga asing dalam tragedi di Itaewon itu direvisi menjadi 19 orang.", "id",
      "2022-10-31"), "19 orang",
     "a part, or another group"),
    ("stated-group-en", "stated", ("The crush in Itaewon killed 156 people.", "en", "2022-10-30"), "156 people",
     ("The number of foreigners killed in the crush in Itaewon was revised down to 19.", "en", "2022-10-31"), "19",
     "a part, or another group"),
    # a toll whose sentence names no place and no incident against a lower one of the flood in Demak: since the
    # forty-first round a place on one side only no longer vetoes a revision by itself (over the 155 labelled sets
    # before it, that clause removed no false conflict and cost two real revisions, blind's and devset25's: an
    # outlet that leaves the place out of one sentence still reports the story's toll); the scorer's place
    # features still weigh it
    ("unanchored-id", "revision", ("Hujan turun sejak Minggu.\nSebanyak 41 orang meninggal dunia.", "id", "2024-03-19"),
     "41 orang", ("Sebanyak 45 orang meninggal dunia akibat banjir di Demak hingga Selasa pukul 17.00 WIB, kata BNPB.",
                  "id", "2024-03-19"), "45 orang", None),
    ("unanchored-en", "revision", ("It has rained since Sunday.\nA total of 41 people have died.", "en", "2024-03-19"),
     "41 people", ("The floods in Demak have killed 45 people as of 5 p.m. on Tuesday, the agency said.", "en",
                   "2024-03-19"), "45 people", None),
    # an unstated lower count of another body (the police against the health ministry) or of a part ("29 of them")
    # is that body's or that part's count, not a correction of the toll; a stated one still is a revision
    ("other-body-en", "revision", ("The fire killed 41 people, the Health Ministry said.", "en", "2024-03-11"),
     "41 people", ("The fire killed 38 people, according to police.", "en", "2024-03-12"), "38 people",
     "another source's count"),
    ("other-body-id", "revision", ("Menurut RSUD Sanglah, kebakaran itu menewaskan 41 orang.", "id", "2024-03-11"),
     "41 orang", ("Menurut polisi, 38 orang tewas dalam kebakaran itu.", "id", "2024-03-12"), "38 orang",
     "another source's count"),
    # a government at any level speaks for its own offices: no second body ("@province" is the level)
    ("provincial-government-own-office-id", "revision",
     ("Menurut pemerintah provinsi, gempa itu menewaskan 41 orang.", "id", "2024-03-11"), "41 orang",
     ("Menurut Dinas Kesehatan, 38 orang tewas akibat gempa itu.", "id", "2024-03-12"), "38 orang", None),
    ("other-body-stated-en", "stated", ("The fire killed 41 people, the Health Ministry said.", "en", "2024-03-11"),
     "41 people", ("Police revised the toll of the fire down to 38 people.", "en", "2024-03-12"), "38 people", None),
    ("part-both-en", "revision", ("Of the dead, 33 were women, police said.", "en", "2024-03-11"), "33",
     ("Of those killed, 29 were women.", "en", "2024-03-12"), "29", "a part, or another group"),
    ("part-both-id", "revision", ("Sebanyak 33 orang di antaranya perempuan, kata polisi.", "id", "2024-03-11"), "33 orang",
     ("Sebanyak 29 orang di antaranya perempuan.", "id", "2024-03-12"), "29 orang", "a part, or another group"),
    # a lower count long after the event (an anniversary's, a trial's), never said revised, is a later account of
    # it, not a correction of the toll at the time; a correction within days still is a revision
    ("later-account-en", "revision", ("The fire in the tower block killed 72 people, police said.", "en", "2017-06-20"),
     "72 people", ("Five years after the fire, a court heard that 68 people died in the tower block.", "en", "2022-06-14"),
     "68 people", "a later account"),
    ("later-account-id", "revision", ("Serangan bom di stadion itu menewaskan 41 orang, kata polisi.", "id", "2023-05-02"),
     "41 orang", ("Setahun setelah serangan bom di stadion itu, pengadilan mendengar bahwa 28 orang tewas dalam serangan "
                  "tersebut.", "id", "2024-05-02"), "28 orang", "a later account"),
    ("later-account-days-id-en", "revision",
     ("Serangan bom di stadion itu menewaskan 41 orang, kata polisi.", "id", "2023-05-02"), "41 orang",
     ("The stadium bombing killed 38 people, police said.", "en", "2023-05-09"), "38 people", None),
    # a final toll months later, given by no court, is the toll's own last count: lower than an early one, a revision
    ("final-toll-en", "revision", ("The plane crash killed 195 people, officials said.", "en", "2019-03-12"),
     "195 people", ("A year after the crash, the final toll stood at 166 people.", "en", "2020-03-12"), "166 people", None),
    ("final-toll-id", "revision", ("Kecelakaan pesawat itu menewaskan 195 orang, kata pejabat.", "id", "2019-03-12"),
     "195 orang", ("Setahun setelah kecelakaan pesawat itu, jumlah korban tewas akhirnya ditetapkan 166 orang.", "id",
                   "2020-03-12"), "166 orang", None),
    # a place's name with another name word is another place ("Grand Bahama", "Padang Pariaman"), never a part
    # of the shorter name by its words; a kind of place ("Negara Bagian", "Kepulauan", "Islamic Centre") is not
    ("place-word-id", "revision", ("Badai Dorian menewaskan 20 orang di Bahama hingga Kamis.", "id", "2019-09-05"),
     "20 orang", ("Di Grand Bahama, delapan orang tewas akibat badai itu.", "id", "2019-09-13"), "delapan orang",
     "places differ"),
    ("place-word-en", "revision", ("In Padang, the quake killed 313 people.", "en", "2009-10-01"), "313 people",
     ("In Padang Pariaman, the quake killed 320 people.", "en", "2009-10-09"), "320 people", "places differ"),
    ("place-word-id-2", "revision", ("Di Padang, 313 orang tewas akibat gempa itu.", "id", "2009-10-01"), "313 orang",
     ("Di Padang Pariaman, 320 orang tewas akibat gempa itu.", "id", "2009-10-09"), "320 orang", "places differ"),
    ("place-kind-id-en", "revision", ("Di Negara Bagian Meksiko, 13 orang tewas akibat gempa itu.", "id", "2017-09-21"),
     "13 orang", ("The quake killed 15 people in the State of Mexico.", "en", "2017-10-02"), "15 people", None),
    ("place-kind-id-en-2", "revision", ("Di Kepulauan Abaco, 17 orang tewas akibat badai itu.", "id", "2019-09-05"),
     "17 orang", ("The storm killed 42 people in the Abaco Islands.", "en", "2019-09-12"), "42 people", None),
    # the country of a figure's own group ("warga Belanda, yakni 139 orang") is who, not where
    ("group-place-id-en", "revision",
     ("All 298 people on board were killed, 193 of them Dutch citizens.", "en", "2014-07-21"), "193",
     ("Korban terbanyak adalah warga Belanda, yakni 139 orang, disusul 43 warga Malaysia.", "id", "2014-07-24"),
     "139 orang", None),
    # two chambers' days: a bill passes the Senate on one day and the House on another; the DPR may be the House
    ("two-chambers-id", "date", ("Senat meloloskan RUU iklim itu pada Minggu (7/8/2031).", "id", "2031-08-08"),
     "Minggu", ("RUU iklim itu disahkan DPR AS dengan suara 220 berbanding 208 pada Jumat (12/8/2031).", "id",
                "2031-08-17"), "Jumat", "two bodies"),
    ("two-chambers-en", "date", ("The Senate passed the climate bill on Sunday, August 7.", "en", "2031-08-08"),
     "August 7", ("The climate bill was passed by the House on Friday, August 12.", "en", "2031-08-13"),
     "August 12", "two bodies"),
    ("two-chambers-en-id", "date", ("The Senate passed the climate bill 51-50 on Sunday, August 7.", "en",
                                    "2031-08-08"), "August 7",
     ("Undang-undang iklim itu disahkan DPR AS dengan suara 220 berbanding 208 pada Jumat (12/8/2031).", "id",
      "2031-08-17"), "Jumat", "two bodies"),
    ("two-chambers-relative-en", "date",
     ("Every Republican voted no, as they had in the Senate, which passed the measure 51-50 on Sunday.", "en",
      "2031-08-12"), "Sunday",
     ("RUU itu disahkan DPR AS dengan suara 220 berbanding 208 pada Jumat (12/8/2031).", "id", "2031-08-17"),
     "Jumat", "two bodies"),
    # two occasions' turnouts: protests weeks apart each have their own count; a report that dates the one it
    # recalls is compared with that day's
    ("occasion-id", "number", ("Kementerian Dalam Negeri mencatat 1,27 juta orang berdemonstrasi di seluruh negeri.",
                               "id", "2031-02-01"), "1,27 juta",
     ("The interior ministry counted 1.12 million protesters nationwide.", "en", "2031-01-19"), "1.12 million",
     "another occasion"),
    ("occasion-en", "number", ("Some 2,000 people rallied outside the parliament, police said.", "en", "2031-05-02"),
     "2,000", ("About 3,500 people rallied outside the parliament, police said.", "en", "2031-05-16"), "3,500",
     "another occasion"),
    ("occasion-recalled", "number", ("The interior ministry counted 1.12 million protesters nationwide.", "en",
                                     "2031-01-20"), "1.12 million",
     ("The first protest, on January 19, drew 1.5 million people nationwide, the interior ministry said.", "en",
      "2031-03-08"), "1.5 million", None),
    ("occasion-same-days", "number", ("Sekitar 2.000 orang berunjuk rasa di depan gedung DPR.", "id", "2031-05-02"),
     "2.000", ("About 3,500 people rallied outside the parliament.", "en", "2031-05-03"), "3,500", None),
    # an election's rounds: the first round's votes against the runoff's are another ballot's; a round named on one
    # side only leaves the pair to the scorer
    ("rounds-id-en", "number", ("Pada putaran pertama, Holan meraih 212 suara.", "id", "2031-05-02"), "212 suara",
     ("In the runoff, Holan won 240 votes.", "en", "2031-05-03"), "240 votes", "another occasion"),
    ("rounds-en-id", "number", ("Holan won 212 votes in the first round.", "en", "2031-05-02"), "212 votes",
     ("Holan mengalahkan Varga dengan 240 suara pada putaran kedua.", "id", "2031-05-03"), "240 suara",
     "another occasion"),
    ("rounds-same", "number", ("Pada putaran kedua, Holan meraih 240 suara.", "id", "2031-05-02"), "240 suara",
     ("Holan won 242 votes in the runoff.", "en", "2031-05-03"), "242 votes", None),
    # a runoff is the last round: a parliament's third ("putaran ketiga") as well as a two-round vote's second
    ("rounds-runoff-third-id-en", "number", ("Hassan meraih 241 suara dalam putaran ketiga pemungutan suara parlemen.",
     "id", "2022-05-16"), "241 suara", ("Lawmakers handed Hassan 214 votes in a run-off on Sunday.", "en", "2022-05-16"),
     "214 votes", None),
    ("rounds-second-third-en-id", "number", ("Hassan won 214 votes in the second round.", "en", "2022-05-16"), "214 votes",
     ("Hassan meraih 241 suara dalam putaran ketiga pemungutan suara parlemen.", "id", "2022-05-16"), "241 suara",
     "another occasion"),
    ("rounds-one-side", "number", ("Holan meraih 240 suara.", "id", "2031-05-02"), "240 suara",
     ("Holan won 212 votes in the first round.", "en", "2031-05-03"), "212 votes", None),
    # a part of the electorate (lawmakers, party members, voters abroad) against the whole count or another part
    ("segment-en-id", "number", ("Among lawmakers, Holan took 150 votes to Varga's 140.", "en", "2031-05-02"), "150 votes",
     ("Holan meraih 240 suara.", "id", "2031-05-03"), "240 suara", "a part and a whole"),
    ("segment-id-en", "number", ("Holan meraup 130 dari 300 suara anggota partai.", "id", "2031-05-02"), "130",
     ("Holan won 240 votes.", "en", "2031-05-03"), "240 votes", "a part and a whole"),
    ("segment-two-parts-id-en", "number", ("Di kalangan anggota parlemen, Holan meraih 150 suara.", "id", "2031-05-02"),
     "150 suara", ("Holan led with 190 votes, including 120 from rank-and-file members.", "en", "2031-05-03"), "120",
     "a part and a whole"),
    ("segment-same", "number", ("Di kalangan anggota parlemen, Holan meraih 150 suara.", "id", "2031-05-02"), "150 suara",
     ("Among lawmakers, Holan took 152 votes.", "en", "2031-05-03"), "152 votes", None),
    # a chamber's vote count against a candidate's count in a story that names no chamber (a party's leadership vote);
    # a count of millions is an electorate's whichever body canvassed it; a sentence that goes on with a pronoun goes
    # on with the previous sentence's chamber
    ("chamber-none-id-en", "number",
     ("Partai Bersatu memilih Holan sebagai ketua umum. Pada putaran kedua, Holan meraih 185 suara.", "id", "2031-05-02"),
     "185 suara", ("Holan was elected prime minister on Tuesday. In the lower house, she won 237 votes.", "en",
                   "2031-05-20"), "237 votes", "two holders"),
    ("chamber-none-en-id", "number", ("Holan won the party leadership race on Saturday with 185 votes.", "en", "2031-05-02"),
     "185 votes", ("Di majelis rendah, Holan meraih 237 suara.", "id", "2031-05-20"), "237 suara", "two holders"),
    ("chamber-continued-id-en", "number",
     ("Di majelis tinggi, Holan meraih 123 suara pada putaran pertama. Pada putaran kedua, ia menang dengan 125 suara.",
      "id", "2031-05-20"), "125 suara",
     ("Holan won the party leadership race with 185 votes in the runoff.", "en", "2031-05-02"), "185 votes", "two holders"),
    ("chamber-electorate-count", "number", ("Holan meraih 15,3 juta suara.", "id", "2031-05-20"), "15,3 juta suara",
     ("Holan received 15,035,773 votes in the canvass completed by a joint session of the Senate and the House.", "en",
      "2031-05-25"), "15,035,773 votes", None),
    ("chamber-both-named", "number", ("Di majelis rendah, Holan meraih 237 suara.", "id", "2031-05-20"), "237 suara",
     ("In the lower house, Holan won 235 votes.", "en", "2031-05-20"), "235 votes", None),
    # the people aboard two vehicles against those aboard one of them: a part and a whole
    ("several-vehicles-en-id", "number",
     ("Officials believe all 67 people aboard the two aircraft were killed.", "en", "2031-01-31"), "67 people",
     ("Pesawat jet itu membawa 64 orang, termasuk empat awak.", "id", "2031-02-01"), "64 orang", "a part and a whole"),
    ("several-vehicles-id-en", "number",
     ("Kedua pesawat itu membawa total 67 orang.", "id", "2031-01-31"), "67 orang",
     ("The jet had 64 people on board.", "en", "2031-02-05"), "64 people", "a part and a whole"),
    # a toll its sentence says leaves a place out, against that place's own toll: a part and a whole
    ("left-out-en-id", "number",
     ("The national count of 127 dead by Tuesday evening had not yet included the victims from Lang Nu.", "en",
      "2031-09-12"), "127 dead",
     ("Sebanyak 56 warga Lang Nu meninggal, kata pejabat setempat.", "id", "2031-09-14"), "56 warga",
     "a part and a whole"),
    ("left-out-id-en", "number",
     ("Korban tewas nasional mencapai 127 orang hingga Selasa malam, belum termasuk korban di Lang Nu.", "id",
      "2031-09-12"), "127 orang",
     ("In Lang Nu alone, 56 people died, local officials said.", "en", "2031-09-14"), "56 people",
     "a part and a whole"),
    ("left-out-other-place-en", "number",
     ("The national count of 127 dead by Tuesday evening had not yet included the victims from Lang Nu.", "en",
      "2031-09-12"), "127 dead",
     ("Di Hanoi, 30 orang meninggal, kata pejabat setempat.", "id", "2031-09-14"), "30 orang", None),
    # what one vote needed or got, whether or not its sentence names the chamber: a vote two months earlier is
    # another occasion; the same vote's report a day later is not
    ("occasion-one-vote-id", "number",
     ("Dalam putaran pertama, kanselir terpilih hanya memperoleh 301 suara, kurang dari 316 suara yang dibutuhkan.",
      "id", "2031-05-07"), "316 suara",
     ("In March, the outgoing parliament voted 513-207 to loosen the borrowing limits, above the 489 votes required.",
      "en", "2031-05-06"), "489 votes", "another occasion"),
    ("occasion-one-vote-en", "number",
     ("In the first ballot he fell short of the 316 votes he needed.", "en", "2031-05-06"), "316 votes",
     ("Pada Maret, parlemen lama menyetujui pelonggaran batas utang dengan 513 suara, di atas 489 suara yang "
      "dibutuhkan.", "id", "2031-05-07"), "489 suara", "another occasion"),
    # the votes for a bill that a later report recalls undated: the same vote, still compared
    ("occasion-one-vote-recalled-en", "number",
     ("Parliament passed the bill on Thursday with 316 votes in favour.", "en", "2031-02-16"), "316 votes",
     ("The law, passed with 290 votes in favour, is now being challenged in court.", "en", "2031-05-02"), "290 votes",
     None),
    ("occasion-one-vote-same-id", "number",
     ("Dalam putaran pertama, kanselir terpilih hanya memperoleh 301 suara, kurang dari 316 suara yang dibutuhkan.",
      "id", "2031-05-07"), "316 suara",
     ("In the first ballot he fell short of the 316 votes he needed.", "en", "2031-05-06"), "316 votes", None),
    # a count dated by the day opening its own clause, while another clause of the sentence names another day
    # ("Sejak 12 Mei, …; pada puncaknya, 2 Juni, polisi menghitung …"): that day's occasion, not the other's
    ("occasion-clause-day-id", "number",
     ("Sejak 12 Mei, para buruh menggelar enam aksi; pada puncaknya, 2 Juni, polisi menghitung 840.000 peserta.", "id",
      "2031-06-10"), "840.000", ("On May 12, police counted 610,000 protesters nationwide.", "en", "2031-05-13"),
     "610,000", "different times"),
    ("occasion-clause-day-en", "number",
     ("Workers have marched six times since May 12; at the peak, on June 2, police counted 840,000 protesters.", "en",
      "2031-06-10"), "840,000", ("Pada 8 Juni, polisi menghitung 500.000 peserta aksi.", "id", "2031-06-09"), "500.000",
     "another occasion"),
    ("occasion-clause-same-day-id", "number",
     ("Sejak 12 Mei, para buruh menggelar enam aksi; pada puncaknya, 2 Juni, polisi menghitung 840.000 peserta.", "id",
      "2031-06-10"), "840.000", ("On June 2, police counted 790,000 protesters nationwide.", "en", "2031-06-03"),
     "790,000", None),
    ("occasion-clause-same-day-en", "number",
     ("Workers have marched six times since May 12; at the peak, on June 2, police counted 840,000 protesters.", "en",
      "2031-06-10"), "840,000", ("Pada 2 Juni, polisi menghitung 790.000 peserta aksi.", "id", "2031-06-03"), "790.000",
     None),
    ("one-house-dpr", "date", ("DPR mengesahkan RUU itu pada Selasa (6/12/2031).", "id", "2031-12-07"), "Selasa",
     ("The House of Representatives passed the bill on Monday, December 5.", "en", "2031-12-07"), "December 5", None),
    # a plan's provision: "would"/"akan" in a plan's clause is no bar between two reports of the plan's figure,
    # but the plan's figure against what happened, a forecast or a hedge is still no count
    ("provision-both-en", "number", ("Under the plan, 1,000 troops will be sent to the border.", "en", None), "1,000",
     ("The plan would send 1,500 troops to the border.", "en", None), "1,500", None),
    ("provision-both-id", "number", ("Menurut rencana itu, 1.000 tentara akan dikirim ke perbatasan.", "id", None), "1.000",
     ("Rencana itu mengirim 1.500 tentara ke perbatasan.", "id", None), "1.500", None),
    ("provision-vs-done-id", "number", ("Menurut rencana itu, 1.000 tentara akan dikirim ke perbatasan.", "id", None),
     "1.000", ("Sebanyak 1.500 tentara dikirim ke perbatasan.", "id", None), "1.500", "not a count"),
    ("provision-vs-done-en", "number", ("Under the bill, the agency would get $80 billion.", "en", None), "$80 billion",
     ("The agency received $60 billion.", "en", None), "$60 billion", "not a count"),
    ("provision-vs-hedge-en", "number", ("Under the plan, 1,000 troops will be sent to the border.", "en", None), "1,000",
     ("Under the plan, 1,500 troops could be sent to the border.", "en", None), "1,500", "not a count"),
    ("provision-other-predicates-id", "number", ("Menurut kesepakatan itu, 1.000 tentara akan dikirim ke perbatasan.", "id",
                                                  None), "1.000",
     ("Menurut kesepakatan itu, 1.500 warga akan dievakuasi dari perbatasan.", "id", None), "1.500", "not a count"),
    # the day one person was elected or sworn in to one office is never the day of another office's election
    ("offices-id-en", "date",
     ("Pada Jumat (1/3/2024), Ayaz Sadiq terpilih sebagai ketua majelis dengan 199 suara.", "id", "2024-03-03"), "Jumat",
     ("Shehbaz Sharif was elected prime minister by the National Assembly on March 3 with 201 votes.", "en", "2024-03-10"),
     "March 3", "two offices"),
    ("offices-en-id", "date",
     ("The assembly elected Ayaz Sadiq as speaker on Friday, March 1.", "en", "2024-03-03"), "Friday",
     ("Shehbaz Sharif terpilih sebagai perdana menteri pada Minggu (3/3/2024).", "id", "2024-03-10"), "Minggu",
     "two offices"),
    # a no-confidence vote is never the day its successor is elected
    ("no-confidence-id-en", "date",
     ("Perdana menteri itu lengser setelah kalah dalam pemungutan suara mosi tidak percaya di parlemen pada Minggu "
      "(10/5/2031).", "id", "2031-05-10"), "Minggu",
     ("The next day, May 11, parliament elected Maria Costa as prime minister.", "en", "2031-05-12"), "May 11",
     "different events"),
    ("no-confidence-en-id", "date",
     ("The prime minister lost a no-confidence vote in parliament on Sunday, May 10.", "en", "2031-05-11"), "May 10",
     ("Maria Costa terpilih sebagai perdana menteri pada Senin (11/5/2031).", "id", "2031-05-12"), "Senin",
     "different events"),
    # a party's leader ("president of the … Party", "ketua Partai …") is another office than the prime minister
    ("offices-party-en", "date",
     ("Maria Costa was elected president of the governing Social Democratic Party on Monday.", "en", "2031-05-12"),
     "Monday", ("Parliament elected Maria Costa as prime minister on Wednesday, May 14.", "en", "2031-05-15"), "May 14",
     "two offices"),
    ("offices-party-id", "date",
     ("Pada Senin (12/5/2031), Maria Costa memenangi pemilihan ketua Partai Sosial Demokrat dengan 377 suara.", "id",
      "2031-05-13"), "Senin",
     ("Maria Costa terpilih sebagai perdana menteri dalam pemungutan suara di parlemen pada Rabu (14/5/2031).", "id",
      "2031-05-15"), "Rabu", "two offices"),
    ("offices-party-same-id-en", "date",
     ("Maria Costa memenangi pemilihan ketua Partai Sosial Demokrat pada Senin (12/5/2031).", "id", "2031-05-13"),
     "Senin", ("Maria Costa was elected leader of the party on Sunday, May 11.", "en", "2031-05-12"), "May 11", None),
    ("offices-same-id-en", "date",
     ("Petteri Orpo terpilih sebagai perdana menteri baru pada Rabu (21/6/2023).", "id", "2023-06-21"),
     "Rabu", ("Finland's parliament on Tuesday elected Petteri Orpo as prime minister.", "en", "2023-06-21"), "Tuesday",
     None),
    # a strike from the air is an incident of its own beside a bombing on the ground
    ("airstrike-id-en", "date",
     ("Tiga hari setelah bom, serangan drone AS di Kabul pada Minggu (29/8/2021) menewaskan 10 warga sipil.", "id",
      "2022-02-05"), "Minggu",
     ("A suicide bomber struck the airport gate on Thursday.", "en", "2021-08-27"),
     "Thursday", "different events"),
    ("airstrike-en-id", "date",
     ("A U.S. airstrike in Kabul on Sunday killed 10 civilians.", "en", "2021-08-30"), "Sunday",
     ("Bom bunuh diri mengguncang gerbang bandara pada Kamis (26/8/2021).", "id", "2021-08-27"),
     "Kamis", "different events"),
    # a group named by its own noun on both sides is that group's count, whether or not one sentence names the whole
    # it is a part of ("104 passengers and six crew", "140 penumpang dan enam awak"); against the whole it is a part
    ("group-part-en-id", "number",
     ("Everyone on board both aircraft died: 104 passengers and six crew on the airliner and four people on the "
      "Cessna.", "en", "2001-10-10"), "104 passengers",
     ("Di dalam pesawat itu terdapat 140 penumpang dan enam awak.", "id", "2001-10-09"), "140 penumpang", None),
    ("group-part-id-en", "number",
     ("Di antara korban tewas terdapat sembilan anak, 13 perempuan, serta enam laki-laki.", "id", "1998-09-05"),
     "sembilan anak", ("The dead include 11 children and a woman who was pregnant with twins.", "en", "1998-09-06"),
     "11 children", None),
    ("group-part-whole-id-en", "number",
     ("Di antara korban tewas terdapat sembilan anak, 13 perempuan, serta enam laki-laki.", "id", "1998-09-05"),
     "sembilan anak", ("The bomb killed 29 people.", "en", "1998-09-06"), "29 people", "a part and a whole"),
    # one sentence reads the city as where the stadium is, the other as where the figure is: the same places
    # (guard: a city the other never names is still another place)
    ("venue-city-en", "number", ("The disaster came only four weeks after 43 people were killed in a crush at Ellis "
     "Park stadium in Johannesburg on April 11.", "en", "2001-05-10"), "43 people",
     ("The crush came barely a month after 34 fans died at Ellis Park in Johannesburg on April 11.", "en",
      "2001-05-14"), "34 fans", None),
    ("venue-city-id-en", "number", ("Empat pekan sebelumnya, 43 orang tewas terimpit di stadion Ellis Park di "
     "Johannesburg.", "id", "2001-05-12"), "43 orang",
     ("The crush came barely a month after 34 fans died at Ellis Park in Johannesburg on April 11.", "en",
      "2001-05-14"), "34 fans", None),
    ("venue-city-guard-en", "number", ("The disaster came only four weeks after 43 people were killed in a crush at "
     "Ellis Park stadium in Johannesburg on April 11.", "en", "2001-05-10"), "43 people",
     ("Barely a month earlier, 34 people died in Johannesburg and Pretoria.", "en", "2001-05-14"), "34 people",
     "a part and a whole"),
    # a compass region of a country against a province the other names within that country: the province may lie in
    # that region, so neither is elsewhere (guard: a province of another country still is)
    ("compass-region-en-id", "date", ("A dam in eastern Uzbekistan gave way early on Friday, the ministry said.", "en",
     "2020-05-01"), "Friday", ("Bendungan di Provinsi Syrdarya, Uzbekistan, jebol pada Kamis (30/4/2020) pagi.", "id",
     "2020-05-02"), "Kamis (30/4/2020)", None),
    ("compass-region-id-en", "date", ("Bendungan di Uzbekistan timur jebol pada Jumat pagi.", "id", "2020-05-01"),
     "Jumat", ("A dam in Syrdarya province, Uzbekistan, burst on Thursday, April 30.", "en", "2020-05-02"),
     "Thursday, April 30", None),
    ("compass-region-country-guard-en", "date", ("Fighting in South Sudan killed 40 people on Sunday, officials said.",
     "en", "2023-05-01"), "Sunday", ("Fighting in the town of Nyala, Sudan, killed 40 people on Saturday.", "en",
     "2023-05-01"), "Saturday", "different places"),
    ("compass-region-guard-en", "date", ("A dam in eastern Uzbekistan gave way early on Friday, the ministry said.",
     "en", "2020-05-01"), "Friday", ("A dam in Sughd province, Tajikistan, burst on Thursday, April 30.", "en",
     "2020-05-02"), "Thursday, April 30", "different places"),
    # a sum added against the whole it brought a package to (guard: two added sums compare)
    ("added-sum-id-en", "number", ("Kredit itu bagian dari paket bantuan senilai 42 miliar franc yang diumumkan pada Jumat.",
     "id", "2020-03-26"), "42 miliar franc", ("On Friday the government announced an additional 32 billion francs in "
     "emergency aid.", "en", "2020-03-21"), "32 billion francs", "a part and a whole"),
    ("added-sum-en-id", "number", ("The credit is part of a 42 billion franc aid package announced on Friday.", "en",
     "2020-03-26"), "42 billion franc", ("Pemerintah pada Jumat mengumumkan tambahan bantuan darurat sebesar 32 miliar "
     "franc.", "id", "2020-03-21"), "32 miliar franc", "a part and a whole"),
    ("added-sum-guard-en", "number", ("On Friday the government announced an additional 32 billion francs in aid.", "en",
     "2020-03-21"), "32 billion francs", ("Pemerintah pada Jumat mengumumkan tambahan bantuan sebesar 23 miliar franc.",
     "id", "2020-03-21"), "23 miliar franc", None),
    # the victims with and without the one who killed them: 11 "if the gunman is counted" is 10 victims and him (guard:
    # the same value either way is one count)
    ("perpetrator-id-en", "number", ("Bila pelaku ikut dihitung, total 11 orang meninggal dalam peristiwa tersebut.", "id",
     "2025-06-11"), "11 orang", ("A former pupil killed 10 people at the school on Tuesday.", "en", "2025-06-12"),
     "10 people", "a part and a whole"),
    ("perpetrator-en-id", "number", ("The attack killed 21 people, including the bomber, on Thursday.", "en", "2019-01-18"),
     "21 people", ("Serangan bom mobil itu menewaskan 20 orang pada Kamis.", "id", "2019-01-19"), "20 orang",
     "a part and a whole"),
    ("perpetrator-guard-en", "number", ("The attack killed 21 people, including the bomber, on Thursday.", "en",
     "2019-01-18"), "21 people", ("Serangan bom mobil itu menewaskan 21 orang pada Kamis.", "id", "2019-01-19"),
     "21 orang", None),
    # a site within the city the other report names is one act's place, told more or less narrowly
    ("venue-within-id-en", "date", ("Ia ditangkap pada 28 April 2010 di Bandara Adisutjipto, Yogyakarta, karena membawa "
     "heroin.", "id", "2024-11-20"), "28 April 2010",
     ("She was arrested at Yogyakarta's airport on April 25, 2010, with heroin in her suitcase.", "en", "2024-12-18"),
     "April 25, 2010", None),
    ("venue-within-incident-guard-id", "date", ("Kebakaran terjadi di Pasar Senen, Jakarta, pada 3 Juni 2024.", "id",
     "2024-06-04"), "3 Juni 2024", ("Kebakaran terjadi di Jakarta pada 5 Juni 2024.", "id", "2024-06-06"),
     "5 Juni 2024", "different places"),
    ("venue-within-other-city-id-en", "date", ("Ia ditangkap pada 28 April 2010 di Bandara Soekarno-Hatta, Tangerang, "
     "karena membawa heroin.", "id", "2024-11-20"), "28 April 2010",
     ("She was arrested at Yogyakarta's airport on April 25, 2010, with heroin in her suitcase.", "en", "2024-12-18"),
     "April 25, 2010", "different places"),
    # a budget line named by its purpose alone, against a sum that "goes to" another purpose
    ("budget-line-id-en", "number", ("Belanja pemerintah pusat dialokasikan Rp2.467,5 triliun, dan transfer ke daerah "
     "Rp857,6 triliun.", "id", "2023-09-22"), "Rp857,6 triliun",
     ("Social protection gets Rp 496.8 trillion, while Rp 423.4 trillion goes to infrastructure.", "en", "2023-09-22"),
     "Rp 423.4 trillion", "two programmes"),
    ("budget-line-same-id-en", "number", ("Transfer ke daerah mendapat alokasi Rp857,6 triliun.", "id", "2023-09-22"),
     "Rp857,6 triliun", ("Regional transfers were allocated Rp 875.6 trillion.", "en", "2023-09-22"), "Rp 875.6 trillion",
     None),
    # a sum set aside for one purpose against a sum set aside for another
    ("set-aside-id-en", "number", ("Sebanyak 25 miliar euro disimpan untuk keadaan darurat.", "id", "2010-11-30"),
     "25 miliar euro", ("Ireland agreed the rescue on Sunday, with 35 billion euros set aside for its crippled banks.", "en",
     "2010-11-28"), "35 billion euros", "two programmes"),
    # one assembly's vote on a constitution against its vote on a cabinet
    ("two-votes-id-en", "date", ("Majelis Konstituante Tunisia mengesahkan konstitusi baru negara itu dalam pemungutan "
     "suara pada Minggu (26/1/2014) malam.", "id", "2014-01-27"), "Minggu (26/1/2014)",
     ("Tunisia's Constituent Assembly approved a caretaker government of independents early on Wednesday.", "en",
      "2014-01-29"), "Wednesday", "two votes"),
    ("two-votes-same-measure-id-en", "date", ("Majelis Konstituante Tunisia mengesahkan konstitusi baru negara itu pada "
     "Minggu (26/1/2014) malam.", "id", "2014-01-27"), "Minggu (26/1/2014)",
     ("Tunisia's Constituent Assembly approved the new constitution on Monday.", "en", "2014-01-28"), "Monday", None),
    # one vote on a law or a constitution however it is named; a continuing resolution is a bill
    ("one-vote-amendments-constitution-en", "date", ("Turkey's parliament approved the constitutional amendments on "
     "Saturday, Jan. 21.", "en", "2017-01-22"), "Saturday, Jan. 21", ("Turkey's parliament approved the new "
     "constitution on Friday, Jan. 20.", "en", "2017-01-21"), "Friday, Jan. 20", None),
    ("one-vote-revisi-amandemen-id", "date", ("DPR mengesahkan revisi RUU KPK dalam rapat paripurna pada Selasa "
     "(17/9/2019).", "id", "2019-09-18"), "Selasa (17/9/2019)", ("DPR mengesahkan amandemen UU KPK dalam rapat "
     "paripurna pada Senin (16/9/2019).", "id", "2019-09-17"), "Senin (16/9/2019)", None),
    ("one-vote-stopgap-en", "date", ("The House passed the stopgap bill on Saturday, Sept. 30.", "en", "2023-10-01"),
     "Saturday, Sept. 30", ("The House passed the continuing resolution on Friday, Sept. 29.", "en", "2023-09-30"),
     "Friday, Sept. 29", None),
    ("one-vote-agent-not-object-en", "date", ("The State Duma approved the constitutional changes drafted by Putin's "
     "cabinet on Tuesday, March 10.", "en", "2020-03-11"), "Tuesday, March 10", ("The State Duma approved the "
     "constitutional amendments on Wednesday, March 11.", "en", "2020-03-12"), "Wednesday, March 11", None),
    # two people's arrests
    ("two-people-arrested-en-id", "date", ("Pastor Evan Mawarire, who was detained on Jan. 16 and charged with "
     "subversion, is out on bail.", "en", "2019-02-14"), "Jan. 16",
     ("Sekretaris Jenderal ZCTU Japhet Moyo termasuk yang ditahan setelah ditangkap di bandara Harare pada Senin "
      "(21/1/2019) malam.", "id", "2019-01-23"), "Senin (21/1/2019)", "two people"),
    ("two-people-same-person-en-id", "date", ("Pastor Evan Mawarire, who was detained on Jan. 16, is out on bail.", "en",
     "2019-02-14"), "Jan. 16", ("Pastor Evan Mawarire ditangkap di rumahnya pada Kamis (17/1/2019).", "id",
     "2019-01-18"), "Kamis (17/1/2019)", None),
    ("two-people-one-name-spelt-two-ways-en", "date", ("Mohamed Mursi was detained on Wednesday, July 3.", "en",
     "2013-07-04"), "Wednesday, July 3", ("Mohammed Morsi was detained on Thursday, July 4.", "en", "2013-07-05"),
     "Thursday, July 4", None),
    ("two-people-police-en", "date", ("Police arrested Evan Mawarire on Jan. 16.", "en", "2019-01-17"), "Jan. 16",
     ("Japhet Moyo was among those detained after being arrested at Harare airport on Jan. 21.", "en", "2019-01-23"),
     "Jan. 21", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_veto_case_table(case):
    _, kind, side_a, text_a, side_b, text_b, reason = case
    a, b = mention_in(side_a, text_a, kind), mention_in(side_b, text_b, kind)
    veto = VETO[kind]
    assert veto(a, b) == reason
    assert veto(b, a) == reason


def test_veto_table_covers_both_languages():
    langs = {side[1] for c in CASES for side in (c[2], c[4])}
    assert langs == {"id", "en"}
    for cls in ("holders", "draft", "distance", "range-to-coast", "things", "elsewhere", "adults", "invitation", "offices", "airstrike",
                "arrivals", "finds", "suppose", "neighbour", "any-counted", "tally", "procedure", "activity-court", "activity-protest",
                "activity-arrests", "until", "bodies", "toured", "units", "predicates", "unnamed-incident", "group-place", "stated", "search", "measure", "then", "unanchored", "later-account", "final-toll", "aftermath-found",
                "aftermath-identified", "aftermath-buried", "step-search", "step-dive", "step-signal", "step-salvage",
                "step-relative-crash", "end-start", "end-held", "other-body", "part-both", "group-part", "occasion-clause", "place-word", "place-kind", "no-confidence", "stated-other-time", "venue-city", "compass-region", "perpetrator", "added-sum"):
        rows = [c for c in CASES if c[0].startswith(cls)]
        assert {side[1] for c in rows for side in (c[2], c[4])} == {"id", "en"}, cls


# A static measure (a height, a magnitude, a distance, storeys) given on two days is one value, not a series:
# a time its sentence gives is of something else it says. A running tally's days still order it.
STATIC = [
    ("height-id-en", ("Semeru, at 3,767 meters the highest peak on Java, erupted on Saturday.", "en", "2021-12-07"),
     "3,767 meters", ("Gunung setinggi 3.676 meter itu masih mengeluarkan awan panas hingga Kamis.", "id", "2021-12-09"),
     "3.676 meter", 0),
    ("height-en-id", ("The mountain, 3,676 metres high, was still spewing hot clouds as of Thursday.", "en", "2021-12-09"),
     "3,676 metres", ("Semeru, yang tingginya 3.767 meter, meletus pada Sabtu.", "id", "2021-12-07"), "3.767 meter", 0),
    ("toll-still-a-series", ("The eruption has killed 34 people by Tuesday.", "en", "2021-12-07"), "34 people",
     ("Letusan itu menewaskan 43 orang hingga Kamis.", "id", "2021-12-09"), "43 orang", -1),
]


@pytest.mark.parametrize("case", STATIC, ids=[c[0] for c in STATIC])
def test_static_measures_are_no_series(case):
    from consistency.compare.scope import time_order

    _, side_a, text_a, side_b, text_b, order = case
    a, b = mention_in(side_a, text_a, "number"), mention_in(side_b, text_b, "number")
    assert time_order(a, b) == order
    assert time_order(b, a) == -order


# A lower figure that its sentence says is lower than an earlier one ("a final toll lower than the 79 they had
# presumed dead", "lebih rendah dari 79 orang") states its revision, however much later it comes: the comparer
# reads the cue as the late figure's fall, and the revision veto then asks only for one place and one thing.
STATED_LOWER = [
    ("lower-than-en", ("The fire in the tower block killed 79 people, police said.", "en", "2017-06-20"), "79 people",
     ("Seventy-one people died in the tower block fire, police said on Thursday, a final toll lower than the 79 they "
      "had presumed dead.", "en", "2017-11-16"), "Seventy-one people"),
    ("lower-than-id", ("Kebakaran di menara apartemen itu menewaskan 79 orang, kata polisi.", "id", "2017-06-20"),
     "79 orang", ("Polisi menyatakan 71 orang tewas dalam kebakaran menara apartemen itu, lebih rendah dari 79 orang "
                  "yang semula diduga tewas.", "id", "2017-11-16"), "71 orang"),
]


@pytest.mark.parametrize("case", STATED_LOWER, ids=[c[0] for c in STATED_LOWER])
def test_stated_lower_figure_is_a_revision(case):
    _, side_a, text_a, side_b, text_b = case
    a, b = mention_in(side_a, text_a, "number"), mention_in(side_b, text_b, "number")
    assert b.frame.change == "fall"
    assert revision_veto(a, b, cued=b.frame.change == "fall") is None
    assert revision_veto(a, b) is None  # unstated, five months on, it is still the toll's final count (no court's)
