; Indonesian (Bahasa Indonesia) messages for the Kasir installer.
;
; Inno Setup ships no official Indonesian translation, so kasir.iss loads this file on top
; of compiler:Default.isl ("compiler:Default.isl,Indonesian.isl"): every message named here
; replaces the English one, anything not named stays English. It covers the pages a
; cashier sees in a normal install, upgrade and uninstall. Plain ASCII on purpose (Inno
; Setup reads .isl files without a BOM in the ANSI code page).

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Instalasi
SetupWindowTitle=Instalasi - %1
UninstallAppTitle=Hapus Instalasi
UninstallAppFullTitle=Hapus Instalasi %1

; *** Misc. common
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Galat

; *** Startup
SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
SetupAlreadyRunning=Instalasi sedang berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows di komputer Anda.
OnlyOnTheseArchitectures=Program ini hanya dapat dipasang pada Windows untuk arsitektur prosesor berikut:%n%n%1
SetupAppRunningError=%1 sedang berjalan.%n%nTutup semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=%1 sedang berjalan.%n%nTutup semua jendela %1, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

; The "for me only / all users" question is left in English: its message names differ
; between Inno Setup 6 releases, and a name the compiler does not know fails the build.

; *** Setup common messages
ExitSetupTitle=Keluar dari Instalasi
ExitSetupMessage=Instalasi belum selesai. Jika Anda keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan instalasi lagi lain waktu.%n%nKeluar dari instalasi?

; *** Buttons
ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk Semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=T&elusuri...
ButtonNewFolder=&Buat Folder Baru

; *** "Select Language" dialog
SelectLanguageTitle=Pilih Bahasa Instalasi
SelectLanguageLabel=Pilih bahasa yang digunakan selama instalasi:

; *** Common wizard text
ClickNext=Klik Lanjut untuk melanjutkan, atau Batal untuk keluar dari instalasi.
BrowseDialogTitle=Telusuri Folder
BrowseDialogLabel=Pilih folder dari daftar di bawah, lalu klik OK.
NewFolderName=Folder Baru

; *** "Welcome" page
WelcomeLabel1=Selamat datang di Instalasi [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nSebaiknya tutup semua aplikasi lain sebelum melanjutkan.

; *** "Select Destination Location" page
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=[name] akan dipasang di folder berikut.
SelectDirBrowseLabel=Klik Lanjut untuk melanjutkan. Untuk memilih folder lain, klik Telusuri.
DiskSpaceMBLabel=Diperlukan ruang kosong sedikitnya [mb] MB.
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder tersebut?
DirDoesntExistTitle=Folder Tidak Ada
DirDoesntExist=Folder:%n%n%1%n%ntidak ada. Buat folder tersebut?

; *** "Select Additional Tasks" page
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang perlu dijalankan?
SelectTasksLabel2=Pilih tugas tambahan yang perlu dijalankan saat memasang [name], lalu klik Lanjut.

; *** "Ready to Install" page
WizardReady=Siap Memasang
ReadyLabel1=Instalasi siap memasang [name] di komputer Anda.
ReadyLabel2a=Klik Pasang untuk memulai, atau Kembali untuk meninjau atau mengubah pengaturan.
ReadyLabel2b=Klik Pasang untuk memulai.
ReadyMemoDir=Lokasi tujuan:
ReadyMemoGroup=Folder Menu Start:
ReadyMemoTasks=Tugas tambahan:

; *** "Preparing to Install" page
WizardPreparing=Bersiap Memasang
PreparingDesc=Instalasi sedang bersiap memasang [name] di komputer Anda.
ApplicationsFound=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya izinkan instalasi menutup aplikasi tersebut secara otomatis.
ApplicationsFound2=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya izinkan instalasi menutup aplikasi tersebut secara otomatis. Setelah selesai, instalasi akan mencoba membukanya kembali.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Instalasi tidak dapat menutup semua aplikasi secara otomatis. Sebaiknya tutup sendiri aplikasi yang memakai berkas yang perlu diperbarui sebelum melanjutkan.

; *** "Installing" page
WizardInstalling=Memasang
InstallingLabel=Tunggu sebentar, [name] sedang dipasang di komputer Anda.

; *** "Setup Completed" page
FinishedHeadingLabel=Instalasi [name] Selesai
FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
FinishedLabel=[name] sudah terpasang di komputer Anda. Aplikasi dapat dibuka lewat pintasan yang telah dibuat.
ClickFinish=Klik Selesai untuk keluar dari instalasi.
RunEntryExec=Buka %1

; *** Installation phase
SetupAborted=Instalasi tidak selesai.%n%nPerbaiki masalahnya, lalu jalankan instalasi lagi.

; *** Installation status
StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Menyalin berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateRegistryEntries=Menulis registri...
StatusSavingUninstall=Menyimpan informasi penghapusan...
StatusRunProgram=Menyelesaikan instalasi...
StatusRollback=Membatalkan perubahan...

; *** Uninstall display name markings
UninstallDisplayNameMarkAllUsers=Semua pengguna
UninstallDisplayNameMarkCurrentUser=Pengguna saat ini

; *** Uninstaller
ConfirmUninstall=Yakin ingin menghapus %1 beserta semua komponennya? Data penjualan dan pengaturan Anda tetap disimpan.
UninstallStatusLabel=Tunggu sebentar, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 berhasil dihapus dari komputer Anda.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus dan dapat Anda hapus sendiri.
WizardUninstalling=Status Penghapusan
StatusUninstalling=Menghapus %1...

[CustomMessages]
NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
ProgramOnTheWeb=%1 di Web
UninstallProgram=Hapus %1
LaunchProgram=Buka %1
