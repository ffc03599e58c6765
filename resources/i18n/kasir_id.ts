<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>P</source>
        <comment>physical item marker</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>D</source>
        <comment>digital item marker</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Physical: needs shipping</source>
        <translation>Fisik: perlu dikirim</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Hapus {name}</translation>
    </message>
    <message>
        <source>Remove this line (Delete)</source>
        <translation>Hapus baris ini (Delete)</translation>
    </message>
    <message>
        <source>− and + change the quantity; double-click to type it</source>
        <translation>− dan + mengubah jumlah; klik dua kali untuk mengetiknya</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
</context>
<context>
    <name>CartPane</name>
    <message>
        <source>Cart</source>
        <translation>Keranjang</translation>
    </message>
    <message>
        <source>Plus and minus change the quantity, Delete removes the line, Enter edits the quantity</source>
        <translation>Plus dan minus mengubah jumlah, Delete menghapus baris, Enter mengedit jumlah</translation>
    </message>
    <message>
        <source>The cart is empty. Scan a product to start.</source>
        <translation>Keranjang masih kosong. Scan produk untuk mulai.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>&amp;Discount (F7)</source>
        <translation>&amp;Diskon (F7)</translation>
    </message>
    <message>
        <source>5.000 or 10%</source>
        <translation>5.000 atau 10%</translation>
    </message>
    <message>
        <source>Order discount: an amount or a percentage</source>
        <translation>Diskon pesanan: nominal atau persen</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Ongkir</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>chosen at checkout</source>
        <translation>dipilih saat bayar</translation>
    </message>
    <message>
        <source>discount {amount}</source>
        <translation>diskon {amount}</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Cash payment</source>
        <translation>Pembayaran tunai</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total tagihan</translation>
    </message>
    <message>
        <source>Cash &amp;received</source>
        <translation>Uang &amp;diterima</translation>
    </message>
    <message>
        <source>e.g. 100.000</source>
        <translation>misalnya 100.000</translation>
    </message>
    <message>
        <source>Cash received from the customer</source>
        <translation>Uang tunai yang diterima dari pelanggan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Change to give back</source>
        <translation>Kembalian untuk pelanggan</translation>
    </message>
    <message>
        <source>Confirm cash (Enter)</source>
        <translation>Konfirmasi tunai (Enter)</translation>
    </message>
    <message>
        <source>Confirm the cash payment</source>
        <translation>Konfirmasi pembayaran tunai</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Kembali ke transaksi</translation>
    </message>
    <message>
        <source>Customer gives {amount}</source>
        <translation>Pelanggan memberi {amount}</translation>
    </message>
    <message>
        <source>Type the amount received, e.g. 100.000.</source>
        <translation>Ketik uang yang diterima, misalnya 100.000.</translation>
    </message>
    <message>
        <source>Less than the total: {missing} more is needed.</source>
        <translation>Kurang dari total: masih kurang {missing}.</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Pay-in / pay-out</source>
        <translation>Kas masuk / kas keluar</translation>
    </message>
    <message>
        <source>Cash into or out of the drawer without a sale, in {shift}.</source>
        <translation>Uang masuk atau keluar laci tanpa penjualan, di {shift}.</translation>
    </message>
    <message>
        <source>Pay-&amp;in: cash into the drawer</source>
        <translation>Kas &amp;masuk: uang masuk ke laci</translation>
    </message>
    <message>
        <source>Pay-o&amp;ut: cash out of the drawer</source>
        <translation>Kas &amp;keluar: uang keluar dari laci</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>for example 20.000</source>
        <translation>misalnya 20.000</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Choose or type why</source>
        <translation>Pilih atau ketik alasannya</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>Record the pay-in or pay-out</source>
        <translation>Catat kas masuk atau kas keluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Buying change</source>
        <translation>Beli uang kembalian</translation>
    </message>
    <message>
        <source>Cash from the owner</source>
        <translation>Tambahan dari pemilik</translation>
    </message>
    <message>
        <source>Petty cash</source>
        <translation>Kas kecil</translation>
    </message>
    <message>
        <source>Handed to the owner</source>
        <translation>Setoran ke pemilik</translation>
    </message>
    <message>
        <source>Enter an amount above Rp 0, for example 20.000.</source>
        <translation>Isi jumlah di atas Rp 0, misalnya 20.000.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out, for example petty cash.</source>
        <translation>Tulis alasan uang masuk atau keluar, misalnya kas kecil.</translation>
    </message>
    <message>
        <source>{shift} is closed now, so nothing was recorded.</source>
        <translation>{shift} sudah ditutup, jadi tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>It could not be saved on this computer. Try again.</source>
        <translation>Tidak bisa disimpan di komputer ini. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>ChannelOrdersModel</name>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Belum bayar</translation>
    </message>
</context>
<context>
    <name>CheckoutFlow</name>
    <message>
        <source>Choose a store.</source>
        <translation>Pilih toko.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Tambahkan minimal satu produk.</translation>
    </message>
    <message>
        <source>Wait until the scanned SKU is found.</source>
        <translation>Tunggu sampai SKU yang dipindai ditemukan.</translation>
    </message>
    <message>
        <source>Correct the discount.</source>
        <translation>Perbaiki diskonnya.</translation>
    </message>
    <message>
        <source>Complete the customer&apos;s details.</source>
        <translation>Lengkapi data pelanggan.</translation>
    </message>
    <message>
        <source>Choose a payment method.</source>
        <translation>Pilih metode pembayaran.</translation>
    </message>
    <message>
        <source>Cash cannot be recorded for this store: see Settings.</source>
        <translation>Tunai tidak bisa dicatat untuk toko ini: lihat Pengaturan.</translation>
    </message>
    <message>
        <source>The sale changed meanwhile: check it and press Checkout again.</source>
        <translation>Penjualan berubah sementara itu: periksa lalu tekan Bayar lagi.</translation>
    </message>
    <message>
        <source>Sale {receipt} is kept in History (F8): look it up again, resend or abandon it there.</source>
        <translation>Penjualan {receipt} disimpan di Riwayat (F8): cek lagi, kirim ulang, atau batalkan di sana.</translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation>Mengirim pesanan…</translation>
    </message>
    <message>
        <source>The cart is kept.</source>
        <translation>Keranjang tetap tersimpan.</translation>
    </message>
    <message>
        <source>Scalev is still busy. The cart is kept: press Checkout again in a moment.</source>
        <translation>Scalev masih sibuk. Keranjang tetap aman: tekan Bayar lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>This computer could not save the sale (its disk is full or busy), so nothing was sent. The cart is kept: try again, and call support if it happens again.</source>
        <translation>Komputer ini tidak bisa menyimpan penjualan (disknya penuh atau sibuk), jadi belum ada yang dikirim. Keranjang tetap aman: coba lagi, dan hubungi dukungan kalau terjadi lagi.</translation>
    </message>
    <message>
        <source>Scalev is busy. The order is sent again in {seconds} s; the cart is kept.</source>
        <translation>Scalev sedang sibuk. Pesanan dikirim lagi dalam {seconds} detik; keranjang tetap aman.</translation>
    </message>
    <message>
        <source>No answer from the server, and the order was not found there. Nothing is lost: Resend (F12) sends exactly the same order again, or leave it in History.</source>
        <translation>Server tidak menjawab, dan pesanan tidak ditemukan di sana. Tidak ada yang hilang: Kirim ulang (F12) mengirim pesanan yang sama persis, atau simpan di Riwayat.</translation>
    </message>
    <message>
        <source>The server did not accept the order. The cart is kept.</source>
        <translation>Server tidak menerima pesanan. Keranjang tetap tersimpan.</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
</context>
<context>
    <name>CloseShiftPage</name>
    <message>
        <source>Close shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <source>&amp;Pay-in / pay-out…</source>
        <translation>Kas &amp;masuk / keluar…</translation>
    </message>
    <message>
        <source>Record a pay-in or pay-out before closing</source>
        <translation>Catat kas masuk atau keluar sebelum menutup</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>Hitung uang di laci</translation>
    </message>
    <message>
        <source>Counted cash:</source>
        <translation>Uang dihitung:</translation>
    </message>
    <message>
        <source>Counted cash, total</source>
        <translation>Uang dihitung, total</translation>
    </message>
    <message>
        <source>or type the total</source>
        <translation>atau ketik totalnya</translation>
    </message>
    <message>
        <source>Filled in from the count above, or type the total you counted.</source>
        <translation>Terisi dari hitungan di atas, atau ketik total yang Anda hitung.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>&amp;Tutup shift</translation>
    </message>
    <message>
        <source>Close the shift; it cannot be changed afterwards</source>
        <translation>Tutup shift; setelah itu tidak bisa diubah</translation>
    </message>
    <message>
        <source>Close shift #{number} ({terminal})</source>
        <translation>Tutup shift #{number} ({terminal})</translation>
    </message>
    <message>
        <source>Cashier {cashier}, opened {time}. A closed shift cannot be changed.</source>
        <translation>Kasir {cashier}, dibuka {time}. Shift yang sudah ditutup tidak bisa diubah.</translation>
    </message>
    <message>
        <source>Close shift #{number} with {counted} counted? {difference}</source>
        <translation>Tutup shift #{number} dengan uang dihitung {counted}? {difference}</translation>
    </message>
    <message>
        <source>A closed shift cannot be changed.</source>
        <translation>Shift yang sudah ditutup tidak bisa diubah.</translation>
    </message>
    <message>
        <source>Keep counting</source>
        <translation>Lanjut menghitung</translation>
    </message>
    <message>
        <source>No shift is open on this till, so there is nothing to close.</source>
        <translation>Tidak ada shift yang buka di kasir ini, jadi tidak ada yang ditutup.</translation>
    </message>
    <message>
        <source>Count the drawer, or type the counted total, before closing.</source>
        <translation>Hitung uang di laci, atau ketik totalnya, sebelum menutup.</translation>
    </message>
    <message>
        <source>The counted cash must be an amount in rupiah, for example 310.000.</source>
        <translation>Uang dihitung harus berupa jumlah rupiah, misalnya 310.000.</translation>
    </message>
    <message>
        <source>Write a note saying why the cash is short or over, then close.</source>
        <translation>Tulis catatan kenapa uangnya kurang atau lebih, lalu tutup.</translation>
    </message>
    <message>
        <source>The expected cash changed while you counted. Check the new figures and press Close again.</source>
        <translation>Kas seharusnya berubah selagi Anda menghitung. Periksa angka barunya lalu tekan Tutup lagi.</translation>
    </message>
    <message>
        <source>This shift was already closed, on this or another window.</source>
        <translation>Shift ini sudah ditutup, di jendela ini atau jendela lain.</translation>
    </message>
    <message>
        <source>The close could not be saved on this computer. Try again.</source>
        <translation>Penutupan tidak bisa disimpan di komputer ini. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
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
        <source>Default &amp;store:</source>
        <translation>T&amp;oko bawaan:</translation>
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
        <source>The key could not be saved in the system&apos;s password store. Nothing was changed.</source>
        <translation>Kunci tidak bisa disimpan di penyimpanan kata sandi sistem. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>This counter</source>
        <translation>Perangkat kasir ini</translation>
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
        <source>The business &amp;day starts at:</source>
        <translation>&amp;Hari usaha mulai pukul:</translation>
    </message>
    <message>
        <source>When does the business day start? A shop open past midnight can cut at 04:00.</source>
        <translation>Kapan hari usaha dimulai? Toko yang buka lewat tengah malam bisa memakai 04:00.</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Record cash &amp;sales as:</source>
        <translation>Catat penjualan &amp;tunai sebagai:</translation>
    </message>
    <message>
        <source>Scalev has no cash method: a cash sale is recorded with this method and marked paid. If the store does not accept it, the automatic choice is used.</source>
        <translation>Scalev tidak punya metode tunai: penjualan tunai dicatat dengan metode ini lalu ditandai lunas. Jika toko tidak menerimanya, pilihan otomatis yang dipakai.</translation>
    </message>
    <message>
        <source>&amp;Name for a buyer who gives none:</source>
        <translation>&amp;Nama untuk pembeli tanpa nama:</translation>
    </message>
    <message>
        <source>Empty: the cashier must type a name</source>
        <translation>Kosong: kasir wajib mengetik nama</translation>
    </message>
    <message>
        <source>Scalev needs a name on every order. Leave empty to always ask.</source>
        <translation>Scalev butuh nama di setiap pesanan. Kosongkan agar nama selalu ditanyakan.</translation>
    </message>
    <message>
        <source>&amp;Bank accounts for transfers:</source>
        <translation>&amp;Rekening bank untuk transfer:</translation>
    </message>
    <message>
        <source>BCA 1234567890 a.n. Toko Nusantara</source>
        <translation>BCA 1234567890 a.n. Toko Nusantara</translation>
    </message>
    <message>
        <source>Shown to the buyer who pays by bank transfer when the API key may not read the store&apos;s accounts. One account per line.</source>
        <translation>Ditampilkan ke pembeli yang membayar dengan transfer bank jika kunci API tidak boleh membaca rekening toko. Satu rekening per baris.</translation>
    </message>
    <message>
        <source>Counter name</source>
        <translation>Nama perangkat</translation>
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
        <source>Start of the business day</source>
        <translation>Awal hari usaha</translation>
    </message>
    <message>
        <source>Payment method for cash sales</source>
        <translation>Metode pembayaran untuk penjualan tunai</translation>
    </message>
    <message>
        <source>Name for a buyer who gives none</source>
        <translation>Nama untuk pembeli tanpa nama</translation>
    </message>
    <message>
        <source>Bank accounts for transfers</source>
        <translation>Rekening bank untuk transfer</translation>
    </message>
    <message>
        <source>Counter name hint</source>
        <translation>Petunjuk nama perangkat</translation>
    </message>
    <message>
        <source>Training mode hint</source>
        <translation>Petunjuk mode latihan</translation>
    </message>
    <message>
        <source>Business day hint</source>
        <translation>Petunjuk hari usaha</translation>
    </message>
    <message>
        <source>Cash method hint</source>
        <translation>Petunjuk metode tunai</translation>
    </message>
    <message>
        <source>Cash sales in this store</source>
        <translation>Penjualan tunai di toko ini</translation>
    </message>
    <message>
        <source>Buyer name hint</source>
        <translation>Petunjuk nama pembeli</translation>
    </message>
    <message>
        <source>Bank accounts hint</source>
        <translation>Petunjuk rekening bank</translation>
    </message>
    <message>
        <source>Automatic: No payment, else Bank transfer</source>
        <translation>Otomatis: Tanpa pembayaran, jika tidak ada Transfer bank</translation>
    </message>
    <message>
        <source>Cash cannot be offered in {store}: it accepts none of {methods}. Turn one of them on for the store in Scalev.</source>
        <translation>Tunai tidak bisa dipakai di {store}: toko ini tidak menerima {methods}. Aktifkan salah satunya untuk toko ini di Scalev.</translation>
    </message>
    <message>
        <source>In {store}, cash sales are recorded as {method}.</source>
        <translation>Di {store}, penjualan tunai dicatat sebagai {method}.</translation>
    </message>
    <message>
        <source>Give this counter a name, for example KASIR-01.</source>
        <translation>Beri nama perangkat kasir ini, misalnya KASIR-01.</translation>
    </message>
</context>
<context>
    <name>CourierTableModel</name>
    <message>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Ongkir</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Estimasi</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Courier company</source>
        <translation>Perusahaan kurir</translation>
    </message>
    <message>
        <source>Courier service</source>
        <translation>Layanan kurir</translation>
    </message>
    <message>
        <source>Shipping cost for this cart</source>
        <translation>Ongkir untuk keranjang ini</translation>
    </message>
    <message>
        <source>Estimated delivery time in days, as the courier gives it</source>
        <translation>Perkiraan lama pengiriman dalam hari, sesuai info kurir</translation>
    </message>
    <message>
        <source>Cash on delivery possible</source>
        <translation>Bisa bayar di tempat (COD)</translation>
    </message>
    <message>
        <source>Cheapest and fastest choice</source>
        <translation>Pilihan termurah dan tercepat</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Termurah</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Tercepat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Welcome to</source>
        <translation>Selamat datang di</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 barang</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} barang</translation>
    </message>
    <message>
        <source>▲ {count} more lines above</source>
        <translation>▲ {count} baris lagi di atas</translation>
    </message>
    <message>
        <source>▼ {count} more lines below</source>
        <translation>▼ {count} baris lagi di bawah</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total bayar</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total dibayar</translation>
    </message>
    <message>
        <source>Waiting for payment…</source>
        <translation>Menunggu pembayaran…</translation>
    </message>
    <message>
        <source>Scan this QR with your bank or e-wallet app</source>
        <translation>Silakan scan QR ini dengan aplikasi bank atau e-wallet</translation>
    </message>
    <message>
        <source>Scan this QR with your phone camera</source>
        <translation>Silakan scan QR ini dengan kamera HP</translation>
    </message>
    <message>
        <source>Virtual Account number</source>
        <translation>Nomor Virtual Account</translation>
    </message>
    <message>
        <source>{bank} Virtual Account number</source>
        <translation>Nomor Virtual Account {bank}</translation>
    </message>
    <message>
        <source>Transfer exactly the total to this number.</source>
        <translation>Transfer sesuai total ke nomor ini.</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>Kode pembayaran</translation>
    </message>
    <message>
        <source>Show this code to the cashier at {place}.</source>
        <translation>Tunjukkan kode ini ke kasir {place}.</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transfer ke</translation>
    </message>
    <message>
        <source>Transfer exactly the total. The cashier confirms it when it arrives.</source>
        <translation>Transfer sesuai total. Kasir akan mengonfirmasi setelah dana masuk.</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>LUNAS</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <source>Thank you for shopping at {store}!</source>
        <translation>Terima kasih sudah berbelanja di {store}!</translation>
    </message>
    <message>
        <source>Order canceled</source>
        <translation>Pesanan dibatalkan</translation>
    </message>
    <message>
        <source>Please ask the cashier.</source>
        <translation>Silakan tanyakan ke kasir.</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Layar pelanggan</translation>
    </message>
</context>
<context>
    <name>CustomerDisplayGroup</name>
    <message>
        <source>Customer display</source>
        <translation>Layar pembeli</translation>
    </message>
    <message>
        <source>Show the &amp;customer display</source>
        <translation>Pa&amp;kai layar pembeli</translation>
    </message>
    <message>
        <source>A screen facing the buyer shows the cart, the total and the payment QR.</source>
        <translation>Layar yang menghadap pembeli menampilkan keranjang, total, dan QR pembayaran.</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>La&amp;yar:</translation>
    </message>
    <message>
        <source>Show it in a &amp;window</source>
        <translation>Tampilkan di &amp;jendela</translation>
    </message>
    <message>
        <source>For a till with one screen: a window you can move, instead of a second full screen.</source>
        <translation>Untuk kasir dengan satu layar: jendela yang bisa digeser, bukan layar kedua penuh.</translation>
    </message>
    <message>
        <source>Customer display hint</source>
        <translation>Petunjuk layar pembeli</translation>
    </message>
    <message>
        <source>Screen for the customer display</source>
        <translation>Layar untuk tampilan pembeli</translation>
    </message>
    <message>
        <source>Customer display in a window</source>
        <translation>Layar pembeli di jendela</translation>
    </message>
    <message>
        <source>Window hint</source>
        <translation>Petunjuk jendela</translation>
    </message>
    <message>
        <source>Second screen (automatic)</source>
        <translation>Layar kedua (otomatis)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (tidak tersambung)</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp</source>
        <translation>No. &amp;HP / WhatsApp</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>Pem&amp;bayaran</translation>
    </message>
    <message>
        <source>empty = {name}</source>
        <translation>kosong = {name}</translation>
    </message>
    <message>
        <source>Customer name (required)</source>
        <translation>Nama pelanggan (wajib)</translation>
    </message>
    <message>
        <source>0812… (needed: the courier calls it)</source>
        <translation>0812… (wajib: kurir akan menelepon)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>0812… or an email below</source>
        <translation>0812… atau email di bawah</translation>
    </message>
    <message>
        <source>or a phone above</source>
        <translation>atau nomor HP di atas</translation>
    </message>
    <message>
        <source>Phone number as sent to Scalev</source>
        <translation>Nomor HP yang dikirim ke Scalev</translation>
    </message>
    <message>
        <source>Use the details of this buyer&apos;s earlier sale</source>
        <translation>Pakai data pembeli dari transaksi sebelumnya</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Customer phone or WhatsApp number</source>
        <translation>No. HP atau WhatsApp pelanggan</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Email pelanggan</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Use: {name}</source>
        <translation>Pakai: {name}</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Isi nama pelanggan.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>Alamat email ini tidak valid.</translation>
    </message>
    <message>
        <source>Enter a phone number or an email: the digital item is sent there.</source>
        <translation>Isi nomor HP atau email: produk digital dikirim ke sana.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number: the courier calls it.</source>
        <translation>Isi nomor HP pelanggan: kurir akan meneleponnya.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and dashes.</source>
        <translation>No. HP hanya boleh berisi angka, spasi, dan tanda hubung.</translation>
    </message>
    <message>
        <source>Use an Indonesian number: 08…, +62… or 62…</source>
        <translation>Gunakan nomor Indonesia: 08…, +62… atau 62…</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>No. HP ini terlalu pendek.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>No. HP ini terlalu panjang.</translation>
    </message>
</context>
<context>
    <name>CustomerMirror</name>
    <message>
        <source>Pay the courier when the goods arrive</source>
        <translation>Bayar ke kurir saat barang tiba</translation>
    </message>
    <message>
        <source>No payment</source>
        <translation>Tanpa pembayaran</translation>
    </message>
</context>
<context>
    <name>DifferenceNote</name>
    <message>
        <source>Difference between counted and expected cash</source>
        <translation>Selisih antara uang dihitung dan kas seharusnya</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Note about the difference</source>
        <translation>Catatan tentang selisih</translation>
    </message>
    <message>
        <source>Difference: count the drawer or type the total.</source>
        <translation>Selisih: hitung uang di laci atau ketik totalnya.</translation>
    </message>
    <message>
        <source>Required: say why the cash is short or over.</source>
        <translation>Wajib: tulis kenapa uangnya kurang atau lebih.</translation>
    </message>
    <message>
        <source>The note is printed on the shift report.</source>
        <translation>Catatan ini dicetak di laporan shift.</translation>
    </message>
    <message>
        <source>Optional when the drawer matches.</source>
        <translation>Boleh kosong kalau uangnya pas.</translation>
    </message>
    <message>
        <source>for example: change given twice to one customer</source>
        <translation>misalnya: kembalian terbayar dua kali ke satu pembeli</translation>
    </message>
</context>
<context>
    <name>DrawerCountForm</name>
    <message>
        <source>{amount} (note or coin)</source>
        <translation>{amount} (kertas atau koin)</translation>
    </message>
    <message>
        <source>Pieces of {amount}</source>
        <translation>Jumlah lembar {amount}</translation>
    </message>
    <message>
        <source>Other c&amp;oins (total):</source>
        <translation>&amp;Koin lainnya (total):</translation>
    </message>
    <message>
        <source>Other coins, total in rupiah</source>
        <translation>Koin lainnya, total dalam rupiah</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Something went wrong. The sale in progress is kept.</source>
        <translation>Terjadi kesalahan. Penjualan yang sedang berjalan tetap tersimpan.</translation>
    </message>
    <message>
        <source>If it happens again, copy the details for support. They are also in the log file.</source>
        <translation>Jika terjadi lagi, salin detailnya untuk tim dukungan. Detail juga tersimpan di file log.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The API key was rejected. Open Settings and enter a valid key.</source>
        <translation>API key ditolak. Buka Pengaturan dan masukkan key yang benar.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Ask the owner to add the missing permission.</source>
        <translation>API key ini tidak punya izin untuk itu. Minta pemilik toko menambahkan izin yang kurang.</translation>
    </message>
    <message>
        <source>Too many requests. Continuing in {seconds} s…</source>
        <translation>Terlalu banyak permintaan. Lanjut dalam {seconds} detik…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the internet connection.</source>
        <translation>Server tidak dapat dihubungi. Periksa koneksi internet.</translation>
    </message>
    <message>
        <source>The Scalev server had a problem. Please try again in a moment.</source>
        <translation>Server Scalev sedang bermasalah. Silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Tidak ditemukan di server.</translation>
    </message>
    <message>
        <source>The server refused because the order changed in the meantime.</source>
        <translation>Server menolak karena pesanan sudah berubah sementara itu.</translation>
    </message>
    <message>
        <source>The server did not accept this.</source>
        <translation>Server tidak menerima ini.</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Terjadi kesalahan: {detail}</translation>
    </message>
</context>
<context>
    <name>ExpectedCashBox</name>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Kas seharusnya di laci</translation>
    </message>
    <message>
        <source>… and {count} earlier (see the shift report)</source>
        <translation>… dan {count} sebelumnya (lihat laporan shift)</translation>
    </message>
</context>
<context>
    <name>HistoryLayout</name>
    <message>
        <source>Order history</source>
        <translation>Riwayat pesanan</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>Day to show</source>
        <translation>Tanggal yang ditampilkan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Receipt, order number, customer name or phone (Ctrl+F)</source>
        <translation>No. struk, no. pesanan, nama atau No. HP pelanggan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search receipt, order number, customer name or phone</source>
        <translation>Cari no. struk, no. pesanan, nama atau No. HP pelanggan</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Perbarui (F5)</translation>
    </message>
    <message>
        <source>Refresh payment status</source>
        <translation>Perbarui status pembayaran</translation>
    </message>
    <message>
        <source>Orders of the day</source>
        <translation>Pesanan di tanggal ini</translation>
    </message>
    <message>
        <source>Re&amp;open QR (Enter)</source>
        <translation>Buka &amp;QR lagi (Enter)</translation>
    </message>
    <message>
        <source>Reopen the payment QR of the selected order</source>
        <translation>Buka lagi QR pembayaran pesanan terpilih</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Salin &amp;link</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Cetak struk</translation>
    </message>
    <message>
        <source>Print the receipt of the selected sale again</source>
        <translation>Cetak ulang struk penjualan yang dipilih</translation>
    </message>
    <message>
        <source>← Back to the sale (Esc)</source>
        <translation>← Kembali ke transaksi (Esc)</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Kembali ke transaksi</translation>
    </message>
    <message>
        <source>Totals per payment method</source>
        <translation>Total per metode pembayaran</translation>
    </message>
    <message>
        <source>Copy the payment link of the selected order</source>
        <translation>Salin link pembayaran pesanan terpilih</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>&amp;Batalkan pesanan</translation>
    </message>
    <message>
        <source>Cancel the selected unpaid order</source>
        <translation>Batalkan pesanan terpilih yang belum dibayar</translation>
    </message>
    <message>
        <source>Order history message</source>
        <translation>Pesan riwayat pesanan</translation>
    </message>
    <message>
        <source>Summary of the day</source>
        <translation>Rekap harian</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Payment needs attention</source>
        <translation>Pembayaran perlu dicek</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Belum terkirim</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Sent again as {receipt}</source>
        <translation>Dikirim ulang sebagai {receipt}</translation>
    </message>
    <message>
        <source>Abandoned: {reason}</source>
        <translation>Diabaikan kasir: {reason}</translation>
    </message>
    <message>
        <source>COD: paid to the courier</source>
        <translation>COD: dibayar ke kurir</translation>
    </message>
    <message>
        <source>No payment needed</source>
        <translation>Tanpa pembayaran</translation>
    </message>
    <message>
        <source>Cash received – recording…</source>
        <translation>Tunai diterima – mencatat…</translation>
    </message>
    <message>
        <source>Unknown – being checked</source>
        <translation>Belum pasti – sedang dicek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>No. pesanan</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HistoryOrderActions</name>
    <message>
        <source>Payment link of order {number} copied.</source>
        <translation>Link pembayaran pesanan {number} sudah disalin.</translation>
    </message>
    <message>
        <source>Opening order {number}…</source>
        <translation>Membuka pesanan {number}…</translation>
    </message>
    <message>
        <source>Order {number} could not be opened. {reason}</source>
        <translation>Pesanan {number} tidak bisa dibuka. {reason}</translation>
    </message>
    <message>
        <source>Order {number} was canceled; there is nothing to pay.</source>
        <translation>Pesanan {number} sudah dibatalkan; tidak ada yang perlu dibayar.</translation>
    </message>
    <message>
        <source>Canceling order {number}…</source>
        <translation>Membatalkan pesanan {number}…</translation>
    </message>
    <message>
        <source>Order {number} canceled.</source>
        <translation>Pesanan {number} dibatalkan.</translation>
    </message>
    <message>
        <source>The server did not cancel order {number}.</source>
        <translation>Server tidak membatalkan pesanan {number}.</translation>
    </message>
    <message>
        <source>Printing the receipt of order {number}…</source>
        <translation>Mencetak struk pesanan {number}…</translation>
    </message>
    <message>
        <source>Order {number} could not be checked with the server, so the receipt shows this till&apos;s record. {reason}</source>
        <translation>Pesanan {number} tidak bisa dicek ke server, jadi struk memakai catatan kasir ini. {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No order of this day matches the search.</source>
        <translation>Tidak ada pesanan di tanggal ini yang cocok dengan pencarian.</translation>
    </message>
    <message>
        <source>No orders on this day.</source>
        <translation>Belum ada pesanan di tanggal ini.</translation>
    </message>
    <message>
        <source>Too many requests. Press Refresh to try again.</source>
        <translation>Terlalu banyak permintaan. Tekan Perbarui untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Too many requests, will retry</source>
        <translation>Terlalu banyak permintaan, akan dicoba lagi</translation>
    </message>
    <message>
        <source>Checking payment status… {done} of {count}</source>
        <translation>Mengecek status pembayaran… {done} dari {count}</translation>
    </message>
    <message>
        <source>Payment status not checked. {reason}</source>
        <translation>Status pembayaran belum bisa dicek. {reason}</translation>
    </message>
    <message>
        <source>Checked {count} orders at {time}; press Refresh to check {left} more.</source>
        <translation>{count} pesanan dicek pukul {time}; tekan Perbarui untuk mengecek {left} lagi.</translation>
    </message>
    <message>
        <source>Payment status checked at {time}.</source>
        <translation>Status pembayaran dicek pukul {time}.</translation>
    </message>
    <message>
        <source>Orders: {count} · Paid: {paid} · Received: {amount}</source>
        <translation>Pesanan: {count} · Lunas: {paid} · Diterima: {amount}</translation>
    </message>
    <message>
        <source>Received by method: {totals}</source>
        <translation>Diterima per metode: {totals}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>LATIHAN</translation>
    </message>
    <message>
        <source>Kasir cashier window</source>
        <translation>Jendela kasir</translation>
    </message>
    <message>
        <source>Shipping… (F5)</source>
        <translation>Pengiriman… (F5)</translation>
    </message>
    <message>
        <source>Choose shipping</source>
        <translation>Pilih pengiriman</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>What is missing for checkout</source>
        <translation>Yang masih kurang sebelum bayar</translation>
    </message>
    <message>
        <source>Leave in History</source>
        <translation>Simpan di Riwayat</translation>
    </message>
    <message>
        <source>Park (F9)</source>
        <translation>Tahan (F9)</translation>
    </message>
    <message>
        <source>Put this sale aside for the next customer</source>
        <translation>Tahan transaksi ini untuk melayani pelanggan berikutnya</translation>
    </message>
    <message>
        <source>Leave the unanswered order in History</source>
        <translation>Simpan pesanan yang belum terjawab di Riwayat</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This till</source>
        <translation>Kasir ini</translation>
    </message>
    <message>
        <source>All channels today</source>
        <translation>Semua saluran hari ini</translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <source>Open shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <source>Count the cash in the drawer before the first sale. Every sale until the close belongs to this shift.</source>
        <translation>Hitung uang di laci sebelum penjualan pertama. Semua penjualan sampai tutup masuk ke shift ini.</translation>
    </message>
    <message>
        <source>Cashier &amp;name:</source>
        <translation>&amp;Nama kasir:</translation>
    </message>
    <message>
        <source>Cashier name</source>
        <translation>Nama kasir</translation>
    </message>
    <message>
        <source>Who is at the till</source>
        <translation>Siapa yang jaga kasir</translation>
    </message>
    <message>
        <source>Starting &amp;cash:</source>
        <translation>&amp;Modal awal:</translation>
    </message>
    <message>
        <source>Starting cash in the drawer</source>
        <translation>Modal awal di laci</translation>
    </message>
    <message>
        <source>for example 200.000</source>
        <translation>misalnya 200.000</translation>
    </message>
    <message>
        <source>The notes and coins in the drawer now; 0 if it is empty.</source>
        <translation>Uang kertas dan koin di laci sekarang; 0 kalau kosong.</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>&amp;Buka shift</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Problem opening the shift</source>
        <translation>Masalah saat membuka shift</translation>
    </message>
    <message>
        <source>Enter the cashier&apos;s name.</source>
        <translation>Isi nama kasir.</translation>
    </message>
    <message>
        <source>Enter the starting cash, or 0 if the drawer is empty.</source>
        <translation>Isi modal awal, atau 0 kalau laci kosong.</translation>
    </message>
    <message>
        <source>The starting cash must be an amount in rupiah, for example 200.000.</source>
        <translation>Modal awal harus berupa jumlah rupiah, misalnya 200.000.</translation>
    </message>
    <message>
        <source>The shift could not be saved on this computer. Try again; if it keeps failing, restart Kasir.</source>
        <translation>Shift tidak bisa disimpan di komputer ini. Coba lagi; kalau tetap gagal, buka ulang Kasir.</translation>
    </message>
    <message>
        <source>{shift} is already open: opened by {cashier} on {time}. Close it before opening a new one.</source>
        <translation>{shift} masih buka: dibuka oleh {cashier} pada {time}. Tutup dulu sebelum membuka shift baru.</translation>
    </message>
</context>
<context>
    <name>OtherChannelsView</name>
    <message>
        <source>Orders from all channels today</source>
        <translation>Pesanan hari ini dari semua saluran</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Perbarui</translation>
    </message>
    <message>
        <source>Today&apos;s orders of the counter and the web shop</source>
        <translation>Pesanan hari ini dari kasir dan toko online</translation>
    </message>
    <message>
        <source>Choose a store to see its orders.</source>
        <translation>Pilih toko untuk melihat pesanannya.</translation>
    </message>
    <message>
        <source>Loading today&apos;s orders from the server…</source>
        <translation>Memuat pesanan hari ini dari server…</translation>
    </message>
    <message>
        <source>Orders of {day}, checked at {time}.</source>
        <translation>Pesanan {day}, dicek pukul {time}.</translation>
    </message>
    <message>
        <source>Offline: {reason} The list fills in when the server answers.</source>
        <translation>Tidak tersambung: {reason} Daftar akan terisi saat Scalev menjawab.</translation>
    </message>
    <message>
        <source>{channel} – orders: {count}, total {gross}, paid {paid}</source>
        <translation>{channel} – pesanan: {count}, total {gross}, lunas {paid}</translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>ParkedSales</name>
    <message>
        <source>Sale {number} – {time}</source>
        <translation>Transaksi {number} – {time}</translation>
    </message>
</context>
<context>
    <name>ParkedSalesDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>Transaksi ditahan</translation>
    </message>
    <message>
        <source>How to use this list</source>
        <translation>Cara memakai daftar ini</translation>
    </message>
    <message>
        <source>Parked sales, newest first</source>
        <translation>Transaksi ditahan, terbaru di atas</translation>
    </message>
    <message>
        <source>Parked sales message</source>
        <translation>Pesan transaksi ditahan</translation>
    </message>
    <message>
        <source>&amp;Resume (Enter)</source>
        <translation>&amp;Lanjutkan (Enter)</translation>
    </message>
    <message>
        <source>Resume the selected sale</source>
        <translation>Lanjutkan transaksi yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation>&amp;Hapus (Del)</translation>
    </message>
    <message>
        <source>Delete the selected parked sale</source>
        <translation>Hapus transaksi ditahan yang dipilih</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Close without resuming</source>
        <translation>Tutup tanpa melanjutkan transaksi</translation>
    </message>
    <message>
        <source>“{label}” was already resumed or deleted at another window.</source>
        <translation>“{label}” sudah dilanjutkan atau dihapus di jendela lain.</translation>
    </message>
    <message>
        <source>The sale could not be resumed. Try again; if it keeps failing, restart Kasir.</source>
        <translation>Transaksi tidak bisa dilanjutkan. Coba lagi; kalau tetap gagal, buka ulang Kasir.</translation>
    </message>
    <message>
        <source>The sale could not be deleted. Try again; if it keeps failing, restart Kasir.</source>
        <translation>Transaksi tidak bisa dihapus. Coba lagi; kalau tetap gagal, buka ulang Kasir.</translation>
    </message>
    <message>
        <source>Delete parked sale</source>
        <translation>Hapus transaksi ditahan</translation>
    </message>
    <message>
        <source>Delete “{label}”?</source>
        <translation>Hapus “{label}”?</translation>
    </message>
    <message>
        <source>{total} in {store}. The cart cannot be brought back.</source>
        <translation>{total} di {store}. Keranjangnya tidak bisa dikembalikan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
    <message>
        <source>“{label}” deleted.</source>
        <translation>“{label}” dihapus.</translation>
    </message>
    <message>
        <source>Pick the buyer&apos;s sale to continue it. This store&apos;s sales come first.</source>
        <translation>Pilih transaksi pembeli untuk melanjutkannya. Transaksi toko ini tampil paling atas.</translation>
    </message>
    <message>
        <source>No parked sales. Press F9 during a sale to park it.</source>
        <translation>Tidak ada transaksi ditahan. Tekan F9 saat melayani pembeli untuk menahan transaksinya.</translation>
    </message>
</context>
<context>
    <name>ParkedSalesModel</name>
    <message>
        <source>Other store: {store}</source>
        <translation>Toko lain: {store}</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 barang</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} barang</translation>
    </message>
    <message>
        <source>parked {time}</source>
        <translation>ditahan {time}</translation>
    </message>
</context>
<context>
    <name>Parking</name>
    <message>
        <source>There is nothing to park yet.</source>
        <translation>Belum ada yang bisa ditahan.</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Tahan transaksi</translation>
    </message>
    <message>
        <source>A name to find this sale again (the customer&apos;s name, say):</source>
        <translation>Nama untuk menemukan transaksi ini lagi (misalnya nama pelanggan):</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Sale parked as “{label}”. F9 brings it back.</source>
        <translation>Transaksi ditahan sebagai “{label}”. Tekan F9 untuk melanjutkan.</translation>
    </message>
    <message>
        <source>The sale was not parked: {reason}</source>
        <translation>Transaksi tidak ditahan: {reason}</translation>
    </message>
    <message>
        <source>“{label}” belongs to {store}, which is not in the store list now.</source>
        <translation>“{label}” milik {store}, yang sekarang tidak ada di daftar toko.</translation>
    </message>
    <message>
        <source>Resumed “{label}”.</source>
        <translation>“{label}” dilanjutkan.</translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <source>Copied ✓</source>
        <translation>Tersalin ✓</translation>
    </message>
    <message>
        <source>Not opened: the payment link is not a secure https address.</source>
        <translation>Tidak dibuka: link pembayaran bukan alamat https yang aman.</translation>
    </message>
    <message>
        <source>Could not check the payment. {reason}</source>
        <translation>Pembayaran tidak bisa dicek. {reason}</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfer diterima</translation>
    </message>
    <message>
        <source>Has {amount} for order {number} arrived in the store&apos;s account?</source>
        <translation>Apakah {amount} untuk pesanan {number} sudah masuk ke rekening toko?</translation>
    </message>
    <message>
        <source>The order is marked paid on Scalev. Check the bank first.</source>
        <translation>Pesanan ditandai lunas di Scalev. Cek mutasi bank dulu.</translation>
    </message>
    <message>
        <source>Yes, mark as paid</source>
        <translation>Ya, tandai lunas</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Not marked as paid. {reason}</source>
        <translation>Belum ditandai lunas. {reason}</translation>
    </message>
    <message>
        <source>Change payment method</source>
        <translation>Ganti metode pembayaran</translation>
    </message>
    <message>
        <source>Pay order {number} with {method} instead of {current}?</source>
        <translation>Bayar pesanan {number} dengan {method}, bukan {current}?</translation>
    </message>
    <message>
        <source>Scalev makes a new order with the new method and cancels this one; its code stops working.</source>
        <translation>Scalev membuat pesanan baru dengan metode baru dan membatalkan yang ini; kodenya tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Ganti metode</translation>
    </message>
    <message>
        <source>Keep {current}</source>
        <translation>Tetap {current}</translation>
    </message>
    <message>
        <source>Changing the payment method…</source>
        <translation>Mengganti metode pembayaran…</translation>
    </message>
</context>
<context>
    <name>PaymentCodePage</name>
    <message>
        <source>Payment code</source>
        <translation>Kode pembayaran</translation>
    </message>
    <message>
        <source>Getting the payment code…</source>
        <translation>Mengambil kode pembayaran…</translation>
    </message>
    <message>
        <source>Pay {amount} at any {shop} cashier with this code.</source>
        <translation>Bayar {amount} di kasir {shop} mana saja dengan kode ini.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Cara bayar</translation>
    </message>
</context>
<context>
    <name>PaymentDonePanel</name>
    <message>
        <source>Payment received</source>
        <translation>Pembayaran diterima</translation>
    </message>
    <message>
        <source>Order canceled</source>
        <translation>Pesanan dibatalkan</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Link pembayaran</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Cash on delivery (COD)</source>
        <translation>Bayar di tempat (COD)</translation>
    </message>
    <message>
        <source>Credit or debit card</source>
        <translation>Kartu kredit atau debit</translation>
    </message>
    <message>
        <source>Alfamart</source>
        <translation>Alfamart</translation>
    </message>
    <message>
        <source>No payment</source>
        <translation>Tanpa pembayaran</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Virtual Account {bank}</source>
        <translation>Virtual Account {bank}</translation>
    </message>
</context>
<context>
    <name>PaymentQrTabs</name>
    <message>
        <source>Phone camera</source>
        <translation>Kamera HP</translation>
    </message>
    <message>
        <source>Scan with phone camera</source>
        <translation>Scan dengan kamera HP</translation>
    </message>
    <message>
        <source>Payment code status</source>
        <translation>Status kode pembayaran</translation>
    </message>
    <message>
        <source>{wallet} – scan to pay in the {wallet} app</source>
        <translation>{wallet} – scan untuk bayar di aplikasi {wallet}</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Invoice – scan to open the payment page</source>
        <translation>Invoice – scan untuk membuka halaman pembayaran</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Card – scan to open the card payment page</source>
        <translation>Kartu – scan untuk membuka halaman pembayaran kartu</translation>
    </message>
    <message>
        <source>QRIS – bank or e-wallet app</source>
        <translation>QRIS – aplikasi bank atau e-wallet</translation>
    </message>
    <message>
        <source>QRIS – scan with bank or e-wallet app</source>
        <translation>QRIS – scan dengan aplikasi bank atau e-wallet</translation>
    </message>
    <message>
        <source>Getting the payment code…</source>
        <translation>Mengambil kode pembayaran…</translation>
    </message>
    <message>
        <source>No payment code is available for this order. Use the payment link instead.</source>
        <translation>Kode pembayaran untuk pesanan ini belum tersedia. Gunakan link pembayaran.</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>Kode QR link pembayaran</translation>
    </message>
    <message>
        <source>Payment codes</source>
        <translation>Kode pembayaran</translation>
    </message>
    <message>
        <source>Scan with any bank or e-wallet app: choose Scan or QRIS in the app.</source>
        <translation>Scan dengan aplikasi bank atau e-wallet apa saja: pilih menu Scan atau QRIS di aplikasi.</translation>
    </message>
    <message>
        <source>Scan with the phone camera: the {wallet} app opens to pay.</source>
        <translation>Scan dengan kamera HP: aplikasi {wallet} terbuka untuk membayar.</translation>
    </message>
    <message>
        <source>Scan with the phone camera to open the payment page.</source>
        <translation>Scan dengan kamera HP untuk membuka halaman pembayaran.</translation>
    </message>
    <message>
        <source>This payment link is not a secure https address, so it is not shown as a QR.</source>
        <translation>Link pembayaran ini bukan alamat https yang aman, jadi tidak ditampilkan sebagai QR.</translation>
    </message>
    <message>
        <source>Scan with the phone camera, then open the link to pay.</source>
        <translation>Scan dengan kamera HP, lalu buka link-nya untuk membayar.</translation>
    </message>
    <message>
        <source>The QRIS image could not be shown here. Open it at:
{url}</source>
        <translation>Gambar QRIS tidak bisa ditampilkan di sini. Buka di:
{url}</translation>
    </message>
</context>
<context>
    <name>PaymentStatusPill</name>
    <message>
        <source>Cash received – recording the payment…</source>
        <translation>Tunai diterima – mencatat pembayaran…</translation>
    </message>
    <message>
        <source>Nothing to pay at the till</source>
        <translation>Tidak ada yang dibayar di kasir</translation>
    </message>
    <message>
        <source>Waiting for payment…</source>
        <translation>Menunggu pembayaran…</translation>
    </message>
    <message>
        <source>✓ PAID</source>
        <translation>✓ LUNAS</translation>
    </message>
    <message>
        <source>Needs attention: payment conflict</source>
        <translation>Perlu dicek: konflik pembayaran</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Status pembayaran</translation>
    </message>
</context>
<context>
    <name>PaymentTexts</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total dibayar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total tagihan</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Pelanggan: {name}</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Link pembayaran</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Salin link</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Mengecek…</translation>
    </message>
    <message>
        <source>Check payment now ({shortcut})</source>
        <translation>Cek pembayaran sekarang ({shortcut})</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Ganti metode</translation>
    </message>
    <message>
        <source>Print receipt ({shortcut})</source>
        <translation>Cetak struk ({shortcut})</translation>
    </message>
    <message>
        <source>Receipt to WhatsApp</source>
        <translation>Struk ke WhatsApp</translation>
    </message>
    <message>
        <source>New sale ({shortcut})</source>
        <translation>Transaksi baru ({shortcut})</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Why the total differs</source>
        <translation>Mengapa totalnya berbeda</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status koneksi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Copy payment link</source>
        <translation>Salin link pembayaran</translation>
    </message>
    <message>
        <source>Open payment link in the browser</source>
        <translation>Buka link pembayaran di browser</translation>
    </message>
    <message>
        <source>Check payment now</source>
        <translation>Cek pembayaran sekarang</translation>
    </message>
    <message>
        <source>Pay this order with another method</source>
        <translation>Bayar pesanan ini dengan metode lain</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak struk</translation>
    </message>
    <message>
        <source>Send the receipt to the customer&apos;s WhatsApp</source>
        <translation>Kirim struk ke WhatsApp pelanggan</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Transaksi baru</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>payment-link fee</source>
        <translation>biaya link pembayaran</translation>
    </message>
    <message>
        <source>unique payment code</source>
        <translation>kode unik pembayaran</translation>
    </message>
    <message>
        <source>other charges</source>
        <translation>biaya lain</translation>
    </message>
    <message>
        <source>discount code</source>
        <translation>kode diskon</translation>
    </message>
    <message>
        <source>set by the server</source>
        <translation>ditetapkan server</translation>
    </message>
    <message>
        <source>The till counted {till}; the server charges {server} ({parts}).</source>
        <translation>Kasir menghitung {till}; server menagih {server} ({parts}).</translation>
    </message>
    <message>
        <source>The server is busy – still checking, a little less often…</source>
        <translation>Server sedang sibuk – tetap mengecek, tapi lebih jarang…</translation>
    </message>
    <message>
        <source>Connection lost – still checking…</source>
        <translation>Koneksi terputus – tetap mengecek…</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>Stopped checking the payment. {reason}</source>
        <translation>Pengecekan pembayaran dihentikan. {reason}</translation>
    </message>
</context>
<context>
    <name>PrinterErrors</name>
    <message>
        <source>No receipt printer is set up: open Settings (F10).</source>
        <translation>Belum ada printer struk: buka Pengaturan (F10).</translation>
    </message>
    <message>
        <source>The printer is offline: check its power, paper and cable.</source>
        <translation>Printer offline: periksa daya, kertas, dan kabelnya.</translation>
    </message>
    <message>
        <source>The printer was not found: check the USB cable or the printer name in Settings.</source>
        <translation>Printer tidak ditemukan: periksa kabel USB atau nama printer di Pengaturan.</translation>
    </message>
    <message>
        <source>Kasir may not use the printer (permission denied). Ask the owner to allow it.</source>
        <translation>Kasir tidak diizinkan memakai printer. Minta pemilik untuk mengizinkannya.</translation>
    </message>
    <message>
        <source>This kind of printer cannot be used on this computer.</source>
        <translation>Jenis printer ini tidak bisa dipakai di komputer ini.</translation>
    </message>
    <message>
        <source>The printer address in Settings is not valid.</source>
        <translation>Alamat printer di Pengaturan tidak valid.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: {detail}</source>
        <translation>Struk tidak bisa dicetak: {detail}</translation>
    </message>
</context>
<context>
    <name>PrinterFields</name>
    <message>
        <source>IP address:</source>
        <translation>Alamat IP:</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>Port serial:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Printer name:</source>
        <translation>Nama printer:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>USB id:</source>
        <translation>ID USB:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Baud:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>COM3 or /dev/ttyUSB0</source>
        <translation>COM3, /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>The printer&apos;s name on this computer</source>
        <translation>Nama printer di komputer ini</translation>
    </message>
    <message>
        <source>The folder for the PDF receipts</source>
        <translation>Folder untuk struk PDF</translation>
    </message>
    <message>
        <source>A file or device</source>
        <translation>Berkas atau perangkat</translation>
    </message>
    <message>
        <source>Printer IP address or host name</source>
        <translation>Alamat IP atau nama host printer</translation>
    </message>
    <message>
        <source>Printer port</source>
        <translation>Port printer</translation>
    </message>
    <message>
        <source>USB vendor id</source>
        <translation>ID vendor USB</translation>
    </message>
    <message>
        <source>USB product id</source>
        <translation>ID produk USB</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port serial</translation>
    </message>
    <message>
        <source>Serial speed (baud)</source>
        <translation>Kecepatan serial (baud)</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nama printer</translation>
    </message>
    <message>
        <source>Folder for PDF receipts</source>
        <translation>Folder untuk struk PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pilih berkas</translation>
    </message>
</context>
<context>
    <name>PrinterSpecEditor</name>
    <message>
        <source>No printer</source>
        <translation>Tanpa printer</translation>
    </message>
    <message>
        <source>Network printer (LAN/Wi-Fi)</source>
        <translation>Printer jaringan (LAN/Wi-Fi)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial/COM</source>
        <translation>Serial/COM</translation>
    </message>
    <message>
        <source>Windows printer</source>
        <translation>Printer Windows</translation>
    </message>
    <message>
        <source>macOS/Linux printer (CUPS)</source>
        <translation>Printer macOS/Linux (CUPS)</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Printer sistem</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Raw file</source>
        <translation>Berkas mentah</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>Printer &amp;line:</source>
        <translation>Ko&amp;de printer:</translation>
    </message>
    <message>
        <source>For example tcp://192.168.1.50:9100</source>
        <translation>Misalnya tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Kind of receipt printer</source>
        <translation>Jenis printer struk</translation>
    </message>
    <message>
        <source>Printer line (for automatic set-up)</source>
        <translation>Kode printer (untuk pengaturan otomatis)</translation>
    </message>
    <message>
        <source>Printer address check</source>
        <translation>Pemeriksaan alamat printer</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Alamat printer</translation>
    </message>
    <message>
        <source>Receipts are not printed; they can still be sent by WhatsApp.</source>
        <translation>Struk tidak dicetak; tetap bisa dikirim lewat WhatsApp.</translation>
    </message>
    <message>
        <source>Print the printer&apos;s self-test page to see its IP address. The port is usually 9100.</source>
        <translation>Cetak halaman uji mandiri printer untuk melihat alamat IP-nya. Port biasanya 9100.</translation>
    </message>
    <message>
        <source>Vendor and product id, 4 hex digits each, from the printer&apos;s label or device list.</source>
        <translation>ID vendor dan ID produk, masing-masing 4 digit heksa, dari label printer atau daftar perangkat.</translation>
    </message>
    <message>
        <source>The COM port (Windows) or /dev/tty… device, and the speed set in the printer.</source>
        <translation>Port COM (Windows) atau perangkat /dev/tty…, dan kecepatan yang diatur di printer.</translation>
    </message>
    <message>
        <source>The printer&apos;s name in Windows; the receipt goes to it as printer commands.</source>
        <translation>Nama printer di Windows; struk dikirim ke sana sebagai perintah printer.</translation>
    </message>
    <message>
        <source>The printer&apos;s queue name; the receipt goes to it as printer commands.</source>
        <translation>Nama antrean printer; struk dikirim ke sana sebagai perintah printer.</translation>
    </message>
    <message>
        <source>Any printer with a driver, also an office printer. It cannot open a cash drawer.</source>
        <translation>Printer apa saja yang punya driver, juga printer kantor. Tidak bisa membuka laci uang.</translation>
    </message>
    <message>
        <source>One PDF file per receipt in this folder. No paper, no cash drawer.</source>
        <translation>Satu berkas PDF per struk di folder ini. Tanpa kertas, tanpa laci uang.</translation>
    </message>
    <message>
        <source>The printer commands are added to this file or device (for testing).</source>
        <translation>Perintah printer ditambahkan ke berkas atau perangkat ini (untuk uji coba).</translation>
    </message>
    <message>
        <source>Type the printer&apos;s IP address (no spaces) and a port from 1 to 65535.</source>
        <translation>Ketik alamat IP printer (tanpa spasi) dan port dari 1 sampai 65535.</translation>
    </message>
    <message>
        <source>Type both USB ids as 1 to 4 hex digits (0-9, a-f), for example 04b8 and 0202.</source>
        <translation>Ketik kedua ID USB sebagai 1 sampai 4 digit heksa (0-9, a-f), misalnya 04b8 dan 0202.</translation>
    </message>
    <message>
        <source>Type the serial port (COM3 or /dev/ttyUSB0) and a speed such as 9600.</source>
        <translation>Ketik port serial (COM3 atau /dev/ttyUSB0) dan kecepatan, misalnya 9600.</translation>
    </message>
    <message>
        <source>Choose or type the printer&apos;s name.</source>
        <translation>Pilih atau ketik nama printernya.</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF receipts.</source>
        <translation>Pilih folder untuk struk PDF.</translation>
    </message>
    <message>
        <source>Choose the file or device to write to.</source>
        <translation>Pilih berkas atau perangkat tujuan.</translation>
    </message>
    <message>
        <source>This is not a printer line. It starts with tcp://, usb://, serial://, win32://, cups://, system://, pdf:// or file://.</source>
        <translation>Ini bukan kode printer. Kode printer diawali tcp://, usb://, serial://, win32://, cups://, system://, pdf:// atau file://.</translation>
    </message>
</context>
<context>
    <name>ProductPane</name>
    <message>
        <source>Scan barcode or SKU</source>
        <translation>Scan barcode atau SKU</translation>
    </message>
    <message>
        <source>Scan or type SKU (F2)</source>
        <translation>Scan / ketik SKU (F2)</translation>
    </message>
    <message>
        <source>Search by name or SKU  (F3)</source>
        <translation>Cari nama atau SKU  (F3)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Loading catalog</source>
        <translation>Memuat katalog</translation>
    </message>
    <message>
        <source>Choose a store on the left to load its products.</source>
        <translation>Pilih toko di sebelah kiri untuk memuat produknya.</translation>
    </message>
    <message>
        <source>{products} products, {bundles} bundle options</source>
        <translation>{products} produk, {bundles} pilihan paket</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>memuat…</translation>
    </message>
    <message>
        <source>Looking up SKU “{code}”…</source>
        <translation>Mencari SKU “{code}”…</translation>
    </message>
    <message>
        <source>“{code}” could not be checked: the product list is incomplete and Scalev cannot be reached. Nothing was added; scan it again in a moment.</source>
        <translation>“{code}” tidak bisa dicek: daftar produk belum lengkap dan Scalev tidak bisa dihubungi. Tidak ada yang ditambahkan; pindai lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Choose a store first: “{code}” was not added.</source>
        <translation>Pilih toko dulu: “{code}” tidak ditambahkan.</translation>
    </message>
    <message>
        <source>Unknown SKU “{code}”. Nothing was added.</source>
        <translation>SKU “{code}” tidak dikenal. Tidak ada yang ditambahkan.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code</source>
        <translation>Kode QR</translation>
    </message>
    <message>
        <source>No QR code is shown.</source>
        <translation>Tidak ada kode QR yang ditampilkan.</translation>
    </message>
    <message>
        <source>QR code for: {text}</source>
        <translation>Kode QR untuk: {text}</translation>
    </message>
</context>
<context>
    <name>QuantityDelegate</name>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>The sale is saved.</source>
        <translation>Penjualan tetap tersimpan.</translation>
    </message>
    <message>
        <source>No phone number for this sale: WhatsApp needs one.</source>
        <translation>Penjualan ini tidak punya nomor HP: WhatsApp membutuhkannya.</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <source>Receipt printer</source>
        <translation>Printer struk</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Ke&amp;rtas:</translation>
    </message>
    <message>
        <source>58 mm (32 characters a line)</source>
        <translation>58 mm (32 karakter per baris)</translation>
    </message>
    <message>
        <source>80 mm (48 characters a line)</source>
        <translation>80 mm (48 karakter per baris)</translation>
    </message>
    <message>
        <source>Test pri&amp;nt</source>
        <translation>&amp;Tes cetak</translation>
    </message>
    <message>
        <source>Open the cash &amp;drawer for cash sales</source>
        <translation>Buka &amp;laci uang untuk penjualan tunai</translation>
    </message>
    <message>
        <source>Print &amp;automatically when a sale is done</source>
        <translation>Cetak &amp;otomatis saat penjualan selesai</translation>
    </message>
    <message>
        <source>Receipt text</source>
        <translation>Teks struk</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>Bagian &amp;atas:</translation>
    </message>
    <message>
        <source>&amp;Bottom:</source>
        <translation>Bagian &amp;bawah:</translation>
    </message>
    <message>
        <source>Shop name, address, phone</source>
        <translation>Nama toko, alamat, telepon</translation>
    </message>
    <message>
        <source>Thank you! Goods bought cannot be returned.</source>
        <translation>Terima kasih! Barang yang sudah dibeli tidak dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <source>Print a test slip</source>
        <translation>Cetak struk uji</translation>
    </message>
    <message>
        <source>Test print result</source>
        <translation>Hasil tes cetak</translation>
    </message>
    <message>
        <source>Open the cash drawer for cash sales</source>
        <translation>Buka laci uang untuk penjualan tunai</translation>
    </message>
    <message>
        <source>Print the receipt automatically when a sale is done</source>
        <translation>Cetak struk otomatis saat penjualan selesai</translation>
    </message>
    <message>
        <source>Text at the top of the receipt</source>
        <translation>Teks di bagian atas struk</translation>
    </message>
    <message>
        <source>Text at the bottom of the receipt</source>
        <translation>Teks di bagian bawah struk</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Sedang mencetak struk uji…</translation>
    </message>
    <message>
        <source>Choose a printer first.</source>
        <translation>Pilih printer dulu.</translation>
    </message>
    <message>
        <source>The test slip was saved as a PDF in the folder.</source>
        <translation>Struk uji sudah disimpan sebagai PDF di folder itu.</translation>
    </message>
    <message>
        <source>The test slip was printed. Check that its ruler fits the paper.</source>
        <translation>Struk uji sudah dicetak. Periksa apakah garis ukurnya pas dengan lebar kertas.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>Save PD&amp;F</source>
        <translation>Simpan PD&amp;F</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>Ekspor CS&amp;V</translation>
    </message>
    <message>
        <source>No receipt printer is set up; save a PDF instead.</source>
        <translation>Printer struk belum diatur; simpan sebagai PDF saja.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Ekspor laporan sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} sudah ada. Ganti?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Sending the report to the printer…</source>
        <translation>Mengirim laporan ke printer…</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Laporan sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>Gagal mencetak: {reason}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Could not save {path}. Choose another folder.</source>
        <translation>Tidak bisa menyimpan {path}. Pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>ReportBody</name>
    <message>
        <source>No shift was open in this period.</source>
        <translation>Tidak ada shift yang buka pada periode ini.</translation>
    </message>
    <message>
        <source>Unpaid orders ({count})</source>
        <translation>Pesanan belum bayar ({count})</translation>
    </message>
    <message>
        <source>Canceled orders ({count})</source>
        <translation>Pesanan batal ({count})</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Sales (orders)</source>
        <translation>Penjualan (pesanan)</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>lunas</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>belum bayar</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Diskon diberikan</translation>
    </message>
    <message>
        <source>Canceled ({count})</source>
        <translation>Batal ({count})</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Per metode bayar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Belum bayar</translation>
    </message>
    <message>
        <source>Cash: {shift}, {cashier}</source>
        <translation>Kas: {shift}, {cashier}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Opened {opened}, closed {closed}.</source>
        <translation>Dibuka {opened}, ditutup {closed}.</translation>
    </message>
    <message>
        <source>Opened {opened}; still open, not counted yet.</source>
        <translation>Dibuka {opened}; masih buka, belum dihitung.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Sales report</source>
        <translation>Laporan penjualan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Hari usaha</translation>
    </message>
    <message>
        <source>Whole day or one shift</source>
        <translation>Sehari penuh atau satu shift</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses</source>
        <translation>Perbarui &amp;status</translation>
    </message>
    <message>
        <source>Ask the server about the unpaid orders</source>
        <translation>Tanyakan ke server status pesanan yang belum bayar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Status laporan</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Sehari penuh</translation>
    </message>
    <message>
        <source>Shift #{number} ({terminal}), {cashier}, from {time}</source>
        <translation>Shift #{number} ({terminal}), {cashier}, sejak {time}</translation>
    </message>
    <message>
        <source>Final: payment statuses checked and every drawer counted.</source>
        <translation>Final: status pembayaran sudah dicek dan semua laci sudah dihitung.</translation>
    </message>
    <message>
        <source>a shift is still open, its drawer not counted yet</source>
        <translation>masih ada shift yang buka, lacinya belum dihitung</translation>
    </message>
    <message>
        <source>the day is not over yet</source>
        <translation>hari ini belum selesai</translation>
    </message>
    <message>
        <source>Provisional: {reasons}.</source>
        <translation>Sementara: {reasons}.</translation>
    </message>
    <message>
        <source>checking the payment status of unpaid orders…</source>
        <translation>sedang mengecek status pembayaran pesanan yang belum bayar…</translation>
    </message>
    <message>
        <source>{count} unpaid orders not checked with the server</source>
        <translation>{count} pesanan belum bayar belum dicek ke server</translation>
    </message>
    <message>
        <source>; the report fills in when the server answers</source>
        <translation>; laporan akan terisi saat server menjawab</translation>
    </message>
</context>
<context>
    <name>SaleController</name>
    <message>
        <source>No answer about the new payment method. Check the order in History.</source>
        <translation>Belum ada jawaban tentang metode pembayaran baru. Cek pesanan di Riwayat.</translation>
    </message>
    <message>
        <source>The payment method was not changed. {reason}</source>
        <translation>Metode pembayaran tidak diganti. {reason}</translation>
    </message>
    <message>
        <source>Offline: selling from the saved catalog.</source>
        <translation>Tidak tersambung: berjualan dari katalog tersimpan.</translation>
    </message>
    <message>
        <source>The courier is not available any more; choose shipping again.</source>
        <translation>Kurir ini sudah tidak tersedia; pilih pengiriman lagi.</translation>
    </message>
    <message>
        <source>Connected again. The cart and customer are kept; you can check out.</source>
        <translation>Terhubung kembali. Keranjang dan data pelanggan tetap ada; Anda bisa lanjut bayar.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Added: {name}</source>
        <translation>Ditambahkan: {name}</translation>
    </message>
    <message>
        <source>The order is being sent; nothing can change until the server answers.</source>
        <translation>Pesanan sedang dikirim; tidak ada yang bisa diubah sampai server menjawab.</translation>
    </message>
    <message>
        <source>First decide about the unanswered order: Resend (F12) or Leave in History.</source>
        <translation>Putuskan dulu pesanan yang belum terjawab: Kirim ulang (F12) atau Simpan di Riwayat.</translation>
    </message>
    <message>
        <source>A payment is still open. Start a new sale (Ctrl+N) before scanning.</source>
        <translation>Masih ada pembayaran yang terbuka. Mulai transaksi baru (Ctrl+N) sebelum scan.</translation>
    </message>
    <message>
        <source>This sale is finished. Start a new sale (Ctrl+N).</source>
        <translation>Penjualan ini sudah selesai. Mulai transaksi baru (Ctrl+N).</translation>
    </message>
    <message>
        <source>“{item}” was not added.</source>
        <translation>“{item}” tidak ditambahkan.</translation>
    </message>
    <message>
        <source>Scan it again for the next sale.</source>
        <translation>Pindai lagi untuk penjualan berikutnya.</translation>
    </message>
    <message>
        <source>Type an amount (5.000) or a percentage (10%).</source>
        <translation>Ketik nominal (5.000) atau persen (10%).</translation>
    </message>
    <message>
        <source>A discount cannot be more than the subtotal ({subtotal}).</source>
        <translation>Diskon tidak boleh lebih dari subtotal ({subtotal}).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Sending the order. Scans, the cart, the customer and the store wait.</source>
        <translation>Mengirim pesanan. Pindaian, keranjang, pelanggan, dan toko menunggu.</translation>
    </message>
    <message>
        <source>Resend (F12)</source>
        <translation>Kirim ulang (F12)</translation>
    </message>
    <message>
        <source>Resend sends exactly the first order: {store} · {customer} · {total}.</source>
        <translation>Kirim ulang mengirim pesanan pertama persis: {store} · {customer} · {total}.</translation>
    </message>
    <message>
        <source>Checkout (F12)</source>
        <translation>Bayar (F12)</translation>
    </message>
</context>
<context>
    <name>SellableModel</name>
    <message>
        <source>Item</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>fisik</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
</context>
<context>
    <name>SessionRecovery</name>
    <message>
        <source>Last session: {count} order(s) found on the server and recorded.</source>
        <translation>Sesi terakhir: {count} pesanan ditemukan di server dan dicatat.</translation>
    </message>
    <message>
        <source>{count} sale(s) may already exist on the server but were not found yet.</source>
        <translation>{count} penjualan mungkin sudah ada di server tetapi belum ditemukan.</translation>
    </message>
    <message>
        <source>{count} sale(s) were never sent.</source>
        <translation>{count} penjualan belum pernah dikirim.</translation>
    </message>
    <message>
        <source>Look them up, resend or abandon them in History (F8).</source>
        <translation>Cek, kirim ulang, atau batalkan di Riwayat (F8).</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>Settings saved. Restart Kasir to use the new address or mode.</source>
        <translation>Pengaturan disimpan. Buka ulang Kasir untuk memakai alamat atau mode yang baru.</translation>
    </message>
    <message>
        <source>Settings saved. The sale continues: the cart and customer are kept.</source>
        <translation>Pengaturan disimpan. Transaksi berlanjut: keranjang dan data pelanggan tetap ada.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
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
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Receipts &amp; display</source>
        <translation>Struk &amp; layar</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Halaman pengaturan</translation>
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
        <source>Save without key</source>
        <translation>Simpan tanpa kunci</translation>
    </message>
    <message>
        <source>There is no API key yet, so Kasir cannot sell from your Scalev store. Paste the key above, or press “Save without key” to keep the other settings for now.</source>
        <translation>Belum ada kunci API, jadi Kasir belum bisa berjualan dari toko Scalev Anda. Tempel kuncinya di atas, atau tekan “Simpan tanpa kunci” untuk menyimpan pengaturan lainnya dulu.</translation>
    </message>
</context>
<context>
    <name>SettledPage</name>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Received {tendered}</source>
        <translation>Diterima {tendered}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Pay the courier when the goods arrive</source>
        <translation>Bayar ke kurir saat barang tiba</translation>
    </message>
    <message>
        <source>Cash on delivery: nothing to pay at the till.</source>
        <translation>Bayar di tempat (COD): tidak ada yang dibayar di kasir.</translation>
    </message>
    <message>
        <source>No payment</source>
        <translation>Tanpa pembayaran</translation>
    </message>
    <message>
        <source>Nothing to pay for this order.</source>
        <translation>Tidak ada yang perlu dibayar untuk pesanan ini.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Rincian pembayaran</translation>
    </message>
    <message>
        <source>Change to give back</source>
        <translation>Kembalian untuk pelanggan</translation>
    </message>
</context>
<context>
    <name>ShiftMenu</name>
    <message>
        <source>A sale needs an open shift: open it with the starting cash.</source>
        <translation>Penjualan butuh shift yang terbuka: buka shift dengan modal awal.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <source>Pay in (cash into the drawer)</source>
        <translation>Kas masuk (uang masuk ke laci)</translation>
    </message>
    <message>
        <source>Pay out (cash out of the drawer)</source>
        <translation>Kas keluar (uang keluar dari laci)</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>Tutup shift…</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>Laporan harian</translation>
    </message>
</context>
<context>
    <name>ShiftTexts</name>
    <message>
        <source>Shift #{number} ({terminal})</source>
        <translation>Shift #{number} ({terminal})</translation>
    </message>
    <message>
        <source>Short: {amount} (less cash than expected)</source>
        <translation>Kurang: {amount} (uang kurang dari seharusnya)</translation>
    </message>
    <message>
        <source>Over: +{amount} (more cash than expected)</source>
        <translation>Lebih: +{amount} (uang lebih dari seharusnya)</translation>
    </message>
    <message>
        <source>Exact: the drawer matches</source>
        <translation>Pas: uang di laci cocok</translation>
    </message>
</context>
<context>
    <name>ShippingForm</name>
    <message>
        <source>Street &amp;address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Only street and house. District, city and province come from the district you choose.</source>
        <translation>Cukup jalan dan rumah. Kecamatan, kota, dan provinsi diambil dari kecamatan yang Anda pilih.</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;Kecamatan</translation>
    </message>
    <message>
        <source>Street, no., RT/RW, village</source>
        <translation>Jalan, no., RT/RW, kel./desa</translation>
    </message>
    <message>
        <source>District name, 3+ letters</source>
        <translation>Nama kecamatan, min. 3 huruf</translation>
    </message>
    <message>
        <source>Search district</source>
        <translation>Cari kecamatan</translation>
    </message>
    <message>
        <source>Districts found</source>
        <translation>Kecamatan yang ditemukan</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Kode &amp;pos</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 angka</translation>
    </message>
    <message>
        <source>&amp;Warehouse (ships from)</source>
        <translation>&amp;Gudang (dikirim dari)</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Daftar gudang</translation>
    </message>
    <message>
        <source>&amp;Courier and shipping cost</source>
        <translation>K&amp;urir dan ongkir</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>Daftar kurir</translation>
    </message>
    <message>
        <source>Shipping message</source>
        <translation>Pesan pengiriman</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel shipping</source>
        <translation>Batal memilih pengiriman</translation>
    </message>
    <message>
        <source>Use this shipping</source>
        <translation>Pakai pengiriman ini</translation>
    </message>
    <message>
        <source>Shipping summary</source>
        <translation>Ringkasan pengiriman</translation>
    </message>
</context>
<context>
    <name>ShippingTexts</name>
    <message>
        <source>Could not search districts.</source>
        <translation>Gagal mencari kecamatan.</translation>
    </message>
    <message>
        <source>Could not load more districts.</source>
        <translation>Gagal memuat kecamatan lainnya.</translation>
    </message>
    <message>
        <source>Could not load postal codes.</source>
        <translation>Gagal memuat kode pos.</translation>
    </message>
    <message>
        <source>Could not find a warehouse.</source>
        <translation>Gudang tidak ditemukan.</translation>
    </message>
    <message>
        <source>Could not get courier prices.</source>
        <translation>Gagal mengambil tarif kurir.</translation>
    </message>
    <message>
        <source>Something failed.</source>
        <translation>Ada yang gagal.</translation>
    </message>
    <message>
        <source>Scalev cannot be reached: check the internet connection, then press Retry. Everything you typed is kept.</source>
        <translation>Scalev tidak bisa dihubungi: periksa koneksi internet, lalu tekan Coba lagi. Semua yang sudah Anda ketik tetap tersimpan.</translation>
    </message>
    <message>
        <source>Scalev did not answer in time. Press Retry; everything you typed is kept.</source>
        <translation>Scalev tidak menjawab tepat waktu. Tekan Coba lagi; semua yang sudah Anda ketik tetap tersimpan.</translation>
    </message>
    <message>
        <source>Too many requests just now. Wait %1 seconds, then press Retry.</source>
        <translation>Terlalu banyak permintaan barusan. Tunggu %1 detik, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>Scalev refused the API key. Ask a supervisor to check the settings.</source>
        <translation>Scalev menolak kunci API. Minta supervisor memeriksa pengaturan.</translation>
    </message>
    <message>
        <source>This API key may not quote shipping. Ask a supervisor to check its permissions.</source>
        <translation>Kunci API ini tidak punya izin cek ongkir. Minta supervisor memeriksa izinnya.</translation>
    </message>
    <message>
        <source>Scalev did not accept the request: %1</source>
        <translation>Scalev menolak permintaan: %1</translation>
    </message>
    <message>
        <source>Scalev had a problem on its side. Press Retry in a moment.</source>
        <translation>Scalev sedang bermasalah. Tekan Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Scalev sent an answer this app cannot read. Press Retry, or call support.</source>
        <translation>Jawaban dari Scalev tidak bisa dibaca aplikasi ini. Tekan Coba lagi, atau hubungi tim support.</translation>
    </message>
    <message>
        <source>Something went wrong. Press Retry.</source>
        <translation>Terjadi kesalahan. Tekan Coba lagi.</translation>
    </message>
    <message>
        <source>No district matches “%1”. Check the spelling, or type only the district name.</source>
        <translation>Tidak ada kecamatan yang cocok dengan “%1”. Periksa ejaannya, atau ketik nama kecamatannya saja.</translation>
    </message>
    <message>
        <source>No warehouse can ship this cart to %1. Check the stock, or choose another district.</source>
        <translation>Tidak ada gudang yang bisa mengirim keranjang ini ke %1. Periksa stok, atau pilih kecamatan lain.</translation>
    </message>
    <message>
        <source>No courier delivers from %1 to %2 with this payment method. Choose another warehouse, or change the payment method.</source>
        <translation>Tidak ada kurir yang mengirim dari %1 ke %2 dengan metode pembayaran ini. Pilih gudang lain, atau ganti metode pembayaran.</translation>
    </message>
    <message>
        <source>Searching districts…</source>
        <translation>Mencari kecamatan…</translation>
    </message>
    <message>
        <source>Loading more districts…</source>
        <translation>Memuat kecamatan lainnya…</translation>
    </message>
    <message>
        <source>Loading postal codes…</source>
        <translation>Memuat kode pos…</translation>
    </message>
    <message>
        <source>Finding the warehouse…</source>
        <translation>Mencari gudang…</translation>
    </message>
    <message>
        <source>Getting courier prices…</source>
        <translation>Mengambil tarif kurir…</translation>
    </message>
    <message>
        <source>Type at least 3 letters of the district.</source>
        <translation>Ketik minimal 3 huruf nama kecamatan.</translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation>Kode pos terdiri dari 5 angka.</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Masih kurang: %1.</translation>
    </message>
    <message>
        <source>Ready. Press Enter or “Use this shipping”.</source>
        <translation>Siap. Tekan Enter atau “Pakai pengiriman ini”.</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>district</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>kode pos</translation>
    </message>
    <message>
        <source>a 5-digit postal code</source>
        <translation>kode pos 5 angka</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>gudang</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>kurir</translation>
    </message>
    <message>
        <source>No district chosen yet.</source>
        <translation>Kecamatan belum dipilih.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Dipilih: %1</translation>
    </message>
    <message>
        <source>Shipping: %1 · %2 · %3</source>
        <translation>Pengiriman: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Shipping: %1 · %2</source>
        <translation>Pengiriman: %1 · %2</translation>
    </message>
    <message>
        <source>Total with shipping: %1</source>
        <translation>Total termasuk ongkir: %1</translation>
    </message>
    <message>
        <source>Choose a courier to see the shipping cost.</source>
        <translation>Pilih kurir untuk melihat ongkir.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>Tampilkan daftar pintasan ini</translation>
    </message>
    <message>
        <source>Scan field: scan or type a SKU and press Enter</source>
        <translation>Kolom scan: scan atau ketik SKU lalu tekan Enter</translation>
    </message>
    <message>
        <source>Search products and bundles</source>
        <translation>Cari produk dan paket</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Data pelanggan</translation>
    </message>
    <message>
        <source>Shipping: district, courier and price</source>
        <translation>Pengiriman: kecamatan, kurir, dan ongkir</translation>
    </message>
    <message>
        <source>Cart: + and − change the quantity, Delete removes the line</source>
        <translation>Keranjang: + dan − mengubah jumlah, Delete menghapus baris</translation>
    </message>
    <message>
        <source>Discount on the whole order: an amount or a percentage</source>
        <translation>Diskon untuk seluruh pesanan: nominal atau persen</translation>
    </message>
    <message>
        <source>History: today&apos;s sales, print again, unfinished orders</source>
        <translation>Riwayat: penjualan hari ini, cetak ulang, pesanan yang belum selesai</translation>
    </message>
    <message>
        <source>Park this sale, or bring a parked sale back</source>
        <translation>Tahan penjualan ini, atau buka lagi penjualan yang ditahan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Shift: pay in or out, close the shift, day report</source>
        <translation>Shift: kas masuk atau keluar, tutup shift, laporan harian</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>New sale (clears cart and customer)</source>
        <translation>Transaksi baru (kosongkan keranjang dan pelanggan)</translation>
    </message>
    <message>
        <source>Payment screen: print the receipt again</source>
        <translation>Layar pembayaran: cetak ulang struk</translation>
    </message>
    <message>
        <source>Back: clear the search or return to the scan field</source>
        <translation>Kembali: hapus pencarian atau kembali ke kolom scan</translation>
    </message>
    <message>
        <source>In a product list: add one unit</source>
        <translation>Di daftar produk: tambah satu unit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>StorePane</name>
    <message>
        <source>Store</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Search store by name</source>
        <translation>Cari nama toko</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Filter stores by domain</source>
        <translation>Filter toko menurut domain</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Daftar toko</translation>
    </message>
    <message>
        <source>Offline: showing the stores saved on this computer.</source>
        <translation>Tidak tersambung: menampilkan toko yang tersimpan di komputer ini.</translation>
    </message>
    <message>
        <source>No store matches this search.</source>
        <translation>Tidak ada toko yang cocok.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Help and support</source>
        <translation>Bantuan dan dukungan</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Folder log:</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Buka folder log</translation>
    </message>
    <message>
        <source>When something goes wrong, send the files in this folder to support. They hold no API key, and customers&apos; phone numbers and e-mail addresses are hidden.</source>
        <translation>Jika ada masalah, kirim berkas di folder ini ke tim dukungan. Berkas ini tidak berisi kunci API, dan nomor HP serta email pelanggan disamarkan.</translation>
    </message>
    <message>
        <source>Kasir version</source>
        <translation>Versi Kasir</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Folder log</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
    <message>
        <source>About the log files</source>
        <translation>Tentang berkas log</translation>
    </message>
    <message>
        <source>Log folder problem</source>
        <translation>Masalah folder log</translation>
    </message>
    <message>
        <source>The folder could not be opened. Its path is shown above.</source>
        <translation>Folder tidak bisa dibuka. Lokasinya tertulis di atas.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>TRAINING MODE – practice only, no real orders</source>
        <translation>MODE LATIHAN – hanya untuk berlatih, bukan pesanan sungguhan</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode latihan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>● No connection – trying again…</source>
        <translation>● Tidak tersambung – mencoba lagi…</translation>
    </message>
    <message>
        <source>No connection to Scalev</source>
        <translation>Tidak tersambung ke Scalev</translation>
    </message>
    <message>
        <source>Settings (F10)</source>
        <translation>Pengaturan (F10)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>History (F8)</source>
        <translation>Riwayat (F8)</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Riwayat pesanan</translation>
    </message>
    <message>
        <source>Shift (F11)</source>
        <translation>Shift (F11)</translation>
    </message>
    <message>
        <source>Shift: open, pay in or out, close, day report</source>
        <translation>Shift: buka, kas masuk atau keluar, tutup, laporan harian</translation>
    </message>
    <message>
        <source>Parked sales: resume one</source>
        <translation>Transaksi ditahan: lanjutkan salah satu</translation>
    </message>
    <message>
        <source>Resend (F12)</source>
        <translation>Kirim ulang (F12)</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Buka pengaturan</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Cetak lagi</translation>
    </message>
    <message>
        <source>Parked ({count})</source>
        <translation>Ditahan ({count})</translation>
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
    <name>TransferPage</name>
    <message>
        <source>Bank transfer of</source>
        <translation>Transfer bank sebesar</translation>
    </message>
    <message>
        <source>No bank account is set for this store. Ask the owner, or add one in Settings.</source>
        <translation>Belum ada rekening bank untuk toko ini. Tanyakan pemilik, atau tambahkan di Pengaturan.</translation>
    </message>
    <message>
        <source>Transfer received – mark as paid</source>
        <translation>Transfer diterima – tandai lunas</translation>
    </message>
    <message>
        <source>The transfer arrived: mark the order paid</source>
        <translation>Transfer sudah masuk: tandai pesanan lunas</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>Amount to transfer</source>
        <translation>Jumlah yang ditransfer</translation>
    </message>
</context>
<context>
    <name>UnfinishedSaleActions</name>
    <message>
        <source>&amp;Look up again</source>
        <translation>&amp;Cek lagi</translation>
    </message>
    <message>
        <source>Look the selected sale up on the server again</source>
        <translation>Cek penjualan yang dipilih di server lagi</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>Kirim &amp;ulang</translation>
    </message>
    <message>
        <source>Send the selected sale again</source>
        <translation>Kirim ulang penjualan yang dipilih</translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation>&amp;Abaikan…</translation>
    </message>
    <message>
        <source>Give up the selected sale, with a reason</source>
        <translation>Abaikan penjualan yang dipilih, dengan alasan</translation>
    </message>
    <message>
        <source>Looking up sale {receipt} on the server…</source>
        <translation>Mengecek penjualan {receipt} di server…</translation>
    </message>
    <message>
        <source>Sale {receipt} is being sent right now.</source>
        <translation>Penjualan {receipt} sedang dikirim saat ini.</translation>
    </message>
    <message>
        <source>Found on the server as order {number}; recorded.</source>
        <translation>Ditemukan di server sebagai pesanan {number}; sudah dicatat.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again later.</source>
        <translation>Server tidak dapat dihubungi. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Sale {receipt} was never sent: no order exists. Resend it or abandon it.</source>
        <translation>Penjualan {receipt} belum pernah dikirim: tidak ada pesanan. Kirim ulang atau batalkan.</translation>
    </message>
    <message>
        <source>Sale {receipt} is not on the server. Resend it or abandon it.</source>
        <translation>Penjualan {receipt} tidak ada di server. Kirim ulang atau batalkan.</translation>
    </message>
    <message>
        <source>Resend sale</source>
        <translation>Kirim ulang penjualan</translation>
    </message>
    <message>
        <source>Send sale {receipt} again?</source>
        <translation>Kirim ulang penjualan {receipt}?</translation>
    </message>
    <message>
        <source>{store} · {customer} · {total}. It is looked up on the server first and sent only if it is not there.</source>
        <translation>{store} · {customer} · {total}. Dicek dulu di server dan hanya dikirim jika belum ada.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Biarkan dulu</translation>
    </message>
    <message>
        <source>Sending sale {receipt}…</source>
        <translation>Mengirim penjualan {receipt}…</translation>
    </message>
    <message>
        <source>Still no answer for sale {receipt}. Nothing was lost; try again later.</source>
        <translation>Masih belum ada jawaban untuk penjualan {receipt}. Tidak ada yang hilang; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Sale {receipt} was settled meanwhile.</source>
        <translation>Penjualan {receipt} sudah diselesaikan sementara itu.</translation>
    </message>
    <message>
        <source>Sale {receipt} was not sent. {reason}</source>
        <translation>Penjualan {receipt} tidak terkirim. {reason}</translation>
    </message>
    <message>
        <source>Sale {receipt} is order {number}.</source>
        <translation>Penjualan {receipt} menjadi pesanan {number}.</translation>
    </message>
    <message>
        <source>Abandon sale</source>
        <translation>Abaikan penjualan</translation>
    </message>
    <message>
        <source>Why is sale {receipt} ({customer}, {total}) given up?</source>
        <translation>Mengapa penjualan {receipt} ({customer}, {total}) diabaikan?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Customer left without paying</source>
        <translation>Pelanggan pergi tanpa membayar</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Salah input</translation>
    </message>
    <message>
        <source>Sold again as a new sale</source>
        <translation>Sudah dijual ulang sebagai transaksi baru</translation>
    </message>
    <message>
        <source>Sale {receipt} abandoned: {reason}</source>
        <translation>Penjualan {receipt} dibatalkan: {reason}</translation>
    </message>
</context>
<context>
    <name>VirtualAccountPage</name>
    <message>
        <source>Getting the account number…</source>
        <translation>Mengambil nomor virtual account…</translation>
    </message>
    <message>
        <source>Transfer exactly {amount} to this virtual account from any bank app, internet banking or ATM. The payment is confirmed automatically.</source>
        <translation>Transfer tepat {amount} ke virtual account ini dari aplikasi bank, internet banking, atau ATM mana saja. Pembayaran terkonfirmasi otomatis.</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Tersalin ✓</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Salin nomor</translation>
    </message>
    <message>
        <source>Show the payment link QR</source>
        <translation>Tampilkan QR link pembayaran</translation>
    </message>
    <message>
        <source>Show the QR of the payment link instead</source>
        <translation>Tampilkan QR link pembayaran saja</translation>
    </message>
    <message>
        <source>Virtual account number</source>
        <translation>Nomor virtual account</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Copy the virtual account number</source>
        <translation>Salin nomor virtual account</translation>
    </message>
</context>
<context>
    <name>WarehouseTableModel</name>
    <message>
        <source>Warehouse</source>
        <translation>Gudang</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
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
