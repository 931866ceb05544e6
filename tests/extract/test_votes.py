"""What is counted in a vote: the categories of one tally (for, against, abstained, absent; the threshold a vote
needs and the margin it was won by are none of them) and the body that votes are parts of a figure's fact. Two short invented reports, compared end to end as the pipeline compares
them: a figure of one category is never another's, two chambers' tallies are two facts, and one tally told two
ways still agrees (or, with a wrong figure, conflicts)."""

from __future__ import annotations

import pytest

from consistency.extract import extract_quantities

from ..compare.pairs import pair_findings

CONFLICTS = {"number.mismatch", "number.revision"}

# (id, text a, language a, text b, language b): no number conflict may come of the two (guards: the categories
# and bodies read now must keep these apart; before, most of these figures had no frame to compare at all)
DIFFERENT_FACTS = [
    # the noes of one report against the abstentions of another
    ("against-vs-abstained-id-en", "Dalam rapat paripurna itu, empat anggota menolak RUU tersebut.", "id",
     "At the plenary session, two members abstained on the bill.", "en"),
    ("against-vs-abstained-id", "Dalam rapat paripurna itu, 18 anggota abstain.", "id",
     "Dalam rapat paripurna itu, 14 anggota menolak.", "id"),
    # the votes for against the votes against, each written as a tally
    ("for-vs-against-en", "The bill passed 63-36 on Tuesday.", "en",
     "The bill passed on Tuesday with 36 votes against.", "en"),
    ("absent-vs-abstained-en", "Twelve lawmakers were absent from the vote.", "en",
     "Nine lawmakers abstained in the vote.", "en"),
    # rates of two periods: year-on-year against quarter-on-quarter, annual inflation against monthly
    ("yoy-vs-qoq-id-en", "Ekonomi Indonesia tumbuh 5,05 persen (yoy) pada kuartal II 2024.", "id",
     "The Indonesian economy grew 3.79% quarter-on-quarter in the second quarter of 2024.", "en"),
    ("annual-vs-monthly-en-id", "Annual inflation eased to 2.84% in May.", "en",
     "Inflasi bulanan pada Mei tercatat 0,03 persen.", "id"),
    # a category against another, the same value told with the category named on one side only
    ("against-vs-abstained-same-report-en", "The House approved the bill with 188 votes in favour and six against.", "en",
     "The House approved the bill with 188 votes; nine lawmakers abstained.", "en"),
    # two chambers' tallies
    ("senate-vs-house-en-id", "The Senate passed the bill 63-36.", "en",
     "DPR mengesahkan RUU itu dengan 300 suara setuju.", "id"),
    # a tally whose body the previous sentence names (discourse carry): the Senate's noes against the House's
    ("senate-carried-vs-house-en", "The Senate passed the tax bill on April 2. Fourteen members voted against it.", "en",
     "The House passed the tax bill on March 12. Ten members voted against it.", "en"),
    ("senat-carried-vs-dpr-id", "Senat mengesahkan RUU pajak itu pada 2 April. Sebanyak 14 anggota menolak.", "id",
     "DPR mengesahkan RUU pajak itu pada 12 Maret. Sebanyak 10 anggota menolak.", "id"),
    ("di-senat-carried-vs-house-id-en", "Di Senat, RUU pajak itu lolos pada 2 April. Sebanyak 14 anggota menolak.", "id",
     "The House approved the tax bill on March 12. Ten members voted against it.", "en"),
    # a tally that names no body in an article about two: either's, so no named body's tally contradicts it
    ("two-bodies-bare-tally-vs-house-en", "The House passed the tax bill on March 12, and the Senate followed on April 2. "
     "Later that month, lawmakers debated a budget. Only 14 voted against the tax bill.", "en",
     "The House passed the tax bill on March 12. Ten members voted against it.", "en"),
    ("two-bodies-bare-tally-vs-dpr-id", "DPR mengesahkan RUU pajak pada 12 Maret, disusul DPD pada 2 April. Pembahasan "
     "anggaran dimulai sepekan kemudian. Sebanyak 14 anggota menolak RUU pajak itu.", "id",
     "DPR mengesahkan RUU pajak itu pada 12 Maret. Sebanyak 10 anggota menolak.", "id"),
    # the votes a vote needs against the votes it got (the Indonesian row conflicted before the threshold was read;
    # the English one is a guard)
    ("threshold-vs-ayes-id", "DPR mengesahkan RUU itu pada Jumat, dengan 218 suara yang dibutuhkan.", "id",
     "DPR mengesahkan RUU itu pada Jumat dengan 216 suara.", "id"),
    ("threshold-vs-ayes-en", "With 218 votes needed, the House passed the bill on Friday.", "en",
     "The House passed the bill on Friday with 216 votes.", "en"),
    # the margin a vote was won by against its ayes (guards)
    ("margin-vs-ayes-en", "The bill won by 13 votes in the House on Friday.", "en",
     "The House passed the bill on Friday with 12 votes in favour.", "en"),
    ("margin-vs-ayes-id", "RUU itu menang tipis 13 suara di DPR pada Jumat.", "id",
     "DPR mengesahkan RUU itu pada Jumat dengan 12 suara setuju.", "id"),
    # the amendments a chamber rejected are no votes of the vote on them (the Indonesian row conflicted before
    # amendments were a counted thing of their own; the English one is a guard)
    ("amendments-vs-noes-id", "Dalam pemungutan suara itu, para anggota parlemen menolak 13 dari amandemen yang "
     "diajukan Senat.", "id", "Senat memberi persetujuan akhir dengan 52 suara berbanding 29, dan 29 anggota menolak.", "id"),
    ("amendments-vs-noes-en", "The Commons rejected 13 of the Senate's amendments.", "en",
     "The Senate gave final approval by 52 votes to 29, with 29 senators voting against.", "en"),
    # one party's part of a tally against the chamber's whole (devset3's control cluster)
    ("party-part-vs-tally-id", "Sebanyak 165 anggota Partai Demokrat mendukung RUU tersebut.", "id",
     "DPR AS meloloskan RUU yang sama dengan suara 314-117.", "id"),
    ("party-part-vs-tally-en", "In the House, 165 Democrats voted for the bill.", "en",
     "The House passed the bill 314-117.", "en"),
    # a bill's tally and a resolution's, one house, one day: two votes (frame_cues "vote_measures"; both rows
    # conflicted before)
    ("bill-vs-resolution-id-en", "RUU pemekaran provinsi itu disetujui majelis rendah pada Rabu dengan 370 suara berbanding "
     "70.", "id", "On Wednesday the lower house also adopted a resolution ending the province's autonomy, with 351 "
     "members in favour and 72 against.", "en"),
    # the constitution a resolution's clause stands on is no measure (devset227 lost its resolution tag once
    # "constitution" was a measure's word)
    ("bill-vs-resolution-of-the-constitution-id-en", "RUU reorganisasi kawasan itu disetujui majelis rendah pada Rabu "
     "(7/8/2019) dengan 370 suara berbanding 70.", "id", "The lower house also backed a resolution scrapping the region's "
     "special status under Article 370 of the constitution, with 351 members in favour and 72 against.", "en"),
    ("bill-vs-motion-en-id", "The lower house passed the budget bill on Thursday by 210 votes to 95.", "en",
     "Pada Kamis, majelis rendah juga menolak mosi tidak percaya dengan 198 suara berbanding 101.", "id"),
    # a constitution's tally, named by the sentence before it, against a cabinet's (devset459)
    ("constitution-vs-cabinet-id-en", "Majelis Konstituante Tunisia mengesahkan konstitusi baru negara itu pada Minggu "
     "(26/1/2014) malam. Sebanyak 200 anggota menyatakan setuju, 12 menolak, dan 4 abstain.", "id",
     "Tunisia's Constituent Assembly approved a caretaker government on Wednesday. The new cabinet won 149 votes, "
     "with 20 against and 24 abstentions.", "en"),
    # the upper house's noes against the lower house's, however the lower house is named ("the lower house of
    # parliament … through parliament" was the country's before, and met the Rajya Sabha's noes in devset227; these
    # two sentence pairs are guards, kept apart before too by their days)
    ("upper-vs-lower-house-of-parliament-en-id", "Chile's lower house of parliament approved the reform on Tuesday by 120 "
     "votes to 61, completing its passage through parliament.", "en",
     "Reformasi itu disetujui Senat pada Senin dengan 38 suara berbanding 12, lalu oleh majelis rendah pada Selasa.", "id"),
    ("upper-vs-lower-house-of-parliament-id-en", "Majelis rendah di parlemen Chile menyetujui reformasi itu pada Selasa "
     "dengan 120 suara berbanding 61.", "id", "The Senate had approved the reform on Monday by 38 votes to 12.", "en"),
    # a share of the tally sheets against a share of the vote (guards: devset202's English pair conflicted once the
    # opposition became the source on both sides, until tally sheets were a whole of their own)
    ("tally-sheets-vs-vote-share-en", "The opposition, led by María Corina Machado, says tally sheets from about 83% of "
     "voting machines show González won 67% of the vote.", "en", "The opposition says copies of more than 80% of the "
     "tally sheets collected by its witnesses show González won by a wide margin.", "en"),
    ("tally-sheets-vs-vote-share-id-en", "Oposisi menyebut salinan lebih dari 80 persen lembar rekapitulasi menunjukkan "
     "González menang telak.", "id", "The opposition says tally sheets show González won 67% of the vote.", "en"),
]


@pytest.mark.slow
@pytest.mark.parametrize("row", DIFFERENT_FACTS, ids=[r[0] for r in DIFFERENT_FACTS])
def test_figures_of_different_categories_or_bodies_never_conflict(row, default_embedder):
    _, a, la, b, lb = row
    found = pair_findings({"a": a, "a_lang": la, "b": b, "b_lang": lb}, default_embedder)
    assert not [f for f in found if f.code in CONFLICTS], [(f.code, [c.text for c in f.claims]) for f in found]


# (id, text a, language a, text b, language b, every number finding as (mention in a, mention in b, code)): one
# tally told two ways, each category against its own only; none of these was found before categories were read
SAME_TALLY = [
    ("tally-categories-en-id", "The bill passed with 130 votes in favour, 4 against and 18 abstentions.", "en",
     "RUU itu disetujui dengan 130 suara setuju, 4 menolak, dan 14 abstain.", "id",
     [("130 votes", "130 suara", "number.agree"), ("18 abstentions", "14 abstain", "number.mismatch"),
      ("4 against", "4 menolak", "number.agree")]),
    ("dash-tally-id-en", "Senat menyetujui RUU itu dengan 63 suara berbanding 36.", "id", "The bill passed the Senate 63-34.",
     "en", [("36", "34", "number.mismatch"), ("63 suara", "63", "number.agree")]),
    ("country-tally-en", "The Hungarian vote was 188-6.", "en",
     "The parliament approved it with 188 votes in favour and six against.", "en",
     [("188", "188 votes", "number.agree"), ("6", "six against", "number.agree")]),
    ("votes-to-word-en-id", "The National Assembly approved it by 551 votes to six.", "en",
     "Majelis Nasional menyetujuinya dengan 551 suara berbanding 6.", "id",
     [("551 votes", "551 suara", "number.agree"), ("six", "6", "number.agree")]),
    # a tally written low to high is still for, then against (it was one range 48-52 before)
    ("rising-dash-tally-en", "The Senate rejected the measure 48-52.", "en",
     "The measure failed in the Senate with 46 votes in favour and 54 against.", "en",
     [("48", "46 votes", "number.mismatch"), ("52", "54 against", "number.mismatch")]),
    ("rising-dash-tally-id-en", "Usulan itu ditolak DPR dengan hasil pemungutan suara 240-315.", "id",
     "The House of Representatives rejected the proposal with 240 votes in favour and 320 against.", "en",
     [("240", "240 votes", "number.agree"), ("315", "320 against", "number.mismatch")]),
    # a tally of a motion to reject: its first number is against the thing rejected (the first row conflicted
    # before: 214 read as the report's ayes against the 148 who backed it; the second is a guard)
    ("reject-motion-tally-en-id", "Lawmakers voted 214-148 on Dec. 13 to reject the panel's report.", "en",
     "Sebanyak 214 anggota parlemen menolak laporan itu, 148 mendukung, dan dua orang abstain.", "id",
     [("214", "214 anggota", "number.agree"), ("148", "148 mendukung", "number.agree")]),
    ("reject-motion-tally-id-en", "Parlemen memberikan 214 suara berbanding 148 untuk menolak laporan panel itu.", "id",
     "In the vote, 214 lawmakers were against the panel's report and 148 backed it.", "en",
     [("214 suara", "214 lawmakers", "number.agree"), ("148", "148 backed", "number.agree")]),
    # one body carried from the sentence before on both sides: still one tally's noes
    ("senate-carried-both-en-id", "The Senate passed the tax bill on April 2. Fourteen members voted against it.", "en",
     "Senat mengesahkan RUU pajak itu pada 2 April. Sebanyak 12 anggota menolak.", "id",
     [("Fourteen members", "12 anggota", "number.mismatch")]),
    # one measure named on both sides: one vote, told two ways (guards for "vote_measures")
    ("resolution-both-en-id", "The lower house adopted the resolution on Wednesday with 351 members in favour and 72 "
     "against.", "en", "Majelis rendah mengesahkan resolusi itu pada Rabu dengan 351 suara setuju dan 70 menolak.", "id",
     [("351 members", "351 suara", "number.agree"), ("72 against", "70 menolak", "number.mismatch")]),
    ("bill-one-side-id-en", "RUU itu disetujui majelis rendah pada Rabu dengan 370 suara berbanding 70.", "id",
     "The lower house voted 370-72 on Wednesday.", "en",
     [("370 suara", "370", "number.agree"), ("70", "72", "number.mismatch")]),
    # a court or an office that holds a measure's word, or a constitution merely mentioned, carries no measure to
    # the next tally (guards for the discourse's measure; each lost its conflict when any mention was carried)
    ("constitutional-court-not-carried-id", "DPR mengesahkan RUU Cipta Kerja pada Senin (5/10/2020). Sejumlah serikat "
     "buruh akan menggugat undang-undang itu ke Mahkamah Konstitusi. Sebanyak 427 anggota DPR menyatakan setuju.", "id",
     "DPR mengesahkan RUU Cipta Kerja menjadi undang-undang pada Senin (5/10/2020). Sebanyak 318 anggota DPR "
     "menyatakan setuju.", "id", [("427 anggota", "318 anggota", "number.mismatch")]),
    ("constitution-mentioned-not-carried-en", "Under the constitution, two thirds of the house must back any change. "
     "Lawmakers voted 383 to 43 in favour on Tuesday.", "en", "The State Duma approved the constitutional amendments on "
     "Tuesday. Lawmakers voted 373 to 43 in favour.", "en", [("383", "373", "number.mismatch"), ("43", "43", "number.agree")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("row", SAME_TALLY, ids=[r[0] for r in SAME_TALLY])
def test_one_tally_told_two_ways(row, default_embedder):
    _, a, la, b, lb, want = row
    found = pair_findings({"a": a, "a_lang": la, "b": b, "b_lang": lb}, default_embedder)
    got = sorted((f.claims[0].text, f.claims[1].text, f.code) for f in found if f.kind == "number")
    assert len(got) == len(want), got
    for (ga, gb, gc), (wa, wb, wc) in zip(got, sorted(want)):
        assert wa in ga and wb in gb and gc == wc, got


@pytest.mark.parametrize("text, language", [("Indonesia beat Vietnam 3-0 on Tuesday.", "en"),
                                            ("Timnas menang 2-1 atas Vietnam.", "id")])
def test_a_score_is_no_tally(text, language):
    assert extract_quantities(text, language=language) == []


@pytest.mark.parametrize("text, language, mention", [
    ("DPR dan DPD menggelar sidang bersama pada Senin. Pasangan Machfud-Mujiaman mendapat 451.794 suara.", "id", "451.794"),
    ("The House and the Senate met on Monday. The challenger won 451,794 votes.", "en", "451,794"),
])
def test_a_candidates_votes_take_no_body_from_the_article(text, language, mention):
    """A body carried from the article (the previous sentence's, the one the article is about, or either of two)
    is a chamber's tally's, never a candidate's votes."""
    from ..compare.pairs import facts_of

    found = [q for q in facts_of(text, language, None, "a")[-1].quantities if mention in q.text]
    assert found and not [m for m in found[0].frame.modifiers if m.startswith("holder:body:")], found


@pytest.mark.parametrize("text, language, mention, day", [
    ("Pemilihan presiden digelar pada Minggu (20/4/2031). Senat meloloskan RUU itu dengan 171 suara berbanding 165 "
     "pada Jumat (12/4/2031).", "id", "171", "2031-04-12"),
    ("The presidential election was held on Sunday, April 20, 2031. The Senate passed the bill by 171 votes to 165 "
     "on Friday, April 12, 2031.", "en", "171", "2031-04-12"),
    ("Pemilihan presiden digelar pada Minggu (20/4/2031). Majelis Nasional mengesahkan undang-undang itu dengan 331 "
     "suara setuju dan 225 suara menolak pada Selasa (23/4/2031).", "id", "331", "2031-04-23"),
])
def test_a_roll_calls_own_day_beats_the_articles_election(text, language, mention, day):
    """The counts of one roll call share the day their sentence gives one of them, whatever election the article
    dated before: that earlier day is no day of the sentence's own. "Majelis Nasional" names a chamber."""
    from ..compare.pairs import facts_of

    found = [q for q in facts_of(text, language, None, "a")[-1].quantities if mention in q.text]
    assert found and found[0].frame.when is not None and found[0].frame.when[0].isoformat() == day, found
