<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Scalev connection</source>
        <translation>Koneksi Scalev</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Kunci &amp;API:</translation>
    </message>
    <message>
        <source>Server add&amp;ress:</source>
        <translation>Alamat se&amp;rver:</translation>
    </message>
    <message>
        <source>Remove saved key</source>
        <translation>Hapus kunci tersimpan</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tes koneksi</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Perangkat kasir ini</translation>
    </message>
    <message>
        <source>Default &amp;store:</source>
        <translation>T&amp;oko bawaan:</translation>
    </message>
    <message>
        <source>&amp;Counter name:</source>
        <translation>Nama &amp;perangkat:</translation>
    </message>
    <message>
        <source>Saved with every order, so you can tell the counters apart.</source>
        <translation>Disimpan di setiap pesanan, agar tiap perangkat kasir bisa dibedakan.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Training &amp;mode</source>
        <translation>&amp;Mode latihan</translation>
    </message>
    <message>
        <source>Practise with made-up products and orders; nothing is sent to Scalev.</source>
        <translation>Berlatih dengan produk dan pesanan contoh; tidak ada yang dikirim ke Scalev.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tes koneksi</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Hasil tes koneksi</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Status kunci API</translation>
    </message>
    <message>
        <source>Default store</source>
        <translation>Toko bawaan</translation>
    </message>
    <message>
        <source>Counter name</source>
        <translation>Nama perangkat</translation>
    </message>
    <message>
        <source>Counter name hint</source>
        <translation>Petunjuk nama perangkat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode latihan</translation>
    </message>
    <message>
        <source>Training mode hint</source>
        <translation>Petunjuk mode latihan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Batal tanpa menyimpan</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Masalah pada pengaturan</translation>
    </message>
    <message>
        <source>The saved key will be removed when you press Save.</source>
        <translation>Kunci tersimpan akan dihapus saat Anda menekan Simpan.</translation>
    </message>
    <message>
        <source>Paste your Scalev API key (sk_… or rk_…)</source>
        <translation>Tempel kunci API Scalev Anda (sk_… atau rk_…)</translation>
    </message>
    <message>
        <source>A key is saved for this address. Leave the field empty to keep it.</source>
        <translation>Kunci sudah tersimpan untuk alamat ini. Biarkan kolom ini kosong untuk tetap memakainya.</translation>
    </message>
    <message>
        <source>Type a new key to replace it</source>
        <translation>Ketik kunci baru untuk menggantinya</translation>
    </message>
    <message>
        <source>No key saved yet. Paste the API key from your Scalev dashboard.</source>
        <translation>Belum ada kunci tersimpan. Tempel kunci API dari dasbor Scalev Anda.</translation>
    </message>
    <message>
        <source>No default: choose when the till starts</source>
        <translation>Tanpa toko bawaan: pilih saat aplikasi dibuka</translation>
    </message>
    <message>
        <source>Store #%1</source>
        <translation>Toko #%1</translation>
    </message>
    <message>
        <source>Connected. Stores this key can see: %1</source>
        <translation>Terhubung. Jumlah toko yang bisa dilihat kunci ini: %1</translation>
    </message>
    <message>
        <source>Wrong API key: check that you copied the whole key (starts with sk_ or rk_).</source>
        <translation>Kunci API salah: pastikan seluruh kunci tersalin (diawali sk_ atau rk_).</translation>
    </message>
    <message>
        <source>This key lacks permission &apos;store:list&apos;. In Scalev, add that permission to the key or use a secret key (sk_…).</source>
        <translation>Kunci ini tidak punya izin &apos;store:list&apos;. Di Scalev, tambahkan izin itu ke kunci ini atau pakai kunci rahasia (sk_…).</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: check the internet connection and the address.</source>
        <translation>Tidak bisa terhubung ke server %1: periksa koneksi internet dan alamatnya.</translation>
    </message>
    <message>
        <source>The Scalev server has a problem right now. Try again in a few minutes.</source>
        <translation>Server Scalev sedang bermasalah. Coba lagi beberapa menit lagi.</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Tes koneksi gagal: %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Sedang mengetes koneksi…</translation>
    </message>
    <message>
        <source>Enter an API key first.</source>
        <translation>Masukkan kunci API dulu.</translation>
    </message>
    <message>
        <source>The address must start with https:// (for example %1).</source>
        <translation>Alamat harus diawali https:// (misalnya %1).</translation>
    </message>
    <message>
        <source>Give this counter a name, for example KASIR-01.</source>
        <translation>Beri nama perangkat ini, misalnya KASIR-01.</translation>
    </message>
    <message>
        <source>The key could not be saved in the system&apos;s password store. Nothing was changed.</source>
        <translation>Kunci tidak bisa disimpan di penyimpanan kata sandi sistem. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING MODE – orders are not real</source>
        <translation>MODE LATIHAN – pesanan tidak sungguhan</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Kasir</source>
        <translation>Selamat datang di Kasir</translation>
    </message>
    <message>
        <source>Sell at the counter from your Scalev store: scan, take payment, print the receipt.</source>
        <translation>Jualan di kasir langsung dari toko Scalev Anda: scan barang, terima pembayaran, cetak struk.</translation>
    </message>
    <message>
        <source>Try &amp;training mode</source>
        <translation>Coba &amp;mode latihan</translation>
    </message>
    <message>
        <source>&amp;Connect my Scalev store</source>
        <translation>&amp;Hubungkan toko Scalev saya</translation>
    </message>
    <message>
        <source>About Kasir</source>
        <translation>Tentang Kasir</translation>
    </message>
    <message>
        <source>Practise with made-up products; no real orders are created.</source>
        <translation>Berlatih dengan produk contoh; tidak ada pesanan sungguhan yang dibuat.</translation>
    </message>
    <message>
        <source>Have your Scalev API key ready; you paste it in the next step.</source>
        <translation>Siapkan kunci API Scalev Anda; kunci ditempel di langkah berikutnya.</translation>
    </message>
    <message>
        <source>Try training mode</source>
        <translation>Coba mode latihan</translation>
    </message>
    <message>
        <source>Connect my Scalev store</source>
        <translation>Hubungkan toko Scalev saya</translation>
    </message>
</context>
</TS>
