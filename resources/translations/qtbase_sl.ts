<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Alias</source>
            <translation>Vzdevek</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Pogon</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datoteka</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Mapa z datotekami</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Bližnjica</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Neznano</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>Izberi &amp;vse</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Korak &amp;gor</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Korak &amp;dol</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>False</source>
            <translation>Neresnično</translation>
        </message>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>Odpri spustni seznam</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Resnično</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Kaj je to?</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>V redu</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Mape ni mogoče najti.
Preverite, ali je ime mape pravilno.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Datoteke ni mogoče najti.
Preverite, ali je ime datoteke pravilno.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 že obstaja.
Ali jo želite zamenjati?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Izberi</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Izbriši</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Poglej v:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Nova mapa</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Odpri</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>P&amp;reimenuj</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Shrani</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>»%1« je zaščiten pred pisanjem.
Ali ga kljub temu želite izbrisati?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Vse datoteke (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Vse datoteke (*)</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Ali res želite izbrisati »%1«?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Nazaj</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Preklopi na podroben pogled</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Preklopi na seznamski pogled</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Mape ni bilo mogoče izbrisati.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Ustvari novo mapo</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Ustvari novo mapo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Podroben pogled</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Mape</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Mapa:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Ime &amp;datoteke:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Datoteke</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Vrsta datotek:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Poišči mapo</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Naprej</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Pojdi nazaj</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Pojdi naprej</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Pojdi v nadrejeno mapo</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Seznamski pogled</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Seznam mest in zaznamkov</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nova mapa</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Nadrejena mapa</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Nedavna mesta</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Odstrani</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Shrani kot</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Prikaži </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Prikaži &amp;skrite datoteke</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Stranska vrstica</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Računalnik</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Datum spremembe</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Moj računalnik</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Velikost</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Vnesite vrednost:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Prilepi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Uveljavi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Razveljavi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Izreži</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Izberi vse</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>About Qt</source>
            <translation>O Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Skrij podrobnosti...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Prikaži podrobnosti...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Cicero (CC)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Po meri</translation>
        </message>
        <message>
            <source>DD</source>
            <translation>DD</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Didot (DD)</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Obrazec</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Višina:</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Palci (in)</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Ležeče</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Robovi</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Milimetri (mm)</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Usmerjenost</translation>
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation>&amp;Vrstni red strani:</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Postavitev strani</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Velikost strani:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>S&amp;trani na list:</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papir</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Vir papirja:</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Pica (P̸)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Točke (pt)</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Pokončno</translation>
        </message>
        <message>
            <source>P̸</source>
            <translation>P̸</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Obratno ležeče</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Obratno pokončno</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Širina:</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>spodnji rob</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>levi rob</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>pt</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>desni rob</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>zgornji rob</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Uporabi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Prekliči</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zapri</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Zavrzi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoč</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Prezri</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;e za vse</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>V redu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Odpri</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ponastavi</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Obnovi privzete</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Poskusi znova</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Shrani</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Shrani vse</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da za &amp;vse</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 že obstaja.
Ali jo želite prepisati?</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 ni v pravilni obliki. Strani in obsege ločite z »,«, obseg določite z »-« in pazite, da se obsegi ne prekrivajo.</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 je mapa.
Izberite drugo ime datoteke.</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Možnosti &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Možnosti &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Natisni</translation>
        </message>
        <message>
            <source>1 (1x1)</source>
            <translation>1 (1x1)</translation>
        </message>
        <message>
            <source>16 (4x4)</source>
            <translation>16 (4x4)</translation>
        </message>
        <message>
            <source>2 (2x1)</source>
            <translation>2 (2x1)</translation>
        </message>
        <message>
            <source>4 (2x2)</source>
            <translation>4 (2x2)</translation>
        </message>
        <message>
            <source>6 (2x3)</source>
            <translation>6 (2x3)</translation>
        </message>
        <message>
            <source>9 (3x3)</source>
            <translation>9 (3x3)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Vse strani</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Od spodaj navzgor, z leve na desno</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Od spodaj navzgor, z desne na levo</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Spor v nastavitvah obojestranskega tiskanja</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Sode strani</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>V datoteko %1 ni mogoče pisati.
Izberite drugo ime datoteke.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Neveljavna določitev strani</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Z leve na desno, od spodaj navzgor</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Z leve na desno, od zgoraj navzdol</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Lokalna datoteka</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Lihe strani</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Možnosti »Strani na list« in »Nabor strani« ni mogoče uporabiti hkrati.
Izklopite eno od njiju.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Natisni</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Natisni v datoteko ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Natisni v datoteko (PDF)</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Z desne na levo, od spodaj navzgor</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Z desne na levo, od zgoraj navzdol</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Vrednost »od« ne sme biti večja od vrednosti »do«.</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Nastavitve obojestranskega tiskanja si nasprotujejo. Ali jih želite popraviti?</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Od zgoraj navzdol, z leve na desno</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Od zgoraj navzdol, z desne na levo</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Zapiši datoteko PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Izvozi v PDF</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Prva stran</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Prilagodi strani</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Prilagodi širini</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Ležeče</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Zadnja stran</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Naslednja stran</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Nastavitev strani</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Nastavitev strani</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Pokončno</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Prejšnja stran</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Natisni</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Predogled tiskanja</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Prikaži sosednji strani</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Prikaži pregled vseh strani</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Prikaži eno stran</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Povečaj</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Pomanjšaj</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Advanced</source>
            <translation>Napredno</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Obrazec</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Stran</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Nekatere možnosti si nasprotujejo. Popravite jih.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>Zbiraj</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Barvno</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Barvni način</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Kopije</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Kopije:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Trenutna stran</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Obojestransko tiskanje</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Obrazec</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Sivinsko</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Vezava po daljši stranici</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Izklopljeno</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Možnosti</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Nastavitve izhoda</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>Nabor &amp;strani:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Strani</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Strani od</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Natisni vse</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Obseg tiskanja</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Obratno</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Izbor</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Vezava po krajši stranici</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Vnesite strani ali obsege, ločene z vejicami. Obseg določite z dvema številkama, ločenima z vezajem. Npr.: 3,5-7,9 natisne strani 3, 5, 6, 7 in 9.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Ime:</translation>
        </message>
        <message>
            <source>...</source>
            <translation>...</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Obrazec</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Mesto:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Izhodna &amp;datoteka:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Lastnosti</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Predogled</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Tiskalnik</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Vrsta:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Prekliči</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>Dno</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Levi rob</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Stran navzdol</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Stran levo</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Stran desno</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Stran navzgor</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Desni rob</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Pomakni navzdol</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Pomakni sem</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Pomakni levo</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Pomakni desno</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Pomakni navzgor</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Vrh</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Dol</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Escape</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoč</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Ins</source>
            <translation>Ins</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Levo</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Desno</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Preslednica</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Gor</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Vstavi kontrolni znak Unicode</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Prilepi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Uveljavi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Razveljavi</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopiraj &amp;mesto povezave</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Izreži</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Izberi vse</translation>
        </message>
    </context>
</TS>
