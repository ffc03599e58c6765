"""Kecamatan (district) reference data for the training server.

The names are real kecamatan of real cities and regencies. Coordinates are the city centre
(approximate); each district gets a small seeded offset so distances inside one city differ.
Postal codes start with the city's real three-digit prefix; the last two digits are generated,
except for a few districts the contract examples and tests use by name.
"""

from __future__ import annotations

from typing import NamedTuple


class City(NamedTuple):
    name: str
    lat: float
    lon: float
    postal_prefix: str
    districts: tuple[str, ...]


def _city(name: str, lat: float, lon: float, prefix: str, districts: str) -> City:
    return City(name, lat, lon, prefix, tuple(d.strip() for d in districts.split(",")))


PROVINCES: dict[str, tuple[City, ...]] = {
    "DKI Jakarta": (
        _city("Kota Jakarta Pusat", -6.18, 106.83, "101",
              "Gambir, Sawah Besar, Kemayoran, Senen, Cempaka Putih, Menteng, Tanah Abang,"
              " Johar Baru"),
        _city("Kota Jakarta Utara", -6.13, 106.88, "141",
              "Penjaringan, Pademangan, Tanjung Priok, Koja, Kelapa Gading, Cilincing"),
        _city("Kota Jakarta Barat", -6.17, 106.76, "115",
              "Cengkareng, Grogol Petamburan, Taman Sari, Tambora, Kebon Jeruk, Kalideres,"
              " Palmerah, Kembangan"),
        _city("Kota Jakarta Selatan", -6.26, 106.81, "128",
              "Tebet, Setiabudi, Mampang Prapatan, Pasar Minggu, Kebayoran Lama, Cilandak,"
              " Kebayoran Baru, Pancoran, Jagakarsa, Pesanggrahan"),
        _city("Kota Jakarta Timur", -6.23, 106.90, "134",
              "Matraman, Pulo Gadung, Jatinegara, Kramat Jati, Pasar Rebo, Cakung, Duren Sawit,"
              " Makasar, Ciracas, Cipayung"),
        _city("Kabupaten Kepulauan Seribu", -5.60, 106.55, "145",
              "Kepulauan Seribu Utara, Kepulauan Seribu Selatan"),
    ),
    "Jawa Barat": (
        _city("Kota Bandung", -6.91, 107.61, "401",
              "Andir, Antapani, Arcamanik, Astanaanyar, Babakan Ciparay, Bandung Kidul,"
              " Bandung Kulon, Bandung Wetan, Batununggal, Bojongloa Kaler, Bojongloa Kidul,"
              " Buahbatu, Cibeunying Kaler, Cibeunying Kidul, Cibiru, Cicendo, Cidadap, Cinambo,"
              " Coblong, Gedebage, Kiaracondong, Lengkong, Mandalajati, Panyileukan, Rancasari,"
              " Regol, Sukajadi, Sukasari, Sumur Bandung, Ujungberung"),
        _city("Kota Bekasi", -6.24, 107.00, "171",
              "Bantar Gebang, Bekasi Barat, Bekasi Selatan, Bekasi Timur, Bekasi Utara, Jatiasih,"
              " Jatisampurna, Medan Satria, Mustika Jaya, Pondok Gede, Pondok Melati, Rawalumbu"),
        _city("Kota Depok", -6.40, 106.82, "164",
              "Beji, Bojongsari, Cilodong, Cimanggis, Cinere, Cipayung, Limo, Pancoran Mas,"
              " Sawangan, Sukmajaya, Tapos"),
        _city("Kota Bogor", -6.60, 106.80, "161",
              "Bogor Barat, Bogor Selatan, Bogor Tengah, Bogor Timur, Bogor Utara, Tanah Sareal"),
        _city("Kota Cimahi", -6.87, 107.54, "405", "Cimahi Selatan, Cimahi Tengah, Cimahi Utara"),
        _city("Kota Cirebon", -6.73, 108.55, "451",
              "Harjamukti, Kejaksan, Kesambi, Lemahwungkuk, Pekalipan"),
        _city("Kota Tasikmalaya", -7.33, 108.22, "461",
              "Bungursari, Cibeureum, Cihideung, Cipedes, Indihiang, Kawalu, Mangkubumi,"
              " Purbaratu, Tamansari, Tawang"),
        _city("Kota Sukabumi", -6.92, 106.93, "431",
              "Baros, Cibeureum, Cikole, Citamiang, Gunungpuyuh, Lembursitu, Warudoyong"),
        _city("Kabupaten Bandung", -7.02, 107.53, "403",
              "Arjasari, Baleendah, Banjaran, Bojongsoang, Cangkuang, Cicalengka, Cikancung,"
              " Cilengkrang, Cileunyi, Cimaung, Cimenyan, Ciparay, Ciwidey, Dayeuhkolot, Ibun,"
              " Katapang, Kertasari, Kutawaringin, Majalaya, Margaasih, Margahayu, Nagreg, Pacet,"
              " Pameungpeuk, Pangalengan, Paseh, Pasirjambu, Rancabali, Rancaekek, Solokanjeruk,"
              " Soreang"),
        _city("Kabupaten Bandung Barat", -6.84, 107.48, "405",
              "Batujajar, Cihampelas, Cikalong Wetan, Cililin, Cipatat, Cipeundeuy, Cipongkor,"
              " Cisarua, Gununghalu, Lembang, Ngamprah, Padalarang, Parongpong, Rongga, Saguling,"
              " Sindangkerta"),
        _city("Kabupaten Bogor", -6.48, 106.85, "168",
              "Cibinong, Citeureup, Gunung Putri, Bojonggede, Cileungsi, Ciawi, Cisarua,"
              " Megamendung, Dramaga, Ciomas, Parung, Sukaraja, Jonggol, Leuwiliang, Cigombong,"
              " Tajurhalang, Babakan Madang, Tamansari, Ciampea, Kemang"),
    ),
    "Jawa Tengah": (
        _city("Kota Semarang", -6.99, 110.42, "501",
              "Banyumanik, Candisari, Gajahmungkur, Gayamsari, Genuk, Gunungpati, Mijen, Ngaliyan,"
              " Pedurungan, Semarang Barat, Semarang Selatan, Semarang Tengah, Semarang Timur,"
              " Semarang Utara, Tembalang, Tugu"),
        _city("Kota Surakarta", -7.57, 110.82, "571",
              "Banjarsari, Jebres, Laweyan, Pasar Kliwon, Serengan"),
        _city("Kota Magelang", -7.47, 110.22, "561",
              "Magelang Selatan, Magelang Tengah, Magelang Utara"),
        _city("Kota Salatiga", -7.33, 110.50, "507", "Argomulyo, Sidomukti, Sidorejo, Tingkir"),
        _city("Kota Tegal", -6.87, 109.14, "521",
              "Margadana, Tegal Barat, Tegal Selatan, Tegal Timur"),
        _city("Kota Pekalongan", -6.89, 109.67, "511",
              "Pekalongan Barat, Pekalongan Selatan, Pekalongan Timur, Pekalongan Utara"),
        _city("Kabupaten Banyumas", -7.43, 109.24, "531",
              "Purwokerto Barat, Purwokerto Selatan, Purwokerto Timur, Purwokerto Utara,"
              " Sokaraja, Baturraden, Kembaran, Cilongok, Ajibarang, Wangon"),
        _city("Kabupaten Kudus", -6.80, 110.84, "593",
              "Bae, Dawe, Gebog, Jati, Jekulo, Kaliwungu, Kota Kudus, Mejobo, Undaan"),
        _city("Kabupaten Sukoharjo", -7.68, 110.84, "575",
              "Baki, Bendosari, Bulu, Gatak, Grogol, Kartasura, Mojolaban, Nguter, Polokarto,"
              " Sukoharjo, Tawangsari, Weru"),
        _city("Kabupaten Klaten", -7.71, 110.60, "574",
              "Klaten Selatan, Klaten Tengah, Klaten Utara, Delanggu, Prambanan, Pedan, Wedi,"
              " Jatinom, Ceper, Cawas"),
        _city("Kabupaten Jepara", -6.59, 110.67, "594",
              "Jepara, Tahunan, Mlonggo, Pecangaan, Kalinyamatan, Welahan, Bangsri, Keling"),
    ),
    "DI Yogyakarta": (
        _city("Kota Yogyakarta", -7.80, 110.37, "552",
              "Danurejan, Gedongtengen, Gondokusuman, Gondomanan, Jetis, Kotagede, Kraton,"
              " Mantrijeron, Mergangsan, Ngampilan, Pakualaman, Tegalrejo, Umbulharjo,"
              " Wirobrajan"),
        _city("Kabupaten Sleman", -7.72, 110.36, "555",
              "Berbah, Cangkringan, Depok, Gamping, Godean, Kalasan, Minggir, Mlati, Moyudan,"
              " Ngaglik, Ngemplak, Pakem, Prambanan, Seyegan, Sleman, Tempel, Turi"),
        _city("Kabupaten Bantul", -7.89, 110.33, "557",
              "Bambanglipuro, Banguntapan, Bantul, Dlingo, Imogiri, Jetis, Kasihan, Kretek,"
              " Pajangan, Pandak, Piyungan, Pleret, Pundong, Sanden, Sedayu, Sewon, Srandakan"),
        _city("Kabupaten Kulon Progo", -7.83, 110.16, "556",
              "Galur, Girimulyo, Kalibawang, Kokap, Lendah, Nanggulan, Panjatan, Pengasih,"
              " Samigaluh, Sentolo, Temon, Wates"),
        _city("Kabupaten Gunungkidul", -7.97, 110.60, "558",
              "Wonosari, Playen, Karangmojo, Semanu, Patuk, Paliyan, Tepus, Saptosari,"
              " Tanjungsari, Ponjong"),
    ),
    "Jawa Timur": (
        _city("Kota Surabaya", -7.26, 112.75, "602",
              "Asemrowo, Benowo, Bubutan, Bulak, Dukuh Pakis, Gayungan, Genteng, Gubeng,"
              " Gunung Anyar, Jambangan, Karang Pilang, Kenjeran, Krembangan, Lakarsantri,"
              " Mulyorejo, Pabean Cantian, Pakal, Rungkut, Sambikerep, Sawahan, Semampir,"
              " Simokerto, Sukolilo, Sukomanunggal, Tambaksari, Tandes, Tegalsari,"
              " Tenggilis Mejoyo, Wiyung, Wonocolo, Wonokromo"),
        _city("Kota Malang", -7.98, 112.63, "651",
              "Blimbing, Kedungkandang, Klojen, Lowokwaru, Sukun"),
        _city("Kota Batu", -7.87, 112.52, "653", "Batu, Bumiaji, Junrejo"),
        _city("Kota Kediri", -7.82, 112.01, "641", "Kota, Mojoroto, Pesantren"),
        _city("Kabupaten Sidoarjo", -7.45, 112.72, "612",
              "Balongbendo, Buduran, Candi, Gedangan, Jabon, Krembung, Krian, Porong, Prambon,"
              " Sedati, Sidoarjo, Sukodono, Taman, Tanggulangin, Tarik, Tulangan, Waru, Wonoayu"),
        _city("Kabupaten Malang", -8.05, 112.65, "651",
              "Kepanjen, Singosari, Lawang, Pakis, Dau, Karangploso, Turen, Bululawang, Tumpang,"
              " Pujon, Ngantang, Wagir"),
        _city("Kabupaten Gresik", -7.16, 112.65, "611",
              "Gresik, Kebomas, Manyar, Cerme, Driyorejo, Menganti, Wringinanom, Duduksampeyan"),
        _city("Kota Madiun", -7.63, 111.52, "631", "Kartoharjo, Manguharjo, Taman"),
        _city("Kabupaten Banyuwangi", -8.22, 114.37, "684",
              "Banyuwangi, Giri, Glagah, Kalipuro, Rogojampi, Genteng, Srono, Muncar, Cluring,"
              " Gambiran"),
        _city("Kabupaten Jember", -8.17, 113.70, "681",
              "Kaliwates, Sumbersari, Patrang, Ajung, Arjasa, Ambulu, Balung, Puger, Rambipuji,"
              " Tanggul"),
    ),
    "Banten": (
        _city("Kota Tangerang", -6.18, 106.63, "151",
              "Batuceper, Benda, Cibodas, Ciledug, Cipondoh, Jatiuwung, Karangtengah, Karawaci,"
              " Larangan, Neglasari, Periuk, Pinang, Tangerang"),
        _city("Kota Tangerang Selatan", -6.29, 106.72, "154",
              "Ciputat, Ciputat Timur, Pamulang, Pondok Aren, Serpong, Serpong Utara, Setu"),
        _city("Kota Serang", -6.12, 106.15, "421",
              "Cipocok Jaya, Curug, Kasemen, Serang, Taktakan, Walantaka"),
        _city("Kota Cilegon", -6.00, 106.05, "424",
              "Cibeber, Cilegon, Citangkil, Ciwandan, Grogol, Jombang, Pulomerak, Purwakarta"),
        _city("Kabupaten Tangerang", -6.19, 106.48, "157",
              "Balaraja, Cikupa, Cisauk, Curug, Kelapa Dua, Legok, Pagedangan, Panongan,"
              " Pasar Kemis, Rajeg, Sepatan, Teluknaga, Tigaraksa"),
        _city("Kabupaten Pandeglang", -6.31, 106.10, "422",
              "Pandeglang, Labuan, Carita, Menes, Saketi"),
    ),
    "Bali": (
        _city("Kota Denpasar", -8.65, 115.22, "802",
              "Denpasar Barat, Denpasar Selatan, Denpasar Timur, Denpasar Utara"),
        _city("Kabupaten Badung", -8.58, 115.18, "803",
              "Abiansemal, Kuta, Kuta Selatan, Kuta Utara, Mengwi, Petang"),
        _city("Kabupaten Gianyar", -8.54, 115.33, "805",
              "Blahbatuh, Gianyar, Payangan, Sukawati, Tampaksiring, Tegallalang, Ubud"),
        _city("Kabupaten Tabanan", -8.54, 115.12, "821",
              "Baturiti, Kediri, Kerambitan, Marga, Penebel, Pupuan, Selemadeg, Selemadeg Barat,"
              " Selemadeg Timur, Tabanan"),
        _city("Kabupaten Buleleng", -8.11, 115.09, "811",
              "Banjar, Buleleng, Busungbiu, Gerokgak, Kubutambahan, Sawan, Seririt, Sukasada,"
              " Tejakula"),
        _city("Kabupaten Karangasem", -8.45, 115.61, "808",
              "Abang, Bebandem, Karangasem, Kubu, Manggis, Rendang, Selat, Sidemen"),
        _city("Kabupaten Klungkung", -8.54, 115.40, "807",
              "Banjarangkan, Dawan, Klungkung, Nusa Penida"),
    ),
    "Sumatera Utara": (
        _city("Kota Medan", 3.59, 98.67, "201",
              "Medan Amplas, Medan Area, Medan Barat, Medan Baru, Medan Belawan, Medan Deli,"
              " Medan Denai, Medan Helvetia, Medan Johor, Medan Kota, Medan Labuhan, Medan Maimun,"
              " Medan Marelan, Medan Perjuangan, Medan Petisah, Medan Polonia, Medan Selayang,"
              " Medan Sunggal, Medan Tembung, Medan Timur, Medan Tuntungan"),
        _city("Kota Binjai", 3.60, 98.49, "207",
              "Binjai Barat, Binjai Kota, Binjai Selatan, Binjai Timur, Binjai Utara"),
        _city("Kota Pematangsiantar", 2.96, 99.06, "211",
              "Siantar Barat, Siantar Marihat, Siantar Marimbun, Siantar Martoba,"
              " Siantar Selatan, Siantar Sitalasari, Siantar Timur, Siantar Utara"),
        _city("Kabupaten Deli Serdang", 3.53, 98.76, "203",
              "Lubuk Pakam, Tanjung Morawa, Percut Sei Tuan, Sunggal, Hamparan Perak,"
              " Labuhan Deli, Pancur Batu, Namorambe, Deli Tua, Batang Kuis, Patumbak, Beringin"),
        _city("Kabupaten Karo", 3.10, 98.51, "221",
              "Kabanjahe, Berastagi, Simpang Empat, Tigapanah, Merek"),
        _city("Kabupaten Toba", 2.33, 99.06, "223", "Balige, Laguboti, Porsea, Silaen"),
    ),
    "Sumatera Barat": (
        _city("Kota Padang", -0.95, 100.35, "251",
              "Bungus Teluk Kabung, Koto Tangah, Kuranji, Lubuk Begalung, Lubuk Kilangan,"
              " Nanggalo, Padang Barat, Padang Selatan, Padang Timur, Padang Utara, Pauh"),
        _city("Kota Bukittinggi", -0.30, 100.37, "261",
              "Aur Birugo Tigo Baleh, Guguk Panjang, Mandiangin Koto Selayan"),
        _city("Kota Payakumbuh", -0.22, 100.63, "262",
              "Lamposi Tigo Nagori, Payakumbuh Barat, Payakumbuh Selatan, Payakumbuh Timur,"
              " Payakumbuh Utara"),
        _city("Kota Padang Panjang", -0.46, 100.41, "271",
              "Padang Panjang Barat, Padang Panjang Timur"),
        _city("Kota Solok", -0.79, 100.65, "273", "Lubuk Sikarah, Tanjung Harapan"),
        _city("Kabupaten Agam", -0.25, 100.17, "264",
              "Lubuk Basung, Tanjung Raya, Ampek Angkek, Baso, Banuhampu, Sungai Pua"),
    ),
    "Sulawesi Selatan": (
        _city("Kota Makassar", -5.15, 119.43, "902",
              "Biringkanaya, Bontoala, Kepulauan Sangkarrang, Makassar, Mamajang, Manggala,"
              " Mariso, Panakkukang, Rappocini, Tallo, Tamalanrea, Tamalate, Ujung Pandang,"
              " Ujung Tanah, Wajo"),
        _city("Kota Parepare", -4.01, 119.62, "911", "Bacukiki, Bacukiki Barat, Soreang, Ujung"),
        _city("Kota Palopo", -2.99, 120.20, "919",
              "Bara, Mungkajang, Sendana, Telluwanua, Wara, Wara Barat, Wara Selatan, Wara Timur,"
              " Wara Utara"),
        _city("Kabupaten Gowa", -5.21, 119.45, "921",
              "Somba Opu, Pallangga, Bontomarannu, Barombong, Bajeng, Parangloe, Tinggimoncong"),
        _city("Kabupaten Maros", -5.00, 119.57, "905", "Turikale, Mandai, Marusu, Bantimurung, Lau"),
    ),
    "Kalimantan Timur": (
        _city("Kota Samarinda", -0.50, 117.15, "751",
              "Loa Janan Ilir, Palaran, Samarinda Ilir, Samarinda Kota, Samarinda Seberang,"
              " Samarinda Ulu, Samarinda Utara, Sambutan, Sungai Kunjang, Sungai Pinang"),
        _city("Kota Balikpapan", -1.27, 116.83, "761",
              "Balikpapan Barat, Balikpapan Kota, Balikpapan Selatan, Balikpapan Tengah,"
              " Balikpapan Timur, Balikpapan Utara"),
        _city("Kota Bontang", 0.13, 117.50, "753", "Bontang Barat, Bontang Selatan, Bontang Utara"),
        _city("Kabupaten Kutai Kartanegara", -0.42, 116.98, "755",
              "Tenggarong, Tenggarong Seberang, Loa Kulu, Loa Janan, Sanga-Sanga, Muara Badak,"
              " Anggana, Samboja"),
        _city("Kabupaten Penajam Paser Utara", -1.25, 116.60, "762",
              "Babulu, Penajam, Sepaku, Waru"),
    ),
    "Sumatera Selatan": (
        _city("Kota Palembang", -2.98, 104.76, "301",
              "Alang-Alang Lebar, Bukit Kecil, Gandus, Ilir Barat I, Ilir Barat II, Ilir Timur I,"
              " Ilir Timur II, Ilir Timur III, Jakabaring, Kalidoni, Kemuning, Kertapati, Plaju,"
              " Sako, Seberang Ulu I, Seberang Ulu II, Sematang Borang, Sukarami"),
    ),
    "Riau": (
        _city("Kota Pekanbaru", 0.51, 101.45, "281",
              "Bukit Raya, Lima Puluh, Marpoyan Damai, Payung Sekaki, Pekanbaru Kota, Rumbai,"
              " Rumbai Pesisir, Sail, Senapelan, Sukajadi, Tampan, Tenayan Raya"),
    ),
    "Lampung": (
        _city("Kota Bandar Lampung", -5.43, 105.26, "351",
              "Bumi Waras, Enggal, Kedamaian, Kedaton, Kemiling, Labuhan Ratu, Langkapura,"
              " Panjang, Rajabasa, Sukabumi, Sukarame, Tanjung Karang Barat,"
              " Tanjung Karang Pusat, Tanjung Karang Timur, Tanjung Senang, Teluk Betung Barat,"
              " Teluk Betung Selatan, Teluk Betung Timur, Teluk Betung Utara, Way Halim"),
    ),
    "Kalimantan Selatan": (
        _city("Kota Banjarmasin", -3.32, 114.59, "701",
              "Banjarmasin Barat, Banjarmasin Selatan, Banjarmasin Tengah, Banjarmasin Timur,"
              " Banjarmasin Utara"),
    ),
    "Sulawesi Utara": (
        _city("Kota Manado", 1.47, 124.84, "951",
              "Bunaken, Bunaken Kepulauan, Malalayang, Mapanget, Paal Dua, Sario, Singkil,"
              " Tikala, Tuminting, Wanea, Wenang"),
    ),
    "Nusa Tenggara Barat": (
        _city("Kota Mataram", -8.58, 116.12, "831",
              "Ampenan, Cakranegara, Mataram, Sandubaya, Sekarbela, Selaparang"),
    ),
}

# Real postal codes for districts that examples, warehouses and tests refer to by name.
KNOWN_POSTAL_CODES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Coblong", "Kota Bandung"): ("40131", "40132", "40134", "40135"),
    ("Cicendo", "Kota Bandung"): ("40171", "40172", "40173", "40175"),
    ("Tebet", "Kota Jakarta Selatan"): ("12810", "12820", "12830", "12840"),
    ("Lowokwaru", "Kota Malang"): ("65141", "65142", "65143", "65144"),
    ("Rungkut", "Kota Surabaya"): ("60293", "60294", "60298"),
    ("Cakung", "Kota Jakarta Timur"): ("13910", "13920", "13930", "13940"),
    ("Laweyan", "Kota Surakarta"): ("57141", "57146", "57148"),
    ("Umbulharjo", "Kota Yogyakarta"): ("55161", "55162", "55164", "55165"),
    ("Medan Sunggal", "Kota Medan"): ("20121", "20122", "20127", "20128"),
    ("Denpasar Selatan", "Kota Denpasar"): ("80221", "80222", "80223", "80224"),
    ("Gambir", "Kota Jakarta Pusat"): ("10110", "10120", "10130", "10150"),
}
