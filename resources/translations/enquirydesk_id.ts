<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AllData</name>
    <message>
        <source>The shop&apos;s settings: a key and its value (JSON) a row. PIN-related settings are left out.</source>
        <extracomment>What the about sheet&apos;s first column calls the file, the data version and so on. What each sheet holds, for the about sheet (in the user&apos;s language).</extracomment>
        <translation>Pengaturan toko: satu kunci dan nilainya (JSON) per baris. Pengaturan yang berkaitan dengan PIN tidak disertakan.</translation>
    </message>
    <message>
        <source>Who works in the shop, their role and since when; PINs are not exported.</source>
        <translation>Siapa saja yang bekerja di toko, perannya, dan sejak kapan; PIN tidak diekspor.</translation>
    </message>
    <message>
        <source>The channels enquiries come in by (an empty name: the built-in name, in the reader&apos;s language).</source>
        <translation>Saluran masuknya pertanyaan (nama kosong: nama bawaan, dalam bahasa pembaca).</translation>
    </message>
    <message>
        <source>How customers heard of the shop.</source>
        <translation>Dari mana pelanggan mengetahui toko ini.</translation>
    </message>
    <message>
        <source>Why buyers chose the shop.</source>
        <translation>Mengapa pembeli memilih toko ini.</translation>
    </message>
    <message>
        <source>Why sales were lost.</source>
        <translation>Mengapa penjualan batal.</translation>
    </message>
    <message>
        <source>Everyone who ever enquired, with their first phone and e-mail; referred_by_id is who recommended them, merged_into_id whom they were merged into.</source>
        <translation>Semua orang yang pernah bertanya, beserta telepon dan email pertamanya; referred_by_id adalah orang yang merekomendasikannya, merged_into_id adalah pelanggan tempat ia digabungkan.</translation>
    </message>
    <message>
        <source>Customers&apos; other phone numbers and e-mail addresses.</source>
        <translation>Nomor telepon dan alamat email lain milik pelanggan.</translation>
    </message>
    <message>
        <source>Pairs of customers staff said are two different people.</source>
        <translation>Pasangan pelanggan yang dinyatakan staf sebagai dua orang berbeda.</translation>
    </message>
    <message>
        <source>Every enquiry: when and how it came in, who answered and how fast (seconds), the outcome; money in hundredths of the currency (…_cents).</source>
        <translation>Setiap pertanyaan: kapan dan bagaimana masuknya, siapa yang menjawab dan seberapa cepat (detik), serta hasilnya; jumlah uang dalam perseratus satuan mata uang (…_cents).</translation>
    </message>
    <message>
        <source>Why each buyer chose the shop: a row per purchase and decision factor.</source>
        <translation>Alasan setiap pembeli memilih toko ini: satu baris per pembelian dan alasan membeli.</translation>
    </message>
    <message>
        <source>Calls, messages, e-mails, visits, quotes and notes on each enquiry.</source>
        <translation>Panggilan, pesan, email, kunjungan, penawaran harga, dan catatan pada setiap pertanyaan.</translation>
    </message>
    <message>
        <source>Follow-ups: when due, snoozed, done (with the result) or cancelled.</source>
        <translation>Tindak lanjut: kapan jatuh tempo, ditunda, selesai (beserta hasilnya), atau dibatalkan.</translation>
    </message>
    <message>
        <source>What buyers said: rating (1-5), better or worse than expected, would recommend (0-10), complaints and how they were resolved.</source>
        <translation>Pendapat pembeli: penilaian (1-5), lebih baik atau lebih buruk dari harapan, akan merekomendasikan (0-10), keluhan dan cara penyelesaiannya.</translation>
    </message>
    <message>
        <source>Imported all data from {file}: {enquiries} and {customers}.</source>
        <translation>Seluruh data diimpor dari {file}: {enquiries} dan {customers}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln pertanyaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>{format} is not a format for all data; use one of: {formats}.</source>
        <extracomment>Data rows per sheet: Excel&apos;s 1,048,576 rows less the header. Text in the CSV files that gets an apostrophe in front (and loses it on the way back).</extracomment>
        <translation>{format} bukan format untuk seluruh data; gunakan salah satu dari: {formats}.</translation>
    </message>
    <message>
        <source>Every record of an EnquiryDesk shop, a sheet per table, deleted rows included (with deleted_at). Bring it back into an empty database with File → Import… or `enquirydesk import FILE`.</source>
        <translation>Semua catatan sebuah toko EnquiryDesk, satu lembar per tabel, termasuk baris yang dihapus (dengan deleted_at). Kembalikan ke basis data kosong melalui Berkas → Impor… atau `enquirydesk import FILE`.</translation>
    </message>
    <message>
        <source>The EnquiryDesk that wrote it.</source>
        <translation>Versi EnquiryDesk yang menulis berkas ini.</translation>
    </message>
    <message>
        <source>The data version; EnquiryDesk reads files up to its own.</source>
        <translation>Versi data; EnquiryDesk dapat membaca berkas hingga versinya sendiri.</translation>
    </message>
    <message>
        <source>When the file was written.</source>
        <translation>Waktu berkas ditulis.</translation>
    </message>
    <message>
        <source>The shop.</source>
        <translation>Toko.</translation>
    </message>
    <message>
        <source>The currency of every …_cents column, in hundredths.</source>
        <translation>Mata uang untuk setiap kolom …_cents, dalam perseratus.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row} holds text longer than an Excel cell takes ({length} characters); export all data as CSV files instead.</source>
        <translation>Lembar {sheet}, baris {row} berisi teks yang lebih panjang daripada batas sel Excel ({length} karakter); sebagai gantinya, ekspor seluruh data sebagai berkas CSV.</translation>
    </message>
    <message>
        <source>a value is needed</source>
        <translation>diperlukan sebuah nilai</translation>
    </message>
    <message>
        <source>a whole number is needed, not {value}</source>
        <translation>diperlukan bilangan bulat, bukan {value}</translation>
    </message>
    <message>
        <source>1 or 0 is needed, not {value}</source>
        <translation>diperlukan 1 atau 0, bukan {value}</translation>
    </message>
    <message>
        <source>a date and time like 2026-10-01 09:15:00 is needed, not {value}</source>
        <translation>diperlukan tanggal dan waktu seperti 2026-10-01 09:15:00, bukan {value}</translation>
    </message>
    <message>
        <source>text is needed, not {value}</source>
        <translation>diperlukan teks, bukan {value}</translation>
    </message>
    <message>
        <source>a JSON value is needed</source>
        <translation>diperlukan nilai JSON</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <extracomment>A sheet&apos;s rows: (row number as the spreadsheet counts them, cells).</extracomment>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>{file} is not an export of all data from EnquiryDesk (it lacks the about and enquiry sheets).</source>
        <translation>{file} bukan hasil ekspor seluruh data dari EnquiryDesk (lembar about dan enquiry tidak ada).</translation>
    </message>
    <message>
        <source>{sheet} does not start with the header row EnquiryDesk writes; nothing was imported.</source>
        <translation>{sheet} tidak diawali baris judul yang ditulis EnquiryDesk; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{sheet} has a column {column} that EnquiryDesk does not know; nothing was imported.</source>
        <extracomment>What reading a damaged file raises: a ZIP&apos;s or a workbook&apos;s, or text not in UTF-8.</extracomment>
        <translation>{sheet} memiliki kolom {column} yang tidak dikenal EnquiryDesk; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{sheet} lacks the column {column}; nothing was imported.</source>
        <translation>Kolom {column} tidak ada di {sheet}; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{sheet}, row {row} has more cells than the header row; nothing was imported.</source>
        <translation>{sheet}, baris {row} memiliki lebih banyak sel daripada baris judul; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, column {column}: {problem}; nothing was imported.</source>
        <translation>{sheet}, baris {row}, kolom {column}: {problem}; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} does not say which data version it holds (schema_version on its about sheet); nothing was imported.</source>
        <translation>{file} tidak menyebutkan versi data yang dimuatnya (schema_version pada lembar about); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} was written by a newer EnquiryDesk (data version {version}; this one reads up to {latest}). Update EnquiryDesk to import it.</source>
        <translation>{file} ditulis oleh EnquiryDesk yang lebih baru (versi data {version}; versi ini hanya dapat membaca hingga {latest}). Perbarui EnquiryDesk untuk mengimpornya.</translation>
    </message>
    <message>
        <source>{file} lacks the sheet {sheet}; nothing was imported.</source>
        <translation>Lembar {sheet} tidak ada di {file}; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} cannot be read whole ({reason}); it may be damaged or cut short. Nothing was imported.</source>
        <translation>{file} tidak dapat dibaca seluruhnya ({reason}); berkas mungkin rusak atau terpotong. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} holds {found} rows of {sheet} where it says {expected}; it may be damaged or cut short. Nothing was imported.</source>
        <translation>{file} berisi {found} baris {sheet}, padahal tercatat {expected}; berkas mungkin rusak atau terpotong. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Imported all data from {file}</source>
        <translation>Seluruh data diimpor dari {file}</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {column} is {value}, but there is no such row in {table}; nothing was imported.</source>
        <extracomment>The shop&apos;s data, parents before children (a row only points at rows of tables above it, or of its own table: a customer at the one who recommended them). Columns never exported: the staff&apos;s PIN hashes. Settings whose keys start so hold PIN-related secrets (the owner&apos;s recovery key hash, services/security.py): never exported, never replaced by an import. One row of a file: its row number there (for messages) and its values in storage form, in the order of its table&apos;s `columns`.</extracomment>
        <translation>{sheet}, baris {row}: {column} bernilai {value}, tetapi baris tersebut tidak ada di {table}; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This database already holds customers or enquiries; all data can only be brought back into a new, empty one.</source>
        <translation>Basis data ini sudah berisi pelanggan atau pertanyaan; seluruh data hanya dapat dikembalikan ke basis data baru yang masih kosong.</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the id {id} is there twice; nothing was imported.</source>
        <translation>{sheet}, baris {row}: id {id} muncul dua kali; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{sheet} holds rows the database cannot take ({reason}); nothing was imported.</source>
        <translation>{sheet} berisi baris yang tidak dapat diterima basis data ({reason}); tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <extracomment>Show &quot;checking the file&quot; only when the check is not over in a blink. When set, the window quits by itself, as Quit does, this many milliseconds after it opened: packaging/smoke_test.sh opens the bundle&apos;s window offscreen so.</extracomment>
        <translation>{path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>Checking the file for damage…</source>
        <translation>Memeriksa kerusakan berkas…</translation>
    </message>
    <message>
        <source>EnquiryDesk found damage in “{name}”. You can look through it, but nothing can be saved to it; restore a backup to go on working.</source>
        <translation>EnquiryDesk menemukan kerusakan pada “{name}”. Anda dapat melihat isinya, tetapi tidak ada yang dapat disimpan ke dalamnya; pulihkan cadangan untuk melanjutkan pekerjaan.</translation>
    </message>
    <message>
        <source>This file was upgraded; a copy of it as it was is at {path}.</source>
        <translation>Berkas ini sudah diperbarui; salinan versi lamanya ada di {path}.</translation>
    </message>
    <message>
        <source>EnquiryDesk is already working on {name}.</source>
        <translation>EnquiryDesk sudah bekerja pada {name}.</translation>
    </message>
    <message>
        <source>This PC has no password store that works, so the password was not kept: it will be asked for next time.</source>
        <translation>Komputer ini tidak memiliki penyimpanan kata sandi yang berfungsi, jadi kata sandi tidak disimpan: kata sandi akan ditanyakan lagi lain kali.</translation>
    </message>
    <message>
        <source>Another EnquiryDesk window has {name} open; use that one.</source>
        <translation>Jendela EnquiryDesk lain sedang membuka {name}; gunakan jendela itu.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>Cadangan tidak dipulihkan: {error}</translation>
    </message>
    <message>
        <source>EnquiryDesk already has {path} open; its window was brought to the front.</source>
        <translation>EnquiryDesk sudah membuka {path}; jendelanya telah dibawa ke depan.</translation>
    </message>
    <message>
        <source>EnquiryDesk is already open</source>
        <translation>EnquiryDesk sudah terbuka</translation>
    </message>
    <message>
        <source>Another EnquiryDesk window has “{name}” open but does not answer; it may be busy. Look for it on the taskbar, or wait a moment and try again.</source>
        <translation>Jendela EnquiryDesk lain sedang membuka “{name}”, tetapi tidak merespons; mungkin sedang sibuk. Cari jendela itu di bilah tugas, atau tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>EnquiryDesk&apos;s icon is missing from this installation ({error}).</source>
        <translation>Ikon EnquiryDesk tidak ditemukan dalam instalasi ini ({error}).</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (it asks gettext for them; `_speak` hands them to `translate`).</extracomment>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan pesan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi program lalu keluar</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>diperlukan satu argumen</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak valid: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa cocok dengan %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh digunakan bersama argumen %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login could not be switched on ({error}).</source>
        <translation>Mulai otomatis saat login tidak dapat diaktifkan ({error}).</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off ({error}).</source>
        <translation>Mulai otomatis saat login tidak dapat dinonaktifkan ({error}).</translation>
    </message>
    <message>
        <source>Sales enquiries: reminders for answers and follow-ups</source>
        <translation>Pertanyaan penjualan: pengingat untuk jawaban dan tindak lanjut</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of “{name}”. The file as it is now is kept as a copy in the backup folder, so nothing is lost.</source>
        <translation>Pilih cadangan yang akan menggantikan “{name}”. Berkas dalam keadaan sekarang disimpan sebagai salinan di folder cadangan, jadi tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Cadangan, terbaru di atas</translation>
    </message>
    <message>
        <source>No backups of “{name}” were found in {folders}.</source>
        <translation>Tidak ditemukan cadangan “{name}” di {folders}.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Pulihkan cadangan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Other backup file…</source>
        <translation>Berkas cadangan &amp;lain…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Pilih berkas cadangan lain</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln pertanyaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Last backup</source>
        <extracomment>Every half hour, when something changed. The closing backup shows its progress only when it is not over in a blink.</extracomment>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Batalkan pencadangan</translation>
    </message>
    <message>
        <source>Stop this backup; no half-made copy is left</source>
        <translation>Hentikan pencadangan ini; tidak ada salinan setengah jadi yang tertinggal</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Cadangkan &amp;sekarang</translation>
    </message>
    <message>
        <source>Make a checked copy of the file in the backup folder now</source>
        <translation>Buat salinan berkas yang sudah diperiksa di folder cadangan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Put a backup in place of this file; the file as it is now is kept as a copy</source>
        <translation>Ganti berkas ini dengan cadangan; berkas dalam keadaan sekarang disimpan sebagai salinan</translation>
    </message>
    <message>
        <source>The server&apos;s backups are made on the server</source>
        <translation>Cadangan server dibuat di server itu sendiri</translation>
    </message>
    <message>
        <source>The shop&apos;s records are kept on its server ({where}), not in a file on this PC. Their backups are made on the server: ask whoever looks after it.</source>
        <translation>Data toko disimpan di servernya ({where}), bukan di berkas di komputer ini. Cadangannya dibuat di server: tanyakan kepada orang yang mengelolanya.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Backups: on the server</source>
        <translation>Cadangan: di server</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Belum ada cadangan</translation>
    </message>
    <message>
        <source>Backups go to {folder}</source>
        <translation>Cadangan disimpan di {folder}</translation>
    </message>
    <message>
        <source>Backed up at {time}</source>
        <translation>Dicadangkan pukul {time}</translation>
    </message>
    <message>
        <source>Last backup {day} {time}</source>
        <translation>Cadangan terakhir {day} {time}</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Cadangan sedang dibuat.</translation>
    </message>
    <message>
        <source>Nothing can be backed up while the file is read-only.</source>
        <translation>Tidak ada yang dapat dicadangkan selama berkas dalam mode hanya-baca.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Dicadangkan ke {path}</translation>
    </message>
    <message>
        <source>Backup cancelled; no copy was made.</source>
        <translation>Pencadangan dibatalkan; tidak ada salinan yang dibuat.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>The backup could not be made: {error}</source>
        <translation>Cadangan tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Membuat cadangan sebelum menutup…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is no backup file at {path}.</source>
        <extracomment>Backups this program names itself: ``&lt;stem&gt;-YYYYMMDD-HHMMSS.sqlite``.</extracomment>
        <translation>Tidak ada berkas cadangan di {path}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Tidak ada basis data di {path}.</translation>
    </message>
    <message>
        <source>the file holds no EnquiryDesk data yet</source>
        <translation>berkas ini belum berisi data EnquiryDesk</translation>
    </message>
    <message>
        <source>it was found damaged on {when} ({reason}); restore a backup to go on writing to it</source>
        <translation>berkas ini ditemukan rusak pada {when} ({reason}); pulihkan cadangan agar dapat menulis ke berkas ini lagi</translation>
    </message>
    <message>
        <source>it was found damaged on {when}; restore a backup to go on writing to it</source>
        <translation>berkas ini ditemukan rusak pada {when}; pulihkan cadangan agar dapat menulis ke berkas ini lagi</translation>
    </message>
    <message>
        <source>it was saved by a newer EnquiryDesk (data version {version}); this one reads up to {latest}</source>
        <translation>berkas ini disimpan oleh EnquiryDesk versi yang lebih baru (versi data {version}); versi ini hanya dapat membaca hingga versi {latest}</translation>
    </message>
    <message>
        <source>There is no folder {folder} to write the backup into.</source>
        <translation>Folder {folder} untuk menyimpan cadangan tidak ada.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name for the backup.</source>
        <translation>{path} sudah ada; pilih nama lain untuk cadangan.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Cadangan tidak dapat ditulis menimpa basis data itu sendiri.</translation>
    </message>
    <message>
        <source>{path} holds no EnquiryDesk data; nothing to restore.</source>
        <translation>{path} tidak berisi data EnquiryDesk; tidak ada yang dapat dipulihkan.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer EnquiryDesk (data version {version}); update EnquiryDesk to restore it.</source>
        <translation>{path} disimpan oleh EnquiryDesk versi yang lebih baru (versi data {version}); perbarui EnquiryDesk untuk memulihkannya.</translation>
    </message>
    <message>
        <source>That backup is the database itself; choose a backup file.</source>
        <translation>Cadangan itu adalah basis data itu sendiri; pilih berkas cadangan.</translation>
    </message>
    <message>
        <source>An EnquiryDesk window has {name} open; close it, then restore the backup.</source>
        <translation>Sebuah jendela EnquiryDesk sedang membuka {name}; tutup dulu, lalu pulihkan cadangan.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>EnquiryDesk copies the shop&apos;s file when it closes and every half hour while something changes, checks each copy, and keeps the newest of each of the last days, weeks and months. Keep the folder on another disk or a USB stick if you can: a copy on the same disk does not survive that disk.</source>
        <translation>EnquiryDesk menyalin berkas toko saat program ditutup dan setiap setengah jam selama ada perubahan, memeriksa setiap salinan, lalu menyimpan salinan terbaru dari setiap hari, minggu, dan bulan terakhir. Jika memungkinkan, simpan folder ini di disk lain atau flashdisk USB: salinan di disk yang sama ikut hilang jika disk itu rusak.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Empty: the EnquiryDesk Backups folder in Documents</source>
        <translation>Kosong: folder EnquiryDesk Backups di Dokumen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Cadangan harian yang disimpan</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Cadangan mingguan yang disimpan</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Cadangan bulanan yang disimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n minggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Keep one a &amp;day for the last:</source>
        <translation>Simpan satu per &amp;hari, selama:</translation>
    </message>
    <message>
        <source>one a &amp;week for the last:</source>
        <translation>satu per &amp;minggu, selama:</translation>
    </message>
    <message>
        <source>one a &amp;month for the last:</source>
        <translation>satu per &amp;bulan, selama:</translation>
    </message>
    <message>
        <source>0 keeps none of these; the newest backup is always kept</source>
        <translation>0 berarti tidak ada yang disimpan; cadangan terbaru selalu disimpan</translation>
    </message>
    <message>
        <source>That is a file, not a folder.</source>
        <translation>Itu berkas, bukan folder.</translation>
    </message>
    <message>
        <source>EnquiryDesk cannot write to that folder.</source>
        <translation>EnquiryDesk tidak dapat menulis ke folder itu.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Customer</source>
        <extracomment>The picker reads its few rows on the GUI thread: after a typing pause, not per keystroke.</extracomment>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>{customer}  —  {enquiries}</source>
        <translation>{customer}  —  {enquiries}</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Customer</source>
        <extracomment>The months offered when retention is switched on for the first time.</extracomment>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Last enquiry</source>
        <translation>Pertanyaan terakhir</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Pertanyaan</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Formulir situs web</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Chat app</source>
        <translation>Aplikasi chat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Iklan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Internet search</source>
        <translation>Pencarian internet</translation>
    </message>
    <message>
        <source>Passing by</source>
        <translation>Kebetulan lewat</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>Pelanggan lama</translation>
    </message>
    <message>
        <source>Cheapest price</source>
        <translation>Harga termurah</translation>
    </message>
    <message>
        <source>Famous brand</source>
        <translation>Merek terkenal</translation>
    </message>
    <message>
        <source>Recommended by someone close</source>
        <translation>Direkomendasikan orang terdekat</translation>
    </message>
    <message>
        <source>Store is near</source>
        <translation>Toko dekat</translation>
    </message>
    <message>
        <source>Good after-sales service</source>
        <translation>Layanan purnajual bagus</translation>
    </message>
    <message>
        <source>Good past experience</source>
        <translation>Pengalaman sebelumnya bagus</translation>
    </message>
    <message>
        <source>Other brands not available</source>
        <translation>Merek lain tidak tersedia</translation>
    </message>
    <message>
        <source>Attractive ads</source>
        <translation>Iklan menarik</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Membeli di tempat lain</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>We answered too late</source>
        <translation>Kami terlambat menjawab</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>Berubah pikiran</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Di toko</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Worse than expected</source>
        <translation>Lebih buruk dari harapan</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>Sesuai harapan</translation>
    </message>
    <message>
        <source>Better than expected</source>
        <translation>Lebih baik dari harapan</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Tanggapi</translation>
    </message>
    <message>
        <source>Check decision</source>
        <translation>Cek keputusan</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>Purnajual</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>How is it working out?</source>
        <extracomment>After-sales follow-ups carry a topic: the early check-in or the retention contact.</extracomment>
        <translation>Bagaimana produknya sejauh ini?</translation>
    </message>
    <message>
        <source>Repeat offer and recommendation</source>
        <translation>Penawaran ulang dan rekomendasi</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Penawaran harga dikirim</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>CatalogKeys</name>
    <message>
        <source>Unknown channel {key}; use one of: {keys}.</source>
        <extracomment>What an unknown catalogue key typed by a user is refused with, by the field it was for.</extracomment>
        <translation>Saluran {key} tidak dikenal; gunakan salah satu dari: {keys}.</translation>
    </message>
    <message>
        <source>Unknown source {key}; use one of: {keys}.</source>
        <translation>Sumber {key} tidak dikenal; gunakan salah satu dari: {keys}.</translation>
    </message>
    <message>
        <source>Unknown decision factor {key}; use one of: {keys}.</source>
        <translation>Alasan membeli {key} tidak dikenal; gunakan salah satu dari: {keys}.</translation>
    </message>
    <message>
        <source>Unknown lost reason {key}; use one of: {keys}.</source>
        <translation>Alasan batal {key} tidak dikenal; gunakan salah satu dari: {keys}.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>{kind} {number} does not exist.</source>
        <extracomment>{kind} is the program&apos;s own English name of a record: Enquiry, Customer…</extracomment>
        <translation>{kind} {number} tidak ada.</translation>
    </message>
    <message>
        <source>There is no change number {number} to undo.</source>
        <translation>Tidak ada perubahan nomor {number} yang dapat diurungkan.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: forgetting a customer is final.</source>
        <translation>“{change}” tidak dapat diurungkan: melupakan pelanggan bersifat permanen.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: purging deleted enquiries is final.</source>
        <translation>“{change}” tidak bisa diurungkan: penghapusan permanen pertanyaan yang dihapus bersifat final.</translation>
    </message>
    <message>
        <source>“{change}” was undone already.</source>
        <extracomment>{change} is the change&apos;s description in the history, such as &quot;Enquiry 12 edited&quot;.</extracomment>
        <translation>“{change}” sudah diurungkan.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: the enquiry it changed was purged.</source>
        <translation>“{change}” tidak bisa diurungkan: pertanyaan yang diubahnya sudah dihapus permanen.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: it was changed again afterwards.</source>
        <translation>“{change}” tidak dapat diurungkan: data tersebut sudah diubah lagi setelahnya.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: later changes depend on it.</source>
        <translation>“{change}” tidak dapat diurungkan: perubahan berikutnya bergantung padanya.</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>How enquiries reach the shop. Add the shop&apos;s own (WhatsApp, Instagram, a marketplace…): each keeps a key made from its first name for import, export and reports, whatever it is called later. The quick log numbers the first nine in this order: the digit picks the channel.</source>
        <translation>Cara pertanyaan sampai ke toko. Tambahkan saluran milik toko sendiri (WhatsApp, Instagram, marketplace…): setiap saluran menyimpan kunci yang dibuat dari nama pertamanya untuk impor, ekspor, dan laporan, apa pun namanya nanti. Catat cepat memberi nomor pada sembilan saluran pertama sesuai urutan ini: angka tersebut memilih salurannya.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The time is in the future.</source>
        <extracomment>How far in the future a typed time may be (clocks of two PCs differ a little). What a time in the future is refused with, by the time it is (the field&apos;s name).</extracomment>
        <translation>Waktu tersebut ada di masa mendatang.</translation>
    </message>
    <message>
        <source>The received time is in the future.</source>
        <translation>Waktu diterima ada di masa mendatang.</translation>
    </message>
    <message>
        <source>The contact time is in the future.</source>
        <translation>Waktu kontak ada di masa mendatang.</translation>
    </message>
    <message>
        <source>The response time is in the future.</source>
        <translation>Waktu respons ada di masa mendatang.</translation>
    </message>
    <message>
        <source>The purchase time is in the future.</source>
        <translation>Waktu pembelian ada di masa mendatang.</translation>
    </message>
    <message>
        <source>The feedback time is in the future.</source>
        <translation>Waktu umpan balik ada di masa mendatang.</translation>
    </message>
    <message>
        <source>The resolution time is in the future.</source>
        <translation>Waktu penyelesaian ada di masa mendatang.</translation>
    </message>
    <message>
        <source>The contact cannot be earlier than the enquiry itself.</source>
        <extracomment>What a time before the enquiry itself is refused with, by what happened then.</extracomment>
        <translation>Kontak tidak boleh lebih awal daripada pertanyaan itu sendiri.</translation>
    </message>
    <message>
        <source>The response cannot be earlier than the enquiry itself.</source>
        <translation>Respons tidak boleh lebih awal daripada pertanyaan itu sendiri.</translation>
    </message>
    <message>
        <source>The purchase cannot be earlier than the enquiry itself.</source>
        <translation>Pembelian tidak boleh lebih awal daripada pertanyaan itu sendiri.</translation>
    </message>
    <message>
        <source>The outcome cannot be earlier than the enquiry itself.</source>
        <translation>Hasil tidak boleh lebih awal daripada pertanyaan itu sendiri.</translation>
    </message>
    <message>
        <source>The feedback cannot be earlier than the enquiry itself.</source>
        <translation>Umpan balik tidak boleh lebih awal daripada pertanyaan itu sendiri.</translation>
    </message>
    <message>
        <source>There is no enquiry number {number}.</source>
        <translation>Tidak ada pertanyaan nomor {number}.</translation>
    </message>
    <message>
        <source>There is no staff member number {number}.</source>
        <translation>Tidak ada anggota staf nomor {number}.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Which part of an enquiry each column holds. A file needs the date each enquiry came in and the customer&apos;s name, phone or e-mail.</source>
        <translation>Bagian pertanyaan yang dimuat setiap kolom. Berkas harus berisi tanggal masuk setiap pertanyaan serta nama, telepon, atau e-mail pelanggan.</translation>
    </message>
    <message>
        <source>Columns as last time for files like this.</source>
        <translation>Kolom diatur seperti terakhir kali untuk berkas semacam ini.</translation>
    </message>
    <message>
        <source>Import each &amp;column as:</source>
        <translation>Impor setiap k&amp;olom sebagai:</translation>
    </message>
    <message>
        <source>&amp;Dates are written as:</source>
        <translation>&amp;Tanggal ditulis sebagai:</translation>
    </message>
    <message>
        <source>Dates are written as</source>
        <translation>Tanggal ditulis sebagai</translation>
    </message>
    <message>
        <source>The file&apos;s dates read both ways round (5.10. can be 5 October or 10 May): say how the shop wrote them. The preview shows the dates as read.</source>
        <translation>Tanggal dalam berkas dapat dibaca dua arah (5.10. bisa berarti 5 Oktober atau 10 Mei): pilih cara toko menuliskannya. Pratinjau menampilkan tanggal sesuai cara dibacanya.</translation>
    </message>
    <message>
        <source>Channe&amp;l of every row:</source>
        <translation>&amp;Saluran setiap baris:</translation>
    </message>
    <message>
        <source>Channel of every row</source>
        <translation>Saluran setiap baris</translation>
    </message>
    <message>
        <source>The file has no channel column: the channel all its enquiries came through</source>
        <translation>Berkas tidak memiliki kolom saluran: saluran tempat masuknya semua pertanyaan dalam berkas</translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation>Simpan &amp;pemetaan…</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Simpan pemetaan kolom</translation>
    </message>
    <message>
        <source>Keep these columns in a file, for importing from the command line with --map</source>
        <translation>Simpan pengaturan kolom ini dalam berkas, untuk impor dari baris perintah dengan --map</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Impor sebagai</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— tidak diimpor —</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(kolom {number})</translation>
    </message>
    <message>
        <source>Import the column {name} as</source>
        <translation>Impor kolom {name} sebagai</translation>
    </message>
    <message>
        <source>What the column {name} holds. A field chosen here that another column had moves here: the other column is not imported then.</source>
        <translation>Isi kolom {name}. Bidang yang dipilih di sini dan sebelumnya dipakai kolom lain akan pindah ke sini: kolom lain itu lalu tidak diimpor.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>day.month.year (24.10.2026)</source>
        <translation>tanggal.bulan.tahun (24.10.2026)</translation>
    </message>
    <message>
        <source>month/day/year (10/24/2026)</source>
        <translation>bulan/tanggal/tahun (10/24/2026)</translation>
    </message>
    <message>
        <source>year-month-day (2026-10-24)</source>
        <translation>tahun-bulan-tanggal (2026-10-24)</translation>
    </message>
    <message>
        <source>The first rows&apos; dates read in no order; the next page shows them.</source>
        <translation>Tanggal pada baris-baris pertama tidak cocok dengan urutan mana pun; halaman berikutnya menampilkannya.</translation>
    </message>
    <message>
        <source>Dates are read as {order}.</source>
        <translation>Tanggal dibaca sebagai {order}.</translation>
    </message>
    <message>
        <source>Dates are read as {order}; some of the first rows&apos; dates read in no order: the next page shows which.</source>
        <translation>Tanggal dibaca sebagai {order}; beberapa tanggal pada baris-baris pertama tidak cocok dengan urutan mana pun: halaman berikutnya menunjukkan yang mana.</translation>
    </message>
    <message>
        <source>{field} moved here from the column {other}, which is not imported now.</source>
        <translation>{field} dipindahkan ke sini dari kolom {other}, yang kini tidak diimpor.</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Pemetaan kolom (*.json)</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{message} (see `{program} --help`).</source>
        <translation>{message} (lihat `{program} --help`).</translation>
    </message>
    <message>
        <source>EnquiryDesk: log sales enquiries, answer fast, follow up, see the month. Without a command, the window opens.</source>
        <extracomment>Adds one command to the parser: its name and its help.</extracomment>
        <translation>EnquiryDesk: catat pertanyaan penjualan, jawab dengan cepat, lakukan tindak lanjut, lihat ringkasan bulanan. Tanpa perintah, jendela program akan terbuka.</translation>
    </message>
    <message>
        <source>the database file (default: $ENQUIRYDESK_DB, else your own data folder)</source>
        <translation>berkas basis data (bawaan: $ENQUIRYDESK_DB, jika tidak ada: folder data Anda sendiri)</translation>
    </message>
    <message>
        <source>interface language: en, id or sl</source>
        <translation>bahasa antarmuka: en, id, atau sl</translation>
    </message>
    <message>
        <source>fill a new, empty database with realistic demo data</source>
        <translation>isi basis data baru yang masih kosong dengan data demo yang realistis</translation>
    </message>
    <message>
        <source>how many (default 10000)</source>
        <translation>berapa banyak (bawaan 10000)</translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation>seed yang sama menghasilkan data yang sama</translation>
    </message>
    <message>
        <source>log one enquiry; prints its id</source>
        <translation>catat satu pertanyaan; menampilkan ID-nya</translation>
    </message>
    <message>
        <source>phone, walk_in, email, web_form, social, chat or other</source>
        <translation>phone, walk_in, email, web_form, social, chat, atau other</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>nama pelanggan</translation>
    </message>
    <message>
        <source>what they asked about</source>
        <translation>produk yang ditanyakan</translation>
    </message>
    <message>
        <source>how they heard of the shop</source>
        <translation>dari mana pelanggan mengetahui toko ini</translation>
    </message>
    <message>
        <source>who took the enquiry</source>
        <translation>siapa yang mencatat pertanyaan</translation>
    </message>
    <message>
        <source>the customer who recommended the shop</source>
        <translation>pelanggan yang merekomendasikan toko</translation>
    </message>
    <message>
        <source>answered on the spot (response time 0)</source>
        <translation>dijawab di tempat (waktu respons 0)</translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation>periksa berkas tanpa mengimpor apa pun</translation>
    </message>
    <message>
        <source>import the good rows, list the bad</source>
        <translation>impor baris yang benar, tampilkan daftar baris yang salah</translation>
    </message>
    <message>
        <source>the figures of one month</source>
        <translation>angka-angka untuk satu bulan</translation>
    </message>
    <message>
        <source>import history from a CSV, XLSX or ODS file, or a whole exported shop</source>
        <translation>impor riwayat dari berkas CSV, XLSX, atau ODS, atau seluruh data toko yang diekspor</translation>
    </message>
    <message>
        <source>read the columns as a saved mapping says</source>
        <translation>baca kolom sesuai pemetaan kolom yang disimpan</translation>
    </message>
    <message>
        <source>the order of day, month and year in the file&apos;s dates</source>
        <translation>urutan tanggal, bulan, dan tahun pada tanggal dalam berkas</translation>
    </message>
    <message>
        <source>the channel of every row, for a file without one</source>
        <translation>saluran untuk semua baris, bagi berkas yang tidak memiliki kolom saluran</translation>
    </message>
    <message>
        <source>the text file&apos;s encoding</source>
        <translation>pengodean berkas teks</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read</source>
        <translation>lembar buku kerja yang dibaca</translation>
    </message>
    <message>
        <source>write the bad rows to this file, to fix and import again</source>
        <translation>tulis baris yang bermasalah ke berkas ini, untuk diperbaiki dan diimpor lagi</translation>
    </message>
    <message>
        <source>export one month as CSV, Excel or PDF, or all data (--all)</source>
        <translation>ekspor satu bulan sebagai CSV, Excel, atau PDF, atau semua data (--all)</translation>
    </message>
    <message>
        <source>every record, to move to another PC or program: xlsx, or csv (a ZIP of CSV files)</source>
        <translation>semua catatan, untuk dipindahkan ke PC atau program lain: xlsx, atau csv (ZIP berisi berkas-berkas CSV)</translation>
    </message>
    <message>
        <source>everything held about one customer, for them: JSON or PDF by the file&apos;s name</source>
        <translation>semua data yang disimpan tentang satu pelanggan, untuk diberikan kepadanya: JSON atau PDF sesuai ekstensi nama berkas</translation>
    </message>
    <message>
        <source>list open follow-ups</source>
        <translation>tampilkan daftar tindak lanjut yang terbuka</translation>
    </message>
    <message>
        <source>only those due today, or overdue</source>
        <translation>hanya yang jatuh tempo hari ini, atau yang terlambat</translation>
    </message>
    <message>
        <source>make a checked copy of the database</source>
        <translation>buat salinan basis data yang sudah diperiksa</translation>
    </message>
    <message>
        <source>where to write it (a file or a folder)</source>
        <translation>tempat menyimpannya (berkas atau folder)</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>ganti basis data dengan cadangan</translation>
    </message>
    <message>
        <source>check the database for damage</source>
        <translation>periksa kerusakan basis data</translation>
    </message>
    <message>
        <source>forget customers who never bought and have not enquired for the months chosen in Settings → Privacy</source>
        <translation>lupakan pelanggan yang tidak pernah membeli dan tidak bertanya lagi selama jumlah bulan yang dipilih di Pengaturan → Privasi</translation>
    </message>
    <message>
        <source>list who would be forgotten; forget nobody</source>
        <translation>tampilkan siapa yang akan dilupakan; tidak ada yang dilupakan</translation>
    </message>
    <message>
        <source>with --dry-run: after N months instead of the setting</source>
        <translation>dengan --dry-run: setelah N bulan, bukan sesuai pengaturan</translation>
    </message>
    <message>
        <source>forget them without asking (for scripts)</source>
        <translation>lupakan tanpa bertanya (untuk skrip)</translation>
    </message>
    <message>
        <source>the shop&apos;s country as a two-letter code (ID, SI, GB…); default: the shop&apos;s, else your system&apos;s, else the one of --lang</source>
        <translation>negara toko sebagai kode dua huruf (ID, SI, GB…); bawaan: negara toko, jika tidak ada negara sistem Anda, jika tidak ada negara bahasa --lang</translation>
    </message>
    <message>
        <source>erase one customer&apos;s personal data for good, keeping the figures (asks first)</source>
        <translation>hapus data pribadi satu pelanggan secara permanen, angka-angkanya tetap disimpan (bertanya terlebih dahulu)</translation>
    </message>
    <message>
        <source>remove deleted enquiries for good, with what was written on them (asks first)</source>
        <translation>hapus permanen pertanyaan yang dihapus, beserta semua yang tertulis di dalamnya (bertanya dulu)</translation>
    </message>
    <message>
        <source>only those deleted more than DAYS days ago</source>
        <translation>hanya yang dihapus lebih dari DAYS hari yang lalu</translation>
    </message>
    <message>
        <source>purge them without asking (for scripts)</source>
        <translation>hapus permanen tanpa bertanya (untuk skrip)</translation>
    </message>
    <message>
        <source>copy the whole shop into a new file or an empty database on the shop&apos;s server, and check the copy</source>
        <translation>salin seluruh data toko ke berkas baru atau ke basis data kosong di server toko, lalu periksa salinannya</translation>
    </message>
    <message>
        <source>postgresql://user@host/database, or the path of a new file</source>
        <translation>postgresql://pengguna@host/basisdata, atau jalur berkas baru</translation>
    </message>
    <message>
        <source>remove a forgotten owner&apos;s PIN with the recovery key</source>
        <translation>hapus PIN pemilik yang terlupa dengan kunci pemulihan</translation>
    </message>
    <message>
        <source>the key shown when the PIN was set (else asked)</source>
        <translation>kunci yang ditampilkan saat PIN dibuat (jika tidak diberikan, akan ditanyakan)</translation>
    </message>
    <message>
        <source>the owner&apos;s PIN, once set (else $ENQUIRYDESK_PIN, or asked)</source>
        <translation>PIN pemilik, jika sudah dibuat (jika tidak diberikan: $ENQUIRYDESK_PIN, atau akan ditanyakan)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>{text} must be at least 1</source>
        <translation>{text} minimal harus 1</translation>
    </message>
    <message>
        <source>{user} (command line)</source>
        <translation>{user} (baris perintah)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>baris perintah</translation>
    </message>
    <message>
        <source>There is no database at {path}; give another with --db.</source>
        <extracomment>The stores a command opened, closed when it ends (the last connection checkpoints).</extracomment>
        <translation>Tidak ada basis data di {path}; tentukan yang lain dengan --db.</translation>
    </message>
    <message>
        <source>Upgraded {path}; a backup of the old file is at {backup}.</source>
        <translation>{path} sudah diperbarui; cadangan berkas lama ada di {backup}.</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN: </source>
        <translation>PIN pemilik: </translation>
    </message>
    <message>
        <source>{label}: {percent}% ({done} of {total})</source>
        <translation>{label}: {percent}% ({done} dari {total})</translation>
    </message>
    <message>
        <source>Demo data goes into a new, empty database; {path} already has enquiries.</source>
        <translation>Data demo hanya untuk database baru yang kosong; {path} sudah berisi pertanyaan.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo enquiries from {customers} to {path}.</source>
        <translation>
            <numerusform>%Ln pertanyaan demo dari {customers} ditambahkan ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is not a country code; use two letters like ID or SI.</source>
        <extracomment>The country a demo shop is in when only the language says: Indonesian in Indonesia, Slovenian in Slovenia.</extracomment>
        <translation>{code} bukan kode negara; gunakan dua huruf seperti ID atau SI.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>There is no channel {name}; the channels are: {names}.</source>
        <translation>Tidak ada saluran {name}; saluran yang tersedia: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad rows written to {file}.</source>
        <translation>
            <numerusform>%Ln baris bermasalah ditulis ke {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {rows} rows are bad</source>
        <translation>
            <numerusform>%Ln dari {rows} baris salah</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: {bad_rows} (listed above); correct them, or import the good rows with --skip-bad.</source>
        <translation>tidak ada yang diimpor: {bad_rows} (tercantum di atas); perbaiki baris tersebut, atau impor baris yang benar dengan --skip-bad.</translation>
    </message>
    <message>
        <source>nothing to import: {file} has no rows.</source>
        <translation>tidak ada yang dapat diimpor: {file} tidak berisi baris apa pun.</translation>
    </message>
    <message>
        <source>nothing to import: {file} has no good rows.</source>
        <translation>tidak ada yang dapat diimpor: {file} tidak berisi baris yang benar.</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln bad rows skipped</source>
        <translation>
            <numerusform>; %Ln baris salah dilewati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {file}: {bad_rows}; with --skip-bad, %Ln enquiries would be imported ({details}).</source>
        <translation>
            <numerusform>{file} sudah diperiksa: {bad_rows}; dengan --skip-bad, %Ln pertanyaan akan diimpor ({details}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {file}: %Ln enquiries would be imported ({details}){skipped}.</source>
        <translation>
            <numerusform>{file} sudah diperiksa: %Ln pertanyaan akan diimpor ({details}){skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln enquiries from {file} ({details}){skipped}.</source>
        <translation>
            <numerusform>%Ln pertanyaan diimpor dari {file} ({details}){skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} dan %Ln lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: columns not imported (not recognised): {columns}; --map reads them.</source>
        <translation>{file}: kolom tidak diimpor (tidak dikenali): {columns}; --map dapat membacanya.</translation>
    </message>
    <message>
        <source>{file}: columns read: {columns}.</source>
        <translation>{file}: kolom yang dibaca: {columns}.</translation>
    </message>
    <message>
        <source>{file}: the dates read either way round; they were read as {order}. If that is wrong, give --dates.</source>
        <translation>{file}: tanggal dapat dibaca dua arah; tanggal dibaca sebagai {order}. Jika itu salah, gunakan --dates.</translation>
    </message>
    <message>
        <source>{file} is a whole exported shop: it is brought back as it is, without --dry-run, --skip-bad or --map.</source>
        <translation>{file} adalah seluruh data toko yang diekspor: berkas ini dipulihkan apa adanya, tanpa --dry-run, --skip-bad, atau --map.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customers</source>
        <translation>
            <numerusform>%Ln pelanggan baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows for customers already known</source>
        <translation>
            <numerusform>%Ln baris untuk pelanggan yang sudah terdaftar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with feedback</source>
        <translation>
            <numerusform>%Ln dengan umpan balik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups still to do</source>
        <translation>
            <numerusform>%Ln tindak lanjut belum dikerjakan</numerusform>
        </translation>
    </message>
    <message>
        <source>; new staff: {names}</source>
        <translation>; staf baru: {names}</translation>
    </message>
    <message>
        <source>--all exports every month: leave out --month</source>
        <translation>--all mengekspor semua bulan: hilangkan --month</translation>
    </message>
    <message>
        <source>--all writes xlsx or csv, not pdf</source>
        <translation>--all menulis xlsx atau csv, bukan pdf</translation>
    </message>
    <message>
        <source>Export all data as {format}</source>
        <translation>Ekspor semua data sebagai {format}</translation>
    </message>
    <message>
        <source>Export {month} as {format}</source>
        <translation>Ekspor {month} sebagai {format}</translation>
    </message>
    <message>
        <source>Data of customer {number}</source>
        <translation>Data pelanggan {number}</translation>
    </message>
    <message>
        <source>Forgetting cannot be undone: give --yes to forget customer {number} without being asked.</source>
        <translation>Melupakan pelanggan tidak dapat diurungkan: tambahkan --yes untuk melupakan pelanggan {number} tanpa ditanya.</translation>
    </message>
    <message>
        <source>Their name, phone numbers, e-mail addresses, handle, notes and what was written about them go for good; their enquiries stay as anonymous records. This cannot be undone.</source>
        <translation>Nama, nomor telepon, alamat e-mail, nama akun, catatan, dan semua yang ditulis tentang pelanggan ini akan dihapus permanen; pertanyaannya tetap ada sebagai catatan anonim. Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm: </source>
        <translation>Ketik nama pelanggan untuk mengonfirmasi: </translation>
    </message>
    <message>
        <source>Type {text} to confirm: </source>
        <translation>Ketik {text} untuk mengonfirmasi: </translation>
    </message>
    <message>
        <source>That is not what was asked for; nobody was forgotten.</source>
        <translation>Yang diketik tidak sesuai dengan yang diminta; tidak ada yang dilupakan.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot customer {number}: %Ln enquiries kept as anonymous records.</source>
        <translation>
            <numerusform>Pelanggan {number} telah dilupakan: %Ln pertanyaan disimpan sebagai catatan anonim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No enquiry was deleted more than %Ln days ago; nothing was purged.</source>
        <translation>
            <numerusform>Tidak ada pertanyaan yang dihapus lebih dari %Ln hari yang lalu; tidak ada yang dihapus permanen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no deleted enquiries; nothing was purged.</source>
        <translation>Tidak ada pertanyaan yang dihapus; tidak ada yang dihapus permanen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted enquiries would be purged (the first deleted on {date}).</source>
        <translation>
            <numerusform>%Ln pertanyaan yang dihapus akan dihapus permanen (yang pertama dihapus pada {date}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging cannot be undone: give --yes to purge them without being asked.</source>
        <translation>Penghapusan permanen tidak bisa diurungkan: berikan --yes untuk menghapusnya tanpa ditanya.</translation>
    </message>
    <message>
        <source>Remove them for good, with their contacts, follow-ups and feedback? Their customers stay. This cannot be undone. [y/N] </source>
        <translation>Hapus permanen, beserta kontak, tindak lanjut, dan umpan baliknya? Pelanggannya tetap ada. Ini tidak bisa diurungkan. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was purged.</source>
        <translation>Tidak ada yang dihapus permanen.</translation>
    </message>
    <message>
        <source>Purging</source>
        <translation>Menghapus permanen</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Tidak ada yang jatuh tempo hari ini.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Tidak ada yang terlambat.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Tidak ada tindak lanjut yang terbuka.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>untuk {name}</translation>
    </message>
    <message>
        <source>[priority]</source>
        <translation>[prioritas]</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups.</source>
        <translation>
            <numerusform>%Ln tindak lanjut.</numerusform>
        </translation>
    </message>
    <message>
        <source>--months only previews (with --dry-run); choose the months that count in Settings → Privacy.</source>
        <translation>--months hanya untuk pratinjau (dengan --dry-run); pilih jumlah bulan yang berlaku di Pengaturan → Privasi.</translation>
    </message>
    <message>
        <source>Retention is off (Settings → Privacy): nobody is forgotten. --dry-run --months N lists who would be.</source>
        <translation>Retensi nonaktif (Pengaturan → Privasi): tidak ada yang dilupakan. --dry-run --months N menampilkan siapa yang akan dilupakan.</translation>
    </message>
    <message numerus="yes">
        <source>no enquiry for %Ln months</source>
        <translation>
            <numerusform>tanpa pertanyaan selama %Ln bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>last enquiry {date}</source>
        <translation>pertanyaan terakhir {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln pertanyaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten ({quiet}).</source>
        <translation>
            <numerusform>%Ln pelanggan yang tidak pernah membeli akan dilupakan ({quiet}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due to be forgotten.</source>
        <translation>Tidak ada pelanggan yang perlu dilupakan saat ini.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers would be forgotten; give --yes to forget them without being asked.</source>
        <translation>
            <numerusform>%Ln pelanggan akan dilupakan; tambahkan --yes untuk melupakan mereka tanpa ditanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %Ln customers who never bought ({quiet})? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>Lupakan %Ln pelanggan yang tidak pernah membeli ({quiet})? Tindakan ini tidak dapat diurungkan. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Nobody was forgotten.</source>
        <translation>Tidak ada yang dilupakan.</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Melupakan pelanggan</translation>
    </message>
    <message>
        <source>{path}: no problems found (data version {version}).</source>
        <translation>{path}: tidak ditemukan masalah (versi data {version}).</translation>
    </message>
    <message numerus="yes">
        <source>{path} has a problem: {problem} (and %n more).</source>
        <translation>
            <numerusform>{path} bermasalah: {problem} (dan %n lainnya).</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} has a problem: {problem}.</source>
        <translation>{path} bermasalah: {problem}.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Memindahkan</translation>
    </message>
    <message>
        <source>Moved the shop from {source} to {target}: {rows} rows, the reports of {months} months compared and the same. {source} was left as it was.</source>
        <translation>Toko dipindahkan dari {source} ke {target}: {rows} baris, laporan {months} bulan dibandingkan dan sama. {source} dibiarkan seperti semula.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}. The previous file was kept at {copy}.</source>
        <translation>{path} dipulihkan dari {backup}. Berkas sebelumnya disimpan di {copy}.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}.</source>
        <translation>{path} dipulihkan dari {backup}.</translation>
    </message>
    <message>
        <source>This shop has no owner&apos;s PIN; there is nothing to reset.</source>
        <translation>Toko ini tidak memiliki PIN pemilik; tidak ada yang perlu diatur ulang.</translation>
    </message>
    <message>
        <source>The recovery key: </source>
        <translation>Kunci pemulihan: </translation>
    </message>
    <message>
        <source>Give the recovery key written down when the PIN was set.</source>
        <translation>Masukkan kunci pemulihan yang dicatat saat PIN dibuat.</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN was removed; set a new one in Settings → Security.</source>
        <translation>PIN pemilik sudah dihapus; buat PIN baru di Pengaturan → Keamanan.</translation>
    </message>
    <message>
        <source>interrupted; nothing of the unfinished command was saved.</source>
        <translation>dihentikan; tidak ada bagian dari perintah yang belum selesai itu yang tersimpan.</translation>
    </message>
    <message>
        <source>{reason} ({file}).</source>
        <translation>{reason} ({file}).</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Who is at the counter</source>
        <translation>Siapa yang di konter</translation>
    </message>
    <message>
        <source>Who is at the counter (Ctrl+Shift+U)</source>
        <translation>Siapa yang di konter (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>S&amp;witch staff…</source>
        <translation>Ganti sta&amp;f…</translation>
    </message>
    <message>
        <source>{name} is at the counter.</source>
        <translation>{name} sedang di konter.</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>Siapa yang di konter?</translation>
    </message>
</context>
<context>
    <name>CustomerData</name>
    <message>
        <source>{file}: give a file name that ends in .json or .pdf.</source>
        <extracomment>The file formats, by the file name&apos;s ending.</extracomment>
        <translation>{file}: gunakan nama berkas yang berakhiran .json atau .pdf.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Letters of free text in one piece of a page (about a dozen lines). Rows of a list table in one piece of a page. The change log&apos;s tables, as the reader knows them.</extracomment>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Phone number or e-mail</source>
        <translation>Nomor telepon atau e-mail</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Alasan memilih kami</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>{record} {number} recorded</source>
        <translation>{record} {number} dicatat</translation>
    </message>
    <message>
        <source>{record} {number} changed</source>
        <translation>{record} {number} diubah</translation>
    </message>
    <message>
        <source>{record} {number} removed</source>
        <translation>{record} {number} dihapus</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Data held about {name}</source>
        <translation>Data yang disimpan tentang {name}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>Catatan yang digabungkan</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Feedback and complaints</source>
        <translation>Umpan balik dan keluhan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Log perubahan</translation>
    </message>
    <message>
        <source>Everything the shop keeps about this customer on {date}: their details, enquiries, contacts, purchases, feedback, follow-ups and the changes made to them. Times are the shop&apos;s local time; amounts are in {currency}.</source>
        <translation>Semua yang disimpan toko tentang pelanggan ini per {date}: data dirinya, pertanyaan, kontak, pembelian, umpan balik, tindak lanjut, serta perubahan yang dibuat atas data tersebut. Waktu dinyatakan dalam waktu setempat toko; jumlah uang dalam {currency}.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Nomor pelanggan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Alamat e-mail</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Agreed to offers</source>
        <translation>Setuju menerima penawaran</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Pelanggan sejak</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Direkomendasikan oleh</translation>
    </message>
    <message>
        <source>Referred to us</source>
        <translation>Rekomendasi mereka</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Data pribadi dihapus</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on {date}; only anonymous records remain.</source>
        <translation>Data pribadi pelanggan ini dihapus pada {date}; yang tersisa hanya catatan anonim.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Records of the same person kept under another customer number, merged into this one.</source>
        <translation>Catatan tentang orang yang sama yang disimpan dengan nomor pelanggan lain, lalu digabungkan ke pelanggan ini.</translation>
    </message>
    <message>
        <source>Customer number {number}</source>
        <translation>Nomor pelanggan {number}</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Digabungkan pada</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Dihapus pada</translation>
    </message>
    <message>
        <source>Enquiry {number} · {date}</source>
        <translation>Pertanyaan {number} · {date}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Dari mana mereka tahu tentang kami</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Direkomendasikan oleh</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Perkiraan nilai</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Nilai pembelian</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Dibeli</translation>
    </message>
    <message>
        <source>Why the sale was lost</source>
        <translation>Alasan penjualan batal</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>dari pelanggan</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>ke pelanggan</translation>
    </message>
    <message>
        <source>enquiry {number}</source>
        <translation>pertanyaan {number}</translation>
    </message>
    <message>
        <source>deleted on {date}</source>
        <translation>dihapus pada {date}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>keluhan</translation>
    </message>
    <message>
        <source>rated {rating}/5</source>
        <translation>penilaian {rating}/5</translation>
    </message>
    <message>
        <source>would recommend {score}/10</source>
        <translation>akan merekomendasikan {score}/10</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Resolved on {date}</source>
        <translation>Diselesaikan pada {date}</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>Belum diselesaikan.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>tenggat {date}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Yang dilakukan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>CustomerDataExport</name>
    <message>
        <source>E&amp;xport this customer&apos;s data…</source>
        <extracomment>The formats offered: the key → the file&apos;s extension.</extracomment>
        <translation>&amp;Ekspor data pelanggan ini…</translation>
    </message>
    <message>
        <source>Everything the shop holds about this customer, for them: a PDF to read or a JSON file for a program</source>
        <translation>Semua data yang disimpan toko tentang pelanggan ini, untuk diberikan kepadanya: PDF untuk dibaca atau berkas JSON untuk program</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Ekspor data…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Ekspor data pelanggan ini</translation>
    </message>
    <message>
        <source>Data held about {name} {date}</source>
        <translation>Data yang disimpan tentang {name} {date}</translation>
    </message>
    <message>
        <source>PDF document to read (*.pdf)</source>
        <translation>Dokumen PDF untuk dibaca (*.pdf)</translation>
    </message>
    <message>
        <source>JSON file for a program (*.json)</source>
        <translation>Berkas JSON untuk program (*.json)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Pilih pelanggan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Exporting a customer&apos;s data</source>
        <translation>Mengekspor data pelanggan</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Saved the customer&apos;s data to {path}</source>
        <translation>Data pelanggan disimpan ke {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Customer details</source>
        <extracomment>Rows of the enquiries table shown before it scrolls. A card read (or why none is shown) is on the card: the customer asked for, or None.</extracomment>
        <translation>Detail pelanggan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Pelanggan sejak</translation>
    </message>
    <message>
        <source>Shares a phone number</source>
        <translation>Berbagi nomor telepon</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Ubah pelanggan</translation>
    </message>
    <message>
        <source>Correct the name, phone, e-mail, handle, notes or who referred them</source>
        <translation>Perbaiki nama, telepon, e-mail, nama akun, catatan, atau siapa yang merekomendasikannya</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Gabungkan pelanggan</translation>
    </message>
    <message>
        <source>Another customer is the same person: move everything of theirs here</source>
        <translation>Pelanggan lain adalah orang yang sama: pindahkan semua datanya ke sini</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Their enquiries</source>
        <translation>Pertanyaannya</translation>
    </message>
    <message>
        <source>Enter or a double click opens the enquiry</source>
        <translation>Enter atau klik ganda membuka pertanyaan</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Referred to us</source>
        <translation>Rekomendasi mereka</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>{action} ({keys}): {tip}</source>
        <translation>{action} ({keys}): {tip}</translation>
    </message>
    <message>
        <source>Select a customer to see their history</source>
        <translation>Pilih pelanggan untuk melihat riwayatnya</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Memuat pelanggan…</translation>
    </message>
    <message>
        <source>This customer was merged into another or deleted.</source>
        <translation>Pelanggan ini telah digabungkan ke pelanggan lain atau dihapus.</translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation>Data pelanggan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Tidak ada detail kontak</translation>
    </message>
    <message>
        <source>Customer since {date}</source>
        <translation>Pelanggan sejak {date}</translation>
    </message>
    <message>
        <source>referred by {customer}</source>
        <translation>direkomendasikan oleh {customer}</translation>
    </message>
    <message>
        <source>agreed to be contacted with offers since {date}</source>
        <translation>setuju dihubungi untuk penawaran sejak {date}</translation>
    </message>
    <message>
        <source>Shares a phone number with: {customers}</source>
        <translation>Berbagi nomor telepon dengan: {customers}</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>dan %Ln lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>{purchases}, {total} in all</source>
        <translation>{purchases}, total {total}</translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation>belum ada pembelian</translation>
    </message>
    <message>
        <source>last enquiry {date}</source>
        <translation>pertanyaan terakhir {date}</translation>
    </message>
    <message>
        <source>rated {rating}/5</source>
        <translation>penilaian {rating}/5</translation>
    </message>
    <message>
        <source>worse than expected</source>
        <translation>lebih buruk dari harapan</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>sesuai harapan</translation>
    </message>
    <message>
        <source>better than expected</source>
        <translation>lebih baik dari harapan</translation>
    </message>
    <message>
        <source>would recommend {score}/10</source>
        <translation>akan merekomendasikan {score}/10</translation>
    </message>
    <message>
        <source>“{comment}”</source>
        <translation>“{comment}”</translation>
    </message>
    <message>
        <source>Open: not resolved yet</source>
        <translation>Terbuka: belum diselesaikan</translation>
    </message>
    <message>
        <source>Resolved {date}: {resolution}</source>
        <translation>Diselesaikan {date}: {resolution}</translation>
    </message>
    <message>
        <source>Resolved {date}</source>
        <translation>Diselesaikan {date}</translation>
    </message>
</context>
<context>
    <name>CustomerEdit</name>
    <message>
        <source>There is no customer number {number}.</source>
        <translation>Tidak ada pelanggan dengan nomor {number}.</translation>
    </message>
    <message>
        <source>A customer cannot have referred themselves.</source>
        <translation>Pelanggan tidak dapat merekomendasikan dirinya sendiri.</translation>
    </message>
    <message>
        <source>The customer who referred them was deleted or merged; choose another one.</source>
        <translation>Pelanggan yang merekomendasikannya telah dihapus atau digabungkan; pilih pelanggan lain.</translation>
    </message>
    <message>
        <source>Customer {name} edited</source>
        <translation>Data pelanggan {name} diubah</translation>
    </message>
</context>
<context>
    <name>CustomerForgetting</name>
    <message>
        <source>&amp;Forget this customer…</source>
        <translation>&amp;Lupakan pelanggan ini…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data for good, at their request; their enquiries stay as anonymous records</source>
        <translation>Hapus data pribadi pelanggan ini secara permanen atas permintaannya; pertanyaannya tetap ada sebagai catatan anonim</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Lupakan…</translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation>Lupakan pelanggan ini</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Pilih pelanggan terlebih dahulu.</translation>
    </message>
    <message>
        <source>This customer was forgotten already.</source>
        <translation>Pelanggan ini sudah dilupakan sebelumnya.</translation>
    </message>
    <message>
        <source>Forgetting a customer</source>
        <translation>Melupakan pelanggan</translation>
    </message>
    <message>
        <source>Forgetting {name}…</source>
        <translation>Melupakan {name}…</translation>
    </message>
    <message>
        <source>{what}. This cannot be undone.</source>
        <translation>{what}. Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Forgetting cancelled; nothing was changed.</source>
        <translation>Proses melupakan dibatalkan; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>Customer number {number} was deleted or merged already; choose another customer to keep.</source>
        <extracomment>Contact facts the kept customer takes from the other one when it has none. What the kept customer takes over: field (name/phone/email/handle) → shown value.</extracomment>
        <translation>Pelanggan nomor {number} sudah dihapus atau digabungkan; pilih pelanggan lain yang akan dipertahankan.</translation>
    </message>
    <message>
        <source>Customer number {number} was deleted or merged already; choose another customer to merge.</source>
        <translation>Pelanggan nomor {number} sudah dihapus atau digabungkan; pilih pelanggan lain yang akan digabungkan.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>Pelanggan tidak dapat digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>{other} merged into {keep}</source>
        <translation>{other} digabungkan ke {keep}</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Name</source>
        <extracomment>The directory&apos;s columns: key, title (translated where shown, context &quot;CustomerModel&quot;).</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Last enquiry</source>
        <translation>Pertanyaan terakhir</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>The columns a search orders by (directory.order_column → column number).</extracomment>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>The list is in this column&apos;s order; click to reverse it</source>
        <translation>Daftar diurutkan menurut kolom ini; klik untuk membalik urutannya</translation>
    </message>
    <message>
        <source>The list is in order of name, or of the phone number or e-mail address being searched for</source>
        <translation>Daftar diurutkan menurut nama, atau menurut nomor telepon atau alamat email yang dicari</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, phone or e-mail…</source>
        <translation>Nama, telepon, atau email…</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Pelanggan yang cocok</translation>
    </message>
    <message>
        <source>Down from the search box, then Enter to pick</source>
        <translation>Tekan panah Bawah dari kotak pencarian, lalu Enter untuk memilih</translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln pertanyaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases</source>
        <translation>
            <numerusform>%Ln pembelian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln tindak lanjut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln umpan balik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation>
            <numerusform>%Ln orang yang mereka rekomendasikan</numerusform>
        </translation>
    </message>
    <message>
        <source>Returning buyer</source>
        <translation>Pembeli yang kembali</translation>
    </message>
    <message>
        <source>Repeat buyer</source>
        <translation>Pembeli berulang</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Bought from us, and enquired again after that</source>
        <translation>Pernah membeli dari kami, lalu bertanya lagi setelahnya</translation>
    </message>
    <message>
        <source>Bought from us two or more times</source>
        <translation>Membeli dari kami dua kali atau lebih</translation>
    </message>
    <message>
        <source>Recommended us to someone, or would recommend us with a 9 or 10</source>
        <translation>Merekomendasikan kami kepada seseorang, atau akan merekomendasikan kami dengan nilai 9 atau 10</translation>
    </message>
    <message>
        <source>Awaiting response</source>
        <translation>Menunggu respons</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name, phone or e-mail.</source>
        <translation>Isi nama, nomor telepon, atau email pelanggan.</translation>
    </message>
    <message>
        <source>There is no customer number {number}.</source>
        <translation>Tidak ada pelanggan dengan nomor {number}.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, phone or e-mail…</source>
        <extracomment>Shares of the width left after the columns sized to their content.</extracomment>
        <translation>Cari nama, telepon, atau email…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Type the start of a name, three or more digits of a phone number as you would dial it, or the start of an e-mail address</source>
        <translation>Ketik awal nama, tiga digit atau lebih dari nomor telepon seperti saat Anda meneleponnya, atau awal alamat email</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Kemungkinan &amp;duplikat…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Customers who may be one person, to merge or to tell apart (Ctrl+Shift+D)</source>
        <translation>Pelanggan yang mungkin satu orang, untuk digabungkan atau dibedakan (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Enter goes on to the selected customer&apos;s enquiries</source>
        <translation>Enter membuka pertanyaan dari pelanggan yang dipilih</translation>
    </message>
    <message>
        <source>Select a customer to see their history</source>
        <translation>Pilih pelanggan untuk melihat riwayatnya</translation>
    </message>
    <message>
        <source>No customer matches. Try the start of a name, phone digits or an e-mail.</source>
        <translation>Tidak ada pelanggan yang cocok. Coba awal nama, digit nomor telepon, atau alamat email.</translation>
    </message>
    <message>
        <source>No customers yet. A customer appears here with their first enquiry (Ctrl+N).</source>
        <translation>Belum ada pelanggan. Pelanggan akan muncul di sini bersama pertanyaan pertamanya (Ctrl+N).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>Menggabungkan pelanggan</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>{file} is not an EnquiryDesk database (it is not an SQLite file).</source>
        <extracomment>The page cache of a connection opened for one read and closed after it (a negative cache_size is in KiB): SQLite&apos;s default.</extracomment>
        <translation>{file} bukan basis data EnquiryDesk (bukan berkas SQLite).</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}).</source>
        <extracomment>{error} is SQLite&apos;s own explanation, in English.</extracomment>
        <translation>{file} tidak dapat dibaca ({error}).</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened ({error}); restore a backup.</source>
        <extracomment>{error} is SQLite&apos;s own explanation, in English.</extracomment>
        <translation>{file} rusak dan tidak dapat dibuka ({error}); pulihkan cadangan.</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was written to it. Restore a backup.</source>
        <extracomment>{problem} is what the check found (often SQLite&apos;s own words, in English).</extracomment>
        <translation>{file} rusak ({problem}); tidak ada yang ditulis ke dalamnya. Pulihkan cadangan.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database of another program, not an EnquiryDesk file.</source>
        <translation>{file} adalah basis data SQLite milik program lain, bukan berkas EnquiryDesk.</translation>
    </message>
    <message>
        <source>{table} row {row} points to a missing {parent}</source>
        <extracomment>A problem the check found; {table}, {parent}: the database&apos;s table names.</extracomment>
        <translation>baris {row} pada {table} merujuk ke {parent} yang tidak ada</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <extracomment>A problem the check found, put into a list or in brackets; {error} is SQLite&apos;s.</extracomment>
        <translation>tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}).</source>
        <translation>Salinan cadangan tidak lolos pemeriksaan ({problem}).</translation>
    </message>
    <message>
        <source>{file} already exists; a backup never replaces a file.</source>
        <translation>{file} sudah ada; cadangan tidak pernah menimpa berkas.</translation>
    </message>
    <message>
        <source>The database is damaged; EnquiryDesk stopped writing to it. Restore a backup.</source>
        <translation>Basis data rusak; EnquiryDesk berhenti menulis ke dalamnya. Pulihkan cadangan.</translation>
    </message>
    <message>
        <source>Another program kept the database busy for too long; nothing was saved. Try again.</source>
        <translation>Program lain membuat basis data sibuk terlalu lama; tidak ada yang disimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database (an input/output error); nothing was saved. Check the disk and try again.</source>
        <translation>Disk tidak dapat membaca atau menulis basis data (kesalahan input/output); tidak ada yang disimpan. Periksa disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was saved. Try again.</source>
        <translation>Memori komputer habis; tidak ada yang disimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: SQLite must write its journal beside the database, so nothing can be saved. Move the file to a folder you can write to.</source>
        <translation>Folder {folder} hanya-baca: SQLite harus menulis jurnalnya di samping basis data, sehingga tidak ada yang dapat disimpan. Pindahkan berkas ke folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>The database file {file} is read-only; EnquiryDesk cannot save to it.</source>
        <translation>Berkas basis data {file} hanya-baca; EnquiryDesk tidak dapat menyimpan ke dalamnya.</translation>
    </message>
    <message>
        <source>The database file cannot be opened; check that its folder exists and is yours.</source>
        <translation>Berkas basis data tidak dapat dibuka; pastikan foldernya ada dan milik Anda.</translation>
    </message>
    <message>
        <source>The database cannot be written to (the file or its folder is read-only); nothing was saved.</source>
        <translation>Basis data tidak dapat ditulisi (berkas atau foldernya hanya-baca); tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Choose between 1 and %Ln demo enquiries.</source>
        <extracomment>Of new customers, the share who are an earlier one entered again by staff who did not find them, soon after their first visit (among the `AGAIN_WITHIN` customers before). The shop&apos;s language by its country (&quot;en&quot; for any other, or none). Customers&apos; languages in a shop of each language: locals, and a few foreigners. Of the foreigners, those still on their home (British) number rather than a local one. Women&apos;s first names: Slovenian notes say &quot;zanima jo&quot; of her, &quot;zanima ga&quot; of him. The demo&apos;s own staff (a file that has staff keeps them): the owner first. What the shop sells, best sellers first: (name, genitive, accusative, price in euro). Only Slovenian needs the cases; the other languages say the name as it is. What staff write down of an enquiry: {nom}, {gen}, {acc} the product in its cases, {ga} &quot;ga&quot; or &quot;jo&quot; (him or her). Customers&apos; comments in their own language, by how pleased they were: good, so-so, bad. What staff note on the follow-ups they do, in the shop&apos;s language. Median business minutes to the first answer, per channel (when not answered on the spot). Mobile numbers by country, valid for libphonenumber: prefix, digits after it (Indonesia&apos;s 08xx, Slovenia&apos;s 030/031/040/041/051/064/068/069/070/071). A country without a plan here gets one from libphonenumber&apos;s example mobile number (`_phone_plan`). The numbers of an English demo without a country, and foreigners&apos; home numbers. E-mail domains by the customer&apos;s language, the common ones repeated. Cumulative shares of ratings 5, 4, 3, 2 (the rest are 1). A follow-up&apos;s state: (done at, result, cancelled at). (earlier, later) customers who are one person entered twice, with a clue to it. A country&apos;s mobile numbers: (prefix, digits after it) each.</extracomment>
        <translation>
            <numerusform>Pilih antara 1 dan %Ln pertanyaan demo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already holds enquiries; demo data goes only into a new, empty one.</source>
        <translation>Basis data ini sudah berisi pertanyaan; data demo hanya dapat dimasukkan ke basis data baru yang masih kosong.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data: %Ln enquiries</source>
        <translation>
            <numerusform>Data demo: %Ln pertanyaan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Enquiry details</source>
        <extracomment>After a successful action: the `Changes` it made (for undo and for other views). An action&apos;s key pressed when the action does not apply: why not (a sentence). A card read (or why none is shown) is on the pane: the enquiry asked for, or None.</extracomment>
        <translation>Detail pertanyaan</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Li&amp;nimasa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>Pelanggan lama</translation>
    </message>
    <message>
        <source>They enquired with us before this enquiry</source>
        <translation>Mereka pernah bertanya kepada kami sebelum pertanyaan ini</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Catat kontak…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Catat kontak</translation>
    </message>
    <message>
        <source>A call, message, e-mail, visit, quote or note</source>
        <translation>Telepon, pesan, e-mail, kunjungan, penawaran harga, atau catatan</translation>
    </message>
    <message>
        <source>Purchased…</source>
        <translation>Terjual…</translation>
    </message>
    <message>
        <source>Mark purchased</source>
        <translation>Tandai terjual</translation>
    </message>
    <message>
        <source>They bought: value, how, and why they chose us</source>
        <translation>Mereka membeli: nilai, cara membeli, dan alasan memilih kami</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Batal…</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Tandai batal</translation>
    </message>
    <message>
        <source>They did not buy: why</source>
        <translation>Mereka tidak membeli: alasannya</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Tindak lanjut…</translation>
    </message>
    <message>
        <source>Schedule follow-up</source>
        <translation>Jadwalkan tindak lanjut</translation>
    </message>
    <message>
        <source>Plan a call-back or another follow-up</source>
        <translation>Rencanakan telepon balik atau tindak lanjut lainnya</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Umpan balik…</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Catat umpan balik</translation>
    </message>
    <message>
        <source>What the buyer said about the purchase</source>
        <translation>Apa kata pembeli tentang pembeliannya</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Edit enquiry</source>
        <translation>Ubah pertanyaan</translation>
    </message>
    <message>
        <source>Correct the interest, details, estimated value or source</source>
        <translation>Perbaiki minat, detail, perkiraan nilai, atau sumber</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Delete enquiry</source>
        <translation>Hapus pertanyaan</translation>
    </message>
    <message>
        <source>Remove the enquiry from every list and report (can be undone)</source>
        <translation>Hapus pertanyaan dari semua daftar dan laporan (dapat diurungkan)</translation>
    </message>
    <message>
        <source>{action} ({keys}): {tip}</source>
        <extracomment>Each action&apos;s key (the window&apos;s menu shows them; `press` acts on them).</extracomment>
        <translation>{action} ({keys}): {tip}</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Diterima:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Saluran:</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Minat:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Dicatat oleh:</translation>
    </message>
    <message>
        <source>Estimated value:</source>
        <translation>Perkiraan nilai:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Respons:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Nilai:</translation>
    </message>
    <message>
        <source>Why they chose us:</source>
        <translation>Alasan memilih kami:</translation>
    </message>
    <message>
        <source>Lost because:</source>
        <translation>Batal karena:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Tindak lanjut berikutnya:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Select an enquiry to see its customer, timeline and actions</source>
        <translation>Pilih pertanyaan untuk melihat pelanggan, linimasa, dan tindakannya</translation>
    </message>
    <message>
        <source>Loading the enquiry…</source>
        <translation>Memuat pertanyaan…</translation>
    </message>
    <message>
        <source>This enquiry was deleted.</source>
        <translation>Pertanyaan ini telah dihapus.</translation>
    </message>
    <message>
        <source>The enquiry could not be read.</source>
        <translation>Pertanyaan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>{name} (deleted customer)</source>
        <translation>{name} (pelanggan terhapus)</translation>
    </message>
    <message>
        <source>1 enquiry</source>
        <translation>1 pertanyaan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other purchases</source>
        <translation>
            <numerusform>%Ln pembelian lain</numerusform>
        </translation>
    </message>
    <message>
        <source>{enquiries} · no other purchases</source>
        <translation>{enquiries} · tidak ada pembelian lain</translation>
    </message>
    <message>
        <source>1 other purchase</source>
        <translation>1 pembelian lain</translation>
    </message>
    <message>
        <source>{enquiries} · {purchases}, {total} in all</source>
        <translation>{enquiries} · {purchases}, total {total}</translation>
    </message>
    <message>
        <source>Purchased {when}</source>
        <translation>Terjual {when}</translation>
    </message>
    <message>
        <source>Lost {when}</source>
        <translation>Batal {when}</translation>
    </message>
    <message>
        <source>Overdue: waiting for an answer for {time}</source>
        <translation>Terlambat: menunggu jawaban selama {time}</translation>
    </message>
    <message>
        <source>Awaiting response ({time} so far)</source>
        <translation>Menunggu respons ({time} sejauh ini)</translation>
    </message>
    <message>
        <source>Open: answered, awaiting their decision</source>
        <translation>Terbuka: sudah dijawab, menunggu keputusan mereka</translation>
    </message>
    <message>
        <source>after {time} (within the {minutes} min target)</source>
        <translation>setelah {time} (dalam target {minutes} menit)</translation>
    </message>
    <message>
        <source>after {time} (over the {minutes} min target)</source>
        <translation>setelah {time} (melewati target {minutes} menit)</translation>
    </message>
    <message>
        <source>Select an enquiry first.</source>
        <translation>Pilih pertanyaan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Purchased enquiries cannot be marked lost. Undo the purchase first if it was a mistake.</source>
        <translation>Pertanyaan yang sudah terjual tidak dapat ditandai batal. Urungkan pembeliannya terlebih dahulu jika itu sebuah kesalahan.</translation>
    </message>
    <message>
        <source>Feedback is about a purchase: mark the enquiry purchased first.</source>
        <translation>Umpan balik berkaitan dengan pembelian: tandai pertanyaan sebagai terjual terlebih dahulu.</translation>
    </message>
    <message>
        <source>Edit purchase…</source>
        <translation>Ubah pembelian…</translation>
    </message>
    <message>
        <source>Change the purchase&apos;s value, how they bought, or why (Ctrl+B)</source>
        <translation>Ubah nilai pembelian, cara membeli, atau alasannya (Ctrl+B)</translation>
    </message>
    <message>
        <source>Deleting an enquiry</source>
        <translation>Menghapus pertanyaan</translation>
    </message>
    <message>
        <source>Delete the enquiry from {name}?</source>
        <translation>Hapus pertanyaan dari {name}?</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>pelanggan ini</translation>
    </message>
    <message>
        <source>It leaves every list and report, with its follow-ups. You can undo this with Undo (Ctrl+Z).</source>
        <translation>Pertanyaan ini akan hilang dari semua daftar dan laporan, beserta tindak lanjutnya. Anda dapat membatalkannya dengan Urungkan (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the enquiry</source>
        <translation>Hapus pertanyaan</translation>
    </message>
    <message>
        <source>Keep the enquiry</source>
        <translation>Pertahankan pertanyaan</translation>
    </message>
    <message>
        <source>The enquiry was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Pertanyaan telah dihapus. Urungkan (Ctrl+Z) akan mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>There is no customer number {number}.</source>
        <extracomment>How many of a customer&apos;s enquiries, purchases, feedback and referrals the card lists (its counts cover them all). Their other numbers (E.164) and addresses, in the order they were learned. Other customers with the same phone number (a family phone): never merged silently. When they agreed to be contacted with offers (None: not asked, or declined). When their personal data was erased (`name` is then the forgotten label).</extracomment>
        <translation>Tidak ada pelanggan dengan nomor {number}.</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;What came of it:</source>
        <translation>&amp;Hasilnya:</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Hasilnya</translation>
    </message>
    <message>
        <source>Optional: a few words for the timeline. Enter starts a new line; Ctrl+Enter saves.</source>
        <translation>Opsional: beberapa kata untuk linimasa. Enter membuat baris baru; Ctrl+Enter menyimpan.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same phone number</source>
        <extracomment>The most pairs listed at once: merge or dismiss some, and the next ones come. A number that differs from another only in this many last digits may be a typo. Why a pair is listed, strongest first.</extracomment>
        <translation>Nomor telepon sama</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>Alamat e-mail sama</translation>
    </message>
    <message>
        <source>Same name, nearly the same number</source>
        <translation>Nama sama, nomor hampir sama</translation>
    </message>
    <message>
        <source>Same name, same e-mail before the @</source>
        <translation>Nama sama, e-mail sama sebelum @</translation>
    </message>
    <message>
        <source>Similar name, nearly the same number</source>
        <translation>Nama mirip, nomor hampir sama</translation>
    </message>
    <message>
        <source>Same uncommon name</source>
        <translation>Nama jarang yang sama</translation>
    </message>
    <message>
        <source>One of the two customers was merged or deleted already.</source>
        <translation>Salah satu dari kedua pelanggan sudah digabungkan atau dihapus.</translation>
    </message>
    <message>
        <source>{first} and {second} are two people</source>
        <translation>{first} dan {second} adalah dua orang berbeda</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Customers who may be one person: the same phone number or e-mail address; the same or a similar name with a number that differs only in its last digits; the same name with the same e-mail before the @; or the same name alone, when it is uncommon among your customers. Enter merges the selected pair; {key} says they are two people, and they are not listed again.</source>
        <translation>Pelanggan yang mungkin satu orang: nomor telepon atau alamat e-mail yang sama; nama yang sama atau mirip dengan nomor yang hanya berbeda di digit terakhir; nama yang sama dengan e-mail yang sama sebelum @; atau hanya nama yang sama, jika nama itu jarang di antara pelanggan Anda. Enter menggabungkan pasangan yang dipilih; {key} menyatakan mereka dua orang, dan mereka tidak dicantumkan lagi.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Mencari kemungkinan duplikat…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Gabungkan…</translation>
    </message>
    <message>
        <source>Merge the two into one customer (Enter)</source>
        <translation>Gabungkan keduanya menjadi satu pelanggan (Enter)</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Bukan orang yang sama</translation>
    </message>
    <message>
        <source>They are two people: do not list them again ({key})</source>
        <translation>Mereka dua orang: jangan cantumkan lagi ({key})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates</source>
        <translation>
            <numerusform>%Ln kemungkinan duplikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln possible duplicates</source>
        <translation>
            <numerusform>%Ln kemungkinan duplikat pertama</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: every customer is one person.</source>
        <translation>Tidak ada kemungkinan duplikat: setiap pelanggan adalah orang yang berbeda.</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Ubah pelanggan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;pon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>As you would dial it; without +country it is read in the shop&apos;s country</source>
        <translation>Seperti saat Anda meneleponnya; tanpa +kode negara, nomor dibaca sebagai nomor negara toko</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address</source>
        <translation>Alamat e-mail pelanggan</translation>
    </message>
    <message>
        <source>O&amp;ther phones:</source>
        <translation>Telepon &amp;lain:</translation>
    </message>
    <message>
        <source>Other phone numbers</source>
        <translation>Nomor telepon lain</translation>
    </message>
    <message>
        <source>Their other numbers, separated by commas; all of them find and recognise the customer</source>
        <translation>Nomor lain pelanggan, dipisahkan dengan koma; semuanya dapat digunakan untuk mencari dan mengenali pelanggan</translation>
    </message>
    <message>
        <source>Other e-&amp;mails:</source>
        <translation>E-&amp;mail lain:</translation>
    </message>
    <message>
        <source>Other e-mail addresses</source>
        <translation>Alamat e-mail lain</translation>
    </message>
    <message>
        <source>Their other addresses, separated by commas</source>
        <translation>Alamat lain pelanggan, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>Nama &amp;akun:</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Their name on social media or a chat app</source>
        <translation>Nama mereka di media sosial atau aplikasi chat</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Anything worth remembering about them. Ctrl+Enter saves.</source>
        <translation>Apa pun yang perlu diingat tentang mereka. Ctrl+Enter menyimpan.</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Direkomendasikan oleh:</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Direkomendasikan oleh</translation>
    </message>
    <message>
        <source>The customer who recommended us to them; clear it if nobody</source>
        <translation>Pelanggan yang merekomendasikan kami kepada mereka; kosongkan jika tidak ada</translation>
    </message>
    <message>
        <source>Agreed to be contacted &amp;with offers</source>
        <translation>&amp;Setuju dihubungi untuk penawaran</translation>
    </message>
    <message>
        <source>Agreed to be contacted with offers</source>
        <translation>Setuju dihubungi untuk penawaran</translation>
    </message>
    <message>
        <source>Tick when they said yes to offers (the date is kept); untick when they no longer want them. Repeat offers may be planned only for them (Settings → Privacy).</source>
        <translation>Centang jika mereka setuju menerima penawaran (tanggalnya disimpan); hapus centang jika mereka tidak lagi menginginkannya. Penawaran ulang hanya dapat direncanakan untuk mereka (Pengaturan → Privasi).</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sejak {date}</translation>
    </message>
    <message>
        <source>Pick the customer from the list, or clear the field.</source>
        <translation>Pilih pelanggan dari daftar, atau kosongkan isian.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit enquiry</source>
        <translation>Ubah pertanyaan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Minat:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>The product or service they asked about</source>
        <translation>Produk atau layanan yang ditanyakan</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Rincian:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Anything else worth remembering. Ctrl+Enter saves.</source>
        <translation>Hal lain yang perlu diingat. Ctrl+Enter untuk menyimpan.</translation>
    </message>
    <message>
        <source>&amp;Estimated value ({currency}):</source>
        <translation>&amp;Perkiraan nilai ({currency}):</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Perkiraan nilai</translation>
    </message>
    <message>
        <source>What the sale may be worth</source>
        <translation>Perkiraan nilai penjualan ini</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>How they heard of the shop</source>
        <translation>Dari mana pelanggan mengetahui toko ini</translation>
    </message>
</context>
<context>
    <name>Enquiries</name>
    <message>
        <source>Choose the channel the enquiry came through.</source>
        <translation>Pilih saluran asal pertanyaan.</translation>
    </message>
    <message>
        <source>A customer cannot have recommended the shop to themselves.</source>
        <translation>Pelanggan tidak dapat merekomendasikan toko kepada dirinya sendiri.</translation>
    </message>
    <message>
        <source>The recommending customer does not exist.</source>
        <translation>Pelanggan yang merekomendasikan tidak ada.</translation>
    </message>
    <message>
        <source>Enquiry {number} logged ({customer})</source>
        <translation>Pertanyaan {number} dicatat ({customer})</translation>
    </message>
    <message>
        <source>Unknown kind of contact {kind}.</source>
        <translation>Jenis kontak {kind} tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown direction {direction}.</source>
        <translation>Arah {direction} tidak dikenal.</translation>
    </message>
    <message>
        <source>Contact ({kind}) recorded on enquiry {number}</source>
        <translation>Kontak ({kind}) dicatat pada pertanyaan {number}</translation>
    </message>
    <message>
        <source>First response set on enquiry {number}</source>
        <translation>Respons pertama ditetapkan pada pertanyaan {number}</translation>
    </message>
    <message>
        <source>Unknown purchase channel {channel}; use one of: in_store, online, delivery.</source>
        <translation>Saluran pembelian {channel} tidak dikenal; gunakan salah satu dari: in_store, online, delivery.</translation>
    </message>
    <message>
        <source>Enquiry {number} marked purchased</source>
        <translation>Pertanyaan {number} ditandai terjual</translation>
    </message>
    <message>
        <source>Choose why the sale was lost.</source>
        <translation>Pilih alasan penjualan batal.</translation>
    </message>
    <message>
        <source>Enquiry {number} marked lost</source>
        <translation>Pertanyaan {number} ditandai batal</translation>
    </message>
    <message>
        <source>The enquiry cannot be received after its first response.</source>
        <translation>Waktu diterimanya pertanyaan tidak boleh setelah respons pertamanya.</translation>
    </message>
    <message>
        <source>The enquiry cannot be received after its outcome.</source>
        <translation>Waktu diterimanya pertanyaan tidak boleh setelah hasil akhirnya.</translation>
    </message>
    <message>
        <source>Enquiry {number} edited</source>
        <translation>Pertanyaan {number} diubah</translation>
    </message>
    <message>
        <source>Enquiry {number} deleted</source>
        <translation>Pertanyaan {number} dihapus</translation>
    </message>
</context>
<context>
    <name>EnquiriesView</name>
    <message>
        <source>Search name, phone, e-mail, interest…</source>
        <extracomment>Shares of the width left after the columns sized to their content, until the user sets widths of their own (remembered).</extracomment>
        <translation>Cari nama, telepon, email, minat…</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>Cari pertanyaan</translation>
    </message>
    <message>
        <source>Type the start of a name, three or more digits of a phone number, an e-mail address, or a word from the interest or notes (Ctrl+F)</source>
        <translation>Ketik awal nama, tiga digit atau lebih dari nomor telepon, alamat email, atau kata dari minat atau catatan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filter tersimpan</translation>
    </message>
    <message>
        <source>Keep this search and these filters, or use a kept one</source>
        <translation>Simpan pencarian dan filter ini, atau gunakan yang sudah disimpan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln pertanyaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filter saluran</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Awaiting response</source>
        <translation>Menunggu respons</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filter staf</translation>
    </message>
    <message>
        <source>Only the enquiries this person took</source>
        <translation>Hanya pertanyaan yang dicatat oleh orang ini</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>Received in</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <source>Only the enquiries received in this period</source>
        <translation>Hanya pertanyaan yang diterima dalam periode ini</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Antara…</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Diterima dari</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Diterima sampai</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Select an enquiry to see its customer, timeline and actions</source>
        <translation>Pilih pertanyaan untuk melihat pelanggan, linimasa, dan tindakannya</translation>
    </message>
    <message>
        <source>No enquiries yet. Press Ctrl+N to log the first one.</source>
        <translation>Belum ada pertanyaan. Tekan Ctrl+N untuk mencatat yang pertama.</translation>
    </message>
    <message>
        <source>No enquiry matches. Clear the search or choose other filters.</source>
        <translation>Tidak ada pertanyaan yang cocok. Kosongkan pencarian atau pilih filter lain.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>The search and filters were cleared to show the enquiry from {name}.</source>
        <translation>Pencarian dan filter dikosongkan untuk menampilkan pertanyaan dari {name}.</translation>
    </message>
    <message>
        <source>The search was cleared to show the enquiry from {name}.</source>
        <translation>Pencarian dikosongkan untuk menampilkan pertanyaan dari {name}.</translation>
    </message>
    <message>
        <source>The filters were cleared to show the enquiry from {name}.</source>
        <translation>Filter dikosongkan untuk menampilkan pertanyaan dari {name}.</translation>
    </message>
    <message>
        <source>Keep this filter…</source>
        <translation>Simpan filter ini…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep this filter</source>
        <translation>Simpan filter ini</translation>
    </message>
    <message>
        <source>Name for this search and filters:</source>
        <translation>Nama untuk pencarian dan filter ini:</translation>
    </message>
</context>
<context>
    <name>EnquiryModel</name>
    <message>
        <source>Received</source>
        <extracomment>The columns: key, and the title (translated where shown, in context &quot;EnquiryModel&quot;).</extracomment>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Business time to the first response; for an unanswered enquiry, how long it has waited. Red: past the response target.</source>
        <translation>Waktu kerja hingga respons pertama; untuk pertanyaan yang belum dijawab, lamanya sudah menunggu. Merah: melewati target respons.</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Menunggu respons</translation>
    </message>
    <message>
        <source>waiting {time}</source>
        <translation>menunggu {time}</translation>
    </message>
    <message>
        <source>Awaiting response</source>
        <translation>Menunggu respons</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{format} is not an export format; use one of: {formats}.</source>
        <translation>{format} bukan format ekspor; gunakan salah satu dari: {formats}.</translation>
    </message>
    <message>
        <source>A PDF cannot be drawn without Qt&apos;s graphics (QGuiApplication).</source>
        <extracomment>Families that carry Indonesian and Slovenian letters (č, š, ž) everywhere we run; the first one installed is used, else Qt&apos;s default.</extracomment>
        <translation>PDF tidak dapat digambar tanpa grafis Qt (QGuiApplication).</translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation>Printer atau berkas PDF menolak halaman baru.</translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>Ekspor PDF dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation>Laporan tidak dapat digambar pada printer atau berkas ini.</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Excel&apos;s built-in &quot;date and time&quot; format (number 22): each user sees their own regional date order. What Excel allows in a sheet&apos;s name: 31 characters, none of these, no apostrophe at either end, not &quot;History&quot; (Excel&apos;s own). Each format&apos;s quote-prefixed twin.</extracomment>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Pertanyaan</translation>
    </message>
</context>
<context>
    <name>ExportAll</name>
    <message>
        <source>&amp;Export all data…</source>
        <extracomment>The formats offered: the key `all_data.export_all` takes → the file&apos;s extension.</extracomment>
        <translation>&amp;Ekspor seluruh data…</translation>
    </message>
    <message>
        <source>Every record in one Excel workbook or a ZIP of CSV files: to move to another PC, keep a copy or use another program (PINs are not exported)</source>
        <translation>Semua data dalam satu buku kerja Excel atau ZIP berisi berkas CSV: untuk dipindahkan ke PC lain, disimpan sebagai salinan, atau dipakai di program lain (PIN tidak diekspor)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP of CSV files (*.zip)</source>
        <translation>ZIP berisi berkas CSV (*.zip)</translation>
    </message>
    <message>
        <source>EnquiryDesk all data {date}</source>
        <translation>Seluruh data EnquiryDesk {date}</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Ekspor seluruh data</translation>
    </message>
    <message>
        <source>Exporting all data</source>
        <translation>Mengekspor seluruh data</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Saved all data to {path}</source>
        <translation>Seluruh data disimpan ke {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>ExportRows</name>
    <message>
        <source>Enquiry</source>
        <extracomment>First characters that make a spreadsheet treat a cell as a formula.</extracomment>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Direkomendasikan oleh</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Dijawab oleh</translation>
    </message>
    <message>
        <source>Answered how</source>
        <translation>Cara menjawab</translation>
    </message>
    <message>
        <source>Response (clock min)</source>
        <translation>Respons (menit riil)</translation>
    </message>
    <message>
        <source>Response (business min)</source>
        <translation>Respons (menit kerja)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Outcome at</source>
        <translation>Waktu hasil</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Perkiraan nilai</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Nilai pembelian</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>Saluran pembelian</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Alasan batal</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Alasan memilih kami</translation>
    </message>
    <message>
        <source>Feedback at</source>
        <translation>Waktu umpan balik</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Penilaian (1-5)</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Harapan</translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation>Akan merekomendasikan (0-10)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Keluhan selesai</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Komentar umpan balik</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>The header row in the user&apos;s language when read (see `_Headings`). Outcome keys → the words a row shows (in English; translated per export).</extracomment>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Membeli</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The complaint cell: whether the feedback was one.</extracomment>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <extracomment>A forgotten customer&apos;s name cell (as `shown_name` gives it). The factor lists and amounts seen so far, each made once. The feedback cells of an enquiry without feedback.</extracomment>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}).</source>
        <translation>{path} tidak dapat ditulis ({error}).</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another name for the export.</source>
        <translation>{path} adalah basis data itu sendiri; pilih nama lain untuk hasil ekspor.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} adalah folder; masukkan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file; give the name of a file to write.</source>
        <translation>{path} bukan berkas biasa; masukkan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to write {file} into.</source>
        <translation>Folder {folder} untuk menulis {file} tidak ada.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>The rating must be from 1 to 5.</source>
        <translation>Penilaian harus dari 1 sampai 5.</translation>
    </message>
    <message>
        <source>Expectation must be worse, as_expected or better.</source>
        <translation>Harapan harus worse, as_expected, atau better.</translation>
    </message>
    <message>
        <source>Would-recommend must be from 0 to 10.</source>
        <translation>Nilai kesediaan merekomendasikan harus dari 0 sampai 10.</translation>
    </message>
    <message>
        <source>Feedback recorded on enquiry {number} (complaint)</source>
        <translation>Umpan balik dicatat pada pertanyaan {number} (keluhan)</translation>
    </message>
    <message>
        <source>Feedback recorded on enquiry {number}</source>
        <translation>Umpan balik dicatat pada pertanyaan {number}</translation>
    </message>
    <message>
        <source>There is no feedback number {number}.</source>
        <translation>Tidak ada umpan balik nomor {number}.</translation>
    </message>
    <message>
        <source>This feedback is not a complaint.</source>
        <translation>Umpan balik ini bukan keluhan.</translation>
    </message>
    <message>
        <source>This complaint is resolved already.</source>
        <translation>Keluhan ini sudah diselesaikan.</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>Sebutkan bagaimana keluhan ini diselesaikan.</translation>
    </message>
    <message>
        <source>Complaint {number} resolved</source>
        <translation>Keluhan {number} diselesaikan</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Catat umpan balik</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Tidak ditanyakan</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Penilaian:</translation>
    </message>
    <message>
        <source>Rating from 1 to 5</source>
        <translation>Penilaian 1 sampai 5</translation>
    </message>
    <message>
        <source>How happy they are, from 1 (not at all) to 5 (very)</source>
        <translation>Seberapa puas mereka, dari 1 (sama sekali tidak) sampai 5 (sangat puas)</translation>
    </message>
    <message>
        <source>&amp;Expectation:</source>
        <translation>&amp;Harapan:</translation>
    </message>
    <message>
        <source>Compared with what they expected</source>
        <translation>Dibandingkan dengan harapan mereka</translation>
    </message>
    <message>
        <source>Compared with what they expected: worse, as expected, or better</source>
        <translation>Dibandingkan dengan harapan mereka: lebih buruk, sesuai harapan, atau lebih baik</translation>
    </message>
    <message>
        <source>&amp;Would recommend (0–10):</source>
        <translation>&amp;Akan merekomendasikan (0–10):</translation>
    </message>
    <message>
        <source>Would recommend us, from 0 to 10</source>
        <translation>Akan merekomendasikan toko, dari 0 sampai 10</translation>
    </message>
    <message>
        <source>How likely they are to recommend the shop, from 0 to 10</source>
        <translation>Seberapa besar kemungkinan mereka merekomendasikan toko, dari 0 sampai 10</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>K&amp;omentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>What they said, in their words. Ctrl+Enter saves.</source>
        <translation>Apa yang mereka katakan, dengan kata-kata mereka sendiri. Ctrl+Enter menyimpan.</translation>
    </message>
    <message>
        <source>This is a com&amp;plaint</source>
        <translation>Ini adalah &amp;keluhan</translation>
    </message>
    <message>
        <source>This is a complaint</source>
        <translation>Ini adalah keluhan</translation>
    </message>
    <message>
        <source>Opens a complaint follow-up for the next business day. A rating of 1–2 or “worse than expected” does so too.</source>
        <translation>Membuka tindak lanjut keluhan untuk hari kerja berikutnya. Penilaian 1–2 atau “lebih buruk dari harapan” juga akan membukanya.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The file</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Check that the first rows read as they were written: the names with their letters, each value in its own column.</source>
        <translation>Periksa apakah baris-baris pertama terbaca seperti saat ditulis: nama dengan huruf yang benar, setiap nilai di kolomnya sendiri.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Buka berkas lain…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>Buka berkas lain</translation>
    </message>
    <message>
        <source>Choose another file to import</source>
        <translation>Pilih berkas lain untuk diimpor</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows Central European (1250)</source>
        <translation>Windows Eropa Tengah (1250)</translation>
    </message>
    <message>
        <source>Windows Western (1252)</source>
        <translation>Windows Eropa Barat (1252)</translation>
    </message>
    <message>
        <source>How the letters are stored in the file. If names show odd signs (Kovač as KovaÄŤ), try another.</source>
        <translation>Cara huruf disimpan dalam berkas. Jika nama tampil dengan tanda aneh (Kovač menjadi KovaÄŤ), coba pengodean lain.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Garis tegak ( | )</translation>
    </message>
    <message>
        <source>What separates the values of a row. If each row reads as one long value, try another.</source>
        <translation>Pemisah antarnilai dalam satu baris. Jika setiap baris terbaca sebagai satu nilai panjang, coba pemisah lain.</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the history</source>
        <translation>Lembar dalam buku kerja yang berisi riwayat</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Pen&amp;godean:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Pemisah:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Le&amp;mbar:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Pemisah</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>First &amp;rows as read:</source>
        <translation>Baris pe&amp;rtama terbaca:</translation>
    </message>
    <message>
        <source>The first rows of the file, as read</source>
        <translation>Baris-baris pertama berkas, sebagaimana terbaca</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>A whole shop exported by EnquiryDesk: Next says what importing it does.</source>
        <translation>Seluruh data toko hasil ekspor EnquiryDesk: klik Lanjut untuk melihat apa yang terjadi jika berkas ini diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>A workbook: %Ln columns, {lines} rows in this sheet.</source>
        <translation>
            <numerusform>Buku kerja: %Ln kolom, {lines} baris di lembar ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A CSV file: %Ln columns, {lines} lines.</source>
        <translation>
            <numerusform>Berkas CSV: %Ln kolom, {lines} baris.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>EnquiryDesk files (*.sqlite *.db);;All files (*)</source>
        <translation>Berkas EnquiryDesk (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Restoring a backup needs the owner&apos;s PIN.</source>
        <translation>Memulihkan cadangan memerlukan PIN pemilik.</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN was not given.</source>
        <translation>PIN pemilik tidak dimasukkan.</translation>
    </message>
    <message>
        <source>Restoring “{backup}” in place of “{name}”. A large file can take a minute.</source>
        <translation>Memulihkan “{backup}” untuk menggantikan “{name}”. Berkas yang besar bisa memerlukan waktu sekitar satu menit.</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>The disk holding this file is almost full ({free} free). EnquiryDesk saves nothing until at least {needed} are free, so that no change is ever half-saved: free some space, then carry on.</source>
        <extracomment>How often the free space of the database&apos;s disk is looked at.</extracomment>
        <translation>Disk tempat berkas ini disimpan hampir penuh (tersisa {free}). EnquiryDesk tidak menyimpan apa pun sampai ruang kosong minimal {needed}, agar tidak ada perubahan yang tersimpan setengah-setengah: kosongkan sebagian ruang, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>Look at the free space again</source>
        <translation>Periksa ruang kosong lagi</translation>
    </message>
    <message>
        <source>This file is in a {name} folder. Sync programs copy a database and its journal at moments of their own and can damage it. Keep the file in a folder of this PC outside {name}, and let EnquiryDesk&apos;s backups keep the copies.</source>
        <translation>Berkas ini berada di folder {name}. Program sinkronisasi menyalin basis data dan jurnalnya pada saat yang mereka tentukan sendiri dan dapat merusaknya. Simpan berkas di folder komputer ini di luar {name}, dan biarkan cadangan EnquiryDesk yang menyimpan salinannya.</translation>
    </message>
    <message>
        <source>This file is on {name}. SQLite&apos;s locking cannot be trusted over a network, and the file can be damaged. Keep the file on this PC; for several PCs, use a database server.</source>
        <translation>Berkas ini berada di {name}. Penguncian SQLite tidak dapat diandalkan melalui jaringan, dan berkas dapat rusak. Simpan berkas di komputer ini; untuk beberapa komputer, gunakan server basis data.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Abaikan</translation>
    </message>
    <message>
        <source>Dismiss this warning</source>
        <translation>Abaikan peringatan ini</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to EnquiryDesk</source>
        <translation>Selamat datang di EnquiryDesk</translation>
    </message>
    <message>
        <source>A few facts about the shop, and you can start. Everything can be changed later in Settings.</source>
        <translation>Isi beberapa keterangan tentang toko, lalu Anda dapat mulai. Semuanya dapat diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>Your name (the owner)</source>
        <translation>Nama Anda (pemilik)</translation>
    </message>
    <message>
        <source>Changes and enquiries you make carry your name</source>
        <translation>Perubahan dan pertanyaan yang Anda buat akan mencantumkan nama Anda</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Nama &amp;Anda:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>M&amp;ulai</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Demo data fills this file with 18 months of example enquiries, customers and follow-ups, to look around first. Start empty to log your own from the start.</source>
        <translation>Data demo mengisi berkas ini dengan contoh pertanyaan, pelanggan, dan tindak lanjut selama 18 bulan, agar Anda dapat melihat-lihat dulu. Pilih mulai kosong untuk langsung mencatat data Anda sendiri.</translation>
    </message>
    <message>
        <source>Start with &amp;demo data</source>
        <translation>Mulai dengan data &amp;demo</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Mulai dengan data demo</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Mulai &amp;kosong</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Mulai kosong</translation>
    </message>
    <message>
        <source>Does the shop keep its enquiries on a server that other PCs use?</source>
        <translation>Apakah toko menyimpan pertanyaannya di server yang juga dipakai komputer lain?</translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s &amp;server…</source>
        <translation>&amp;Hubungkan ke server toko…</translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s server</source>
        <translation>Hubungkan ke server toko</translation>
    </message>
    <message>
        <source>Work on the shop&apos;s database on its server instead of a new file on this PC</source>
        <translation>Bekerja pada basis data toko di servernya, bukan pada berkas baru di komputer ini</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Schedule follow-up</source>
        <translation>Jadwalkan tindak lanjut</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <source>e.g. call back about the quote</source>
        <translation>mis. telepon balik soal penawaran harga</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>What the follow-up is about, shown in the Today list</source>
        <translation>Isi tindak lanjut, ditampilkan di daftar Hari ini</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Jatuh tempo:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>When to do it; the next opening of the shop is filled in</source>
        <translation>Kapan harus dilakukan; waktu buka toko berikutnya sudah terisi</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Ditugaskan ke:</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Siapa yang mengerjakannya</translation>
    </message>
    <message>
        <source>Choose a time still to come.</source>
        <translation>Pilih waktu yang belum lewat.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>There is no follow-up number {number}.</source>
        <translation>Tidak ada tindak lanjut dengan nomor {number}.</translation>
    </message>
    <message>
        <source>There is no staff member number {number}.</source>
        <translation>Tidak ada anggota staf dengan nomor {number}.</translation>
    </message>
    <message>
        <source>This follow-up is done already.</source>
        <translation>Tindak lanjut ini sudah selesai.</translation>
    </message>
    <message>
        <source>Follow-up {number} done</source>
        <translation>Tindak lanjut {number} selesai</translation>
    </message>
    <message>
        <source>Snooze until a time that is still to come.</source>
        <translation>Tunda hingga waktu yang belum terlewati.</translation>
    </message>
    <message>
        <source>Follow-up {number} snoozed</source>
        <translation>Tindak lanjut {number} ditunda</translation>
    </message>
    <message>
        <source>Follow-up {number} reassigned</source>
        <translation>Tindak lanjut {number} dialihkan</translation>
    </message>
    <message>
        <source>There is no enquiry number {number}.</source>
        <translation>Tidak ada pertanyaan dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Follow-up scheduled for enquiry {number}</source>
        <translation>Tindak lanjut dijadwalkan untuk pertanyaan {number}</translation>
    </message>
    <message>
        <source>{choice} is not one of: today, overdue.</source>
        <translation>{choice} bukan salah satu dari: today, overdue.</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget this customer</source>
        <translation>Lupakan pelanggan ini</translation>
    </message>
    <message>
        <source>Forget {name}?</source>
        <translation>Lupakan {name}?</translation>
    </message>
    <message>
        <source>Their name, phone numbers, e-mail addresses, handle and notes are erased, and what was written on their enquiries, contacts, feedback and follow-ups: from the list, the search and the change log&apos;s history.</source>
        <translation>Nama, nomor telepon, alamat e-mail, nama akun, dan catatannya akan dihapus, begitu pula apa yang ditulis pada pertanyaan, kontak, umpan balik, dan tindak lanjutnya: dari daftar, dari pencarian, dan dari riwayat log perubahan.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln enquiries stay as anonymous records (“{label}”) with channel, times, outcome, values and ratings, so every report stays the same.</source>
        <translation>
            <numerusform>%Ln pertanyaannya tetap tersimpan sebagai catatan anonim (“{label}”) beserta saluran, waktu, hasil, nilai, dan penilaiannya, sehingga semua laporan tetap sama.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone, and changes made before cannot be undone after it.</source>
        <translation>Tindakan ini tidak dapat diurungkan, dan perubahan yang dibuat sebelumnya juga tidak dapat diurungkan lagi setelahnya.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm:</source>
        <translation>Ketik nama pelanggan untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>Type {text} to confirm:</source>
        <translation>Ketik {text} untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>The customer&apos;s name, to confirm</source>
        <translation>Nama pelanggan, untuk konfirmasi</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Lupakan</translation>
    </message>
    <message>
        <source>Erase their personal data for good</source>
        <translation>Hapus data pribadinya secara permanen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Lines a multi-line text box shows before it scrolls.</extracomment>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Tutup tanpa menyimpan (Esc)</translation>
    </message>
    <message>
        <source>{action} (Enter, or Ctrl+Enter from a text box)</source>
        <translation>{action} (Enter, atau Ctrl+Enter dari kotak teks)</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{m} min</source>
        <translation>{m} mnt</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} jam</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} jam {m} mnt</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} hari</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} hari {h} jam</translation>
    </message>
</context>
<context>
    <name>GuiWatch</name>
    <message>
        <source>{name}={value} is not a number of milliseconds; not watching.</source>
        <extracomment>Stacks kept per block (the first ones differ most from the event loop&apos;s). The watch `from_environment` started (it lives as long as the program).</extracomment>
        <translation>{name}={value} bukan angka dalam milidetik; pemantauan tidak dijalankan.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <extracomment>Said when the disk is full (`disk_full()` gives it in the user&apos;s language).</extracomment>
        <translation>Disk penuh; tidak ada yang disimpan. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{file} was found damaged on {when} ({reason}); nothing is written to it until a backup is restored over it.</source>
        <extracomment>{reason} is what the check found, often SQLite&apos;s own words in English.</extracomment>
        <translation>{file} ditemukan rusak pada {when} ({reason}); tidak ada yang ditulis ke berkas ini sampai sebuah cadangan dipulihkan untuk menimpanya.</translation>
    </message>
    <message>
        <source>{file} was found damaged on {when}; nothing is written to it until a backup is restored over it.</source>
        <translation>{file} ditemukan rusak pada {when}; tidak ada yang ditulis ke berkas ini sampai sebuah cadangan dipulihkan untuk menimpanya.</translation>
    </message>
    <message>
        <source>{file} was found damaged ({reason}); nothing is written to it until a backup is restored over it.</source>
        <extracomment>{reason} is what the check found, often SQLite&apos;s own words in English.</extracomment>
        <translation>{file} ditemukan rusak ({reason}); tidak ada yang ditulis ke berkas ini sampai sebuah cadangan dipulihkan untuk menimpanya.</translation>
    </message>
    <message>
        <source>{file} was found damaged; nothing is written to it until a backup is restored over it.</source>
        <translation>{file} ditemukan rusak; tidak ada yang ditulis ke berkas ini sampai sebuah cadangan dipulihkan untuk menimpanya.</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Opening hours on {day} must start before they end.</source>
        <extracomment>{day} is the name of a weekday: Monday, Tuesday…</extracomment>
        <translation>Jam buka hari {day} harus dimulai sebelum jam tutup.</translation>
    </message>
    <message>
        <source>Opening hours on {day} overlap or are out of order.</source>
        <extracomment>{day} is the name of a weekday: Monday, Tuesday…</extracomment>
        <translation>Jam buka hari {day} tumpang tindih atau tidak berurutan.</translation>
    </message>
    <message>
        <source>Opening hours need all seven weekdays.</source>
        <translation>Jam buka harus mencakup ketujuh hari dalam seminggu.</translation>
    </message>
    <message>
        <source>The shop must be open at some time during the week.</source>
        <translation>Toko harus buka pada suatu waktu dalam seminggu.</translation>
    </message>
    <message>
        <source>Opening hours must list the intervals of each weekday.</source>
        <translation>Jam buka harus mencantumkan rentang waktu untuk setiap hari.</translation>
    </message>
    <message>
        <source>Opening hours have unknown entries: {entries}.</source>
        <translation>Jam buka berisi entri yang tidak dikenal: {entries}.</translation>
    </message>
    <message>
        <source>{text} is not a time like 09:00.</source>
        <translation>{text} bukan waktu dengan format seperti 09:00.</translation>
    </message>
    <message>
        <source>Opening hours on {day} must be pairs of times like 09:00 and 18:00.</source>
        <extracomment>{day} is the name of a weekday: Monday, Tuesday…</extracomment>
        <translation>Jam buka hari {day} harus berupa pasangan waktu seperti 09:00 dan 18:00.</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-12-25.</source>
        <translation>{text} bukan tanggal dengan format seperti 2026-12-25.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Open on {day}</source>
        <translation>Buka pada hari {day}</translation>
    </message>
    <message>
        <source>Opens on {day}</source>
        <translation>Jam buka hari {day}</translation>
    </message>
    <message>
        <source>Closes on {day}</source>
        <translation>Jam tutup hari {day}</translation>
    </message>
    <message>
        <source>Opens after the break on {day}</source>
        <translation>Buka lagi setelah istirahat pada hari {day}</translation>
    </message>
    <message>
        <source>Closes after the break on {day}</source>
        <translation>Tutup setelah istirahat pada hari {day}</translation>
    </message>
    <message>
        <source>break, then</source>
        <translation>istirahat, lalu</translation>
    </message>
    <message>
        <source>A break on {day}</source>
        <translation>Istirahat pada hari {day}</translation>
    </message>
    <message>
        <source>Open twice that day, with a lunch break between</source>
        <translation>Buka dua kali pada hari itu, dengan istirahat siang di antaranya</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Response times count only opening hours: an enquiry that comes in while the shop is closed starts waiting when it opens. The waiting clocks, the follow-ups due “next business day” and the report follow these hours; saving new ones recomputes every stored response time (undo puts them back).</source>
        <translation>Waktu respons hanya menghitung jam buka: pertanyaan yang masuk saat toko tutup mulai menunggu saat toko buka. Penghitung waktu tunggu, tindak lanjut yang jatuh tempo “hari kerja berikutnya”, dan laporan mengikuti jam ini; menyimpan jam yang baru akan menghitung ulang semua waktu respons yang tersimpan (Urungkan akan mengembalikannya).</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Tutup pada hari libur nasional</translation>
    </message>
    <message>
        <source>The shop&apos;s own &amp;closed days:</source>
        <translation>Hari tutup &amp;khusus toko:</translation>
    </message>
    <message>
        <source>The shop&apos;s own closed days</source>
        <translation>Hari tutup khusus toko</translation>
    </message>
    <message>
        <source>A closed day to add</source>
        <translation>Hari tutup yang akan ditambahkan</translation>
    </message>
    <message>
        <source>&amp;Add closed day</source>
        <translation>&amp;Tambah hari tutup</translation>
    </message>
    <message>
        <source>Add the closed day</source>
        <translation>Tambahkan hari tutup ini</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the chosen closed day</source>
        <translation>Hapus hari tutup yang dipilih</translation>
    </message>
    <message>
        <source>Closed on public holidays (choose the country first)</source>
        <translation>Tutup pada hari libur nasional (pilih negara terlebih dahulu)</translation>
    </message>
    <message>
        <source>Closed on the public holidays of {country}</source>
        <translation>Tutup pada hari libur nasional {country}</translation>
    </message>
    <message>
        <source>{date} {holiday}</source>
        <translation>{date} {holiday}</translation>
    </message>
    <message>
        <source>Next: {holidays}</source>
        <translation>Berikutnya: {holidays}</translation>
    </message>
    <message>
        <source>The shop must be open on some day.</source>
        <translation>Toko harus buka pada salah satu hari.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Received</source>
        <extracomment>The fields as the wizard&apos;s column chooser names them (English; see `label`).</extracomment>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Outcome at</source>
        <translation>Waktu hasil</translation>
    </message>
    <message>
        <source>Value (estimated or paid)</source>
        <translation>Nilai (perkiraan/dibayar)</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>Saluran pembelian</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Alasan batal</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Alasan memilih kami</translation>
    </message>
    <message>
        <source>Feedback at</source>
        <translation>Waktu umpan balik</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Penilaian (1–5)</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Harapan</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Akan merekomendasikan (0–10)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Nilai pembelian</translation>
    </message>
    <message>
        <source>Choose the column with the date each enquiry came in, and one with the customer&apos;s name, phone or e-mail.</source>
        <extracomment>A file must have a column of each of these… …and at least one of these.</extracomment>
        <translation>Pilih kolom yang berisi tanggal masuknya setiap pertanyaan, dan satu kolom yang berisi nama, telepon, atau email pelanggan.</translation>
    </message>
    <message>
        <source>Choose the column with the date each enquiry came in.</source>
        <translation>Pilih kolom yang berisi tanggal masuknya setiap pertanyaan.</translation>
    </message>
    <message>
        <source>Choose a column with the customer&apos;s name, phone or e-mail.</source>
        <translation>Pilih kolom yang berisi nama, telepon, atau email pelanggan.</translation>
    </message>
    <message>
        <source>{field} is chosen for more than one column.</source>
        <extracomment>{field} is the name of a field as the column chooser shows it, such as Phone.</extracomment>
        <translation>{field} dipilih untuk lebih dari satu kolom.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>An import stopped half way (Cancel, a power cut) keeps nothing of the file.</source>
        <translation>Impor yang terhenti di tengah jalan (Batal, listrik padam) tidak menyimpan apa pun dari berkas.</translation>
    </message>
    <message>
        <source>Save the re&amp;jected rows…</source>
        <translation>Simpan baris yang &amp;ditolak…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>The rows not imported in a file of their own, each with why: corrected, it imports like the original</source>
        <translation>Baris yang tidak diimpor, dalam berkas tersendiri, masing-masing dengan alasannya: setelah diperbaiki, berkas ini dapat diimpor seperti berkas aslinya</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries imported from {file}.</source>
        <translation>
            <numerusform>%Ln pertanyaan diimpor dari {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customers; {known} rows for customers already known.</source>
        <translation>
            <numerusform>%Ln pelanggan baru; {known} baris untuk pelanggan yang sudah terdaftar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with a problem skipped.</source>
        <translation>
            <numerusform>%Ln baris bermasalah dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <source>New staff: {names}.</source>
        <translation>Staf baru: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln rows have a problem now (the database changed since the check). Save the rejected rows to see why.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %Ln baris kini bermasalah (basis data berubah sejak pemeriksaan). Simpan baris yang ditolak untuk melihat alasannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row of the file can be imported.</source>
        <translation>Tidak ada yang diimpor: tidak ada baris dalam berkas yang dapat diimpor.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import history</source>
        <translation>Impor riwayat</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Import the file into this shop&apos;s database (Enter)</source>
        <translation>Impor berkas ke basis data toko ini (Enter)</translation>
    </message>
    <message>
        <source>The next step (Enter)</source>
        <translation>Langkah berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Tutup tanpa mengimpor apa pun (Esc)</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was imported.</source>
        <translation>Terjadi kesalahan ({error}); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{name} - rejected.csv</source>
        <translation>{name} - ditolak.csv</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Menyimpan {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Disimpan ke {path}</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.csv *.txt *.xlsx *.xls *.ods *.zip)</source>
        <translation>Lembar kerja dan CSV (*.csv *.txt *.xlsx *.xls *.ods *.zip)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file is empty; its first line must name the columns.</source>
        <translation>Berkas kosong; baris pertamanya harus berisi nama-nama kolom.</translation>
    </message>
    <message>
        <source>Line {line}: the file is not valid CSV ({error}).</source>
        <extracomment>{error} is the CSV reader&apos;s own explanation, in English.</extracomment>
        <translation>Baris {line}: berkas bukan CSV yang valid ({error}).</translation>
    </message>
    <message>
        <source>(an empty name)</source>
        <extracomment>Stands for a column without a name.</extracomment>
        <translation>(nama kosong)</translation>
    </message>
    <message>
        <source>The column {name} appears twice in the header.</source>
        <translation>Kolom {name} muncul dua kali di baris judul.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n fields but the header names {header}.</source>
        <extracomment>After &quot;line 12: &quot;. %n counts the row&apos;s fields; {header}, the header&apos;s.</extracomment>
        <translation>
            <numerusform>baris ini memiliki %n isian, tetapi baris judul menyebut {header}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding} text; choose another encoding, or save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <extracomment>Another column a file may have: when it has both, &quot;value&quot; is the estimate and this what a purchase was paid. The encodings a file is tried in when it is not UTF-8: the Windows code pages the spreadsheets of Central Europe (1250: č, š, ž, đ) and of Western Europe and Indonesia (1252) save &quot;CSV&quot; in.</extracomment>
        <translation>Baris {line} tidak dapat dibaca sebagai teks {encoding}; pilih pengodean lain, atau simpan berkas sebagai “CSV UTF-8” lalu coba lagi.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>{encoding} bukan pengodean yang dikenal program ini.</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} kosong.</translation>
    </message>
    <message>
        <source>the row names no customer: no name, phone or e-mail.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;.</extracomment>
        <translation>baris ini tidak menyebut pelanggan: tidak ada nama, telepon, atau e-mail.</translation>
    </message>
    <message>
        <source>{column} {value} is not one of open, purchased, lost.</source>
        <extracomment>After &quot;line 12: &quot;. open, purchased and lost are file words: keep them.</extracomment>
        <translation>{column} {value} bukan salah satu dari open (terbuka), purchased (terjual), lost (batal).</translation>
    </message>
    <message>
        <source>a purchased enquiry needs its {column}.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>pertanyaan yang terjual harus memiliki {column}.</translation>
    </message>
    <message>
        <source>a lost enquiry needs its {column}.</source>
        <translation>pertanyaan yang batal harus memiliki {column}.</translation>
    </message>
    <message>
        <source>an open enquiry has no {column}.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>pertanyaan yang masih terbuka tidak boleh memiliki {column}.</translation>
    </message>
    <message>
        <source>{column} is only for purchased enquiries.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} hanya untuk pertanyaan yang terjual.</translation>
    </message>
    <message>
        <source>{column} is only for lost enquiries.</source>
        <translation>{column} hanya untuk pertanyaan yang batal.</translation>
    </message>
    <message>
        <source>{column} {value} is in the future.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} {value} ada di masa mendatang.</translation>
    </message>
    <message>
        <source>{column} {value} is before the enquiry was received.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} {value} lebih awal daripada saat pertanyaan diterima.</translation>
    </message>
    <message>
        <source>{column} {value} is not known; use one of: {known}.</source>
        <extracomment>After &quot;line 12: &quot;. {known} lists the names the file may use.</extracomment>
        <translation>{column} {value} tidak dikenal; gunakan salah satu dari: {known}.</translation>
    </message>
    <message>
        <source>{column} is given, so {needed} is needed.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; both are the file&apos;s columns.</extracomment>
        <translation>{column} diisi, jadi {needed} juga harus diisi.</translation>
    </message>
    <message>
        <source>{column} {value} is not a whole number {low}–{high}.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} {value} bukan bilangan bulat {low}–{high}.</translation>
    </message>
    <message>
        <source>{column} {value} is not yes or no.</source>
        <extracomment>After &quot;line 12: &quot;. yes and no are the words the file uses (ya/tidak, da/ne too).</extracomment>
        <translation>{column} {value} bukan ya atau tidak.</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>baris {line}: {reason}</translation>
    </message>
    <message>
        <source>The mapping is not one this program wrote; the keys are: {keys}.</source>
        <translation>Pemetaan kolom ini bukan buatan program ini; kunci yang dikenal: {keys}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s columns must each be a field ({fields}) or null.</source>
        <translation>Setiap kolom dalam pemetaan harus berupa salah satu bidang ({fields}) atau null.</translation>
    </message>
    <message>
        <source>The date order must be one of {orders}.</source>
        <translation>Urutan tanggal harus salah satu dari {orders}.</translation>
    </message>
    <message>
        <source>The mapping {file} cannot be read: {reason}</source>
        <translation>Pemetaan kolom {file} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <extracomment>Countries that write the month first (12/24/2026): the default when a file&apos;s dates fit both ways. The column a file of rejected rows adds, so that it reads back with it left out.</extracomment>
        <translation>Alasan tidak diimpor</translation>
    </message>
    <message>
        <source>{file} is the database itself (or SQLite&apos;s file beside it), not a history file to import.</source>
        <translation>{file} adalah basis data itu sendiri (atau berkas SQLite di sebelahnya), bukan berkas riwayat untuk diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names %Ln columns, but the file has {count}.</source>
        <translation>
            <numerusform>Pemetaan kolom menyebut %Ln kolom, tetapi berkas memiliki {count} kolom.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no channel column: choose the channel its enquiries came through.</source>
        <translation>Berkas tidak memiliki kolom saluran: pilih saluran tempat masuknya pertanyaan dalam berkas ini.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <extracomment>Pieces of a large file checked here while the worker processes start (about as long).</extracomment>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>this enquiry is already in the database (same customer, channel and received time); was the file imported before?</source>
        <extracomment>Each customer&apos;s earliest enquiry so far (received, id, written without a source as a first one), and those such enquiries that an earlier row later displaced.</extracomment>
        <translation>pertanyaan ini sudah ada di basis data (pelanggan, saluran, dan waktu diterima yang sama); apakah berkas ini pernah diimpor sebelumnya?</translation>
    </message>
    <message>
        <source>the same enquiry as line {line}.</source>
        <translation>pertanyaan yang sama dengan baris {line}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln enquiries from {file}</source>
        <translation>
            <numerusform>%Ln pertanyaan diimpor dari {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} {text} is not a date like {example}.</source>
        <extracomment>The orders a day/month/year date may be written in; the wizard asks when a column fits more than one. {column} is a column of the imported file; {example} a date and time in the order the file writes them, such as 24.10.2026 14:05.</extracomment>
        <translation>{column} {text} bukan tanggal seperti {example}.</translation>
    </message>
    <message>
        <source>{column} {text}: an amount cannot be negative.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it.</extracomment>
        <translation>{column} {text}: nominal tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{column} {text} has more than two decimals.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it.</extracomment>
        <translation>{column} {text} memiliki lebih dari dua angka desimal.</translation>
    </message>
    <message>
        <source>{column} {text} is too large an amount.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it.</extracomment>
        <translation>{column} {text}: nominalnya terlalu besar.</translation>
    </message>
    <message>
        <source>{column} {text} is not an amount like 4.500.000 or 1,234.50.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it. The examples show both ways of writing amounts: keep them as they are.</extracomment>
        <translation>{column} {text} bukan nominal seperti 4.500.000 atau 1,234.50.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <extracomment>Countries whose spreadsheets save text in Windows&apos; Central European code page. A piece of the body to check: (line of its first row, CSV text or rows of cells).</extracomment>
        <translation>{file} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a workbook this program can read (XLSX, XLS or ODS): {reason}</source>
        <translation>{file} bukan buku kerja yang dapat dibaca program ini (XLSX, XLS, atau ODS): {reason}</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}.</source>
        <translation>{file} tidak memiliki lembar {sheet}.</translation>
    </message>
    <message>
        <source>The sheet {sheet} is empty; its first row must name the columns.</source>
        <translation>Lembar {sheet} kosong; baris pertamanya harus berisi nama kolom.</translation>
    </message>
    <message>
        <source>The sheet {sheet} cannot be read: {reason}</source>
        <translation>Lembar {sheet} tidak dapat dibaca: {reason}</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of the window, the reports, the exports and the command line. Money, numbers and dates are written as they are in the shop&apos;s country. A new language applies when EnquiryDesk starts again.</source>
        <translation>Bahasa untuk jendela, laporan, ekspor, dan baris perintah. Uang, angka, dan tanggal ditulis sesuai kebiasaan di negara toko. Bahasa baru berlaku setelah EnquiryDesk dijalankan kembali.</translation>
    </message>
    <message>
        <source>The computer&apos;s language ({language})</source>
        <translation>Bahasa komputer ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>Contoh penulisan:</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>{name}: ticked ones are offered</source>
        <translation>{name}: yang dicentang akan ditawarkan</translation>
    </message>
    <message>
        <source>Ticked ones are offered when logging; unticked ones stay in the history and the reports. F2 renames; Alt+Up and Alt+Down move.</source>
        <translation>Yang dicentang ditawarkan saat mencatat; yang tidak dicentang tetap ada di riwayat dan laporan. F2 untuk mengganti nama; Alt+Atas dan Alt+Bawah untuk memindahkan.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Tambah satu</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Ke &amp;atas</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Ke &amp;bawah</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Catat kontak</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Jenis kontak</translation>
    </message>
    <message>
        <source>Call, message, e-mail, visit, quote sent, or an internal note</source>
        <translation>Panggilan, pesan, email, kunjungan, penawaran harga terkirim, atau catatan internal</translation>
    </message>
    <message>
        <source>To the customer</source>
        <translation>Ke pelanggan</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>Dari pelanggan</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Arah:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Whether we contacted them or they contacted us</source>
        <translation>Apakah toko yang menghubungi pelanggan atau pelanggan yang menghubungi toko</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Isi pembicaraan:</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Isi pembicaraan</translation>
    </message>
    <message>
        <source>A few words for the timeline. Enter starts a new line; Ctrl+Enter saves.</source>
        <translation>Beberapa kata untuk linimasa. Enter membuat baris baru; Ctrl+Enter menyimpan.</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Waktu kontak</translation>
    </message>
    <message>
        <source>Leave as it is for a contact happening now</source>
        <translation>Biarkan apa adanya untuk kontak yang terjadi sekarang</translation>
    </message>
    <message>
        <source>Not answered yet: the first contact to the customer counts as the response.</source>
        <translation>Belum dijawab: kontak pertama ke pelanggan dihitung sebagai respons.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <extracomment>The dialog shows only when the work is not over in a blink.</extracomment>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop; nothing is changed (Esc)</source>
        <translation>Hentikan; tidak ada yang diubah (Esc)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark lost</source>
        <translation>Tandai batal</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Pilih alasan…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Why the sale was lost</source>
        <translation>Alasan penjualan batal</translation>
    </message>
    <message>
        <source>Why they did not buy (arrow keys or the first letter to choose)</source>
        <translation>Alasan mereka tidak membeli (pilih dengan tombol panah atau huruf pertama)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Anything worth remembering, for the timeline. Ctrl+Enter saves.</source>
        <translation>Apa pun yang perlu diingat, untuk linimasa. Ctrl+Enter menyimpan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Today</source>
        <extracomment>Every change, whoever made it (an operation, an undo, a redo): (Changes, initiator). Each page re-reads what it shows (ui/common/pages.py).</extracomment>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>En&amp;quiries</source>
        <translation>&amp;Pertanyaan</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>Pe&amp;langgan</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Lapo&amp;ran</translation>
    </message>
    <message>
        <source>&amp;New enquiry…</source>
        <translation>Pertanyaan &amp;baru…</translation>
    </message>
    <message>
        <source>Log an enquiry that just came in (Ctrl+N)</source>
        <translation>Catat pertanyaan yang baru masuk (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Urungkan perubahan terakhir</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Urungkan perubahan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Find enquiries</source>
        <translation>&amp;Cari pertanyaan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Bring in the shop&apos;s history from a CSV file or a spreadsheet (Ctrl+I)</source>
        <translation>Impor riwayat toko dari berkas CSV atau lembar kerja (Ctrl+I)</translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s &amp;server…</source>
        <translation>&amp;Hubungkan ke server toko…</translation>
    </message>
    <message>
        <source>Work on the shop&apos;s database on a server, shared by several PCs</source>
        <translation>Bekerja pada basis data toko di server, yang dipakai bersama oleh beberapa komputer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Pen&amp;gaturan</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>The shop, opening hours, targets, channels, staff, PIN, backups (Ctrl+,)</source>
        <translation>Toko, jam buka, target, saluran, staf, PIN, cadangan (Ctrl+,)</translation>
    </message>
    <message>
        <source>E&amp;nquiry</source>
        <translation>P&amp;ertanyaan</translation>
    </message>
    <message>
        <source>{what}. Ctrl+Z undoes it.</source>
        <translation>{what}. Ctrl+Z untuk mengurungkan.</translation>
    </message>
    <message>
        <source>EnquiryDesk</source>
        <translation>EnquiryDesk</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Diurungkan: {what}</translation>
    </message>
    <message>
        <source>Done again: {what}</source>
        <translation>Diulangi: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Urungkan {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>U&amp;langi {what}</translation>
    </message>
    <message>
        <source>EnquiryDesk found damage in “{name}”. You can look through it, but nothing can be saved to it; restore a backup to go on working.</source>
        <translation>EnquiryDesk menemukan kerusakan pada “{name}”. Anda dapat melihat isinya, tetapi tidak ada yang dapat disimpan ke dalamnya; pulihkan cadangan untuk melanjutkan pekerjaan.</translation>
    </message>
    <message>
        <source>Opening Settings</source>
        <translation>Membuka Pengaturan</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>{name} — {where}</source>
        <translation>{name} — {where}</translation>
    </message>
    <message>
        <source>{name} ({count}) — EnquiryDesk</source>
        <translation>{name} ({count}) — EnquiryDesk</translation>
    </message>
    <message>
        <source>&amp;Today ({count})</source>
        <translation>&amp;Hari ini ({count})</translation>
    </message>
    <message>
        <source>{name} — EnquiryDesk</source>
        <translation>{name} — EnquiryDesk</translation>
    </message>
    <message>
        <source>Ready. Press Ctrl+N to log an enquiry.</source>
        <translation>Siap. Tekan Ctrl+N untuk mencatat pertanyaan.</translation>
    </message>
    <message>
        <source>Demo data cancelled; the file is still empty.</source>
        <translation>Data demo dibatalkan; berkas masih kosong.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>Making demo data: 18 months of enquiries, customers and follow-ups…</source>
        <translation>Membuat data demo: 18 bulan pertanyaan, pelanggan, dan tindak lanjut…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved.</source>
        <translation>Hanya-baca: tidak ada yang dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another customer into {name}</source>
        <translation>Gabungkan pelanggan lain ke {name}</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Gabungkan pelanggan</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>&amp;Same person as:</source>
        <translation>Orang yang &amp;sama dengan:</translation>
    </message>
    <message>
        <source>Customer to merge</source>
        <translation>Pelanggan yang digabungkan</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail; the likely ones are listed first</source>
        <translation>Cari berdasarkan nama, telepon, atau e-mail; yang paling mungkin ditampilkan lebih dulu</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>Yang terjadi saat digabungkan</translation>
    </message>
    <message>
        <source>Choose the customer who is the same person.</source>
        <translation>Pilih pelanggan yang merupakan orang yang sama.</translation>
    </message>
    <message>
        <source>{other} ({other_count}) into {keep} ({keep_count})</source>
        <translation>{other} ({other_count}) ke {keep} ({keep_count})</translation>
    </message>
    <message>
        <source>Moving to {keep}: {what}.</source>
        <translation>Dipindahkan ke {keep}: {what}.</translation>
    </message>
    <message>
        <source>{keep} takes their name: {value}</source>
        <translation>{keep} mengambil namanya: {value}</translation>
    </message>
    <message>
        <source>{keep} takes their phone number: {value}</source>
        <translation>{keep} mengambil nomor teleponnya: {value}</translation>
    </message>
    <message>
        <source>{keep} takes their e-mail address: {value}</source>
        <translation>{keep} mengambil alamat e-mailnya: {value}</translation>
    </message>
    <message>
        <source>{keep} takes their handle: {value}</source>
        <translation>{keep} mengambil nama akunnya: {value}</translation>
    </message>
    <message>
        <source>no number or address</source>
        <translation>tidak ada nomor atau alamat</translation>
    </message>
    <message>
        <source>{name}: {known}; a customer since {date}</source>
        <translation>{name}: {known}; pelanggan sejak {date}</translation>
    </message>
    <message>
        <source>{keep} keeps every number and address of both.</source>
        <translation>{keep} menyimpan semua nomor dan alamat milik keduanya.</translation>
    </message>
    <message>
        <source>Their notes are added to {keep}&apos;s.</source>
        <translation>Catatannya ditambahkan ke catatan {keep}.</translation>
    </message>
    <message>
        <source>{other} leaves the directory. Undo (Ctrl+Z) puts everything back.</source>
        <translation>{other} dihapus dari daftar pelanggan. Urungkan (Ctrl+Z) mengembalikan semuanya.</translation>
    </message>
</context>
<context>
    <name>MonthReport</name>
    <message>
        <source>{arrow} {change} (better)</source>
        <translation>{arrow} {change} (lebih baik)</translation>
    </message>
    <message>
        <source>{arrow} {change} (worse)</source>
        <translation>{arrow} {change} (lebih buruk)</translation>
    </message>
    <message>
        <source>{change} (unchanged)</source>
        <translation>{change} (tidak berubah)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>EnquiryDesk</source>
        <translation>EnquiryDesk</translation>
    </message>
    <message>
        <source>Monthly report for {month}</source>
        <translation>Laporan bulanan {month}</translation>
    </message>
    <message>
        <source>Compared with {month}</source>
        <translation>Dibandingkan dengan {month}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The month at a glance</source>
        <translation>Ringkasan bulan ini</translation>
    </message>
    <message>
        <source>Enquiries and response</source>
        <translation>Pertanyaan dan respons</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Penjualan per saluran</translation>
    </message>
    <message>
        <source>Why we lose and why we win</source>
        <translation>Mengapa batal dan mengapa terjual</translation>
    </message>
    <message>
        <source>Lost sales by reason</source>
        <translation>Penjualan batal menurut alasan</translation>
    </message>
    <message>
        <source>Why buyers chose us (a buyer may give several reasons)</source>
        <translation>Mengapa pembeli memilih kami (satu pembeli boleh memberi beberapa alasan)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Alasan yang diberikan</translation>
    </message>
    <message>
        <source>How they heard of us, and after the sale</source>
        <translation>Dari mana mereka tahu tentang kami, dan setelah penjualan</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Dari mana mereka tahu tentang kami</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Made by EnquiryDesk on {date}</source>
        <translation>Dibuat oleh EnquiryDesk pada {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Halaman {number} dari {total}</translation>
    </message>
    <message>
        <source>Monthly report · {month}</source>
        <translation>Laporan bulanan · {month}</translation>
    </message>
    <message>
        <source>{shop} — monthly report {month}</source>
        <translation>{shop} — laporan bulanan {month}</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <extracomment>The headline figures: label, where the value is, how it is shown. The labels are English, marked for the &quot;MonthReport&quot; context and translated where they are written.</extracomment>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>received this month</source>
        <translation>diterima bulan ini</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median respons</translation>
    </message>
    <message>
        <source>in opening hours</source>
        <translation>dalam jam buka</translation>
    </message>
    <message>
        <source>Answered within target</source>
        <translation>Dijawab sesuai target</translation>
    </message>
    <message>
        <source>of all enquiries, target {minutes} min</source>
        <translation>dari semua pertanyaan, target {minutes} mnt</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>enquiries that bought</source>
        <translation>pertanyaan yang berujung pembelian</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tingkat terjual</translation>
    </message>
    <message>
        <source>bought, of those decided</source>
        <translation>membeli, dari yang sudah memutuskan</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>purchases closed this month</source>
        <translation>pembelian yang selesai bulan ini</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>value of those purchases</source>
        <translation>nilai pembelian tersebut</translation>
    </message>
    <message>
        <source>Satisfied buyers (CSAT)</source>
        <translation>Pembeli puas (CSAT)</translation>
    </message>
    <message>
        <source>rated 4 or 5 of 5</source>
        <translation>memberi nilai 4 atau 5 dari 5</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>from −100 to 100</source>
        <translation>dari −100 sampai 100</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>opened; {resolved} resolved</source>
        <translation>dibuka; {resolved} diselesaikan</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Pembeli ulang</translation>
    </message>
    <message>
        <source>had bought from us before</source>
        <translation>pernah membeli dari kami sebelumnya</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>recommended by a customer</source>
        <translation>direkomendasikan oleh pelanggan</translation>
    </message>
    <message>
        <source>{value} pts</source>
        <translation>{value} poin</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} jam</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
    <message>
        <source>over {time}</source>
        <translation>lebih dari {time}</translation>
    </message>
    <message>
        <source>up to {time}</source>
        <translation>hingga {time}</translation>
    </message>
    <message>
        <source>{low}–{high} h</source>
        <translation>{low}–{high} jam</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} mnt</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>No enquiries this month</source>
        <translation>Tidak ada pertanyaan bulan ini</translation>
    </message>
    <message>
        <source>Enquiries by channel</source>
        <translation>Pertanyaan per saluran</translation>
    </message>
    <message>
        <source>Conversion by channel (enquiries that bought)</source>
        <translation>Konversi per saluran (pertanyaan yang berujung pembelian)</translation>
    </message>
    <message>
        <source>Response time by channel, in opening hours</source>
        <translation>Waktu respons per saluran, dalam jam buka</translation>
    </message>
    <message>
        <source>No enquiries answered this month</source>
        <translation>Tidak ada pertanyaan yang dijawab bulan ini</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>tidak dijawab</translation>
    </message>
    <message>
        <source>Response time in opening hours (target {minutes} min)</source>
        <translation>Waktu respons dalam jam buka (target {minutes} mnt)</translation>
    </message>
    <message>
        <source>within target</source>
        <translation>sesuai target</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>melewati target</translation>
    </message>
    <message>
        <source>target {minutes} min</source>
        <translation>target {minutes} mnt</translation>
    </message>
    <message>
        <source>{count} · {share}</source>
        <translation>{count} · {share}</translation>
    </message>
    <message>
        <source>Answered</source>
        <extracomment>The rows of the figure tables: (label, kind, path &quot;a.b&quot;); the labels are the &quot;MonthReport&quot; context&apos;s, translated where the table is made.</extracomment>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Membeli</translation>
    </message>
    <message>
        <source>Told us how it went</source>
        <translation>Memberi umpan balik</translation>
    </message>
    <message>
        <source>Bought more than once</source>
        <translation>Membeli lebih dari sekali</translation>
    </message>
    <message>
        <source>Recommend us</source>
        <translation>Merekomendasikan kami</translation>
    </message>
    <message>
        <source>The journey of this month&apos;s enquiries, so far</source>
        <extracomment>The journey chart&apos;s title and the name of each of its stages (`report.JOURNEY_STAGES`), in the &quot;MonthReport&quot; context: the window, the PDF and the workbook show these words.</extracomment>
        <translation>Perjalanan pertanyaan bulan ini, sejauh ini</translation>
    </message>
    <message>
        <source>Why we lost them</source>
        <translation>Mengapa batal</translation>
    </message>
    <message>
        <source>No lost sales</source>
        <translation>Tidak ada penjualan batal</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Mengapa mereka memilih kami</translation>
    </message>
    <message>
        <source>No purchases with reasons</source>
        <translation>Tidak ada pembelian dengan alasan</translation>
    </message>
    <message>
        <source>No sources recorded</source>
        <translation>Tidak ada sumber yang tercatat</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>Median, opening hours</source>
        <extracomment>The headline figures, in the order the window and the PDF show them. The bars of the response time by channel: (label of the &quot;MonthReport&quot; context, the figure of ``response.by_channel.&lt;key&gt;``, fill).</extracomment>
        <translation>Median, jam buka</translation>
    </message>
    <message>
        <source>90 % within, opening hours</source>
        <translation>90 % terjawab dalam, jam buka</translation>
    </message>
    <message>
        <source>Median, clock time</source>
        <translation>Median, waktu nyata</translation>
    </message>
    <message>
        <source>90 % within, clock time</source>
        <translation>90 % terjawab dalam, waktu nyata</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Umpan balik diterima</translation>
    </message>
    <message>
        <source>Better than expected</source>
        <translation>Lebih baik dari harapan</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>Sesuai harapan</translation>
    </message>
    <message>
        <source>Worse than expected</source>
        <translation>Lebih buruk dari harapan</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Keluhan dibuka</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Keluhan diselesaikan</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Tindak lanjut jatuh tempo</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>Terlambat di akhir bulan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per saluran</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Conversion {month}</source>
        <translation>Konversi {month}</translation>
    </message>
    <message>
        <source>Response by channel</source>
        <translation>Respons per saluran</translation>
    </message>
    <message>
        <source>Median {month}</source>
        <translation>Median {month}</translation>
    </message>
    <message>
        <source>90 % within {month}</source>
        <translation>90 % terjawab dalam, {month}</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>After the sale</source>
        <translation>Purnajual</translation>
    </message>
    <message>
        <source>Enquiries, response times, conversion and reasons count the enquiries received in the month; sales and revenue the purchases closed in it; feedback what was recorded in it. Response times count opening hours only. Percentages are rounded to one decimal; – means there was nothing to compare.</source>
        <translation>Pertanyaan, waktu respons, konversi, dan alasan dihitung dari pertanyaan yang diterima dalam bulan tersebut; penjualan dan pendapatan dari pembelian yang selesai dalam bulan tersebut; umpan balik dari yang dicatat dalam bulan tersebut. Waktu respons hanya menghitung jam buka. Persentase dibulatkan ke satu desimal; – berarti tidak ada yang dapat dibandingkan.</translation>
    </message>
    <message>
        <source>Monthly report: {month}, with {earlier} beside it</source>
        <translation>Laporan bulanan: {month}, dengan {earlier} sebagai pembanding</translation>
    </message>
    <message>
        <source>Answered / not yet</source>
        <translation>Dijawab / belum</translation>
    </message>
    <message>
        <source>Answered within {target} min</source>
        <translation>Dijawab dalam {target} mnt</translation>
    </message>
    <message>
        <source>Median response, business min</source>
        <translation>Median respons, menit kerja</translation>
    </message>
    <message>
        <source>90% within, business min</source>
        <translation>90% terjawab dalam, menit kerja</translation>
    </message>
    <message>
        <source>Median response, clock min</source>
        <translation>Median respons, menit nyata</translation>
    </message>
    <message>
        <source>90% within, clock min</source>
        <translation>90% terjawab dalam, menit nyata</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <source>Satisfied (CSAT)</source>
        <translation>Puas (CSAT)</translation>
    </message>
    <message>
        <source>Complaints opened / resolved</source>
        <translation>Keluhan dibuka / diselesaikan</translation>
    </message>
    <message>
        <source>Lost reasons: {items}</source>
        <translation>Alasan batal: {items}</translation>
    </message>
    <message>
        <source>Why they chose us: {items}</source>
        <translation>Mengapa mereka memilih kami: {items}</translation>
    </message>
    <message>
        <source>How they heard of us: {items}</source>
        <translation>Dari mana mereka tahu tentang kami: {items}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Median, business</source>
        <extracomment>The response by channel table&apos;s column groups: (first column, heading).</extracomment>
        <translation>Median, waktu kerja</translation>
    </message>
    <message>
        <source>90% within, business</source>
        <translation>90% dalam, waktu kerja</translation>
    </message>
    <message>
        <source>Median, clock</source>
        <translation>Median, waktu nyata</translation>
    </message>
    <message>
        <source>90% within, clock</source>
        <translation>90% dalam, waktu nyata</translation>
    </message>
    <message>
        <source>Conversion by channel</source>
        <translation>Konversi per saluran</translation>
    </message>
    <message>
        <source>Response by channel, minutes</source>
        <translation>Respons per saluran, menit</translation>
    </message>
    <message>
        <source>Median response by channel</source>
        <translation>Median respons per saluran</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Alasan batal</translation>
    </message>
    <message>
        <source>Why sales were lost</source>
        <translation>Mengapa penjualan batal</translation>
    </message>
    <message>
        <source>Why buyers chose us</source>
        <translation>Mengapa pembeli memilih kami</translation>
    </message>
    <message>
        <source>Response times, minutes</source>
        <translation>Waktu respons, menit</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Waktu respons</translation>
    </message>
    <message>
        <source>Compared with what they expected</source>
        <translation>Dibandingkan dengan harapan mereka</translation>
    </message>
    <message>
        <source>{month}: {value}</source>
        <extracomment>Charts in the order shown; the journey spans both columns.</extracomment>
        <translation>{month}: {value}</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Makin tinggi makin baik.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Makin rendah makin baik.</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= tidak berubah</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>tidak ada pembanding</translation>
    </message>
    <message>
        <source>{arrow} {change} · better</source>
        <translation>{arrow} {change} · lebih baik</translation>
    </message>
    <message>
        <source>{arrow} {change} · worse</source>
        <translation>{arrow} {change} · lebih buruk</translation>
    </message>
    <message>
        <source>{figure}: {note}. {hint}</source>
        <translation>{figure}: {note}. {hint}</translation>
    </message>
    <message>
        <source>{value}; {previous}; {change}. {hint}</source>
        <translation>{value}; {previous}; {change}. {hint}</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <source>The shop cannot be moved onto itself.</source>
        <translation>Toko tidak dapat dipindahkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>{target} already exists; the shop moves only into a new file.</source>
        <translation>{target} sudah ada; toko hanya dapat dipindahkan ke berkas baru.</translation>
    </message>
    <message>
        <source>{target} holds a shop already; the shop moves only into an empty database.</source>
        <translation>{target} sudah berisi toko; toko hanya dapat dipindahkan ke basis data kosong.</translation>
    </message>
    <message>
        <source>The copy in {target} differs from {source} ({table}); check it.</source>
        <translation>Salinan di {target} berbeda dari {source} ({table}); periksalah.</translation>
    </message>
    <message>
        <source>The copy&apos;s report for {month} differs from the shop&apos;s; check it.</source>
        <translation>Laporan salinan untuk {month} berbeda dari laporan toko; periksalah.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Sho&amp;w</source>
        <extracomment>While the file is being checked nothing may be written: ask again this soon. Where a notice leads: (&quot;enquiry&quot;, id) or (&quot;today&quot;, 0).</extracomment>
        <translation>T&amp;ampilkan</translation>
    </message>
    <message>
        <source>Show the reminder&apos;s enquiry</source>
        <translation>Tampilkan pertanyaan dari pengingat ini</translation>
    </message>
    <message>
        <source>Open what the reminder is about</source>
        <translation>Buka hal yang dimaksud pengingat ini</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Abaikan pengingat</translation>
    </message>
    <message>
        <source>Hide this reminder (the item stays on Today)</source>
        <translation>Sembunyikan pengingat ini (itemnya tetap ada di Hari ini)</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>EnquiryDesk cannot open this file</source>
        <translation>EnquiryDesk tidak dapat membuka berkas ini</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Berkas: {path}</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>Cadangan tidak dipulihkan: {error}</translation>
    </message>
    <message>
        <source>Details: {error}</source>
        <translation>Rincian: {error}</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Put a backup in place of this file; the file itself is kept as a copy</source>
        <translation>Ganti berkas ini dengan cadangan; berkas ini sendiri tetap disimpan sebagai salinan</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Buka berkas lain…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>Buka berkas lain</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Quit EnquiryDesk</source>
        <translation>Keluar dari EnquiryDesk</translation>
    </message>
    <message>
        <source>This file is damaged</source>
        <translation>Berkas ini rusak</translation>
    </message>
    <message>
        <source>EnquiryDesk found damage in “{name}” and has not changed it. Restore a backup to go on working, or open another file.</source>
        <translation>EnquiryDesk menemukan kerusakan pada “{name}” dan tidak mengubahnya. Pulihkan cadangan untuk melanjutkan pekerjaan, atau buka berkas lain.</translation>
    </message>
    <message>
        <source>This file is from a newer EnquiryDesk</source>
        <translation>Berkas ini dari EnquiryDesk versi lebih baru</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of EnquiryDesk than this one. Install the newer version to open it; the file has not been changed. Restoring a backup would put older data in its place.</source>
        <translation>“{name}” disimpan oleh EnquiryDesk versi yang lebih baru daripada versi ini. Pasang versi yang lebih baru untuk membukanya; berkas ini tidak diubah. Memulihkan cadangan akan menggantinya dengan data yang lebih lama.</translation>
    </message>
    <message>
        <source>This is not an EnquiryDesk file</source>
        <translation>Ini bukan berkas EnquiryDesk</translation>
    </message>
    <message>
        <source>“{name}” is not an EnquiryDesk database; it may belong to another program. It has not been changed. Open your EnquiryDesk file instead.</source>
        <translation>“{name}” bukan basis data EnquiryDesk; mungkin milik program lain. Berkas ini tidak diubah. Buka berkas EnquiryDesk Anda.</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Berkas ini tidak dapat dibuka</translation>
    </message>
    <message>
        <source>EnquiryDesk cannot open “{name}”, and has not changed it. The details below say why; open another file, or restore a backup.</source>
        <translation>EnquiryDesk tidak dapat membuka “{name}” dan tidak mengubahnya. Rincian di bawah menjelaskan alasannya; buka berkas lain, atau pulihkan cadangan.</translation>
    </message>
    <message>
        <source>Open an EnquiryDesk file</source>
        <translation>Buka berkas EnquiryDesk</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Mungkin sama dengan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Periksa PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs; try again in %Ln seconds.</source>
        <translation>
            <numerusform>Terlalu banyak PIN yang salah; coba lagi dalam %Ln detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} needs the owner&apos;s PIN.</source>
        <translation>{what} memerlukan PIN pemilik.</translation>
    </message>
    <message>
        <source>Switching to {name} needs their PIN.</source>
        <translation>Beralih ke {name} memerlukan PIN miliknya.</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN terdiri dari 4 sampai 12 digit.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Who would be forgotten</source>
        <translation>Siapa yang akan dilupakan</translation>
    </message>
    <message>
        <source>Looking for them…</source>
        <translation>Mencari pelanggan…</translation>
    </message>
    <message>
        <source>How many would be forgotten</source>
        <translation>Jumlah yang akan dilupakan</translation>
    </message>
    <message>
        <source>Customers who would be forgotten</source>
        <translation>Pelanggan yang akan dilupakan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n months without an enquiry</source>
        <translation>
            <numerusform>%n bulan tanpa pertanyaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten now ({after}).</source>
        <translation>
            <numerusform>%Ln pelanggan yang tidak pernah membeli akan dilupakan sekarang ({after}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody would be forgotten now: every customer without an enquiry for {after} bought something.</source>
        <translation>Tidak ada yang akan dilupakan sekarang: semua pelanggan yang sudah {after} pernah membeli sesuatu.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>The first rows as they would be stored. The whole file is checked before anything is imported.</source>
        <translation>Baris-baris pertama sebagaimana akan disimpan. Seluruh berkas diperiksa sebelum ada yang diimpor.</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Pratinjau baris-baris pertama:</translation>
    </message>
    <message>
        <source>The first rows as they would be stored</source>
        <translation>Baris-baris pertama sebagaimana akan disimpan</translation>
    </message>
    <message>
        <source>Checking the whole file</source>
        <translation>Memeriksa seluruh berkas</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Hentikan pemeriksaan</translation>
    </message>
    <message>
        <source>Stop checking the file; nothing is imported</source>
        <translation>Hentikan pemeriksaan berkas; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Check the whole file again</source>
        <translation>Periksa lagi seluruh berkas</translation>
    </message>
    <message>
        <source>Rows &amp;with a problem:</source>
        <translation>Baris ber&amp;masalah:</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Baris bermasalah</translation>
    </message>
    <message>
        <source>Unticked, nothing is imported while a row has a problem: correct the file and import it again.</source>
        <translation>Jika tidak dicentang, tidak ada yang diimpor selama masih ada baris yang bermasalah: perbaiki berkas lalu impor lagi.</translation>
    </message>
    <message>
        <source>Save the re&amp;jected rows…</source>
        <translation>Simpan baris yang &amp;ditolak…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>The rows with a problem in a file of their own, each with why: corrected, it imports like the original</source>
        <translation>Baris bermasalah dalam berkas tersendiri, masing-masing dengan alasannya: setelah diperbaiki, berkas ini dapat diimpor seperti berkas aslinya</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Checking every row of {file}…</source>
        <translation>Memeriksa setiap baris dalam {file}…</translation>
    </message>
    <message>
        <source>Checking stopped. The whole file is checked before anything is imported.</source>
        <translation>Pemeriksaan dihentikan. Seluruh berkas diperiksa sebelum ada yang diimpor.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Berkas tidak berisi baris untuk diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows are good.</source>
        <translation>
            <numerusform>Semua %Ln baris tanpa masalah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row has a problem (%Ln rows); none can be imported.</source>
        <translation>
            <numerusform>Setiap baris bermasalah (%Ln baris); tidak ada yang dapat diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {rows} rows have a problem.</source>
        <translation>
            <numerusform>%Ln dari {rows} baris bermasalah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more: the file of rejected rows lists them all.</source>
        <translation>
            <numerusform>…dan %Ln lainnya: berkas baris yang ditolak mencantumkan semuanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import only the &amp;good rows (skip the %Ln with problems)</source>
        <translation>
            <numerusform>Impor hanya baris yang &amp;baik (lewati %Ln yang bermasalah)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import only the good rows</source>
        <translation>Impor hanya baris yang baik</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Forgotten customer</source>
        <extracomment>What a customer whose personal data was erased is called wherever a name is shown (services.privacy forgets them; their row keeps no name, number or address).</extracomment>
        <translation>Pelanggan yang dilupakan</translation>
    </message>
    <message>
        <source>There is no customer number {number}.</source>
        <extracomment>The index merge and the file&apos;s clean-up, in `forget`&apos;s units of progress.</extracomment>
        <translation>Tidak ada pelanggan dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Say which customer: a phone number, an e-mail or a number.</source>
        <translation>Sebutkan pelanggan yang dimaksud: nomor telepon, e-mail, atau nomor pelanggan.</translation>
    </message>
    <message>
        <source>No customer has the phone number {value}.</source>
        <translation>Tidak ada pelanggan dengan nomor telepon {value}.</translation>
    </message>
    <message>
        <source>No customer has the e-mail address {value}.</source>
        <translation>Tidak ada pelanggan dengan alamat e-mail {value}.</translation>
    </message>
    <message>
        <source>Several customers have the phone number {value} (numbers {numbers}); give the customer&apos;s number with --customer.</source>
        <translation>Beberapa pelanggan memiliki nomor telepon {value} (nomor {numbers}); berikan nomor pelanggan dengan --customer.</translation>
    </message>
    <message>
        <source>Several customers have the e-mail address {value} (numbers {numbers}); give the customer&apos;s number with --customer.</source>
        <translation>Beberapa pelanggan memiliki alamat e-mail {value} (nomor {numbers}); berikan nomor pelanggan dengan --customer.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot the personal data of %Ln customers who never bought (retention)</source>
        <translation>
            <numerusform>Data pribadi %Ln pelanggan yang tidak pernah membeli dihapus (retensi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot the personal data of %Ln customers, as asked</source>
        <translation>
            <numerusform>Data pribadi %Ln pelanggan dihapus atas permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgetting cancelled; nothing was changed.</source>
        <translation>Proses melupakan dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>No backups of this file were found; copies of it kept elsewhere still hold the data until they are deleted.</source>
        <translation>Tidak ditemukan cadangan dari berkas ini; salinan berkas yang disimpan di tempat lain masih berisi data tersebut sampai salinan itu dihapus.</translation>
    </message>
    <message>
        <source>Backups made before still hold the data; by the backup settings the last of them is deleted on {date} (copies kept elsewhere, until they are deleted).</source>
        <translation>Cadangan yang dibuat sebelumnya masih berisi data tersebut; sesuai pengaturan cadangan, cadangan terakhir di antaranya akan dihapus pada {date} (salinan yang disimpan di tempat lain tetap berisi data itu sampai dihapus).</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <source>Keep nothing longer than needed about people who enquired and never bought, and make repeat offers only to those who want them.</source>
        <translation>Jangan simpan data tentang orang yang bertanya tetapi tidak pernah membeli lebih lama dari yang diperlukan, dan berikan penawaran ulang hanya kepada yang menginginkannya.</translation>
    </message>
    <message>
        <source>&amp;Forget customers who never bought after</source>
        <translation>&amp;Lupakan pelanggan yang tidak pernah membeli setelah</translation>
    </message>
    <message>
        <source>Forget customers who never bought after a number of months</source>
        <translation>Lupakan pelanggan yang tidak pernah membeli setelah sejumlah bulan</translation>
    </message>
    <message>
        <source>Off by default. On: once at start and every day, customers with no purchase whose last enquiry is older than this are forgotten</source>
        <translation>Nonaktif secara bawaan. Jika aktif: sekali saat program dibuka dan setiap hari, pelanggan tanpa pembelian yang pertanyaan terakhirnya lebih lama dari ini akan dilupakan</translation>
    </message>
    <message>
        <source>Months without an enquiry</source>
        <translation>Bulan tanpa pertanyaan</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>without an enquiry</source>
        <translation>tanpa pertanyaan</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Pratinjau…</translation>
    </message>
    <message>
        <source>Preview who would be forgotten</source>
        <translation>Pratinjau siapa yang akan dilupakan</translation>
    </message>
    <message>
        <source>List the customers who would be forgotten now after this many months</source>
        <translation>Tampilkan pelanggan yang akan dilupakan sekarang dengan jumlah bulan ini</translation>
    </message>
    <message>
        <source>Forgetting erases a customer&apos;s name, phone numbers, e-mail addresses, handle and notes, and what was written in their enquiries, contacts and feedback. Their enquiries stay as anonymous records, so every figure of every month stays the same. It cannot be undone. Backups made before still hold the data until they age out (Settings → Backups).</source>
        <translation>Melupakan pelanggan berarti menghapus nama, nomor telepon, alamat e-mail, nama akun, dan catatannya, serta apa yang ditulis pada pertanyaan, kontak, dan umpan baliknya. Pertanyaannya tetap ada sebagai catatan anonim, sehingga semua angka setiap bulan tetap sama. Tindakan ini tidak dapat diurungkan. Cadangan yang dibuat sebelumnya masih berisi data tersebut sampai masa simpannya habis (Pengaturan → Cadangan).</translation>
    </message>
    <message>
        <source>Offer repeat purchases only to customers who &amp;agreed to be contacted</source>
        <translation>Tawarkan pembelian ulang hanya kepada pelanggan yang &amp;setuju dihubungi</translation>
    </message>
    <message>
        <source>Offer repeat purchases only to customers who agreed to be contacted</source>
        <translation>Tawarkan pembelian ulang hanya kepada pelanggan yang setuju dihubungi</translation>
    </message>
    <message>
        <source>On: a purchase plans the repeat offer only for a customer marked “Agreed to be contacted with offers” (Customers → Edit…). Repeat offers planned before stay on Today.</source>
        <translation>Jika aktif: pembelian hanya menjadwalkan penawaran ulang untuk pelanggan yang ditandai “Setuju dihubungi untuk penawaran” (Pelanggan → Ubah…). Penawaran ulang yang sudah dijadwalkan sebelumnya tetap ada di Hari ini.</translation>
    </message>
    <message>
        <source>Forget customers who never bought</source>
        <translation>Lupakan pelanggan yang tidak pernah membeli</translation>
    </message>
    <message numerus="yes">
        <source>%n months without an enquiry</source>
        <translation>
            <numerusform>%n bulan tanpa pertanyaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten now ({after}), and others as their time comes.</source>
        <translation>
            <numerusform>%Ln pelanggan yang tidak pernah membeli akan dilupakan sekarang ({after}), dan yang lain saat waktunya tiba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody would be forgotten now; customers who never bought are forgotten after {after} from now on.</source>
        <translation>Tidak ada yang akan dilupakan sekarang; mulai sekarang, pelanggan yang tidak pernah membeli akan dilupakan setelah {after}.</translation>
    </message>
    <message>
        <source>Their enquiries stay, anonymous, and every figure stays the same. Forgetting cannot be undone; backups made before hold the data until they age out.</source>
        <translation>Pertanyaan mereka tetap ada secara anonim, dan semua angka tetap sama. Melupakan pelanggan tidak dapat diurungkan; cadangan yang dibuat sebelumnya masih berisi data tersebut sampai masa simpannya habis.</translation>
    </message>
    <message>
        <source>&amp;Save and forget</source>
        <translation>&amp;Simpan dan lupakan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} tidak dapat dibaca ({error}).</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Mark purchased</source>
        <translation>Tandai terjual</translation>
    </message>
    <message>
        <source>&amp;Value ({currency}):</source>
        <translation>&amp;Nilai ({currency}):</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Nilai pembelian</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>mis. {amount}</translation>
    </message>
    <message>
        <source>What they paid</source>
        <translation>Jumlah yang dibayar</translation>
    </message>
    <message>
        <source>&amp;Bought:</source>
        <translation>&amp;Cara beli:</translation>
    </message>
    <message>
        <source>How they bought</source>
        <translation>Cara membeli</translation>
    </message>
    <message>
        <source>In store, online or by delivery</source>
        <translation>Di toko, online, atau dikirim</translation>
    </message>
    <message>
        <source>Why they chose us:</source>
        <translation>Alasan memilih kami:</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Alasan memilih kami</translation>
    </message>
    <message>
        <source>Tick every reason they gave (Space ticks)</source>
        <translation>Centang setiap alasan yang mereka sebutkan (Spasi untuk mencentang)</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <source>The number of days must be 0 or more.</source>
        <extracomment>The index merge and the file&apos;s clean-up, in `purge`&apos;s units of progress.</extracomment>
        <translation>Jumlah hari harus 0 atau lebih.</translation>
    </message>
    <message numerus="yes">
        <source>Purged %Ln deleted enquiries</source>
        <translation>
            <numerusform>%Ln pertanyaan yang dihapus telah dihapus permanen</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging cancelled; nothing was changed.</source>
        <translation>Penghapusan permanen dibatalkan; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>PurgeDeleted</name>
    <message>
        <source>Purge &amp;deleted enquiries…</source>
        <translation>Hapus permanen pertanyaan yang &amp;dihapus…</translation>
    </message>
    <message>
        <source>Remove deleted enquiries for good, with everything written on them; their customers stay</source>
        <translation>Hapus permanen pertanyaan yang dihapus, beserta semua yang tertulis di dalamnya; pelanggannya tetap ada</translation>
    </message>
    <message>
        <source>There are no deleted enquiries to purge.</source>
        <translation>Tidak ada pertanyaan yang dihapus untuk dihapus permanen.</translation>
    </message>
    <message>
        <source>Purging deleted enquiries</source>
        <translation>Menghapus permanen pertanyaan yang dihapus</translation>
    </message>
    <message>
        <source>Purging deleted enquiries…</source>
        <translation>Menghapus permanen pertanyaan yang dihapus…</translation>
    </message>
    <message>
        <source>Purge deleted enquiries</source>
        <translation>Hapus permanen pertanyaan yang dihapus</translation>
    </message>
    <message>
        <source>{what}. This cannot be undone.</source>
        <translation>{what}. Ini tidak bisa diurungkan.</translation>
    </message>
    <message>
        <source>Purging cancelled; nothing was changed.</source>
        <translation>Penghapusan permanen dibatalkan; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge deleted enquiries</source>
        <translation>Hapus permanen pertanyaan yang dihapus</translation>
    </message>
    <message>
        <source>Purge deleted enquiries?</source>
        <translation>Hapus permanen pertanyaan yang dihapus?</translation>
    </message>
    <message numerus="yes">
        <source>There are %Ln deleted enquiries, the first deleted on {date}.</source>
        <translation>
            <numerusform>Ada %Ln pertanyaan yang dihapus, yang pertama dihapus pada {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging removes them for good, with their contacts, follow-ups, purchases and feedback, and erases what was written on them from the change log&apos;s history. Their customers stay, and every report stays the same.</source>
        <translation>Penghapusan permanen menghapusnya untuk selamanya, beserta kontak, tindak lanjut, pembelian, dan umpan baliknya, dan menghapus yang tertulis di dalamnya dari riwayat catatan perubahan. Pelanggannya tetap ada, dan setiap laporan tetap sama.</translation>
    </message>
    <message>
        <source>This cannot be undone, and changes made before cannot be undone after it.</source>
        <translation>Ini tidak bisa diurungkan, dan perubahan sebelumnya tidak bisa diurungkan setelahnya.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Hapus permanen</translation>
    </message>
    <message>
        <source>Remove the deleted enquiries for good</source>
        <translation>Hapus permanen pertanyaan yang dihapus</translation>
    </message>
</context>
<context>
    <name>QtLibraries</name>
    <message>
        <source>EnquiryDesk cannot open its window: this system lacks libraries that Qt needs to draw on an X11 screen: {libraries}.</source>
        <translation>EnquiryDesk tidak dapat membuka jendelanya: sistem ini tidak memiliki pustaka yang dibutuhkan Qt untuk menampilkan jendela di layar X11: {libraries}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>Di Debian atau Ubuntu, instal pustaka tersebut dengan:</translation>
    </message>
    <message>
        <source>Your distribution&apos;s package search finds the package that has {libraries}.</source>
        <translation>Fitur pencarian paket pada distribusi Anda dapat menemukan paket yang berisi {libraries}.</translation>
    </message>
    <message>
        <source>The commands (report, add, import …) work without them.</source>
        <translation>Perintah-perintahnya (report, add, import …) tetap berfungsi tanpa pustaka tersebut.</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log an enquiry</source>
        <extracomment>Channels whose enquirer is usually answered on the spot (served, or the call picked up). Only this many channels can have a number key. The suggestion list shows this many rows before it scrolls.</extracomment>
        <translation>Catat pertanyaan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>How the enquiry came in (Alt+C). Press 1–{last} to choose it, anywhere in this window except while typing in a text box.</source>
        <translation>Cara pertanyaan masuk (Alt+S). Tekan 1–{last} untuk memilihnya, di mana saja di jendela ini kecuali saat mengetik di kotak teks.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>The customer&apos;s name (Alt+N). Known customers who fit appear below as you type: Down arrow to reach them.</source>
        <translation>Nama pelanggan (Alt+N). Pelanggan terdaftar yang cocok muncul di bawah saat Anda mengetik: tekan panah bawah untuk memilihnya.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Phone number in any usual form, with or without the country code (Alt+P). Known customers who fit appear below as you type: Down arrow to reach them.</source>
        <translation>Nomor telepon dalam format apa pun yang lazim, dengan atau tanpa kode negara (Alt+P). Pelanggan terdaftar yang cocok muncul di bawah saat Anda mengetik: tekan panah bawah untuk memilihnya.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;pon:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Alamat e-mail</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address (Alt+E).</source>
        <translation>Alamat e-mail pelanggan (Alt+E).</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Pelanggan yang cocok</translation>
    </message>
    <message>
        <source>Customers we know who fit what you typed. Down arrow from the name, phone or e-mail to reach them; Enter or double-click takes one; Esc goes back.</source>
        <translation>Pelanggan terdaftar yang cocok dengan yang Anda ketik. Tekan panah bawah dari nama, telepon, atau e-mail untuk menuju ke sini; Enter atau klik ganda memilih salah satunya; Esc untuk kembali.</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Cocok:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>The product or service they asked about (Alt+I).</source>
        <translation>Produk atau layanan yang mereka tanyakan (Alt+I).</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>M&amp;inat:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Anything else worth remembering (Alt+O). Enter starts a new line here; Ctrl+Enter saves.</source>
        <translation>Hal lain yang perlu diingat (Alt+C). Enter membuat baris baru di sini; Ctrl+Enter menyimpan.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>How they heard of the shop, if they said (Alt+S). Leave empty if unknown.</source>
        <translation>Dari mana mereka tahu tentang toko, jika mereka menyebutkannya (Alt+U). Biarkan kosong jika tidak diketahui.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Direkomendasikan oleh</translation>
    </message>
    <message>
        <source>The customer who recommended the shop to them, if they said (Alt+B). Type a name, phone or e-mail, then Down and Enter to pick them from the list; an empty source becomes Recommendation.</source>
        <translation>Pelanggan yang merekomendasikan toko kepada mereka, jika mereka menyebutkannya (Alt+O). Ketik nama, telepon, atau e-mail, lalu tekan panah bawah dan Enter untuk memilihnya dari daftar; sumber yang kosong menjadi Rekomendasi.</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>Direkomendasikan &amp;oleh:</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Who took the enquiry (Alt+T): whoever is at the counter, unless changed</source>
        <translation>Siapa yang menerima pertanyaan (Alt+D): siapa pun yang sedang di konter, kecuali diubah</translation>
    </message>
    <message>
        <source>&amp;Taken by:</source>
        <translation>&amp;Dicatat oleh:</translation>
    </message>
    <message>
        <source>&amp;Answered now</source>
        <translation>&amp;Langsung dijawab</translation>
    </message>
    <message>
        <source>Answered now</source>
        <translation>Langsung dijawab</translation>
    </message>
    <message>
        <source>A walk-in served or a call picked up: the response time is zero (Alt+A). Ticked by itself for walk-ins and phone calls.</source>
        <translation>Pelanggan yang datang langsung sudah dilayani atau telepon sudah diangkat: waktu respons nol (Alt+L). Tercentang otomatis untuk kunjungan langsung dan panggilan telepon.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the enquiry</source>
        <translation>Simpan pertanyaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Tutup tanpa menyimpan (Esc)</translation>
    </message>
    <message>
        <source>Choose the channel first.</source>
        <translation>Pilih saluran terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fix the phone number first.</source>
        <translation>Perbaiki nomor telepon terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fix the e-mail address first.</source>
        <translation>Perbaiki alamat e-mail terlebih dahulu.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name, phone or e-mail first.</source>
        <translation>Ketik nama, telepon, atau e-mail pelanggan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Pick who recommended them from the list, or clear that field.</source>
        <translation>Pilih siapa yang merekomendasikan mereka dari daftar, atau kosongkan isian itu.</translation>
    </message>
    <message>
        <source>Save the enquiry (Enter; Ctrl+Enter from the notes)</source>
        <translation>Simpan pertanyaan (Enter; Ctrl+Enter dari catatan)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n customers named {name} already, with other numbers ({phones}). If this is the same person, pick them from Matches; saving as it is makes a new customer.</source>
        <translation>
            <numerusform>Sudah ada %n pelanggan bernama {name}, dengan nomor lain ({phones}). Jika ini orang yang sama, pilih dari daftar Cocok; menyimpan apa adanya akan membuat pelanggan baru.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>no enquiries yet</source>
        <translation>belum ada pertanyaan</translation>
    </message>
    <message>
        <source>last {date}</source>
        <translation>terakhir {date}</translation>
    </message>
    <message>
        <source>Returning customer: {history}</source>
        <translation>Pelanggan lama: {history}</translation>
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Why sales are lost, how customers heard of the shop, why buyers chose it: rename them in the shop&apos;s words, add its own, hide what never applies. The report counts each under its key.</source>
        <translation>Mengapa penjualan batal, dari mana pelanggan tahu tentang toko, mengapa pembeli memilih toko: ganti namanya dengan istilah toko sendiri, tambahkan pilihan toko sendiri, sembunyikan yang tidak pernah berlaku. Laporan menghitung masing-masing menurut kuncinya.</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Pilihan daftar</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Alasan batal</translation>
    </message>
    <message>
        <source>Sources (how they heard of the shop)</source>
        <translation>Sumber (dari mana mereka tahu tentang toko)</translation>
    </message>
    <message>
        <source>Decision factors (why they chose the shop)</source>
        <translation>Alasan membeli (mengapa mereka memilih toko)</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Daftar:</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders and start-up</source>
        <translation>Pengingat dan saat mulai</translation>
    </message>
    <message>
        <source>&amp;Keep EnquiryDesk in the tray when the window is closed</source>
        <translation>&amp;Biarkan EnquiryDesk tetap di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Tetap berjalan di baki sistem</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed; Ctrl+Q quits</source>
        <translation>Pengingat tetap muncul saat jendela ditutup; Ctrl+Q untuk keluar</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation>Desktop ini tidak memiliki baki sistem: menutup jendela berarti keluar dari program</translation>
    </message>
    <message>
        <source>&amp;Start EnquiryDesk when I log in</source>
        <translation>&amp;Jalankan EnquiryDesk saat saya masuk</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Jalankan saat masuk</translation>
    </message>
    <message>
        <source>So that no reminder is missed; only for your own user on this computer</source>
        <translation>Agar tidak ada pengingat yang terlewat; hanya untuk akun pengguna Anda di komputer ini</translation>
    </message>
    <message>
        <source>Every minute EnquiryDesk looks for follow-ups that came due and for enquiries waiting past the response target, and tells you once about each.</source>
        <translation>Setiap menit EnquiryDesk mencari tindak lanjut yang sudah jatuh tempo dan pertanyaan yang menunggu melewati target respons, lalu memberi tahu Anda satu kali untuk masing-masing.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save these choices (Enter)</source>
        <translation>Simpan pilihan ini (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Tutup tanpa menyimpan (Esc)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Reminders and start-up…</source>
        <translation>Penging&amp;at dan mulai otomatis…</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed; start at login</source>
        <translation>Tetap berjalan di baki sistem saat jendela ditutup; mulai otomatis saat login</translation>
    </message>
    <message>
        <source>EnquiryDesk</source>
        <translation>EnquiryDesk</translation>
    </message>
    <message>
        <source>&amp;Show EnquiryDesk</source>
        <translation>&amp;Tampilkan EnquiryDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups came due. They are on the Today page.</source>
        <translation>
            <numerusform>%Ln tindak lanjut sudah jatuh tempo. Semuanya ada di halaman Hari ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since EnquiryDesk last ran</source>
        <translation>Sejak EnquiryDesk terakhir dijalankan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups came due</source>
        <translation>
            <numerusform>%Ln tindak lanjut sudah jatuh tempo</numerusform>
        </translation>
    </message>
    <message>
        <source>Still waiting for an answer</source>
        <translation>Masih menunggu jawaban</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>EnquiryDesk is still running</source>
        <translation>EnquiryDesk masih berjalan</translation>
    </message>
    <message>
        <source>Reminders keep coming here. Quit from this icon&apos;s menu, or with Ctrl+Q.</source>
        <translation>Pengingat akan tetap muncul di sini. Keluar melalui menu ikon ini, atau dengan Ctrl+Q.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>Export formats: the key `exports.files.export` takes → file extension.</extracomment>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export {month}</source>
        <translation>Ekspor {month}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Print the report for {month}</source>
        <translation>Cetak laporan {month}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Report month</source>
        <translation>Bulan laporan</translation>
    </message>
    <message>
        <source>The month to report on; Up and Down change it</source>
        <translation>Bulan yang dilaporkan; tombol Atas dan Bawah untuk mengubahnya</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>B&amp;ulan:</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>The month before (Alt+Left)</source>
        <translation>Bulan sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>The month after (Alt+Right)</source>
        <translation>Bulan berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>Counting the month</source>
        <translation>Menghitung data bulan</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Ekspor CS&amp;V…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>The month&apos;s enquiries, one row each, for any spreadsheet</source>
        <translation>Pertanyaan pada bulan terpilih, satu baris per pertanyaan, untuk program spreadsheet apa pun</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Ekspor E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Ekspor Excel</translation>
    </message>
    <message>
        <source>A workbook: these figures with charts, and the month&apos;s enquiries</source>
        <translation>Buku kerja: angka-angka ini beserta grafiknya, dan pertanyaan pada bulan terpilih</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Ekspor P&amp;DF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>These pages as a PDF to send or keep</source>
        <translation>Halaman-halaman ini sebagai PDF untuk dikirim atau disimpan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>Preview and print these pages (Ctrl+P)</source>
        <translation>Pratinjau dan cetak halaman-halaman ini (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Cetak laporan…</translation>
    </message>
    <message>
        <source>Preview and print the month&apos;s report (Ctrl+P)</source>
        <translation>Pratinjau dan cetak laporan bulan terpilih (Ctrl+P)</translation>
    </message>
    <message>
        <source>Counting {month}…</source>
        <translation>Menghitung {month}…</translation>
    </message>
    <message>
        <source>Counting the month…</source>
        <translation>Menghitung data bulan…</translation>
    </message>
    <message>
        <source>The report could not be counted.</source>
        <translation>Laporan tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>Nothing was recorded in {month}: no enquiries, sales or feedback. Choose another month, or log enquiries to see their figures here.</source>
        <translation>Tidak ada yang tercatat pada {month}: tidak ada pertanyaan, penjualan, atau umpan balik. Pilih bulan lain, atau catat pertanyaan agar angkanya terlihat di sini.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve complaint</source>
        <translation>Selesaikan keluhan</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Selesaikan</translation>
    </message>
    <message>
        <source>{heading}
They said: {complaint}</source>
        <translation>{heading}
Kata mereka: {complaint}</translation>
    </message>
    <message>
        <source>&amp;How was it put right:</source>
        <translation>&amp;Cara penyelesaiannya:</translation>
    </message>
    <message>
        <source>How the complaint was put right</source>
        <translation>Cara keluhan diselesaikan</translation>
    </message>
    <message>
        <source>For example: replaced the unit, refunded, explained the settings. Ctrl+Enter saves.</source>
        <translation>Contoh: unit diganti, uang dikembalikan, pengaturan dijelaskan. Ctrl+Enter menyimpan.</translation>
    </message>
</context>
<context>
    <name>RetentionKeeper</name>
    <message>
        <source>Customers due to be forgotten could not be: {error}</source>
        <translation>Pelanggan yang sudah waktunya dilupakan tidak dapat dilupakan: {error}</translation>
    </message>
</context>
<context>
    <name>Saver</name>
    <message>
        <source>Saving…</source>
        <extracomment>After this long without an answer, the dialog says why it is waiting.</extracomment>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Another program is writing to the file (another EnquiryDesk importing, perhaps); this will be saved as soon as it is done. Nothing you typed is lost.</source>
        <translation>Program lain sedang menulis ke berkas ini (mungkin EnquiryDesk lain sedang mengimpor); data ini akan disimpan segera setelah program itu selesai. Tidak ada ketikan Anda yang hilang.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table {table} is missing</source>
        <extracomment>A problem the check found; {table} is the database&apos;s own name of a table.</extracomment>
        <translation>tabel {table} tidak ada</translation>
    </message>
    <message>
        <source>column {column} is missing</source>
        <extracomment>A problem the check found; {column} is the database&apos;s own name of a column.</extracomment>
        <translation>kolom {column} tidak ada</translation>
    </message>
    <message>
        <source>index {index} is missing</source>
        <extracomment>A problem the check found; {index} is the database&apos;s own name of an index.</extracomment>
        <translation>indeks {index} tidak ada</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message numerus="yes">
        <source>Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah; coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the owner&apos;s PIN. Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>Itu bukan PIN pemilik. Terlalu banyak PIN salah; coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not {name}&apos;s PIN. Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>Itu bukan PIN {name}. Terlalu banyak PIN salah; coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the owner&apos;s PIN (%n more tries before a wait).</source>
        <translation>
            <numerusform>Itu bukan PIN pemilik (sisa %n percobaan sebelum harus menunggu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not {name}&apos;s PIN (%n more tries before a wait).</source>
        <translation>
            <numerusform>Itu bukan PIN {name} (sisa %n percobaan sebelum harus menunggu).</numerusform>
        </translation>
    </message>
    <message>
        <source>This needs the owner&apos;s PIN.</source>
        <translation>Tindakan ini memerlukan PIN pemilik.</translation>
    </message>
    <message>
        <source>Restoring a backup needs the owner&apos;s PIN.</source>
        <translation>Memulihkan cadangan memerlukan PIN pemilik.</translation>
    </message>
    <message>
        <source>Switching to {name} needs their PIN.</source>
        <translation>Beralih ke {name} memerlukan PIN miliknya.</translation>
    </message>
    <message>
        <source>Choose the owner on the Staff page before setting a PIN.</source>
        <translation>Pilih pemilik di halaman Staf sebelum mengatur PIN.</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN set</source>
        <translation>PIN pemilik diatur</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN removed</source>
        <translation>PIN pemilik dihapus</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery key.</source>
        <translation>Itu bukan kunci pemulihan toko ini.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Once the owner sets a PIN, it is asked before Settings open, before deleting an enquiry, merging customers, exporting, importing and restoring a backup, and before someone switches to the owner — in the window and on the command line. After five wrong PINs the next try waits 30 seconds, and longer each time. A recovery key is shown once when the PIN is set: write it down; it removes a forgotten PIN (enquirydesk reset-pin).</source>
        <translation>Setelah pemilik menetapkan PIN, PIN akan diminta sebelum Pengaturan dibuka, sebelum menghapus pertanyaan, menggabungkan pelanggan, mengekspor, mengimpor, dan memulihkan cadangan, serta sebelum seseorang beralih ke pemilik — baik di jendela program maupun di baris perintah. Setelah lima kali PIN salah, percobaan berikutnya harus menunggu 30 detik, dan makin lama setiap kalinya. Kunci pemulihan ditampilkan satu kali saat PIN ditetapkan: catatlah; kunci ini menghapus PIN yang terlupa (enquirydesk reset-pin).</translation>
    </message>
    <message>
        <source>New owner&apos;s PIN</source>
        <translation>PIN pemilik baru</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>&amp;PIN baru:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>&amp;Remove the owner&apos;s PIN</source>
        <translation>&amp;Hapus PIN pemilik</translation>
    </message>
    <message>
        <source>Remove the owner&apos;s PIN</source>
        <translation>Hapus PIN pemilik</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to the shop&apos;s server</source>
        <translation>Hubungkan ke server toko</translation>
    </message>
    <message>
        <source>Several PCs can work on the same enquiries when the shop keeps them in a PostgreSQL database on a server. Whoever set up the server can tell you these details.</source>
        <translation>Beberapa komputer dapat bekerja pada pertanyaan yang sama bila toko menyimpannya dalam basis data PostgreSQL di sebuah server. Orang yang menyiapkan server dapat memberi tahu Anda rincian ini.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The name or address of the computer that runs PostgreSQL, such as 192.168.1.10 or shop-server</source>
        <translation>Nama atau alamat komputer yang menjalankan PostgreSQL, misalnya 192.168.1.10 atau server-toko</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>mis. 192.168.1.10</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The server&apos;s port: 5432 unless whoever set it up says otherwise</source>
        <translation>Port server: 5432, kecuali orang yang menyiapkannya mengatakan lain</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>The name of the shop&apos;s database on the server</source>
        <translation>Nama basis data toko di server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Your user name on the database server</source>
        <translation>Nama pengguna Anda di server basis data</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The password of that user name on the server. Empty: the password kept on this PC, if there is one</source>
        <translation>Kata sandi untuk nama pengguna itu di server. Kosong: kata sandi yang disimpan di komputer ini, jika ada</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this PC</source>
        <translation>&amp;Ingat kata sandi di komputer ini</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>Ingat kata sandi di komputer ini</translation>
    </message>
    <message>
        <source>Kept in this PC&apos;s own password store (the system keyring), so that EnquiryDesk connects by itself next time; never in a settings file. Unticked: a password kept before is forgotten.</source>
        <translation>Disimpan di penyimpanan kata sandi komputer ini sendiri (keyring sistem), agar lain kali EnquiryDesk terhubung sendiri; tidak pernah di berkas pengaturan. Bila tidak dicentang: kata sandi yang tersimpan sebelumnya dilupakan.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menghubungkan</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Hubungkan</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>Connect to the server with these details</source>
        <translation>Hubungkan ke server dengan rincian ini</translation>
    </message>
    <message>
        <source>Open a &amp;file on this PC instead…</source>
        <translation>Buka &amp;berkas di komputer ini saja…</translation>
    </message>
    <message>
        <source>Open a file on this PC instead</source>
        <translation>Buka berkas di komputer ini saja</translation>
    </message>
    <message>
        <source>Work on an EnquiryDesk file kept on this PC, without the server</source>
        <translation>Bekerja pada berkas EnquiryDesk yang disimpan di komputer ini, tanpa server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close without connecting (Esc)</source>
        <translation>Tutup tanpa menghubungkan (Esc)</translation>
    </message>
    <message>
        <source>Kept on this PC</source>
        <translation>Tersimpan di komputer ini</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation>Isi server, basis data, dan nama pengguna.</translation>
    </message>
    <message>
        <source>Connecting to {where}…</source>
        <translation>Menghubungkan ke {where}…</translation>
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
        <source>Try to connect again with these details</source>
        <translation>Coba hubungkan lagi dengan rincian ini</translation>
    </message>
    <message>
        <source>Open an EnquiryDesk file</source>
        <translation>Buka berkas EnquiryDesk</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Use a whole number from {low} to {high}.</source>
        <translation>Gunakan bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message numerus="yes">
        <source>Use text of at most %Ln characters.</source>
        <translation>
            <numerusform>Gunakan teks paling banyak %Ln karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a two-letter country code like ID or SI.</source>
        <translation>Gunakan kode negara dua huruf seperti ID atau SI.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code like IDR or EUR.</source>
        <translation>Gunakan kode mata uang tiga huruf seperti IDR atau EUR.</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>Gunakan yes atau no (ya atau tidak).</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Country (for phone numbers)</source>
        <translation>Negara (untuk nomor telepon)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Opening hours and holidays</source>
        <translation>Jam buka dan hari libur</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Tutup pada hari libur nasional</translation>
    </message>
    <message>
        <source>Response target (business minutes)</source>
        <translation>Target respons (menit kerja)</translation>
    </message>
    <message>
        <source>Check the decision after (business days)</source>
        <translation>Cek keputusan setelah (hari kerja)</translation>
    </message>
    <message>
        <source>After-sales check-in after (days)</source>
        <translation>Tindak lanjut purnajual setelah (hari)</translation>
    </message>
    <message>
        <source>Retention contact after (days)</source>
        <translation>Kontak penawaran ulang setelah (hari)</translation>
    </message>
    <message>
        <source>Handle complaints within (business days)</source>
        <translation>Tangani keluhan dalam (hari kerja)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Cadangan harian yang disimpan</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Cadangan mingguan yang disimpan</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Cadangan bulanan yang disimpan</translation>
    </message>
    <message>
        <source>First-run page completed</source>
        <translation>Halaman penggunaan pertama sudah diselesaikan</translation>
    </message>
    <message>
        <source>Closing the window keeps EnquiryDesk in the tray</source>
        <translation>Menutup jendela tetap menjalankan EnquiryDesk di baki sistem</translation>
    </message>
    <message>
        <source>Forget customers who never bought after (months)</source>
        <translation>Lupakan pelanggan yang tidak pernah membeli setelah (bulan)</translation>
    </message>
    <message>
        <source>Repeat offers only to customers who agreed to be contacted</source>
        <translation>Penawaran ulang hanya untuk pelanggan yang setuju dihubungi</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>Tidak ada pengaturan bernama {key}.</translation>
    </message>
    <message>
        <source>No settings changed</source>
        <translation>Tidak ada pengaturan yang diubah</translation>
    </message>
    <message>
        <source>Settings changed: {names}</source>
        <translation>Pengaturan diubah: {names}</translation>
    </message>
    <message>
        <source>Cancelled; the settings were left as they were.</source>
        <translation>Dibatalkan; pengaturan tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Halaman pengaturan</translation>
    </message>
    <message>
        <source>Recomputing response times</source>
        <translation>Menghitung ulang waktu respons</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Stop recomputing the response times; nothing is saved (Esc)</source>
        <translation>Hentikan penghitungan ulang waktu respons; tidak ada yang disimpan (Esc)</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN is set</source>
        <translation>PIN pemilik telah ditetapkan</translation>
    </message>
    <message>
        <source>Write this recovery key down and keep it apart from the computer. If the PIN is ever forgotten, it removes it:

{key}

It is shown only now.</source>
        <translation>Catat kunci pemulihan ini dan simpan terpisah dari komputer. Jika PIN suatu saat terlupa, kunci ini dapat menghapusnya:

{key}

Kunci ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Bahasa baru</translation>
    </message>
    <message>
        <source>EnquiryDesk will speak {language} when it starts again.</source>
        <translation>EnquiryDesk akan menggunakan {language} saat dijalankan kembali.</translation>
    </message>
    <message>
        <source>Start it again now? Nothing you saved is lost.</source>
        <translation>Jalankan ulang sekarang? Data yang sudah Anda simpan tidak akan hilang.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Mulai ulang sekarang</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
    <message>
        <source>Saving was stopped; nothing was changed. Save again when you like.</source>
        <translation>Penyimpanan dihentikan; tidak ada yang diubah. Simpan lagi kapan saja Anda mau.</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>e.g. Toko Elektronik Jaya</source>
        <translation>mis. Toko Elektronik Jaya</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation>Negara untuk nomor telepon</translation>
    </message>
    <message>
        <source>Phone numbers typed without +country code are read as numbers of this country</source>
        <translation>Nomor telepon yang diketik tanpa +kode negara dibaca sebagai nomor negara ini</translation>
    </message>
    <message>
        <source>None: type every number with +country code</source>
        <translation>Tidak ada: ketik setiap nomor dengan +kode negara</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nama toko:</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation>Ne&amp;gara untuk nomor telepon:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>The name shows in the title bar, on reports and exports. Phone numbers typed without +country are read as numbers of the country, and its public holidays can close the shop (Opening hours). Changing the country later reads new numbers in the new one; numbers already saved stay as they are. The currency is how reports and exports show money; amounts already saved keep their value.</source>
        <translation>Nama toko ditampilkan di bilah judul, di laporan, dan di hasil ekspor. Nomor telepon yang diketik tanpa +kode negara dibaca sebagai nomor negara ini, dan hari libur nasionalnya dapat menutup toko (Jam buka). Jika negara diubah nanti, nomor baru akan dibaca sebagai nomor negara yang baru; nomor yang sudah tersimpan tetap seperti semula. Mata uang menentukan cara laporan dan hasil ekspor menampilkan uang; jumlah yang sudah tersimpan tetap bernilai sama.</translation>
    </message>
</context>
<context>
    <name>ShopSetup</name>
    <message>
        <source>Channels</source>
        <extracomment>The lists the owner keeps, by the name the Settings pages use. Each list&apos;s title, in English: `list_title` gives it in the user&apos;s language.</extracomment>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Decision factors</source>
        <translation>Alasan membeli</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Alasan batal</translation>
    </message>
    <message>
        <source>Every one of the channels needs a name.</source>
        <extracomment>What a list is refused with: an item without a name, a name twice ({name}), every item hidden. Whole sentences for each list (their words change with the list).</extracomment>
        <translation>Setiap saluran harus memiliki nama.</translation>
    </message>
    <message>
        <source>“{name}” is among the channels twice.</source>
        <translation>“{name}” ada dua kali di daftar saluran.</translation>
    </message>
    <message>
        <source>Keep at least one of the channels.</source>
        <translation>Pertahankan setidaknya satu saluran.</translation>
    </message>
    <message>
        <source>Every one of the sources needs a name.</source>
        <translation>Setiap sumber harus memiliki nama.</translation>
    </message>
    <message>
        <source>“{name}” is among the sources twice.</source>
        <translation>“{name}” ada dua kali di daftar sumber.</translation>
    </message>
    <message>
        <source>Keep at least one of the sources.</source>
        <translation>Pertahankan setidaknya satu sumber.</translation>
    </message>
    <message>
        <source>Every one of the decision factors needs a name.</source>
        <translation>Setiap alasan membeli harus memiliki nama.</translation>
    </message>
    <message>
        <source>“{name}” is among the decision factors twice.</source>
        <translation>“{name}” ada dua kali di daftar alasan membeli.</translation>
    </message>
    <message>
        <source>Keep at least one of the decision factors.</source>
        <translation>Pertahankan setidaknya satu alasan membeli.</translation>
    </message>
    <message>
        <source>Every one of the lost reasons needs a name.</source>
        <translation>Setiap alasan batal harus memiliki nama.</translation>
    </message>
    <message>
        <source>“{name}” is among the lost reasons twice.</source>
        <translation>“{name}” ada dua kali di daftar alasan batal.</translation>
    </message>
    <message>
        <source>Keep at least one of the lost reasons.</source>
        <translation>Pertahankan setidaknya satu alasan batal.</translation>
    </message>
    <message>
        <source>Choose the owner on the Staff page before setting a PIN.</source>
        <translation>Pilih pemilik di halaman Staf sebelum menetapkan PIN.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}…” is longer than %n characters.</source>
        <translation>
            <numerusform>“{name}…” lebih dari %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every staff member needs a name.</source>
        <translation>Setiap anggota staf harus memiliki nama.</translation>
    </message>
    <message>
        <source>There are two staff members named {name}.</source>
        <translation>Ada dua anggota staf bernama {name}.</translation>
    </message>
    <message>
        <source>A role is owner or staff.</source>
        <translation>Peran harus pemilik (owner) atau staf (staff).</translation>
    </message>
    <message>
        <source>The owner cannot be deactivated.</source>
        <translation>Pemilik tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
        <source>Only one staff member is the owner.</source>
        <translation>Hanya satu anggota staf yang boleh menjadi pemilik.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN pemilik</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Give the staff member&apos;s name.</source>
        <translation>Isi nama anggota staf.</translation>
    </message>
    <message>
        <source>A role is owner or staff.</source>
        <translation>Peran harus pemilik (owner) atau staf (staff).</translation>
    </message>
    <message>
        <source>There is already a staff member named {name}.</source>
        <translation>Sudah ada anggota staf bernama {name}.</translation>
    </message>
    <message>
        <source>Staff member {name} added</source>
        <translation>Anggota staf {name} ditambahkan</translation>
    </message>
    <message>
        <source>There is no staff member number {number}.</source>
        <translation>Tidak ada anggota staf dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Staff member {name} reactivated</source>
        <translation>Anggota staf {name} diaktifkan kembali</translation>
    </message>
    <message>
        <source>Staff member {name} deactivated</source>
        <translation>Anggota staf {name} dinonaktifkan</translation>
    </message>
    <message>
        <source>PIN of {name} changed</source>
        <translation>PIN {name} diubah</translation>
    </message>
    <message>
        <source>No staff member is named {name} (known: {known}).</source>
        <translation>Tidak ada anggota staf bernama {name} (yang terdaftar: {known}).</translation>
    </message>
    <message>
        <source>No staff member is named {name} (known: none yet).</source>
        <translation>Tidak ada anggota staf bernama {name} (yang terdaftar: belum ada).</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Who takes enquiries and follows them up. Unticked staff are no longer at the counter; their name stays on everything they did. The owner&apos;s PIN (Security) guards Settings, deleting, merging, exports, imports and restores. A staff member may have a PIN of their own, asked when someone switches to them.</source>
        <translation>Siapa yang menerima pertanyaan dan menindaklanjutinya. Staf yang tidak dicentang tidak lagi bertugas di konter; namanya tetap tercantum pada semua yang pernah mereka kerjakan. PIN pemilik (Keamanan) melindungi Pengaturan, penghapusan, penggabungan, ekspor, impor, dan pemulihan. Anggota staf dapat memiliki PIN sendiri, yang diminta saat seseorang beralih kepadanya.</translation>
    </message>
    <message>
        <source>Staff: ticked ones work at the counter</source>
        <translation>Staf: yang dicentang bertugas di konter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Tambah anggota staf</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>Jadikan &amp;pemilik</translation>
    </message>
    <message>
        <source>Make the chosen one the owner</source>
        <translation>Jadikan orang yang dipilih sebagai pemilik</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;Atur PIN…</translation>
    </message>
    <message>
        <source>Set or remove the chosen one&apos;s PIN</source>
        <translation>Atur atau hapus PIN orang yang dipilih</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Anggota staf baru</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A PIN of 4 to 12 digits for {name} (empty: none):</source>
        <translation>PIN 4 sampai 12 digit untuk {name} (kosong: tanpa PIN):</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>a network share</source>
        <extracomment>Put into &quot;This file is on {name}. SQLite&apos;s locking cannot be trusted…&quot;</extracomment>
        <translation>folder bersama di jaringan</translation>
    </message>
    <message>
        <source>the network drive {drive}</source>
        <extracomment>{drive} is a Windows drive letter like &quot;Z:&quot;. Put into &quot;This file is on {name}. …&quot;</extracomment>
        <translation>drive jaringan {drive}</translation>
    </message>
    <message>
        <source>a network drive ({type})</source>
        <extracomment>{type} is a file system&apos;s name like &quot;nfs&quot; or &quot;cifs&quot;. Put into &quot;This file is on {name}.&quot;</extracomment>
        <translation>drive jaringan ({type})</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{file} was saved by a newer EnquiryDesk (data version {version}; this one reads up to {latest}). Update EnquiryDesk to open it.</source>
        <extracomment>Whether the database is on a server (no file of it on this PC to copy or check). The operations this program saved (any thread): not news to it.</extracomment>
        <translation>{file} disimpan oleh EnquiryDesk yang lebih baru (versi data {version}; versi ini hanya dapat membaca hingga {latest}). Perbarui EnquiryDesk untuk membukanya.</translation>
    </message>
    <message>
        <source>The file {file} cannot be created ({reason}); check that its folder is yours and the disk has room.</source>
        <extracomment>{reason} is the operating system&apos;s own explanation.</extracomment>
        <translation>Berkas {file} tidak dapat dibuat ({reason}); pastikan foldernya milik Anda dan disk masih memiliki ruang.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be saved to it.</source>
        <translation>Basis data dibuka dalam mode hanya-baca; tidak ada yang dapat disimpan ke dalamnya.</translation>
    </message>
    <message>
        <source>There is no change number {number} to undo.</source>
        <translation>Tidak ada perubahan nomor {number} untuk diurungkan.</translation>
    </message>
    <message>
        <source>{database} holds another program&apos;s tables, not EnquiryDesk&apos;s.</source>
        <translation>{database} berisi tabel program lain, bukan tabel EnquiryDesk.</translation>
    </message>
    <message>
        <source>{database} was set up by a newer EnquiryDesk (data version {version}; this one reads up to {latest}). Update EnquiryDesk on this PC to use it.</source>
        <translation>{database} disiapkan oleh EnquiryDesk yang lebih baru (versi data {version}; versi ini membaca hingga {latest}). Perbarui EnquiryDesk di komputer ini untuk menggunakannya.</translation>
    </message>
    <message>
        <source>The shop&apos;s server ({where}) cannot be reached; check the network and that the server is running.</source>
        <translation>Server toko ({where}) tidak dapat dihubungi; periksa jaringan dan pastikan server berjalan.</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <extracomment>Seconds to wait for the server to answer a connection. The key of the shop&apos;s write lock (``pg_advisory_xact_lock``): &quot;EQDK&quot; in ASCII. How long a write waits for another PC&apos;s to finish before saying so. The channel other programs on the same shop&apos;s database are told of saved changes on.</extracomment>
        <translation>{database} di {host}</translation>
    </message>
    <message>
        <source>the shop&apos;s server</source>
        <extracomment>PostgreSQL definitions of the SQLite functions the store&apos;s SQL uses, and of the ``nocase`` collation (a letter case-blind order, as SQLite&apos;s NOCASE). The enquiries&apos; sort indexes, made again in the server&apos;s own form: the id after the column (SQLite&apos;s indexes hold it by themselves), so that ties come in id order straight from the index; and a column that may hold no value with no value first, the order SQLite gives (and the enquiries table shows). Of the orders, those over a column that may hold no value. How often a statement that may be stopped asks whether to go on (seconds).</extracomment>
        <translation>server toko</translation>
    </message>
    <message>
        <source>The server refused the user name or password for {where}.</source>
        <translation>Server menolak nama pengguna atau kata sandi untuk {where}.</translation>
    </message>
    <message>
        <source>The server has no database {database}; check its name, or ask whoever set up the server to create it.</source>
        <translation>Server tidak memiliki basis data {database}; periksa namanya, atau minta orang yang menyiapkan server untuk membuatnya.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was saved.</source>
        <translation>Disk server penuh; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Another PC was saving the same thing at this moment; try again.</source>
        <translation>Komputer lain sedang menyimpan hal yang sama pada saat ini; coba lagi.</translation>
    </message>
    <message>
        <source>The server does not let this user change {where}; ask the owner.</source>
        <translation>Server tidak mengizinkan pengguna ini mengubah {where}; tanyakan kepada pemilik.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {where} ({reason}).</source>
        <translation>pg_dump tidak dapat mencadangkan {where} ({reason}).</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Check the &amp;decision after:</source>
        <extracomment>(setting, label, accessible name, counted in business days, maximum): the intervals of the follow-up rules; the words translated where shown (context &quot;TargetsPage&quot;).</extracomment>
        <translation>Cek &amp;keputusan setelah:</translation>
    </message>
    <message>
        <source>Check the decision after (business days)</source>
        <translation>Cek keputusan setelah (hari kerja)</translation>
    </message>
    <message>
        <source>After-sales &amp;check-in after:</source>
        <translation>Tindak lanjut &amp;purnajual setelah:</translation>
    </message>
    <message>
        <source>After-sales check-in after (days)</source>
        <translation>Tindak lanjut purnajual setelah (hari)</translation>
    </message>
    <message>
        <source>&amp;Repeat offer after:</source>
        <translation>Penawaran &amp;ulang setelah:</translation>
    </message>
    <message>
        <source>Retention contact after (days)</source>
        <translation>Kontak penawaran ulang setelah (hari)</translation>
    </message>
    <message>
        <source>Handle co&amp;mplaints within:</source>
        <translation>&amp;Tangani keluhan dalam:</translation>
    </message>
    <message>
        <source>Handle complaints within (business days)</source>
        <translation>Tangani keluhan dalam (hari kerja)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>The response target is how long, in opening hours, an enquiry may wait for its first answer: past it, it is overdue and counts against “answered within the target” in the report. The intervals say when EnquiryDesk reminds you to check a decision after the last contact, to ask a buyer how it works out and to make a repeat offer, and how soon a complaint is due.</source>
        <translation>Target respons adalah berapa lama, dalam jam buka, sebuah pertanyaan boleh menunggu jawaban pertamanya: jika lewat, pertanyaan itu terlambat dan dihitung tidak memenuhi “dijawab sesuai target” dalam laporan. Interval-interval ini menentukan kapan EnquiryDesk mengingatkan Anda untuk mengecek keputusan setelah kontak terakhir, menanyakan kepada pembeli bagaimana produknya, dan memberikan penawaran ulang, serta seberapa cepat keluhan harus ditangani.</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Target respons</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer &amp;within:</source>
        <translation>&amp;Jawab dalam:</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n hari kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>answered</source>
        <extracomment>How many of a customer&apos;s other purchases the card lists (the count and total cover all). Operations whose effect the timeline already shows as an entry of its own; the change log adds only the others (edits, deletes, undos, snoozes, reassignments). The results the follow-up rules write when they close an item themselves (stored in English, as the rules name them), in the user&apos;s language when shown.</extracomment>
        <translation>dijawab</translation>
    </message>
    <message>
        <source>purchased</source>
        <translation>membeli</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>batal</translation>
    </message>
    <message>
        <source>feedback recorded</source>
        <translation>umpan balik dicatat</translation>
    </message>
    <message>
        <source>There is no enquiry number {number}.</source>
        <extracomment>They had a live enquiry before this one. Their other purchases (this enquiry&apos;s own is among the facts): count and total. Answered within the response target (business time); None while unanswered. Business seconds waited so far by an open, unanswered enquiry; None otherwise. opened (planned), due (still open: at its reminder time), done, cancelled. Among entries at the same second, the order in which things happen.</extracomment>
        <translation>Tidak ada pertanyaan nomor {number}.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Timeline</source>
        <extracomment>The data role holding the service&apos;s timeline entry of a row.</extracomment>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Enquiry received ({channel})</source>
        <translation>Pertanyaan diterima ({channel})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>{kind} to the customer</source>
        <translation>{kind} ke pelanggan</translation>
    </message>
    <message>
        <source>{kind} from the customer</source>
        <translation>{kind} dari pelanggan</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Keluhan diselesaikan</translation>
    </message>
    <message>
        <source>{summary} (undone)</source>
        <translation>{summary} (diurungkan)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>First response after {time}, within target</source>
        <translation>Respons pertama setelah {time}, sesuai target</translation>
    </message>
    <message>
        <source>First response after {time}, over target</source>
        <translation>Respons pertama setelah {time}, melewati target</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Why: {factors}</source>
        <translation>Alasan: {factors}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Batal: {reason}</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>would recommend {n}/10</source>
        <translation>akan merekomendasikan {n}/10</translation>
    </message>
    <message>
        <source>Follow-up planned: {name}, due {due}</source>
        <translation>Tindak lanjut direncanakan: {name}, jatuh tempo {due}</translation>
    </message>
    <message>
        <source>Follow-up done: {name}</source>
        <translation>Tindak lanjut selesai: {name}</translation>
    </message>
    <message>
        <source>Follow-up cancelled: {name}</source>
        <translation>Tindak lanjut dibatalkan: {name}</translation>
    </message>
    <message>
        <source>Overdue: {name}</source>
        <translation>Terlambat: {name}</translation>
    </message>
    <message>
        <source>Due: {name}</source>
        <translation>Jatuh tempo: {name}</translation>
    </message>
    <message>
        <source>{headline} (priority)</source>
        <translation>{headline} (prioritas)</translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <source>&amp;Open in Enquiries</source>
        <translation>&amp;Buka di Pertanyaan</translation>
    </message>
    <message>
        <source>The enquiry with its customer, timeline and every action</source>
        <translation>Pertanyaan beserta pelanggan, linimasa, dan semua tindakannya</translation>
    </message>
    <message>
        <source>&amp;Log response or contact…</source>
        <translation>&amp;Catat respons atau kontak…</translation>
    </message>
    <message>
        <source>A call, message, e-mail, visit or quote; the first one to the customer is the response</source>
        <translation>Panggilan, pesan, email, kunjungan, atau penawaran harga; kontak pertama ke pelanggan adalah responsnya</translation>
    </message>
    <message>
        <source>Mark &amp;purchased…</source>
        <translation>Tandai &amp;terjual…</translation>
    </message>
    <message>
        <source>They bought</source>
        <translation>Mereka membeli</translation>
    </message>
    <message>
        <source>Mark los&amp;t…</source>
        <translation>Tandai bata&amp;l…</translation>
    </message>
    <message>
        <source>They did not buy</source>
        <translation>Mereka tidak membeli</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>Catat &amp;umpan balik…</translation>
    </message>
    <message>
        <source>What the buyer said about the purchase</source>
        <translation>Pendapat pembeli tentang pembeliannya</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Selesai…</translation>
    </message>
    <message>
        <source>The follow-up is done: note what came of it</source>
        <translation>Tindak lanjut sudah selesai: catat hasilnya</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Tun&amp;da</translation>
    </message>
    <message>
        <source>Out of sight for an hour, until tomorrow or next week</source>
        <translation>Sembunyikan selama satu jam, sampai besok, atau sampai minggu depan</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>Tu&amp;gaskan ke</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Siapa yang mengerjakannya</translation>
    </message>
    <message>
        <source>&amp;Resolve complaint…</source>
        <translation>Selesaikan &amp;keluhan…</translation>
    </message>
    <message>
        <source>Say how the complaint was put right</source>
        <translation>Jelaskan bagaimana keluhan diselesaikan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>{action} ({keys}): {tip}</source>
        <translation>{action} ({keys}): {tip}</translation>
    </message>
    <message>
        <source>For an &amp;hour</source>
        <translation>Selama satu &amp;jam</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation>Sampai &amp;besok pagi</translation>
    </message>
    <message>
        <source>Until next &amp;week</source>
        <translation>Sampai &amp;minggu depan</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Pilih item terlebih dahulu.</translation>
    </message>
    <message>
        <source>This follow-up belongs to no enquiry.</source>
        <translation>Tindak lanjut ini tidak terkait dengan pertanyaan mana pun.</translation>
    </message>
    <message>
        <source>The enquiry is decided already.</source>
        <translation>Pertanyaan ini sudah diputuskan.</translation>
    </message>
    <message>
        <source>Feedback is about a purchase.</source>
        <translation>Umpan balik hanya untuk pembelian.</translation>
    </message>
    <message>
        <source>Answer it (K): that takes it off this list.</source>
        <translation>Jawab pertanyaannya (K): dengan begitu item ini hilang dari daftar.</translation>
    </message>
    <message>
        <source>Nobody was asked to answer it.</source>
        <translation>Tidak ada yang ditugaskan untuk menjawabnya.</translation>
    </message>
    <message>
        <source>Only a complaint is resolved.</source>
        <translation>Hanya keluhan yang dapat diselesaikan.</translation>
    </message>
    <message>
        <source>A complaint is done when it is resolved: Resolve complaint (R).</source>
        <translation>Tindak lanjut keluhan selesai ketika keluhannya diselesaikan: Selesaikan keluhan (R).</translation>
    </message>
    <message>
        <source>Enter opens · K contact · B purchased · L lost · F feedback · D done · S snooze · A assign · R resolve complaint</source>
        <translation>Enter membuka · K kontak · B terjual · L batal · F umpan balik · D selesai · S tunda · A tugaskan · R selesaikan keluhan</translation>
    </message>
    <message>
        <source>&amp;Nobody in particular</source>
        <translation>&amp;Tanpa penanggung jawab</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Respond</source>
        <extracomment>What a follow-up is about, by its kind (and an after-sales one by its topic).</extracomment>
        <translation>Tanggapi</translation>
    </message>
    <message>
        <source>Check their decision</source>
        <translation>Cek keputusannya</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>After-sales check-in</source>
        <translation>Tindak lanjut purnajual</translation>
    </message>
    <message>
        <source>Retention: repeat offer</source>
        <translation>Retensi: penawaran ulang</translation>
    </message>
    <message>
        <source>How is it working out? Is it what they expected? Record their feedback.</source>
        <translation>Bagaimana produknya? Apakah sesuai harapan mereka? Catat umpan balik mereka.</translation>
    </message>
    <message>
        <source>A repeat offer, and ask whether they would recommend the shop.</source>
        <translation>Berikan penawaran ulang, dan tanyakan apakah mereka akan merekomendasikan toko.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>Purnajual</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Overdue: waiting for an answer for {time} of opening hours</source>
        <translation>Terlambat: menunggu jawaban selama {time} dalam jam buka</translation>
    </message>
    <message>
        <source>Waiting for an answer for {time} of opening hours</source>
        <translation>Menunggu jawaban selama {time} dalam jam buka</translation>
    </message>
    <message>
        <source>Received {when} ({channel})</source>
        <translation>Diterima {when} ({channel})</translation>
    </message>
    <message>
        <source>Answer by {when}</source>
        <translation>Jawab paling lambat {when}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Due {due}, snoozed until {when}</source>
        <translation>Tenggat {due}, ditunda sampai {when}</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Tenggat {when}</translation>
    </message>
    <message>
        <source>{kind} (priority)</source>
        <translation>{kind} (prioritas)</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Untuk {name}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New enquiry (Ctrl+N)</source>
        <translation>Pertanyaan baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>New enquiry</source>
        <translation>Pertanyaan baru</translation>
    </message>
    <message>
        <source>Log an enquiry that just came in (Ctrl+N)</source>
        <translation>Catat pertanyaan yang baru masuk (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Muat data demo…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Muat data demo</translation>
    </message>
    <message>
        <source>Fill this new database with realistic example enquiries</source>
        <translation>Isi basis data baru ini dengan contoh pertanyaan yang realistis</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Hanya &amp;milik saya</translation>
    </message>
    <message>
        <source>Show only what is mine</source>
        <translation>Tampilkan hanya milik saya</translation>
    </message>
    <message>
        <source>Only enquiries you took and follow-ups given to you (Alt+M)</source>
        <translation>Hanya pertanyaan yang Anda catat dan tindak lanjut yang ditugaskan kepada Anda (Alt+M)</translation>
    </message>
    <message>
        <source>All done. Nobody is waiting for an answer and no follow-up is due today.
New enquiries and reminders will appear here.</source>
        <translation>Semua beres. Tidak ada yang menunggu jawaban dan tidak ada tindak lanjut yang jatuh tempo hari ini.
Pertanyaan baru dan pengingat akan muncul di sini.</translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer.</source>
        <translation>Tidak ada yang menunggu jawaban.</translation>
    </message>
    <message>
        <source>No more follow-ups due today.</source>
        <translation>Tidak ada lagi tindak lanjut yang jatuh tempo hari ini.</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Tidak ada tindak lanjut yang terlambat.</translation>
    </message>
    <message>
        <source>See the rest on the Enquiries page</source>
        <translation>Lihat sisanya di halaman Pertanyaan</translation>
    </message>
    <message>
        <source>This list shows the first items; the Enquiries page shows them all</source>
        <translation>Daftar ini menampilkan item pertama; halaman Pertanyaan menampilkan semuanya</translation>
    </message>
    <message>
        <source>&amp;Awaiting a response</source>
        <translation>Me&amp;nunggu respons</translation>
    </message>
    <message>
        <source>Follow-ups due later to&amp;day</source>
        <translation>Tindak lanjut jatuh tempo nanti hari &amp;ini</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups</source>
        <translation>Tindak lanjut &amp;terlambat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past the target</source>
        <translation>
            <numerusform>%Ln melewati target</numerusform>
        </translation>
    </message>
    <message>
        <source>{list} ({count})</source>
        <translation>{list} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>and {n} more — see Enquiries</source>
        <translation>
            <numerusform>dan {n} lainnya — lihat Pertanyaan</numerusform>
        </translation>
    </message>
    <message>
        <source>No enquiries yet. Log your first one, or load demo data to look around.</source>
        <translation>Belum ada pertanyaan. Catat pertanyaan pertama Anda, atau muat data demo untuk melihat-lihat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln pertanyaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} awaiting a response</source>
        <translation>
            <numerusform>{count} menunggu respons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} due later today</source>
        <translation>
            <numerusform>{count} jatuh tempo nanti hari ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} overdue</source>
        <translation>
            <numerusform>{count} terlambat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Phone number {number} is too short.</source>
        <translation>Nomor telepon {number} terlalu pendek.</translation>
    </message>
    <message>
        <source>Phone number {number} is too long.</source>
        <translation>Nomor telepon {number} terlalu panjang.</translation>
    </message>
    <message>
        <source>Phone number {number} has the wrong number of digits.</source>
        <translation>Jumlah digit nomor telepon {number} salah.</translation>
    </message>
    <message>
        <source>Phone number {number} has an unknown country code.</source>
        <translation>Nomor telepon {number} memiliki kode negara yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Nomor telepon kosong.</translation>
    </message>
    <message>
        <source>{number} is not a phone number.</source>
        <translation>{number} bukan nomor telepon.</translation>
    </message>
    <message>
        <source>Phone number {number} needs its country code (like +62 or +386), because the shop&apos;s country is not set.</source>
        <translation>Nomor telepon {number} memerlukan kode negara (seperti +62 atau +386), karena negara toko belum diatur.</translation>
    </message>
    <message>
        <source>Phone number {number} is not a valid number in {country}.</source>
        <extracomment>{country} is a two-letter country code such as SI or ID.</extracomment>
        <translation>Nomor telepon {number} bukan nomor yang valid di {country}.</translation>
    </message>
    <message>
        <source>Phone number {number} is not a valid number in its country.</source>
        <translation>Nomor telepon {number} bukan nomor yang valid di negaranya.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Alamat e-mail kosong.</translation>
    </message>
    <message>
        <source>{address} is not a valid e-mail address: {reason}.</source>
        <extracomment>{reason} is the e-mail checking library&apos;s own explanation, in English.</extracomment>
        <translation>{address} bukan alamat e-mail yang valid: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %Ln characters.</source>
        <translation>
            <numerusform>Nama lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %Ln characters.</source>
        <translation>
            <numerusform>Catatan lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details are longer than %Ln characters.</source>
        <translation>
            <numerusform>Detail lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interest is longer than %Ln characters.</source>
        <translation>
            <numerusform>Minat lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment is longer than %Ln characters.</source>
        <translation>
            <numerusform>Komentar lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The resolution is longer than %Ln characters.</source>
        <translation>
            <numerusform>Penyelesaian lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %Ln characters.</source>
        <translation>
            <numerusform>Teks lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %Ln characters.</source>
        <translation>
            <numerusform>Catatan lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The handle is longer than %Ln characters.</source>
        <translation>
            <numerusform>Nama akun lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result is longer than %Ln characters.</source>
        <translation>
            <numerusform>Hasil lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {field} is longer than %Ln characters.</source>
        <extracomment>{field} is the program&apos;s own name of an input (English).</extracomment>
        <translation>
            <numerusform>Isian {field} lebih dari %Ln karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} is not an amount; write it like {example}.</source>
        <translation>{text} bukan jumlah uang; tulis seperti {example}.</translation>
    </message>
    <message>
        <source>{text} is not an amount; write it like 1500000 or 12.50, without thousands separators.</source>
        <translation>{text} bukan jumlah uang; tulis seperti 1500000 atau 12.50, tanpa pemisah ribuan.</translation>
    </message>
    <message>
        <source>{text} has more than two decimals; write amounts without thousands separators.</source>
        <translation>{text} memiliki lebih dari dua angka desimal; tulis jumlah uang tanpa pemisah ribuan.</translation>
    </message>
    <message>
        <source>{amount} has more than two decimals.</source>
        <translation>{amount} memiliki lebih dari dua angka desimal.</translation>
    </message>
    <message>
        <source>{amount} is too large an amount.</source>
        <translation>Jumlah {amount} terlalu besar.</translation>
    </message>
    <message>
        <source>{text} is not an amount.</source>
        <translation>{text} bukan jumlah uang.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Jumlah uang tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{column} {text} is before {year}.</source>
        <extracomment>{column} is a column of the imported file, such as received_at.</extracomment>
        <translation>{column} {text} sebelum tahun {year}.</translation>
    </message>
    <message>
        <source>{column} {text} is not a time like 2026-10-31 14:05.</source>
        <extracomment>{column} is a column of the imported file, such as received_at.</extracomment>
        <translation>{column} {text} bukan waktu seperti 2026-10-31 14:05.</translation>
    </message>
    <message>
        <source>{text} is not a month like 2026-10.</source>
        <translation>{text} bukan bulan seperti 2026-10.</translation>
    </message>
    <message>
        <source>{text} is outside the months EnquiryDesk keeps ({first} to {last}).</source>
        <translation>{text} di luar rentang bulan yang disimpan EnquiryDesk ({first} sampai {last}).</translation>
    </message>
</context>
<context>
    <name>WholeShopPage</name>
    <message>
        <source>A whole shop</source>
        <translation>Seluruh data toko</translation>
    </message>
    <message>
        <source>Nothing to map: the file is brought back as it is.</source>
        <translation>Tidak ada yang perlu dipetakan: berkas dipulihkan apa adanya.</translation>
    </message>
    <message>
        <source>{file} is a whole shop exported by EnquiryDesk: its enquiries, customers, follow-ups, staff, lists and settings. Import brings it back whole, as it was, into this database, which must still be empty (no customers, no enquiries); its settings, staff and lists take the place of this database&apos;s.</source>
        <translation>{file} adalah seluruh data toko yang diekspor oleh EnquiryDesk: pertanyaan, pelanggan, tindak lanjut, staf, daftar, dan pengaturannya. Impor memulihkannya secara utuh, seperti semula, ke basis data ini, yang harus masih kosong (tanpa pelanggan, tanpa pertanyaan); pengaturan, staf, dan daftarnya menggantikan milik basis data ini.</translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Memulihkan</translation>
    </message>
</context>
</TS>
