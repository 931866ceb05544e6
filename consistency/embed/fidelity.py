"""The fidelity probe run when an int8 graph is built: sentences in Indonesian and English, short and long,
with figures, dates and names, whose int8 vectors must stay close to the fp32 torch ones.

Written for this probe (not taken from any article). The benchmark and the tests check the same threshold
on real reporting (the seeds, their translations and IndoNLI premises).
"""

from __future__ import annotations

MIN_MEAN_COSINE = 0.99  # mean cosine between int8 and fp32 vectors
MIN_SENTENCE_COSINE = 0.95  # and no single sentence far off

PROBE_SENTENCES: tuple[str, ...] = (
    "Banjir merendam 1.240 rumah di tiga kecamatan setelah hujan deras turun sejak Selasa malam.",
    "Menurut Badan Penanggulangan Bencana Daerah, sedikitnya 37 warga masih mengungsi di balai desa.",
    "Pemerintah provinsi menyiapkan dana darurat sebesar Rp4,5 miliar untuk perbaikan tanggul.",
    "Harga beras medium naik menjadi Rp13.200 per kilogram pada pekan kedua Maret.",
    "\"Kami akan menambah armada bus mulai 1 Juli,\" kata kepala dinas perhubungan kota itu.",
    "Tim nasional menang 2-1 atas tuan rumah dalam laga yang berlangsung di Stadion Utama, Kamis (14/3/2024).",
    "Inflasi tahunan tercatat 2,8 persen, lebih rendah dari perkiraan para ekonom.",
    "Ribuan penumpang tertahan di bandara karena asap kebakaran hutan menutup jarak pandang.",
    "Presiden meresmikan jalan tol sepanjang 64 kilometer yang menghubungkan dua ibu kota kabupaten.",
    "Gempa berkekuatan M 5,6 terasa hingga kota tetangga, namun tidak menimbulkan kerusakan berarti.",
    "Polisi menahan dua tersangka dan menyita barang bukti berupa 12 kilogram sabu.",
    "Rapat paripurna DPR menyetujui rancangan undang-undang tersebut dengan 412 suara setuju.",
    "Warga diminta tetap waspada.",
    "Pertumbuhan ekonomi kuartal ketiga mencapai 5,05 persen secara tahunan, didorong konsumsi rumah tangga, "
    "investasi bangunan, dan ekspor batu bara yang kembali naik setelah dua kuartal melemah.",
    "Floodwater covered 1,240 homes in three districts after heavy rain that began on Tuesday night.",
    "At least 37 residents are still sheltering in the village hall, the disaster agency said.",
    "The provincial government set aside an emergency fund of 4.5 billion rupiah to repair the levee.",
    "\"We will add more buses from July 1,\" the head of the city's transport agency said.",
    "Annual inflation came in at 2.8 percent, below what economists had expected.",
    "Thousands of passengers were stranded at the airport as smoke from forest fires cut visibility.",
    "Parliament passed the bill with 412 votes in favour on Thursday.",
    "Residents were told to stay alert.",
    "The magnitude 5.6 earthquake was felt in neighbouring towns but caused no serious damage, officials said, "
    "adding that schools would reopen on Monday once engineers had inspected every building.",
    "Police arrested two suspects and seized 12 kilograms of methamphetamine.",
)
