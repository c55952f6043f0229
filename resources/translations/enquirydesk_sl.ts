<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>AllData</name>
    <message>
        <source>The shop&apos;s settings: a key and its value (JSON) a row. PIN-related settings are left out.</source>
        <extracomment>What the about sheet&apos;s first column calls the file, the data version and so on. What each sheet holds, for the about sheet (in the user&apos;s language).</extracomment>
        <translation>Nastavitve trgovine: v vsaki vrstici ključ in njegova vrednost (JSON). Nastavitve, povezane s PIN-om, so izpuščene.</translation>
    </message>
    <message>
        <source>Who works in the shop, their role and since when; PINs are not exported.</source>
        <translation>Kdo dela v trgovini, v kateri vlogi in od kdaj; kode PIN se ne izvozijo.</translation>
    </message>
    <message>
        <source>The channels enquiries come in by (an empty name: the built-in name, in the reader&apos;s language).</source>
        <translation>Kanali, po katerih prihajajo povpraševanja (prazno ime: vgrajeno ime v jeziku bralca).</translation>
    </message>
    <message>
        <source>How customers heard of the shop.</source>
        <translation>Kako so stranke izvedele za trgovino.</translation>
    </message>
    <message>
        <source>Why buyers chose the shop.</source>
        <translation>Zakaj so se kupci odločili za trgovino.</translation>
    </message>
    <message>
        <source>Why sales were lost.</source>
        <translation>Zakaj so bile prodaje izgubljene.</translation>
    </message>
    <message>
        <source>Everyone who ever enquired, with their first phone and e-mail; referred_by_id is who recommended them, merged_into_id whom they were merged into.</source>
        <translation>Vsi, ki so kdaj povpraševali, s prvo telefonsko številko in e-naslovom; referred_by_id je oseba, ki jih je priporočila, merged_into_id oseba, s katero so bili združeni.</translation>
    </message>
    <message>
        <source>Customers&apos; other phone numbers and e-mail addresses.</source>
        <translation>Druge telefonske številke in e-naslovi strank.</translation>
    </message>
    <message>
        <source>Pairs of customers staff said are two different people.</source>
        <translation>Pari strank, za katere so zaposleni navedli, da sta različni osebi.</translation>
    </message>
    <message>
        <source>Every enquiry: when and how it came in, who answered and how fast (seconds), the outcome; money in hundredths of the currency (…_cents).</source>
        <translation>Vsako povpraševanje: kdaj in kako je prispelo, kdo je odgovoril in kako hitro (v sekundah), izid; denarni zneski v stotinkah valute (…_cents).</translation>
    </message>
    <message>
        <source>Why each buyer chose the shop: a row per purchase and decision factor.</source>
        <translation>Zakaj se je posamezni kupec odločil za trgovino: vrstica za vsak nakup in razlog za nakup.</translation>
    </message>
    <message>
        <source>Calls, messages, e-mails, visits, quotes and notes on each enquiry.</source>
        <translation>Klici, sporočila, e-pošta, obiski, ponudbe in opombe pri vsakem povpraševanju.</translation>
    </message>
    <message>
        <source>Follow-ups: when due, snoozed, done (with the result) or cancelled.</source>
        <translation>Nadaljnji stiki: kdaj zapadejo, odloženi, opravljeni (z rezultatom) ali preklicani.</translation>
    </message>
    <message>
        <source>What buyers said: rating (1-5), better or worse than expected, would recommend (0-10), complaints and how they were resolved.</source>
        <translation>Kaj so povedali kupci: ocena (1-5), bolje ali slabše od pričakovanj, ali bi priporočili (0-10), reklamacije in kako so bile rešene.</translation>
    </message>
    <message>
        <source>Imported all data from {file}: {enquiries} and {customers}.</source>
        <translation>Uvoženi so vsi podatki iz datoteke {file}: {enquiries} in {customers}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln povpraševanje</numerusform>
            <numerusform>%Ln povpraševanji</numerusform>
            <numerusform>%Ln povpraševanja</numerusform>
            <numerusform>%Ln povpraševanj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln stranka</numerusform>
            <numerusform>%Ln stranki</numerusform>
            <numerusform>%Ln stranke</numerusform>
            <numerusform>%Ln strank</numerusform>
        </translation>
    </message>
    <message>
        <source>{format} is not a format for all data; use one of: {formats}.</source>
        <extracomment>Data rows per sheet: Excel&apos;s 1,048,576 rows less the header. Text in the CSV files that gets an apostrophe in front (and loses it on the way back).</extracomment>
        <translation>Oblika {format} ni na voljo za vse podatke; uporabite eno od teh: {formats}.</translation>
    </message>
    <message>
        <source>Every record of an EnquiryDesk shop, a sheet per table, deleted rows included (with deleted_at). Bring it back into an empty database with File → Import… or `enquirydesk import FILE`.</source>
        <translation>Vsi zapisi trgovine EnquiryDesk, list za vsako tabelo, vključno z izbrisanimi vrsticami (z deleted_at). V prazno zbirko podatkov jih vrnete z ukazom Datoteka → Uvozi… ali `enquirydesk import DATOTEKA`.</translation>
    </message>
    <message>
        <source>The EnquiryDesk that wrote it.</source>
        <translation>Različica programa EnquiryDesk, ki je zapisal datoteko.</translation>
    </message>
    <message>
        <source>The data version; EnquiryDesk reads files up to its own.</source>
        <translation>Različica podatkov; EnquiryDesk bere datoteke do svoje različice.</translation>
    </message>
    <message>
        <source>When the file was written.</source>
        <translation>Kdaj je bila datoteka zapisana.</translation>
    </message>
    <message>
        <source>The shop.</source>
        <translation>Trgovina.</translation>
    </message>
    <message>
        <source>The currency of every …_cents column, in hundredths.</source>
        <translation>Valuta vseh stolpcev …_cents, v stotinkah.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row} holds text longer than an Excel cell takes ({length} characters); export all data as CSV files instead.</source>
        <translation>List {sheet}, vrstica {row} vsebuje besedilo, daljše, kot ga sprejme celica v Excelu (znakov: {length}); vse podatke raje izvozite kot datoteke CSV.</translation>
    </message>
    <message>
        <source>a value is needed</source>
        <translation>potrebna je vrednost</translation>
    </message>
    <message>
        <source>a whole number is needed, not {value}</source>
        <translation>potrebno je celo število, ne {value}</translation>
    </message>
    <message>
        <source>1 or 0 is needed, not {value}</source>
        <translation>potrebno je 1 ali 0, ne {value}</translation>
    </message>
    <message>
        <source>a date and time like 2026-10-01 09:15:00 is needed, not {value}</source>
        <translation>potreben je datum in čas, kot je 2026-10-01 09:15:00, ne {value}</translation>
    </message>
    <message>
        <source>text is needed, not {value}</source>
        <translation>potrebno je besedilo, ne {value}</translation>
    </message>
    <message>
        <source>a JSON value is needed</source>
        <translation>potrebna je vrednost JSON</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <extracomment>A sheet&apos;s rows: (row number as the spreadsheet counts them, cells).</extracomment>
        <translation>Datoteka {path} ne obstaja.</translation>
    </message>
    <message>
        <source>{file} is not an export of all data from EnquiryDesk (it lacks the about and enquiry sheets).</source>
        <translation>Datoteka {file} ni izvoz vseh podatkov iz programa EnquiryDesk (manjkata lista about in enquiry).</translation>
    </message>
    <message>
        <source>{sheet} does not start with the header row EnquiryDesk writes; nothing was imported.</source>
        <translation>{sheet} se ne začne z vrstico glave, kakršno zapiše EnquiryDesk; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{sheet} has a column {column} that EnquiryDesk does not know; nothing was imported.</source>
        <extracomment>What reading a damaged file raises: a ZIP&apos;s or a workbook&apos;s, or text not in UTF-8.</extracomment>
        <translation>{sheet} ima stolpec {column}, ki ga EnquiryDesk ne pozna; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{sheet} lacks the column {column}; nothing was imported.</source>
        <translation>{sheet}: manjka stolpec {column}; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{sheet}, row {row} has more cells than the header row; nothing was imported.</source>
        <translation>{sheet}, vrstica {row} ima več celic kot vrstica glave; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, column {column}: {problem}; nothing was imported.</source>
        <translation>{sheet}, vrstica {row}, stolpec {column}: {problem}; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Uvoz je preklican; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{file} does not say which data version it holds (schema_version on its about sheet); nothing was imported.</source>
        <translation>Datoteka {file} ne navaja, katero različico podatkov vsebuje (schema_version na listu about); nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{file} was written by a newer EnquiryDesk (data version {version}; this one reads up to {latest}). Update EnquiryDesk to import it.</source>
        <translation>Datoteko {file} je zapisala novejša različica programa EnquiryDesk (različica podatkov {version}; ta bere do različice {latest}). Za uvoz posodobite EnquiryDesk.</translation>
    </message>
    <message>
        <source>{file} lacks the sheet {sheet}; nothing was imported.</source>
        <translation>V datoteki {file} manjka list {sheet}; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{file} cannot be read whole ({reason}); it may be damaged or cut short. Nothing was imported.</source>
        <translation>Datoteke {file} ni mogoče prebrati v celoti ({reason}); morda je poškodovana ali okrnjena. Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{file} holds {found} rows of {sheet} where it says {expected}; it may be damaged or cut short. Nothing was imported.</source>
        <translation>Število vrstic lista {sheet} v datoteki {file} je {found}, navedeno pa je {expected}; datoteka je morda poškodovana ali okrnjena. Nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>Imported all data from {file}</source>
        <translation>Uvoženi vsi podatki iz datoteke {file}</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {column} is {value}, but there is no such row in {table}; nothing was imported.</source>
        <extracomment>The shop&apos;s data, parents before children (a row only points at rows of tables above it, or of its own table: a customer at the one who recommended them). Columns never exported: the staff&apos;s PIN hashes. Settings whose keys start so hold PIN-related secrets (the owner&apos;s recovery key hash, services/security.py): never exported, never replaced by an import. One row of a file: its row number there (for messages) and its values in storage form, in the order of its table&apos;s `columns`.</extracomment>
        <translation>{sheet}, vrstica {row}: {column} je {value}, vendar v tabeli {table} takšne vrstice ni; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>This database already holds customers or enquiries; all data can only be brought back into a new, empty one.</source>
        <translation>Ta zbirka podatkov že vsebuje stranke ali povpraševanja; vse podatke je mogoče vrniti le v novo, prazno zbirko.</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the id {id} is there twice; nothing was imported.</source>
        <translation>{sheet}, vrstica {row}: id {id} se pojavi dvakrat; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{sheet} holds rows the database cannot take ({reason}); nothing was imported.</source>
        <translation>{sheet} vsebuje vrstice, ki jih zbirka podatkov ne more sprejeti ({reason}); nič ni bilo uvoženo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <extracomment>Show &quot;checking the file&quot; only when the check is not over in a blink. When set, the window quits by itself, as Quit does, this many milliseconds after it opened: packaging/smoke_test.sh opens the bundle&apos;s window offscreen so.</extracomment>
        <translation>Datoteke {path} ni mogoče prebrati ({reason}).</translation>
    </message>
    <message>
        <source>Checking the file for damage…</source>
        <translation>Iskanje poškodb v datoteki…</translation>
    </message>
    <message>
        <source>EnquiryDesk found damage in “{name}”. You can look through it, but nothing can be saved to it; restore a backup to go on working.</source>
        <translation>EnquiryDesk je v „{name}“ našel poškodbe. Datoteko lahko pregledujete, vanjo pa ni mogoče ničesar shraniti; za nadaljevanje dela obnovite varnostno kopijo.</translation>
    </message>
    <message>
        <source>This file was upgraded; a copy of it as it was is at {path}.</source>
        <translation>Ta datoteka je bila nadgrajena; kopija v prejšnjem stanju je v {path}.</translation>
    </message>
    <message>
        <source>EnquiryDesk is already working on {name}.</source>
        <translation>EnquiryDesk že dela z zbirko {name}.</translation>
    </message>
    <message>
        <source>This PC has no password store that works, so the password was not kept: it will be asked for next time.</source>
        <translation>Ta računalnik nima delujoče shrambe gesel, zato geslo ni bilo shranjeno: naslednjič ga boste morali vnesti znova.</translation>
    </message>
    <message>
        <source>Another EnquiryDesk window has {name} open; use that one.</source>
        <translation>Drugo okno EnquiryDesk ima odprto zbirko {name}; uporabite tisto okno.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Obnovi varnostno kopijo</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>Varnostna kopija ni bila obnovljena: {error}</translation>
    </message>
    <message>
        <source>EnquiryDesk already has {path} open; its window was brought to the front.</source>
        <translation>EnquiryDesk že ima odprto datoteko {path}; njegovo okno je zdaj v ospredju.</translation>
    </message>
    <message>
        <source>EnquiryDesk is already open</source>
        <translation>EnquiryDesk je že odprt</translation>
    </message>
    <message>
        <source>Another EnquiryDesk window has “{name}” open but does not answer; it may be busy. Look for it on the taskbar, or wait a moment and try again.</source>
        <translation>Drugo okno EnquiryDesk ima odprto „{name}“, vendar se ne odziva; morda je zasedeno. Poiščite ga v opravilni vrstici ali malo počakajte in poskusite znova.</translation>
    </message>
    <message>
        <source>EnquiryDesk&apos;s icon is missing from this installation ({error}).</source>
        <translation>Ikona programa EnquiryDesk v tej namestitvi manjka ({error}).</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (it asks gettext for them; `_speak` hands them to `translate`).</extracomment>
        <translation>uporaba: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>položajni argumenti</translation>
    </message>
    <message>
        <source>options</source>
        <translation>možnosti</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaži to pomoč in končaj</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaži različico programa in končaj</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>obvezni so naslednji argumenti: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>neprepoznani argumenti: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>neveljavna izbira: %(value)r (izberite med %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>pričakovan je en argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>neveljavna vrednost tipa %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dvoumna možnost: %(option)s se lahko ujema z %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ni dovoljeno skupaj z argumentom %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>obvezen je eden od argumentov %s</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login could not be switched on ({error}).</source>
        <translation>Samodejnega zagona ob prijavi ni bilo mogoče vklopiti ({error}).</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off ({error}).</source>
        <translation>Samodejnega zagona ob prijavi ni bilo mogoče izklopiti ({error}).</translation>
    </message>
    <message>
        <source>Sales enquiries: reminders for answers and follow-ups</source>
        <translation>Prodajna povpraševanja: opomniki za odgovore in nadaljnje stike</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore a backup</source>
        <translation>Obnovi varnostno kopijo</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of “{name}”. The file as it is now is kept as a copy in the backup folder, so nothing is lost.</source>
        <translation>Izberite varnostno kopijo, ki naj nadomesti „{name}“. Trenutna datoteka se ohrani kot kopija v mapi z varnostnimi kopijami, zato se nič ne izgubi.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Varnostne kopije, najnovejše najprej</translation>
    </message>
    <message>
        <source>No backups of “{name}” were found in {folders}.</source>
        <translation>Varnostnih kopij datoteke „{name}“ ni bilo mogoče najti v: {folders}.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnovi</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Obnovi izbrano varnostno kopijo</translation>
    </message>
    <message>
        <source>&amp;Other backup file…</source>
        <translation>&amp;Druga varnostna kopija…</translation>
    </message>
    <message>
        <source>Choose another backup file</source>
        <translation>Izberite drugo datoteko z varnostno kopijo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln povpraševanje</numerusform>
            <numerusform>%Ln povpraševanji</numerusform>
            <numerusform>%Ln povpraševanja</numerusform>
            <numerusform>%Ln povpraševanj</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Izberite datoteko z varnostno kopijo</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>Last backup</source>
        <extracomment>Every half hour, when something changed. The closing backup shows its progress only when it is not over in a blink.</extracomment>
        <translation>Zadnja varnostna kopija</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Varnostno kopiranje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Prekliči varnostno kopiranje</translation>
    </message>
    <message>
        <source>Stop this backup; no half-made copy is left</source>
        <translation>Ustavi to kopiranje; delno ustvarjena kopija ne ostane</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Ustvari kopijo zdaj</translation>
    </message>
    <message>
        <source>Make a checked copy of the file in the backup folder now</source>
        <translation>Takoj ustvari preverjeno kopijo datoteke v mapi z varnostnimi kopijami</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Obnovi varnostno kopijo…</translation>
    </message>
    <message>
        <source>Put a backup in place of this file; the file as it is now is kept as a copy</source>
        <translation>Nadomesti to datoteko z varnostno kopijo; trenutna datoteka se ohrani kot kopija</translation>
    </message>
    <message>
        <source>The server&apos;s backups are made on the server</source>
        <translation>Varnostne kopije strežnika nastajajo na strežniku</translation>
    </message>
    <message>
        <source>The shop&apos;s records are kept on its server ({where}), not in a file on this PC. Their backups are made on the server: ask whoever looks after it.</source>
        <translation>Podatki trgovine so shranjeni na njenem strežniku ({where}), ne v datoteki na tem računalniku. Njihove varnostne kopije nastajajo na strežniku: vprašajte tistega, ki skrbi zanj.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <source>Backups: on the server</source>
        <translation>Varnostne kopije: na strežniku</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Varnostne kopije še ni</translation>
    </message>
    <message>
        <source>Backups go to {folder}</source>
        <translation>Varnostne kopije se shranjujejo v {folder}</translation>
    </message>
    <message>
        <source>Backed up at {time}</source>
        <translation>Varnostna kopija ustvarjena ob {time}</translation>
    </message>
    <message>
        <source>Last backup {day} {time}</source>
        <translation>Zadnja varnostna kopija: {day} {time}</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Varnostna kopija se že ustvarja.</translation>
    </message>
    <message>
        <source>Nothing can be backed up while the file is read-only.</source>
        <translation>Ko je datoteka samo za branje, varnostne kopije ni mogoče ustvariti.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Varnostna kopija shranjena v {path}</translation>
    </message>
    <message>
        <source>Backup cancelled; no copy was made.</source>
        <translation>Varnostno kopiranje preklicano; kopija ni bila ustvarjena.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Varnostno kopiranje ni uspelo</translation>
    </message>
    <message>
        <source>The backup could not be made: {error}</source>
        <translation>Varnostne kopije ni bilo mogoče ustvariti: {error}</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Ustvarjanje varnostne kopije pred zaprtjem…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Preskoči</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is no backup file at {path}.</source>
        <extracomment>Backups this program names itself: ``&lt;stem&gt;-YYYYMMDD-HHMMSS.sqlite``.</extracomment>
        <translation>Na poti {path} ni datoteke z varnostno kopijo.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Na poti {path} ni zbirke podatkov.</translation>
    </message>
    <message>
        <source>the file holds no EnquiryDesk data yet</source>
        <translation>datoteka še ne vsebuje podatkov EnquiryDesk</translation>
    </message>
    <message>
        <source>it was found damaged on {when} ({reason}); restore a backup to go on writing to it</source>
        <translation>dne {when} je bilo ugotovljeno, da je poškodovana ({reason}); če želite vanjo še naprej zapisovati, obnovite varnostno kopijo</translation>
    </message>
    <message>
        <source>it was found damaged on {when}; restore a backup to go on writing to it</source>
        <translation>dne {when} je bilo ugotovljeno, da je poškodovana; če želite vanjo še naprej zapisovati, obnovite varnostno kopijo</translation>
    </message>
    <message>
        <source>it was saved by a newer EnquiryDesk (data version {version}); this one reads up to {latest}</source>
        <translation>shranjena je bila z novejšo različico programa EnquiryDesk (različica podatkov {version}); ta različica bere podatke do različice {latest}</translation>
    </message>
    <message>
        <source>There is no folder {folder} to write the backup into.</source>
        <translation>Mapa {folder}, v katero naj se zapiše varnostna kopija, ne obstaja.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name for the backup.</source>
        <translation>Datoteka {path} že obstaja; izberite drugo ime za varnostno kopijo.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Varnostne kopije ni mogoče zapisati čez samo zbirko podatkov.</translation>
    </message>
    <message>
        <source>{path} holds no EnquiryDesk data; nothing to restore.</source>
        <translation>Datoteka {path} ne vsebuje podatkov EnquiryDesk; ni česa obnoviti.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer EnquiryDesk (data version {version}); update EnquiryDesk to restore it.</source>
        <translation>Datoteka {path} je bila shranjena z novejšo različico programa EnquiryDesk (različica podatkov {version}); za obnovitev posodobite EnquiryDesk.</translation>
    </message>
    <message>
        <source>That backup is the database itself; choose a backup file.</source>
        <translation>Izbrana datoteka je zbirka podatkov sama, ne varnostna kopija; izberite datoteko z varnostno kopijo.</translation>
    </message>
    <message>
        <source>An EnquiryDesk window has {name} open; close it, then restore the backup.</source>
        <translation>Okno programa EnquiryDesk ima odprto datoteko {name}; zaprite ga, nato obnovite varnostno kopijo.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <source>EnquiryDesk copies the shop&apos;s file when it closes and every half hour while something changes, checks each copy, and keeps the newest of each of the last days, weeks and months. Keep the folder on another disk or a USB stick if you can: a copy on the same disk does not survive that disk.</source>
        <translation>EnquiryDesk kopira datoteko trgovine ob zaprtju programa in vsake pol ure, ko se kaj spremeni, preveri vsako kopijo ter hrani najnovejšo kopijo vsakega izmed zadnjih dni, tednov in mesecev. Če je mogoče, imejte mapo na drugem disku ali ključku USB: kopija na istem disku ne preživi okvare tega diska.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapa za varnostne kopije</translation>
    </message>
    <message>
        <source>Empty: the EnquiryDesk Backups folder in Documents</source>
        <translation>Prazno: mapa za varnostne kopije EnquiryDesk v Dokumentih</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izberi…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Izberite mapo za varnostne kopije</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Število hranjenih dnevnih kopij</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Število hranjenih tedenskih kopij</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Število hranjenih mesečnih kopij</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dneva</numerusform>
            <numerusform>%n dnevi</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n teden</numerusform>
            <numerusform>%n tedna</numerusform>
            <numerusform>%n tedni</numerusform>
            <numerusform>%n tednov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mesec</numerusform>
            <numerusform>%n meseca</numerusform>
            <numerusform>%n meseci</numerusform>
            <numerusform>%n mesecev</numerusform>
        </translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Ustvari kopijo zdaj</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Ustvari varnostno kopijo zdaj</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapa:</translation>
    </message>
    <message>
        <source>Keep one a &amp;day for the last:</source>
        <translation>Hrani po eno na &amp;dan, obdobje:</translation>
    </message>
    <message>
        <source>one a &amp;week for the last:</source>
        <translation>po eno na &amp;teden, obdobje:</translation>
    </message>
    <message>
        <source>one a &amp;month for the last:</source>
        <translation>po eno na mes&amp;ec, obdobje:</translation>
    </message>
    <message>
        <source>0 keeps none of these; the newest backup is always kept</source>
        <translation>0 pomeni, da se teh kopij ne hrani; najnovejša varnostna kopija se vedno ohrani</translation>
    </message>
    <message>
        <source>That is a file, not a folder.</source>
        <translation>To je datoteka, ne mapa.</translation>
    </message>
    <message>
        <source>EnquiryDesk cannot write to that folder.</source>
        <translation>EnquiryDesk ne more pisati v to mapo.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Customer</source>
        <extracomment>The picker reads its few rows on the GUI thread: after a typing pause, not per keystroke.</extracomment>
        <translation>Stranka</translation>
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
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Last enquiry</source>
        <translation>Zadnje povpraševanje</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Povpraševanja</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Osebni obisk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Spletni obrazec</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Družbena omrežja</translation>
    </message>
    <message>
        <source>Chat app</source>
        <translation>Klepet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Oglaševanje</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Priporočilo</translation>
    </message>
    <message>
        <source>Internet search</source>
        <translation>Iskanje na spletu</translation>
    </message>
    <message>
        <source>Passing by</source>
        <translation>Mimoidoči</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>Stalna stranka</translation>
    </message>
    <message>
        <source>Cheapest price</source>
        <translation>Najnižja cena</translation>
    </message>
    <message>
        <source>Famous brand</source>
        <translation>Znana znamka</translation>
    </message>
    <message>
        <source>Recommended by someone close</source>
        <translation>Priporočilo bližnjih</translation>
    </message>
    <message>
        <source>Store is near</source>
        <translation>Trgovina je blizu</translation>
    </message>
    <message>
        <source>Good after-sales service</source>
        <translation>Dobre poprodajne storitve</translation>
    </message>
    <message>
        <source>Good past experience</source>
        <translation>Dobre pretekle izkušnje</translation>
    </message>
    <message>
        <source>Other brands not available</source>
        <translation>Drugih znamk ni na voljo</translation>
    </message>
    <message>
        <source>Attractive ads</source>
        <translation>Privlačni oglasi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Kupljeno drugje</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ni na voljo</translation>
    </message>
    <message>
        <source>We answered too late</source>
        <translation>Odgovorili smo prepozno</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>Stranka si je premislila</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>V trgovini</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Prek spleta</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostava</translation>
    </message>
    <message>
        <source>Worse than expected</source>
        <translation>Slabše od pričakovanj</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>Kot pričakovano</translation>
    </message>
    <message>
        <source>Better than expected</source>
        <translation>Bolje od pričakovanj</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Check decision</source>
        <translation>Preverjanje odločitve</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>Poprodajni stik</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacija</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nadaljnji stik</translation>
    </message>
    <message>
        <source>How is it working out?</source>
        <extracomment>After-sales follow-ups carry a topic: the early check-in or the retention contact.</extracomment>
        <translation>Kako se izdelek obnese?</translation>
    </message>
    <message>
        <source>Repeat offer and recommendation</source>
        <translation>Ponovna ponudba in priporočilo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Klic</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Obisk</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Poslana ponudba</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
</context>
<context>
    <name>CatalogKeys</name>
    <message>
        <source>Unknown channel {key}; use one of: {keys}.</source>
        <extracomment>What an unknown catalogue key typed by a user is refused with, by the field it was for.</extracomment>
        <translation>Neznan kanal {key}; uporabite enega od: {keys}.</translation>
    </message>
    <message>
        <source>Unknown source {key}; use one of: {keys}.</source>
        <translation>Neznan vir {key}; uporabite enega od: {keys}.</translation>
    </message>
    <message>
        <source>Unknown decision factor {key}; use one of: {keys}.</source>
        <translation>Neznan razlog za nakup {key}; uporabite enega od: {keys}.</translation>
    </message>
    <message>
        <source>Unknown lost reason {key}; use one of: {keys}.</source>
        <translation>Neznan razlog za izgubo {key}; uporabite enega od: {keys}.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>{kind} {number} does not exist.</source>
        <extracomment>{kind} is the program&apos;s own English name of a record: Enquiry, Customer…</extracomment>
        <translation>{kind} {number} ne obstaja.</translation>
    </message>
    <message>
        <source>There is no change number {number} to undo.</source>
        <translation>Ni spremembe številka {number}, ki bi jo bilo mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: forgetting a customer is final.</source>
        <translation>Spremembe „{change}“ ni mogoče razveljaviti: pozaba stranke je dokončna.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: purging deleted enquiries is final.</source>
        <translation>»{change}« ni mogoče razveljaviti: trajna odstranitev izbrisanih povpraševanj je dokončna.</translation>
    </message>
    <message>
        <source>“{change}” was undone already.</source>
        <extracomment>{change} is the change&apos;s description in the history, such as &quot;Enquiry 12 edited&quot;.</extracomment>
        <translation>Sprememba „{change}“ je že razveljavljena.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: the enquiry it changed was purged.</source>
        <translation>»{change}« ni mogoče razveljaviti: povpraševanje, ki ga je spremenilo, je bilo trajno odstranjeno.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: it was changed again afterwards.</source>
        <translation>Spremembe „{change}“ ni mogoče razveljaviti: pozneje je bil zapis znova spremenjen.</translation>
    </message>
    <message>
        <source>“{change}” cannot be undone: later changes depend on it.</source>
        <translation>Spremembe „{change}“ ni mogoče razveljaviti: od nje so odvisne poznejše spremembe.</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Kanali</translation>
    </message>
    <message>
        <source>How enquiries reach the shop. Add the shop&apos;s own (WhatsApp, Instagram, a marketplace…): each keeps a key made from its first name for import, export and reports, whatever it is called later. The quick log numbers the first nine in this order: the digit picks the channel.</source>
        <translation>Kako povpraševanja pridejo do trgovine. Dodajte kanale svoje trgovine (WhatsApp, Instagram, spletna tržnica …): vsak obdrži ključ, narejen iz njegovega prvega imena, za uvoz, izvoz in poročila, ne glede na to, kako ga pozneje preimenujete. Hitri vnos prvih devet oštevilči v tem vrstnem redu: števka izbere kanal.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The time is in the future.</source>
        <extracomment>How far in the future a typed time may be (clocks of two PCs differ a little). What a time in the future is refused with, by the time it is (the field&apos;s name).</extracomment>
        <translation>Čas je v prihodnosti.</translation>
    </message>
    <message>
        <source>The received time is in the future.</source>
        <translation>Čas prejema je v prihodnosti.</translation>
    </message>
    <message>
        <source>The contact time is in the future.</source>
        <translation>Čas stika je v prihodnosti.</translation>
    </message>
    <message>
        <source>The response time is in the future.</source>
        <translation>Čas odziva je v prihodnosti.</translation>
    </message>
    <message>
        <source>The purchase time is in the future.</source>
        <translation>Čas nakupa je v prihodnosti.</translation>
    </message>
    <message>
        <source>The feedback time is in the future.</source>
        <translation>Čas povratne informacije je v prihodnosti.</translation>
    </message>
    <message>
        <source>The resolution time is in the future.</source>
        <translation>Čas rešitve reklamacije je v prihodnosti.</translation>
    </message>
    <message>
        <source>The contact cannot be earlier than the enquiry itself.</source>
        <extracomment>What a time before the enquiry itself is refused with, by what happened then.</extracomment>
        <translation>Stik ne more biti zgodnejši od samega povpraševanja.</translation>
    </message>
    <message>
        <source>The response cannot be earlier than the enquiry itself.</source>
        <translation>Odziv ne more biti zgodnejši od samega povpraševanja.</translation>
    </message>
    <message>
        <source>The purchase cannot be earlier than the enquiry itself.</source>
        <translation>Nakup ne more biti zgodnejši od samega povpraševanja.</translation>
    </message>
    <message>
        <source>The outcome cannot be earlier than the enquiry itself.</source>
        <translation>Izid ne more biti zgodnejši od samega povpraševanja.</translation>
    </message>
    <message>
        <source>The feedback cannot be earlier than the enquiry itself.</source>
        <translation>Povratna informacija ne more biti zgodnejša od samega povpraševanja.</translation>
    </message>
    <message>
        <source>There is no enquiry number {number}.</source>
        <translation>Povpraševanja s številko {number} ni.</translation>
    </message>
    <message>
        <source>There is no staff member number {number}.</source>
        <translation>Zaposlenega s številko {number} ni.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation>Stolpci</translation>
    </message>
    <message>
        <source>Which part of an enquiry each column holds. A file needs the date each enquiry came in and the customer&apos;s name, phone or e-mail.</source>
        <translation>Kateri del povpraševanja vsebuje posamezen stolpec. Datoteka mora vsebovati datum prejema vsakega povpraševanja ter ime, telefon ali e-pošto stranke.</translation>
    </message>
    <message>
        <source>Columns as last time for files like this.</source>
        <translation>Stolpci so nastavljeni kot zadnjič pri podobnih datotekah.</translation>
    </message>
    <message>
        <source>Import each &amp;column as:</source>
        <translation>Vsak &amp;stolpec uvozi kot:</translation>
    </message>
    <message>
        <source>&amp;Dates are written as:</source>
        <translation>&amp;Datumi so zapisani kot:</translation>
    </message>
    <message>
        <source>Dates are written as</source>
        <translation>Datumi so zapisani kot</translation>
    </message>
    <message>
        <source>The file&apos;s dates read both ways round (5.10. can be 5 October or 10 May): say how the shop wrote them. The preview shows the dates as read.</source>
        <translation>Datume v datoteki je mogoče prebrati na oba načina (5.10. je lahko 5. oktober ali 10. maj): izberite, kako jih je zapisala trgovina. Predogled prikaže datume, kot so prebrani.</translation>
    </message>
    <message>
        <source>Channe&amp;l of every row:</source>
        <translation>&amp;Kanal vseh vrstic:</translation>
    </message>
    <message>
        <source>Channel of every row</source>
        <translation>Kanal vseh vrstic</translation>
    </message>
    <message>
        <source>The file has no channel column: the channel all its enquiries came through</source>
        <translation>Datoteka nima stolpca s kanalom: kanal, prek katerega so prišla vsa njena povpraševanja</translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation>Shrani &amp;preslikavo…</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Shrani preslikavo</translation>
    </message>
    <message>
        <source>Keep these columns in a file, for importing from the command line with --map</source>
        <translation>Shrani te stolpce v datoteko za uvoz iz ukazne vrstice z --map</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stolpec v datoteki</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Primeri</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Uvozi kot</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— se ne uvozi —</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(stolpec {number})</translation>
    </message>
    <message>
        <source>Import the column {name} as</source>
        <translation>Stolpec {name} uvozi kot</translation>
    </message>
    <message>
        <source>What the column {name} holds. A field chosen here that another column had moves here: the other column is not imported then.</source>
        <translation>Kaj vsebuje stolpec {name}. Če tu izberete polje, ki ga je imel drug stolpec, se premakne sem: drugi stolpec se potem ne uvozi.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— izberite —</translation>
    </message>
    <message>
        <source>day.month.year (24.10.2026)</source>
        <translation>dan.mesec.leto (24.10.2026)</translation>
    </message>
    <message>
        <source>month/day/year (10/24/2026)</source>
        <translation>mesec/dan/leto (10/24/2026)</translation>
    </message>
    <message>
        <source>year-month-day (2026-10-24)</source>
        <translation>leto-mesec-dan (2026-10-24)</translation>
    </message>
    <message>
        <source>The first rows&apos; dates read in no order; the next page shows them.</source>
        <translation>Datumov v prvih vrsticah ni mogoče prebrati v nobenem vrstnem redu; prikazani so na naslednji strani.</translation>
    </message>
    <message>
        <source>Dates are read as {order}.</source>
        <translation>Datumi so prebrani kot {order}.</translation>
    </message>
    <message>
        <source>Dates are read as {order}; some of the first rows&apos; dates read in no order: the next page shows which.</source>
        <translation>Datumi so prebrani kot {order}; nekaterih datumov v prvih vrsticah ni mogoče prebrati v nobenem vrstnem redu: katerih, pokaže naslednja stran.</translation>
    </message>
    <message>
        <source>{field} moved here from the column {other}, which is not imported now.</source>
        <translation>Polje {field} je premaknjeno sem iz stolpca {other}, ki se zdaj ne uvozi.</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Preslikave (*.json)</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>Datoteke {file} ni mogoče zapisati: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Shranjeno: {path}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{message} (see `{program} --help`).</source>
        <translation>{message} (glejte `{program} --help`).</translation>
    </message>
    <message>
        <source>EnquiryDesk: log sales enquiries, answer fast, follow up, see the month. Without a command, the window opens.</source>
        <extracomment>Adds one command to the parser: its name and its help.</extracomment>
        <translation>EnquiryDesk: beležite prodajna povpraševanja, hitro odgovarjajte, izvajajte nadaljnje stike, preglejte mesec. Brez ukaza se odpre okno.</translation>
    </message>
    <message>
        <source>the database file (default: $ENQUIRYDESK_DB, else your own data folder)</source>
        <translation>datoteka zbirke podatkov (privzeto: $ENQUIRYDESK_DB, sicer vaša mapa s podatki)</translation>
    </message>
    <message>
        <source>interface language: en, id or sl</source>
        <translation>jezik vmesnika: en, id ali sl</translation>
    </message>
    <message>
        <source>fill a new, empty database with realistic demo data</source>
        <translation>napolni novo, prazno zbirko podatkov z realističnimi vzorčnimi podatki</translation>
    </message>
    <message>
        <source>how many (default 10000)</source>
        <translation>koliko (privzeto 10000)</translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation>isto seme da iste podatke</translation>
    </message>
    <message>
        <source>log one enquiry; prints its id</source>
        <translation>zabeleži eno povpraševanje; izpiše njegov id</translation>
    </message>
    <message>
        <source>phone, walk_in, email, web_form, social, chat or other</source>
        <translation>phone, walk_in, email, web_form, social, chat ali other</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>ime stranke</translation>
    </message>
    <message>
        <source>what they asked about</source>
        <translation>kaj jih je zanimalo</translation>
    </message>
    <message>
        <source>how they heard of the shop</source>
        <translation>kako so izvedeli za trgovino</translation>
    </message>
    <message>
        <source>who took the enquiry</source>
        <translation>kdo je sprejel povpraševanje</translation>
    </message>
    <message>
        <source>the customer who recommended the shop</source>
        <translation>stranka, ki je priporočila trgovino</translation>
    </message>
    <message>
        <source>answered on the spot (response time 0)</source>
        <translation>odgovorjeno takoj (odzivni čas 0)</translation>
    </message>
    <message>
        <source>check the file, import nothing</source>
        <translation>preveri datoteko, ne uvozi ničesar</translation>
    </message>
    <message>
        <source>import the good rows, list the bad</source>
        <translation>uvozi veljavne vrstice, izpiši neveljavne</translation>
    </message>
    <message>
        <source>the figures of one month</source>
        <translation>številke za en mesec</translation>
    </message>
    <message>
        <source>import history from a CSV, XLSX or ODS file, or a whole exported shop</source>
        <translation>uvozi zgodovino iz datoteke CSV, XLSX ali ODS ali celotno izvoženo trgovino</translation>
    </message>
    <message>
        <source>read the columns as a saved mapping says</source>
        <translation>preberi stolpce po shranjeni preslikavi</translation>
    </message>
    <message>
        <source>the order of day, month and year in the file&apos;s dates</source>
        <translation>vrstni red dneva, meseca in leta v datumih datoteke</translation>
    </message>
    <message>
        <source>the channel of every row, for a file without one</source>
        <translation>kanal vseh vrstic, za datoteko brez stolpca s kanalom</translation>
    </message>
    <message>
        <source>the text file&apos;s encoding</source>
        <translation>kodiranje besedilne datoteke</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read</source>
        <translation>list delovnega zvezka, ki naj se prebere</translation>
    </message>
    <message>
        <source>write the bad rows to this file, to fix and import again</source>
        <translation>zapiši neveljavne vrstice v to datoteko, da jih popravite in znova uvozite</translation>
    </message>
    <message>
        <source>export one month as CSV, Excel or PDF, or all data (--all)</source>
        <translation>izvozi en mesec kot CSV, Excel ali PDF ali vse podatke (--all)</translation>
    </message>
    <message>
        <source>every record, to move to another PC or program: xlsx, or csv (a ZIP of CSV files)</source>
        <translation>vsi zapisi, za prenos na drug računalnik ali v drug program: xlsx ali csv (ZIP z datotekami CSV)</translation>
    </message>
    <message>
        <source>everything held about one customer, for them: JSON or PDF by the file&apos;s name</source>
        <translation>vse, kar trgovina hrani o eni stranki, za izročitev stranki: JSON ali PDF glede na končnico datoteke</translation>
    </message>
    <message>
        <source>list open follow-ups</source>
        <translation>izpiši odprte nadaljnje stike</translation>
    </message>
    <message>
        <source>only those due today, or overdue</source>
        <translation>samo tiste, ki zapadejo danes ali zamujajo</translation>
    </message>
    <message>
        <source>make a checked copy of the database</source>
        <translation>naredi preverjeno kopijo zbirke podatkov</translation>
    </message>
    <message>
        <source>where to write it (a file or a folder)</source>
        <translation>kam jo zapisati (datoteka ali mapa)</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>zamenjaj zbirko podatkov z varnostno kopijo</translation>
    </message>
    <message>
        <source>check the database for damage</source>
        <translation>preveri, ali je zbirka podatkov poškodovana</translation>
    </message>
    <message>
        <source>forget customers who never bought and have not enquired for the months chosen in Settings → Privacy</source>
        <translation>pozabi stranke, ki niso nikoli kupile in niso povpraševale toliko mesecev, kot je izbrano v Nastavitve → Zasebnost</translation>
    </message>
    <message>
        <source>list who would be forgotten; forget nobody</source>
        <translation>izpiši, katere stranke bi bile pozabljene; ne pozabi nikogar</translation>
    </message>
    <message>
        <source>with --dry-run: after N months instead of the setting</source>
        <translation>z --dry-run: po N mesecih namesto nastavljenega števila</translation>
    </message>
    <message>
        <source>forget them without asking (for scripts)</source>
        <translation>pozabi brez vprašanja (za skripte)</translation>
    </message>
    <message>
        <source>the shop&apos;s country as a two-letter code (ID, SI, GB…); default: the shop&apos;s, else your system&apos;s, else the one of --lang</source>
        <translation>država trgovine kot dvočrkovna koda (ID, SI, GB …); privzeto: država trgovine, sicer države vašega sistema, sicer jezika iz --lang</translation>
    </message>
    <message>
        <source>erase one customer&apos;s personal data for good, keeping the figures (asks first)</source>
        <translation>dokončno izbriši osebne podatke ene stranke, statistika ostane (najprej vpraša)</translation>
    </message>
    <message>
        <source>remove deleted enquiries for good, with what was written on them (asks first)</source>
        <translation>trajno odstrani izbrisana povpraševanja, skupaj z vsem, kar je bilo v njih zapisano (najprej vpraša)</translation>
    </message>
    <message>
        <source>only those deleted more than DAYS days ago</source>
        <translation>samo tista, izbrisana pred več kot DAYS dnevi</translation>
    </message>
    <message>
        <source>purge them without asking (for scripts)</source>
        <translation>odstrani jih brez vprašanja (za skripte)</translation>
    </message>
    <message>
        <source>copy the whole shop into a new file or an empty database on the shop&apos;s server, and check the copy</source>
        <translation>kopiraj celotno trgovino v novo datoteko ali v prazno zbirko podatkov na strežniku trgovine in preveri kopijo</translation>
    </message>
    <message>
        <source>postgresql://user@host/database, or the path of a new file</source>
        <translation>postgresql://uporabnik@gostitelj/zbirka ali pot do nove datoteke</translation>
    </message>
    <message>
        <source>remove a forgotten owner&apos;s PIN with the recovery key</source>
        <translation>odstrani pozabljeni lastnikov PIN z obnovitveno kodo</translation>
    </message>
    <message>
        <source>the key shown when the PIN was set (else asked)</source>
        <translation>koda, prikazana ob nastavitvi PIN-a (sicer bo zahtevana)</translation>
    </message>
    <message>
        <source>the owner&apos;s PIN, once set (else $ENQUIRYDESK_PIN, or asked)</source>
        <translation>lastnikov PIN, če je nastavljen (sicer $ENQUIRYDESK_PIN ali bo zahtevan)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ni celo število</translation>
    </message>
    <message>
        <source>{text} must be at least 1</source>
        <translation>{text} mora biti vsaj 1</translation>
    </message>
    <message>
        <source>{user} (command line)</source>
        <translation>{user} (ukazna vrstica)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ukazna vrstica</translation>
    </message>
    <message>
        <source>There is no database at {path}; give another with --db.</source>
        <extracomment>The stores a command opened, closed when it ends (the last connection checkpoints).</extracomment>
        <translation>V {path} ni zbirke podatkov; z --db navedite drugo.</translation>
    </message>
    <message>
        <source>Upgraded {path}; a backup of the old file is at {backup}.</source>
        <translation>Datoteka {path} je nadgrajena; varnostna kopija stare datoteke je v {backup}.</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN: </source>
        <translation>Lastnikov PIN: </translation>
    </message>
    <message>
        <source>{label}: {percent}% ({done} of {total})</source>
        <translation>{label}: {percent} % ({done} od {total})</translation>
    </message>
    <message>
        <source>Demo data goes into a new, empty database; {path} already has enquiries.</source>
        <translation>Vzorčni podatki gredo v novo, prazno bazo; {path} že vsebuje povpraševanja.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Vzorčni podatki</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln stranka</numerusform>
            <numerusform>%Ln stranki</numerusform>
            <numerusform>%Ln stranke</numerusform>
            <numerusform>%Ln strank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo enquiries from {customers} to {path}.</source>
        <translation>
            <numerusform>V {path} je bilo dodano %Ln vzorčno povpraševanje ({customers}).</numerusform>
            <numerusform>V {path} sta bili dodani %Ln vzorčni povpraševanji ({customers}).</numerusform>
            <numerusform>V {path} so bila dodana %Ln vzorčna povpraševanja ({customers}).</numerusform>
            <numerusform>V {path} je bilo dodanih %Ln vzorčnih povpraševanj ({customers}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is not a country code; use two letters like ID or SI.</source>
        <extracomment>The country a demo shop is in when only the language says: Indonesian in Indonesia, Slovenian in Slovenia.</extracomment>
        <translation>{code} ni koda države; uporabite dve črki, na primer ID ali SI.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Datoteka {path} ne obstaja.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>There is no channel {name}; the channels are: {names}.</source>
        <translation>Kanal {name} ne obstaja; kanali so: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad rows written to {file}.</source>
        <translation>
            <numerusform>%Ln neveljavna vrstica je zapisana v {file}.</numerusform>
            <numerusform>%Ln neveljavni vrstici sta zapisani v {file}.</numerusform>
            <numerusform>%Ln neveljavne vrstice so zapisane v {file}.</numerusform>
            <numerusform>%Ln neveljavnih vrstic je zapisanih v {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {rows} rows are bad</source>
        <translation>
            <numerusform>%Ln od {rows} vrstic je neveljavna</numerusform>
            <numerusform>%Ln od {rows} vrstic sta neveljavni</numerusform>
            <numerusform>%Ln od {rows} vrstic so neveljavne</numerusform>
            <numerusform>%Ln od {rows} vrstic je neveljavnih</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: {bad_rows} (listed above); correct them, or import the good rows with --skip-bad.</source>
        <translation>nič ni bilo uvoženo: {bad_rows} (navedene so zgoraj); popravite jih ali uvozite veljavne vrstice z --skip-bad.</translation>
    </message>
    <message>
        <source>nothing to import: {file} has no rows.</source>
        <translation>ničesar ni za uvoz: {file} nima vrstic.</translation>
    </message>
    <message>
        <source>nothing to import: {file} has no good rows.</source>
        <translation>ničesar ni za uvoz: {file} nima veljavnih vrstic.</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln bad rows skipped</source>
        <translation>
            <numerusform>; izpuščena %Ln neveljavna vrstica</numerusform>
            <numerusform>; izpuščeni %Ln neveljavni vrstici</numerusform>
            <numerusform>; izpuščene %Ln neveljavne vrstice</numerusform>
            <numerusform>; izpuščenih %Ln neveljavnih vrstic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {file}: {bad_rows}; with --skip-bad, %Ln enquiries would be imported ({details}).</source>
        <translation>
            <numerusform>Datoteka {file} je preverjena: {bad_rows}; z --skip-bad bi bilo uvoženo %Ln povpraševanje ({details}).</numerusform>
            <numerusform>Datoteka {file} je preverjena: {bad_rows}; z --skip-bad bi bili uvoženi %Ln povpraševanji ({details}).</numerusform>
            <numerusform>Datoteka {file} je preverjena: {bad_rows}; z --skip-bad bi bila uvožena %Ln povpraševanja ({details}).</numerusform>
            <numerusform>Datoteka {file} je preverjena: {bad_rows}; z --skip-bad bi bilo uvoženih %Ln povpraševanj ({details}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {file}: %Ln enquiries would be imported ({details}){skipped}.</source>
        <translation>
            <numerusform>Datoteka {file} je preverjena: uvoženo bi bilo %Ln povpraševanje ({details}){skipped}.</numerusform>
            <numerusform>Datoteka {file} je preverjena: uvoženi bi bili %Ln povpraševanji ({details}){skipped}.</numerusform>
            <numerusform>Datoteka {file} je preverjena: uvožena bi bila %Ln povpraševanja ({details}){skipped}.</numerusform>
            <numerusform>Datoteka {file} je preverjena: uvoženih bi bilo %Ln povpraševanj ({details}){skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln enquiries from {file} ({details}){skipped}.</source>
        <translation>
            <numerusform>Iz {file} je bilo uvoženo %Ln povpraševanje ({details}){skipped}.</numerusform>
            <numerusform>Iz {file} sta bili uvoženi %Ln povpraševanji ({details}){skipped}.</numerusform>
            <numerusform>Iz {file} so bila uvožena %Ln povpraševanja ({details}){skipped}.</numerusform>
            <numerusform>Iz {file} je bilo uvoženih %Ln povpraševanj ({details}){skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} in še %Ln stolpec</numerusform>
            <numerusform>{names} in še %Ln stolpca</numerusform>
            <numerusform>{names} in še %Ln stolpci</numerusform>
            <numerusform>{names} in še %Ln stolpcev</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: columns not imported (not recognised): {columns}; --map reads them.</source>
        <translation>{file}: stolpci, ki se ne uvozijo (niso prepoznani): {columns}; prebrati jih je mogoče z --map.</translation>
    </message>
    <message>
        <source>{file}: columns read: {columns}.</source>
        <translation>{file}: prebrani stolpci: {columns}.</translation>
    </message>
    <message>
        <source>{file}: the dates read either way round; they were read as {order}. If that is wrong, give --dates.</source>
        <translation>{file}: datume je mogoče prebrati na oba načina; prebrani so bili kot {order}. Če to ni prav, navedite --dates.</translation>
    </message>
    <message>
        <source>{file} is a whole exported shop: it is brought back as it is, without --dry-run, --skip-bad or --map.</source>
        <translation>{file} je celotna izvožena trgovina: uvozi se nespremenjena, zato --dry-run, --skip-bad in --map tu niso mogoči.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customers</source>
        <translation>
            <numerusform>%Ln nova stranka</numerusform>
            <numerusform>%Ln novi stranki</numerusform>
            <numerusform>%Ln nove stranke</numerusform>
            <numerusform>%Ln novih strank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows for customers already known</source>
        <translation>
            <numerusform>%Ln vrstica za že znane stranke</numerusform>
            <numerusform>%Ln vrstici za že znane stranke</numerusform>
            <numerusform>%Ln vrstice za že znane stranke</numerusform>
            <numerusform>%Ln vrstic za že znane stranke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with feedback</source>
        <translation>
            <numerusform>%Ln s povratno informacijo</numerusform>
            <numerusform>%Ln s povratno informacijo</numerusform>
            <numerusform>%Ln s povratno informacijo</numerusform>
            <numerusform>%Ln s povratno informacijo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups still to do</source>
        <translation>
            <numerusform>%Ln neopravljen nadaljnji stik</numerusform>
            <numerusform>%Ln neopravljena nadaljnja stika</numerusform>
            <numerusform>%Ln neopravljeni nadaljnji stiki</numerusform>
            <numerusform>%Ln neopravljenih nadaljnjih stikov</numerusform>
        </translation>
    </message>
    <message>
        <source>; new staff: {names}</source>
        <translation>; novi zaposleni: {names}</translation>
    </message>
    <message>
        <source>--all exports every month: leave out --month</source>
        <translation>--all izvozi vse mesece: izpustite --month</translation>
    </message>
    <message>
        <source>--all writes xlsx or csv, not pdf</source>
        <translation>--all zapiše xlsx ali csv, ne pdf</translation>
    </message>
    <message>
        <source>Export all data as {format}</source>
        <translation>Izvoz vseh podatkov ({format})</translation>
    </message>
    <message>
        <source>Export {month} as {format}</source>
        <translation>Izvoz za {month} ({format})</translation>
    </message>
    <message>
        <source>Data of customer {number}</source>
        <translation>Podatki stranke št. {number}</translation>
    </message>
    <message>
        <source>Forgetting cannot be undone: give --yes to forget customer {number} without being asked.</source>
        <translation>Pozabe ni mogoče razveljaviti: za pozabo stranke št. {number} brez vprašanja dodajte --yes.</translation>
    </message>
    <message>
        <source>Their name, phone numbers, e-mail addresses, handle, notes and what was written about them go for good; their enquiries stay as anonymous records. This cannot be undone.</source>
        <translation>Njeno ime, telefonske številke, e-poštni naslovi, uporabniško ime, opombe in vse, kar je bilo zapisano o njej, bodo dokončno izbrisani; njena povpraševanja ostanejo kot anonimni zapisi. Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm: </source>
        <translation>Za potrditev vnesite ime stranke: </translation>
    </message>
    <message>
        <source>Type {text} to confirm: </source>
        <translation>Za potrditev vnesite {text}: </translation>
    </message>
    <message>
        <source>That is not what was asked for; nobody was forgotten.</source>
        <translation>Vnos se ne ujema z zahtevanim; nobena stranka ni bila pozabljena.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot customer {number}: %Ln enquiries kept as anonymous records.</source>
        <translation>
            <numerusform>Stranka št. {number} je pozabljena: %Ln povpraševanje je ohranjeno kot anonimen zapis.</numerusform>
            <numerusform>Stranka št. {number} je pozabljena: %Ln povpraševanji sta ohranjeni kot anonimna zapisa.</numerusform>
            <numerusform>Stranka št. {number} je pozabljena: %Ln povpraševanja so ohranjena kot anonimni zapisi.</numerusform>
            <numerusform>Stranka št. {number} je pozabljena: %Ln povpraševanj je ohranjenih kot anonimni zapisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No enquiry was deleted more than %Ln days ago; nothing was purged.</source>
        <translation>
            <numerusform>Nobeno povpraševanje ni bilo izbrisano pred več kot %Ln dnem; nič ni bilo odstranjeno.</numerusform>
            <numerusform>Nobeno povpraševanje ni bilo izbrisano pred več kot %Ln dnevoma; nič ni bilo odstranjeno.</numerusform>
            <numerusform>Nobeno povpraševanje ni bilo izbrisano pred več kot %Ln dnevi; nič ni bilo odstranjeno.</numerusform>
            <numerusform>Nobeno povpraševanje ni bilo izbrisano pred več kot %Ln dnevi; nič ni bilo odstranjeno.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no deleted enquiries; nothing was purged.</source>
        <translation>Izbrisanih povpraševanj ni; nič ni bilo odstranjeno.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted enquiries would be purged (the first deleted on {date}).</source>
        <translation>
            <numerusform>Trajno bi bilo odstranjeno %Ln izbrisano povpraševanje (izbrisano {date}).</numerusform>
            <numerusform>Trajno bi bili odstranjeni %Ln izbrisani povpraševanji (prvo izbrisano {date}).</numerusform>
            <numerusform>Trajno bi bila odstranjena %Ln izbrisana povpraševanja (prvo izbrisano {date}).</numerusform>
            <numerusform>Trajno bi bilo odstranjenih %Ln izbrisanih povpraševanj (prvo izbrisano {date}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging cannot be undone: give --yes to purge them without being asked.</source>
        <translation>Trajne odstranitve ni mogoče razveljaviti: z --yes jih odstranite brez vprašanja.</translation>
    </message>
    <message>
        <source>Remove them for good, with their contacts, follow-ups and feedback? Their customers stay. This cannot be undone. [y/N] </source>
        <translation>Jih trajno odstranim, skupaj s stiki, nadaljnjimi koraki in odzivi? Stranke ostanejo. Tega ni mogoče razveljaviti. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was purged.</source>
        <translation>Nič ni bilo odstranjeno.</translation>
    </message>
    <message>
        <source>Purging</source>
        <translation>Trajno odstranjevanje</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Danes ni nič na vrsti.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nič ne zamuja.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Ni odprtih nadaljnjih stikov.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>za {name}</translation>
    </message>
    <message>
        <source>[priority]</source>
        <translation>[prednostno]</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ZAMUJA</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups.</source>
        <translation>
            <numerusform>%Ln nadaljnji stik.</numerusform>
            <numerusform>%Ln nadaljnja stika.</numerusform>
            <numerusform>%Ln nadaljnji stiki.</numerusform>
            <numerusform>%Ln nadaljnjih stikov.</numerusform>
        </translation>
    </message>
    <message>
        <source>--months only previews (with --dry-run); choose the months that count in Settings → Privacy.</source>
        <translation>--months velja samo za predogled (z --dry-run); veljavno število mesecev izberite v Nastavitve → Zasebnost.</translation>
    </message>
    <message>
        <source>Retention is off (Settings → Privacy): nobody is forgotten. --dry-run --months N lists who would be.</source>
        <translation>Hramba podatkov je izklopljena (Nastavitve → Zasebnost): nobena stranka ni pozabljena. --dry-run --months N izpiše, katere bi bile.</translation>
    </message>
    <message numerus="yes">
        <source>no enquiry for %Ln months</source>
        <translation>
            <numerusform>brez povpraševanja %Ln mesec</numerusform>
            <numerusform>brez povpraševanja %Ln meseca</numerusform>
            <numerusform>brez povpraševanja %Ln mesece</numerusform>
            <numerusform>brez povpraševanja %Ln mesecev</numerusform>
        </translation>
    </message>
    <message>
        <source>last enquiry {date}</source>
        <translation>zadnje povpraševanje {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln povpraševanje</numerusform>
            <numerusform>%Ln povpraševanji</numerusform>
            <numerusform>%Ln povpraševanja</numerusform>
            <numerusform>%Ln povpraševanj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten ({quiet}).</source>
        <translation>
            <numerusform>%Ln stranka brez nakupa bi bila pozabljena ({quiet}).</numerusform>
            <numerusform>%Ln stranki brez nakupa bi bili pozabljeni ({quiet}).</numerusform>
            <numerusform>%Ln stranke brez nakupa bi bile pozabljene ({quiet}).</numerusform>
            <numerusform>%Ln strank brez nakupa bi bilo pozabljenih ({quiet}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due to be forgotten.</source>
        <translation>Trenutno ni nobene stranke, ki bi jo bilo treba pozabiti.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers would be forgotten; give --yes to forget them without being asked.</source>
        <translation>
            <numerusform>%Ln stranka bi bila pozabljena; za pozabo brez vprašanja dodajte --yes.</numerusform>
            <numerusform>%Ln stranki bi bili pozabljeni; za pozabo brez vprašanja dodajte --yes.</numerusform>
            <numerusform>%Ln stranke bi bile pozabljene; za pozabo brez vprašanja dodajte --yes.</numerusform>
            <numerusform>%Ln strank bi bilo pozabljenih; za pozabo brez vprašanja dodajte --yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %Ln customers who never bought ({quiet})? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>Želite pozabiti %Ln stranko brez nakupa ({quiet})? Tega ni mogoče razveljaviti. [da/N] </numerusform>
            <numerusform>Želite pozabiti %Ln stranki brez nakupa ({quiet})? Tega ni mogoče razveljaviti. [da/N] </numerusform>
            <numerusform>Želite pozabiti %Ln stranke brez nakupa ({quiet})? Tega ni mogoče razveljaviti. [da/N] </numerusform>
            <numerusform>Želite pozabiti %Ln strank brez nakupa ({quiet})? Tega ni mogoče razveljaviti. [da/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Nobody was forgotten.</source>
        <translation>Nobena stranka ni bila pozabljena.</translation>
    </message>
    <message>
        <source>Forgetting</source>
        <translation>Pozabljanje</translation>
    </message>
    <message>
        <source>{path}: no problems found (data version {version}).</source>
        <translation>{path}: ni najdenih težav (različica podatkov {version}).</translation>
    </message>
    <message numerus="yes">
        <source>{path} has a problem: {problem} (and %n more).</source>
        <translation>
            <numerusform>V {path} je težava: {problem} (in še %n druga).</numerusform>
            <numerusform>V {path} je težava: {problem} (in še %n drugi).</numerusform>
            <numerusform>V {path} je težava: {problem} (in še %n druge).</numerusform>
            <numerusform>V {path} je težava: {problem} (in še %n drugih).</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} has a problem: {problem}.</source>
        <translation>V {path} je težava: {problem}.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varnostna kopija</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Premikanje</translation>
    </message>
    <message>
        <source>Moved the shop from {source} to {target}: {rows} rows, the reports of {months} months compared and the same. {source} was left as it was.</source>
        <translation>Trgovina je premaknjena iz {source} v {target}: vrstic: {rows}; poročila za {months} mesecev so primerjana in enaka. {source} je ostala nespremenjena.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}. The previous file was kept at {copy}.</source>
        <translation>Datoteka {path} je obnovljena iz {backup}. Prejšnja datoteka je ohranjena v {copy}.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}.</source>
        <translation>Datoteka {path} je obnovljena iz {backup}.</translation>
    </message>
    <message>
        <source>This shop has no owner&apos;s PIN; there is nothing to reset.</source>
        <translation>Ta trgovina nima lastnikovega PIN-a; ničesar ni treba ponastaviti.</translation>
    </message>
    <message>
        <source>The recovery key: </source>
        <translation>Obnovitvena koda: </translation>
    </message>
    <message>
        <source>Give the recovery key written down when the PIN was set.</source>
        <translation>Vnesite obnovitveno kodo, ki ste si jo zapisali ob nastavitvi PIN-a.</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN was removed; set a new one in Settings → Security.</source>
        <translation>Lastnikov PIN je odstranjen; nov PIN nastavite v Nastavitve → Varnost.</translation>
    </message>
    <message>
        <source>interrupted; nothing of the unfinished command was saved.</source>
        <translation>prekinjeno; od nedokončanega ukaza ni bilo shranjeno nič.</translation>
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
        <translation>Kdo je na pultu</translation>
    </message>
    <message>
        <source>Who is at the counter (Ctrl+Shift+U)</source>
        <translation>Kdo je na pultu (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>S&amp;witch staff…</source>
        <translation>&amp;Zamenjaj zaposlenega…</translation>
    </message>
    <message>
        <source>{name} is at the counter.</source>
        <translation>{name} je na pultu.</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>Kdo je na pultu?</translation>
    </message>
</context>
<context>
    <name>CustomerData</name>
    <message>
        <source>{file}: give a file name that ends in .json or .pdf.</source>
        <extracomment>The file formats, by the file name&apos;s ending.</extracomment>
        <translation>{file}: vnesite ime datoteke s končnico .json ali .pdf.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Izvoz je preklican; nobena datoteka ni bila zapisana.</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Letters of free text in one piece of a page (about a dozen lines). Rows of a list table in one piece of a page. The change log&apos;s tables, as the reader knows them.</extracomment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Phone number or e-mail</source>
        <translation>Telefon ali e-pošta</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Povpraševanje</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Stik</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Razlog za nakup</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nadaljnji stik</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Povratna informacija</translation>
    </message>
    <message>
        <source>{record} {number} recorded</source>
        <translation>Zabeleženo: {record} {number}</translation>
    </message>
    <message>
        <source>{record} {number} changed</source>
        <translation>Spremenjeno: {record} {number}</translation>
    </message>
    <message>
        <source>{record} {number} removed</source>
        <translation>Odstranjeno: {record} {number}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>odprto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>opravljeno</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>preklicano</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>Data held about {name}</source>
        <translation>Podatki o stranki {name}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ni zapisov.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>Združeni zapisi</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Povpraševanja</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Stiki</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Nakupi</translation>
    </message>
    <message>
        <source>Feedback and complaints</source>
        <translation>Povratne informacije in reklamacije</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nadaljnji stiki</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Dnevnik sprememb</translation>
    </message>
    <message>
        <source>Everything the shop keeps about this customer on {date}: their details, enquiries, contacts, purchases, feedback, follow-ups and the changes made to them. Times are the shop&apos;s local time; amounts are in {currency}.</source>
        <translation>Vse, kar trgovina na dan {date} hrani o tej stranki: njeni podatki, povpraševanja, stiki, nakupi, povratne informacije, nadaljnji stiki in spremembe teh zapisov. Časi so po lokalnem času trgovine; zneski so v valuti {currency}.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Številka stranke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonske številke</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-poštni naslovi</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Agreed to offers</source>
        <translation>Privolitev v ponudbe</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Stranka od</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zadnja sprememba</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Priporočil(a)</translation>
    </message>
    <message>
        <source>Referred to us</source>
        <translation>Priporočila</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Osebni podatki izbrisani</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on {date}; only anonymous records remain.</source>
        <translation>Osebni podatki te stranke so bili izbrisani dne {date}; ostali so le anonimni zapisi.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Records of the same person kept under another customer number, merged into this one.</source>
        <translation>Zapisi iste osebe, ki so bili vodeni pod drugo številko stranke in so združeni s to stranko.</translation>
    </message>
    <message>
        <source>Customer number {number}</source>
        <translation>Številka stranke {number}</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Združeno</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Izbrisano</translation>
    </message>
    <message>
        <source>Enquiry {number} · {date}</source>
        <translation>Povpraševanje {number} · {date}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Kako so izvedeli za nas</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Priporočil(a)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Sprejel(a)</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Ocenjena vrednost</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prvi odziv</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Vrednost nakupa</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Why the sale was lost</source>
        <translation>Razlog za izgubo</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>od stranke</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>namenjen stranki</translation>
    </message>
    <message>
        <source>enquiry {number}</source>
        <translation>povpraševanje {number}</translation>
    </message>
    <message>
        <source>deleted on {date}</source>
        <translation>izbrisano {date}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reklamacija</translation>
    </message>
    <message>
        <source>rated {rating}/5</source>
        <translation>ocena {rating}/5</translation>
    </message>
    <message>
        <source>would recommend {score}/10</source>
        <translation>bi priporočil(a) {score}/10</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Resolved on {date}</source>
        <translation>Rešena {date}</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>Še ni rešena.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>rok {date}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Opis spremembe</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
</context>
<context>
    <name>CustomerDataExport</name>
    <message>
        <source>E&amp;xport this customer&apos;s data…</source>
        <extracomment>The formats offered: the key → the file&apos;s extension.</extracomment>
        <translation>&amp;Izvozi podatke te stranke…</translation>
    </message>
    <message>
        <source>Everything the shop holds about this customer, for them: a PDF to read or a JSON file for a program</source>
        <translation>Vse, kar trgovina hrani o tej stranki, za izročitev stranki: PDF za branje ali datoteka JSON za program</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Izvozi podatke…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Izvoz podatkov te stranke</translation>
    </message>
    <message>
        <source>Data held about {name} {date}</source>
        <translation>Podatki o stranki {name} {date}</translation>
    </message>
    <message>
        <source>PDF document to read (*.pdf)</source>
        <translation>Dokument PDF za branje (*.pdf)</translation>
    </message>
    <message>
        <source>JSON file for a program (*.json)</source>
        <translation>Datoteka JSON za program (*.json)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Najprej izberite stranko.</translation>
    </message>
    <message>
        <source>Exporting a customer&apos;s data</source>
        <translation>Izvažanje podatkov stranke</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Zapisovanje datoteke {name}…</translation>
    </message>
    <message>
        <source>Saved the customer&apos;s data to {path}</source>
        <translation>Podatki stranke so shranjeni v {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Izvoz je preklican; nobena datoteka ni bila zapisana.</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Customer details</source>
        <extracomment>Rows of the enquiries table shown before it scrolls. A card read (or why none is shown) is on the card: the customer asked for, or None.</extracomment>
        <translation>Podatki o stranki</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Stranka od</translation>
    </message>
    <message>
        <source>Shares a phone number</source>
        <translation>Skupna tel. številka</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Zgodovina</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Uredi…</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Uredi stranko</translation>
    </message>
    <message>
        <source>Correct the name, phone, e-mail, handle, notes or who referred them</source>
        <translation>Popravite ime, telefon, e-pošto, uporabniško ime, opombe ali kdo jo je priporočil</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Združi…</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Združi stranki</translation>
    </message>
    <message>
        <source>Another customer is the same person: move everything of theirs here</source>
        <translation>Druga stranka je ista oseba: vse njene podatke prenesite sem</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Povpraševanja</translation>
    </message>
    <message>
        <source>Their enquiries</source>
        <translation>Povpraševanja stranke</translation>
    </message>
    <message>
        <source>Enter or a double click opens the enquiry</source>
        <translation>Enter ali dvoklik odpre povpraševanje</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Nakupi</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Povratne informacije</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamacije</translation>
    </message>
    <message>
        <source>Referred to us</source>
        <translation>Priporočila</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>{action} ({keys}): {tip}</source>
        <translation>{action} ({keys}): {tip}</translation>
    </message>
    <message>
        <source>Select a customer to see their history</source>
        <translation>Izberite stranko, da vidite njeno zgodovino</translation>
    </message>
    <message>
        <source>Loading the customer…</source>
        <translation>Nalaganje stranke…</translation>
    </message>
    <message>
        <source>This customer was merged into another or deleted.</source>
        <translation>Ta stranka je bila združena z drugo ali izbrisana.</translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation>Stranke ni bilo mogoče prebrati.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Ni kontaktnih podatkov</translation>
    </message>
    <message>
        <source>Customer since {date}</source>
        <translation>Stranka od {date}</translation>
    </message>
    <message>
        <source>referred by {customer}</source>
        <translation>priporočil(a) {customer}</translation>
    </message>
    <message>
        <source>agreed to be contacted with offers since {date}</source>
        <translation>se strinja s prejemanjem ponudb od {date}</translation>
    </message>
    <message>
        <source>Shares a phone number with: {customers}</source>
        <translation>Ista telefonska številka kot pri: {customers}</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>in še %Ln stranka</numerusform>
            <numerusform>in še %Ln stranki</numerusform>
            <numerusform>in še %Ln stranke</numerusform>
            <numerusform>in še %Ln strank</numerusform>
        </translation>
    </message>
    <message>
        <source>{purchases}, {total} in all</source>
        <translation>{purchases}, skupaj {total}</translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation>še brez nakupov</translation>
    </message>
    <message>
        <source>last enquiry {date}</source>
        <translation>zadnje povpraševanje {date}</translation>
    </message>
    <message>
        <source>rated {rating}/5</source>
        <translation>ocena {rating}/5</translation>
    </message>
    <message>
        <source>worse than expected</source>
        <translation>slabše od pričakovanj</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>kot pričakovano</translation>
    </message>
    <message>
        <source>better than expected</source>
        <translation>bolje od pričakovanj</translation>
    </message>
    <message>
        <source>would recommend {score}/10</source>
        <translation>bi priporočil(a) {score}/10</translation>
    </message>
    <message>
        <source>“{comment}”</source>
        <translation>„{comment}“</translation>
    </message>
    <message>
        <source>Open: not resolved yet</source>
        <translation>Odprta: še ni rešena</translation>
    </message>
    <message>
        <source>Resolved {date}: {resolution}</source>
        <translation>Rešena {date}: {resolution}</translation>
    </message>
    <message>
        <source>Resolved {date}</source>
        <translation>Rešena {date}</translation>
    </message>
</context>
<context>
    <name>CustomerEdit</name>
    <message>
        <source>There is no customer number {number}.</source>
        <translation>Stranke s številko {number} ni.</translation>
    </message>
    <message>
        <source>A customer cannot have referred themselves.</source>
        <translation>Stranka ne more priporočiti sama sebe.</translation>
    </message>
    <message>
        <source>The customer who referred them was deleted or merged; choose another one.</source>
        <translation>Stranka, ki jo je priporočila, je bila izbrisana ali združena z drugo; izberite drugo stranko.</translation>
    </message>
    <message>
        <source>Customer {name} edited</source>
        <translation>Stranka {name} spremenjena</translation>
    </message>
</context>
<context>
    <name>CustomerForgetting</name>
    <message>
        <source>&amp;Forget this customer…</source>
        <translation>&amp;Pozabi to stranko…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data for good, at their request; their enquiries stay as anonymous records</source>
        <translation>Na zahtevo stranke dokončno izbriši njene osebne podatke; njena povpraševanja ostanejo kot anonimni zapisi</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Pozabi…</translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation>Pozabi to stranko</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Najprej izberite stranko.</translation>
    </message>
    <message>
        <source>This customer was forgotten already.</source>
        <translation>Ta stranka je že pozabljena.</translation>
    </message>
    <message>
        <source>Forgetting a customer</source>
        <translation>Pozabljanje stranke</translation>
    </message>
    <message>
        <source>Forgetting {name}…</source>
        <translation>Pozabljanje stranke {name}…</translation>
    </message>
    <message>
        <source>{what}. This cannot be undone.</source>
        <translation>{what}. Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Forgetting cancelled; nothing was changed.</source>
        <translation>Pozaba je preklicana; nič ni bilo spremenjeno.</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>Customer number {number} was deleted or merged already; choose another customer to keep.</source>
        <extracomment>Contact facts the kept customer takes from the other one when it has none. What the kept customer takes over: field (name/phone/email/handle) → shown value.</extracomment>
        <translation>Stranka s številko {number} je bila že izbrisana ali združena; izberite drugo stranko, ki jo želite obdržati.</translation>
    </message>
    <message>
        <source>Customer number {number} was deleted or merged already; choose another customer to merge.</source>
        <translation>Stranka s številko {number} je bila že izbrisana ali združena; izberite drugo stranko za združitev.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>Stranke ni mogoče združiti same s seboj.</translation>
    </message>
    <message>
        <source>{other} merged into {keep}</source>
        <translation>Združeno: {other} v {keep}</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Name</source>
        <extracomment>The directory&apos;s columns: key, title (translated where shown, context &quot;CustomerModel&quot;).</extracomment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Povpraševanja</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Nakupi</translation>
    </message>
    <message>
        <source>Last enquiry</source>
        <translation>Zadnje povpraševanje</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>The columns a search orders by (directory.order_column → column number).</extracomment>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>The list is in this column&apos;s order; click to reverse it</source>
        <translation>Seznam je razvrščen po tem stolpcu; kliknite za obratni vrstni red</translation>
    </message>
    <message>
        <source>The list is in order of name, or of the phone number or e-mail address being searched for</source>
        <translation>Seznam je razvrščen po imenu ali po iskani telefonski številki oziroma e-poštnem naslovu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, phone or e-mail…</source>
        <translation>Ime, telefon ali e-pošta…</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Ujemajoče se stranke</translation>
    </message>
    <message>
        <source>Down from the search box, then Enter to pick</source>
        <translation>Iz iskalnega polja s puščico navzdol, nato izberite z Enter</translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln povpraševanje</numerusform>
            <numerusform>%Ln povpraševanji</numerusform>
            <numerusform>%Ln povpraševanja</numerusform>
            <numerusform>%Ln povpraševanj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases</source>
        <translation>
            <numerusform>%Ln nakup</numerusform>
            <numerusform>%Ln nakupa</numerusform>
            <numerusform>%Ln nakupi</numerusform>
            <numerusform>%Ln nakupov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln nadaljnji stik</numerusform>
            <numerusform>%Ln nadaljnja stika</numerusform>
            <numerusform>%Ln nadaljnji stiki</numerusform>
            <numerusform>%Ln nadaljnjih stikov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln povratna informacija</numerusform>
            <numerusform>%Ln povratni informaciji</numerusform>
            <numerusform>%Ln povratne informacije</numerusform>
            <numerusform>%Ln povratnih informacij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation>
            <numerusform>%Ln priporočena oseba</numerusform>
            <numerusform>%Ln priporočeni osebi</numerusform>
            <numerusform>%Ln priporočene osebe</numerusform>
            <numerusform>%Ln priporočenih oseb</numerusform>
        </translation>
    </message>
    <message>
        <source>Returning buyer</source>
        <translation>Povratni kupec</translation>
    </message>
    <message>
        <source>Repeat buyer</source>
        <translation>Ponovni kupec</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Povratni</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ponovni</translation>
    </message>
    <message>
        <source>Bought from us, and enquired again after that</source>
        <translation>Stranka je že kupila pri nas in nato znova povpraševala</translation>
    </message>
    <message>
        <source>Bought from us two or more times</source>
        <translation>Stranka je pri nas kupila dvakrat ali večkrat</translation>
    </message>
    <message>
        <source>Recommended us to someone, or would recommend us with a 9 or 10</source>
        <translation>Stranka nas je komu priporočila ali bi nas priporočila z oceno 9 ali 10</translation>
    </message>
    <message>
        <source>Awaiting response</source>
        <translation>Čaka na odgovor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odprto</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Izgubljeno</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>Give the customer&apos;s name, phone or e-mail.</source>
        <translation>Vnesite ime, telefon ali e-pošto stranke.</translation>
    </message>
    <message>
        <source>There is no customer number {number}.</source>
        <translation>Stranke s številko {number} ni.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, phone or e-mail…</source>
        <extracomment>Shares of the width left after the columns sized to their content.</extracomment>
        <translation>Išči ime, telefon ali e-pošto…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Iskanje strank</translation>
    </message>
    <message>
        <source>Type the start of a name, three or more digits of a phone number as you would dial it, or the start of an e-mail address</source>
        <translation>Vnesite začetek imena, vsaj tri števke telefonske številke, kot bi jo klicali, ali začetek e-poštnega naslova</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln stranka</numerusform>
            <numerusform>%Ln stranki</numerusform>
            <numerusform>%Ln stranke</numerusform>
            <numerusform>%Ln strank</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>&amp;Morebitni dvojniki…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Morebitni dvojniki</translation>
    </message>
    <message>
        <source>Customers who may be one person, to merge or to tell apart (Ctrl+Shift+D)</source>
        <translation>Stranke, ki so morda ista oseba, da jih združite ali označite kot različne (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Enter goes on to the selected customer&apos;s enquiries</source>
        <translation>Enter odpre povpraševanja izbrane stranke</translation>
    </message>
    <message>
        <source>Select a customer to see their history</source>
        <translation>Izberite stranko, da vidite njeno zgodovino</translation>
    </message>
    <message>
        <source>No customer matches. Try the start of a name, phone digits or an e-mail.</source>
        <translation>Nobena stranka se ne ujema. Poskusite z začetkom imena, števkami telefona ali e-pošto.</translation>
    </message>
    <message>
        <source>No customers yet. A customer appears here with their first enquiry (Ctrl+N).</source>
        <translation>Strank še ni. Stranka se tu prikaže ob svojem prvem povpraševanju (Ctrl+N).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Štetje…</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>Združevanje strank</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>{file} is not an EnquiryDesk database (it is not an SQLite file).</source>
        <extracomment>The page cache of a connection opened for one read and closed after it (a negative cache_size is in KiB): SQLite&apos;s default.</extracomment>
        <translation>{file} ni zbirka podatkov EnquiryDesk (ni datoteka SQLite).</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}).</source>
        <extracomment>{error} is SQLite&apos;s own explanation, in English.</extracomment>
        <translation>Datoteke {file} ni mogoče prebrati ({error}).</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened ({error}); restore a backup.</source>
        <extracomment>{error} is SQLite&apos;s own explanation, in English.</extracomment>
        <translation>Datoteka {file} je poškodovana in je ni mogoče odpreti ({error}); obnovite varnostno kopijo.</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was written to it. Restore a backup.</source>
        <extracomment>{problem} is what the check found (often SQLite&apos;s own words, in English).</extracomment>
        <translation>Datoteka {file} je poškodovana ({problem}); vanjo ni bilo nič zapisano. Obnovite varnostno kopijo.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database of another program, not an EnquiryDesk file.</source>
        <translation>{file} je zbirka podatkov SQLite drugega programa, ne datoteka EnquiryDesk.</translation>
    </message>
    <message>
        <source>{table} row {row} points to a missing {parent}</source>
        <extracomment>A problem the check found; {table}, {parent}: the database&apos;s table names.</extracomment>
        <translation>vrstica {row} v tabeli {table} se sklicuje na manjkajoč zapis v {parent}</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <extracomment>A problem the check found, put into a list or in brackets; {error} is SQLite&apos;s.</extracomment>
        <translation>branje ni mogoče ({error})</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({problem}).</source>
        <translation>Varnostna kopija ni prestala preverjanja ({problem}).</translation>
    </message>
    <message>
        <source>{file} already exists; a backup never replaces a file.</source>
        <translation>{file} že obstaja; varnostna kopija nikoli ne nadomesti obstoječe datoteke.</translation>
    </message>
    <message>
        <source>The database is damaged; EnquiryDesk stopped writing to it. Restore a backup.</source>
        <translation>Zbirka podatkov je poškodovana; EnquiryDesk je prenehal pisati vanjo. Obnovite varnostno kopijo.</translation>
    </message>
    <message>
        <source>Another program kept the database busy for too long; nothing was saved. Try again.</source>
        <translation>Drug program je predolgo zasedal zbirko podatkov; nič ni bilo shranjeno. Poskusite znova.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database (an input/output error); nothing was saved. Check the disk and try again.</source>
        <translation>Disk ni mogel brati ali pisati zbirke podatkov (vhodno-izhodna napaka); nič ni bilo shranjeno. Preverite disk in poskusite znova.</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was saved. Try again.</source>
        <translation>Računalniku je zmanjkalo pomnilnika; nič ni bilo shranjeno. Poskusite znova.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: SQLite must write its journal beside the database, so nothing can be saved. Move the file to a folder you can write to.</source>
        <translation>Mapa {folder} je samo za branje: SQLite mora poleg zbirke podatkov zapisovati svoj dnevnik, zato ni mogoče ničesar shraniti. Premaknite datoteko v mapo, v katero lahko pišete.</translation>
    </message>
    <message>
        <source>The database file {file} is read-only; EnquiryDesk cannot save to it.</source>
        <translation>Datoteka zbirke podatkov {file} je samo za branje; EnquiryDesk vanjo ne more shranjevati.</translation>
    </message>
    <message>
        <source>The database file cannot be opened; check that its folder exists and is yours.</source>
        <translation>Datoteke zbirke podatkov ni mogoče odpreti; preverite, ali njena mapa obstaja in ali je vaša.</translation>
    </message>
    <message>
        <source>The database cannot be written to (the file or its folder is read-only); nothing was saved.</source>
        <translation>V zbirko podatkov ni mogoče pisati (datoteka ali njena mapa je samo za branje); nič ni bilo shranjeno.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Choose between 1 and %Ln demo enquiries.</source>
        <extracomment>Of new customers, the share who are an earlier one entered again by staff who did not find them, soon after their first visit (among the `AGAIN_WITHIN` customers before). The shop&apos;s language by its country (&quot;en&quot; for any other, or none). Customers&apos; languages in a shop of each language: locals, and a few foreigners. Of the foreigners, those still on their home (British) number rather than a local one. Women&apos;s first names: Slovenian notes say &quot;zanima jo&quot; of her, &quot;zanima ga&quot; of him. The demo&apos;s own staff (a file that has staff keeps them): the owner first. What the shop sells, best sellers first: (name, genitive, accusative, price in euro). Only Slovenian needs the cases; the other languages say the name as it is. What staff write down of an enquiry: {nom}, {gen}, {acc} the product in its cases, {ga} &quot;ga&quot; or &quot;jo&quot; (him or her). Customers&apos; comments in their own language, by how pleased they were: good, so-so, bad. What staff note on the follow-ups they do, in the shop&apos;s language. Median business minutes to the first answer, per channel (when not answered on the spot). Mobile numbers by country, valid for libphonenumber: prefix, digits after it (Indonesia&apos;s 08xx, Slovenia&apos;s 030/031/040/041/051/064/068/069/070/071). A country without a plan here gets one from libphonenumber&apos;s example mobile number (`_phone_plan`). The numbers of an English demo without a country, and foreigners&apos; home numbers. E-mail domains by the customer&apos;s language, the common ones repeated. Cumulative shares of ratings 5, 4, 3, 2 (the rest are 1). A follow-up&apos;s state: (done at, result, cancelled at). (earlier, later) customers who are one person entered twice, with a clue to it. A country&apos;s mobile numbers: (prefix, digits after it) each.</extracomment>
        <translation>
            <numerusform>Izberite število vzorčnih povpraševanj od 1 do %Ln.</numerusform>
            <numerusform>Izberite število vzorčnih povpraševanj od 1 do %Ln.</numerusform>
            <numerusform>Izberite število vzorčnih povpraševanj od 1 do %Ln.</numerusform>
            <numerusform>Izberite število vzorčnih povpraševanj od 1 do %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already holds enquiries; demo data goes only into a new, empty one.</source>
        <translation>Ta zbirka podatkov že vsebuje povpraševanja; vzorčni podatki gredo samo v novo, prazno zbirko.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data: %Ln enquiries</source>
        <translation>
            <numerusform>Vzorčni podatki: %Ln povpraševanje</numerusform>
            <numerusform>Vzorčni podatki: %Ln povpraševanji</numerusform>
            <numerusform>Vzorčni podatki: %Ln povpraševanja</numerusform>
            <numerusform>Vzorčni podatki: %Ln povpraševanj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Enquiry details</source>
        <extracomment>After a successful action: the `Changes` it made (for undo and for other views). An action&apos;s key pressed when the action does not apply: why not (a sentence). A card read (or why none is shown) is on the pane: the enquiry asked for, or None.</extracomment>
        <translation>Podrobnosti povpraševanja</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Č&amp;asovnica</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>Povratna stranka</translation>
    </message>
    <message>
        <source>They enquired with us before this enquiry</source>
        <translation>Stranka je pri nas povpraševala že pred tem povpraševanjem</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Zabeleži stik…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Zabeleži stik</translation>
    </message>
    <message>
        <source>A call, message, e-mail, visit, quote or note</source>
        <translation>Klic, sporočilo, e-pošta, obisk, ponudba ali opomba</translation>
    </message>
    <message>
        <source>Purchased…</source>
        <translation>Kupljeno…</translation>
    </message>
    <message>
        <source>Mark purchased</source>
        <translation>Označi kot kupljeno</translation>
    </message>
    <message>
        <source>They bought: value, how, and why they chose us</source>
        <translation>Stranka je kupila: vrednost, način nakupa in zakaj je izbrala nas</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Izgubljeno…</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Označi kot izgubljeno</translation>
    </message>
    <message>
        <source>They did not buy: why</source>
        <translation>Stranka ni kupila: zakaj</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Nadaljnji stik…</translation>
    </message>
    <message>
        <source>Schedule follow-up</source>
        <translation>Načrtuj nadaljnji stik</translation>
    </message>
    <message>
        <source>Plan a call-back or another follow-up</source>
        <translation>Načrtujte povratni klic ali drug nadaljnji stik</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Mnenje…</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Zabeleži povratno informacijo</translation>
    </message>
    <message>
        <source>What the buyer said about the purchase</source>
        <translation>Kaj je kupec povedal o nakupu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Uredi…</translation>
    </message>
    <message>
        <source>Edit enquiry</source>
        <translation>Uredi povpraševanje</translation>
    </message>
    <message>
        <source>Correct the interest, details, estimated value or source</source>
        <translation>Popravite zanimanje, podrobnosti, ocenjeno vrednost ali vir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Izbriši…</translation>
    </message>
    <message>
        <source>Delete enquiry</source>
        <translation>Izbriši povpraševanje</translation>
    </message>
    <message>
        <source>Remove the enquiry from every list and report (can be undone)</source>
        <translation>Odstranite povpraševanje iz vseh seznamov in poročil (mogoče je razveljaviti)</translation>
    </message>
    <message>
        <source>{action} ({keys}): {tip}</source>
        <extracomment>Each action&apos;s key (the window&apos;s menu shows them; `press` acts on them).</extracomment>
        <translation>{action} ({keys}): {tip}</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stanje:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Prejeto:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Zanimanje:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Podrobnosti:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Vir:</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Sprejel(a):</translation>
    </message>
    <message>
        <source>Estimated value:</source>
        <translation>Ocenjena vrednost:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Odziv:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Vrednost:</translation>
    </message>
    <message>
        <source>Why they chose us:</source>
        <translation>Razlogi za nakup:</translation>
    </message>
    <message>
        <source>Lost because:</source>
        <translation>Razlog za izgubo:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Naslednji stik:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časovnica</translation>
    </message>
    <message>
        <source>Select an enquiry to see its customer, timeline and actions</source>
        <translation>Izberite povpraševanje, da vidite njegovo stranko, časovnico in dejanja</translation>
    </message>
    <message>
        <source>Loading the enquiry…</source>
        <translation>Nalaganje povpraševanja…</translation>
    </message>
    <message>
        <source>This enquiry was deleted.</source>
        <translation>To povpraševanje je bilo izbrisano.</translation>
    </message>
    <message>
        <source>The enquiry could not be read.</source>
        <translation>Povpraševanja ni bilo mogoče prebrati.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>{name} (deleted customer)</source>
        <translation>{name} (izbrisana stranka)</translation>
    </message>
    <message>
        <source>1 enquiry</source>
        <translation>1 povpraševanje</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other purchases</source>
        <translation>
            <numerusform>%Ln drug nakup</numerusform>
            <numerusform>%Ln druga nakupa</numerusform>
            <numerusform>%Ln drugi nakupi</numerusform>
            <numerusform>%Ln drugih nakupov</numerusform>
        </translation>
    </message>
    <message>
        <source>{enquiries} · no other purchases</source>
        <translation>{enquiries} · brez drugih nakupov</translation>
    </message>
    <message>
        <source>1 other purchase</source>
        <translation>1 drug nakup</translation>
    </message>
    <message>
        <source>{enquiries} · {purchases}, {total} in all</source>
        <translation>{enquiries} · {purchases}, skupaj {total}</translation>
    </message>
    <message>
        <source>Purchased {when}</source>
        <translation>Kupljeno {when}</translation>
    </message>
    <message>
        <source>Lost {when}</source>
        <translation>Izgubljeno {when}</translation>
    </message>
    <message>
        <source>Overdue: waiting for an answer for {time}</source>
        <translation>Zamuja: na odgovor čaka že {time}</translation>
    </message>
    <message>
        <source>Awaiting response ({time} so far)</source>
        <translation>Čaka na odgovor (doslej {time})</translation>
    </message>
    <message>
        <source>Open: answered, awaiting their decision</source>
        <translation>Odprto: odgovorjeno, čaka na odločitev stranke</translation>
    </message>
    <message>
        <source>after {time} (within the {minutes} min target)</source>
        <translation>po {time} (v ciljnem času {minutes} min)</translation>
    </message>
    <message>
        <source>after {time} (over the {minutes} min target)</source>
        <translation>po {time} (nad ciljnim časom {minutes} min)</translation>
    </message>
    <message>
        <source>Select an enquiry first.</source>
        <translation>Najprej izberite povpraševanje.</translation>
    </message>
    <message>
        <source>Purchased enquiries cannot be marked lost. Undo the purchase first if it was a mistake.</source>
        <translation>Kupljenih povpraševanj ni mogoče označiti kot izgubljena. Če je bil nakup pomotoma vnesen, ga najprej razveljavite.</translation>
    </message>
    <message>
        <source>Feedback is about a purchase: mark the enquiry purchased first.</source>
        <translation>Povratna informacija se nanaša na nakup: povpraševanje najprej označite kot kupljeno.</translation>
    </message>
    <message>
        <source>Edit purchase…</source>
        <translation>Uredi nakup…</translation>
    </message>
    <message>
        <source>Change the purchase&apos;s value, how they bought, or why (Ctrl+B)</source>
        <translation>Spremenite vrednost nakupa, način nakupa ali razlog zanj (Ctrl+B)</translation>
    </message>
    <message>
        <source>Deleting an enquiry</source>
        <translation>Brisanje povpraševanja</translation>
    </message>
    <message>
        <source>Delete the enquiry from {name}?</source>
        <translation>Želite izbrisati povpraševanje ({name})?</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>ta stranka</translation>
    </message>
    <message>
        <source>It leaves every list and report, with its follow-ups. You can undo this with Undo (Ctrl+Z).</source>
        <translation>Povpraševanje bo skupaj z nadaljnjimi stiki izginilo iz vseh seznamov in poročil. To lahko razveljavite z ukazom Razveljavi (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Delete the enquiry</source>
        <translation>Izbriši povpraševanje</translation>
    </message>
    <message>
        <source>Keep the enquiry</source>
        <translation>Obdrži povpraševanje</translation>
    </message>
    <message>
        <source>The enquiry was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Povpraševanje je izbrisano. Z ukazom Razveljavi (Ctrl+Z) ga vrnete.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>There is no customer number {number}.</source>
        <extracomment>How many of a customer&apos;s enquiries, purchases, feedback and referrals the card lists (its counts cover them all). Their other numbers (E.164) and addresses, in the order they were learned. Other customers with the same phone number (a family phone): never merged silently. When they agreed to be contacted with offers (None: not asked, or declined). When their personal data was erased (`name` is then the forgotten label).</extracomment>
        <translation>Stranke s številko {number} ni.</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Nadaljnji stik opravljen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Opravljeno</translation>
    </message>
    <message>
        <source>&amp;What came of it:</source>
        <translation>&amp;Izid:</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Optional: a few words for the timeline. Enter starts a new line; Ctrl+Enter saves.</source>
        <translation>Neobvezno: nekaj besed za časovnico. Enter začne novo vrstico; Ctrl+Enter shrani.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same phone number</source>
        <extracomment>The most pairs listed at once: merge or dismiss some, and the next ones come. A number that differs from another only in this many last digits may be a typo. Why a pair is listed, strongest first.</extracomment>
        <translation>Enaka telefonska številka</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>Enak e-poštni naslov</translation>
    </message>
    <message>
        <source>Same name, nearly the same number</source>
        <translation>Isto ime, skoraj ista številka</translation>
    </message>
    <message>
        <source>Same name, same e-mail before the @</source>
        <translation>Isto ime, isti e-naslov pred @</translation>
    </message>
    <message>
        <source>Similar name, nearly the same number</source>
        <translation>Podobno ime, skoraj enaka številka</translation>
    </message>
    <message>
        <source>Same uncommon name</source>
        <translation>Isto redko ime</translation>
    </message>
    <message>
        <source>One of the two customers was merged or deleted already.</source>
        <translation>Ena od obeh strank je bila že združena ali izbrisana.</translation>
    </message>
    <message>
        <source>{first} and {second} are two people</source>
        <translation>{first} in {second} sta različni osebi</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Morebitni dvojniki</translation>
    </message>
    <message>
        <source>Customers who may be one person: the same phone number or e-mail address; the same or a similar name with a number that differs only in its last digits; the same name with the same e-mail before the @; or the same name alone, when it is uncommon among your customers. Enter merges the selected pair; {key} says they are two people, and they are not listed again.</source>
        <translation>Stranke, ki so morda ena oseba: ista telefonska številka ali e-naslov; isto ali podobno ime s številko, ki se razlikuje le v zadnjih števkah; isto ime z istim e-naslovom pred @; ali samo isto ime, kadar je med vašimi strankami redko. Enter združi izbrani par; {key} pove, da sta to dve osebi, in ju ne navaja več.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Iskanje morebitnih dvojnikov…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Združi…</translation>
    </message>
    <message>
        <source>Merge the two into one customer (Enter)</source>
        <translation>Združi oba v eno stranko (Enter)</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nista ista oseba</translation>
    </message>
    <message>
        <source>They are two people: do not list them again ({key})</source>
        <translation>To sta dve osebi: ne navajaj ju več ({key})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates</source>
        <translation>
            <numerusform>%Ln morebitni dvojnik</numerusform>
            <numerusform>%Ln morebitna dvojnika</numerusform>
            <numerusform>%Ln morebitni dvojniki</numerusform>
            <numerusform>%Ln morebitnih dvojnikov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln possible duplicates</source>
        <translation>
            <numerusform>Prvi %Ln morebitni dvojnik</numerusform>
            <numerusform>Prva %Ln morebitna dvojnika</numerusform>
            <numerusform>Prvi %Ln morebitni dvojniki</numerusform>
            <numerusform>Prvih %Ln morebitnih dvojnikov</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: every customer is one person.</source>
        <translation>Ni morebitnih dvojnikov: vsaka stranka je vpisana le enkrat.</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Uredi stranko</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>Ime stranke</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>As you would dial it; without +country it is read in the shop&apos;s country</source>
        <translation>Tako, kot bi jo klicali; brez +kode države velja kot številka v državi trgovine</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address</source>
        <translation>E-poštni naslov stranke</translation>
    </message>
    <message>
        <source>O&amp;ther phones:</source>
        <translation>&amp;Drugi telefoni:</translation>
    </message>
    <message>
        <source>Other phone numbers</source>
        <translation>Druge telefonske številke</translation>
    </message>
    <message>
        <source>Their other numbers, separated by commas; all of them find and recognise the customer</source>
        <translation>Druge številke stranke, ločene z vejicami; po vseh je stranko mogoče najti in prepoznati</translation>
    </message>
    <message>
        <source>Other e-&amp;mails:</source>
        <translation>Drugi e-&amp;naslovi:</translation>
    </message>
    <message>
        <source>Other e-mail addresses</source>
        <translation>Drugi e-poštni naslovi</translation>
    </message>
    <message>
        <source>Their other addresses, separated by commas</source>
        <translation>Drugi naslovi stranke, ločeni z vejicami</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Uporabniško ime:</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Their name on social media or a chat app</source>
        <translation>Ime stranke na družbenih omrežjih ali v aplikaciji za klepet</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Opombe:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Anything worth remembering about them. Ctrl+Enter saves.</source>
        <translation>Vse, kar si je o stranki vredno zapomniti. Ctrl+Enter shrani.</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Priporočil(a):</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Priporočil(a)</translation>
    </message>
    <message>
        <source>The customer who recommended us to them; clear it if nobody</source>
        <translation>Stranka, ki nas je priporočila tej stranki; če nihče, polje izpraznite</translation>
    </message>
    <message>
        <source>Agreed to be contacted &amp;with offers</source>
        <translation>&amp;Se strinja s prejemanjem ponudb</translation>
    </message>
    <message>
        <source>Agreed to be contacted with offers</source>
        <translation>Se strinja s prejemanjem ponudb</translation>
    </message>
    <message>
        <source>Tick when they said yes to offers (the date is kept); untick when they no longer want them. Repeat offers may be planned only for them (Settings → Privacy).</source>
        <translation>Označite, ko stranka privoli v prejemanje ponudb (datum se shrani); oznako odstranite, ko ponudb ne želi več. Ponovne ponudbe je mogoče načrtovati le za take stranke (Nastavitve → Zasebnost).</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>Pick the customer from the list, or clear the field.</source>
        <translation>Izberite stranko s seznama ali izpraznite polje.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit enquiry</source>
        <translation>Uredi povpraševanje</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Zanimanje:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>The product or service they asked about</source>
        <translation>Izdelek ali storitev, po kateri so spraševali</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Podrobnosti:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Anything else worth remembering. Ctrl+Enter saves.</source>
        <translation>Vse drugo, kar si je vredno zapomniti. Ctrl+Enter shrani.</translation>
    </message>
    <message>
        <source>&amp;Estimated value ({currency}):</source>
        <translation>&amp;Ocenjena vrednost ({currency}):</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Ocenjena vrednost</translation>
    </message>
    <message>
        <source>What the sale may be worth</source>
        <translation>Koliko bi prodaja lahko bila vredna</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Neznano</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Vir:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>How they heard of the shop</source>
        <translation>Kako so izvedeli za trgovino</translation>
    </message>
</context>
<context>
    <name>Enquiries</name>
    <message>
        <source>Choose the channel the enquiry came through.</source>
        <translation>Izberite kanal, po katerem je prišlo povpraševanje.</translation>
    </message>
    <message>
        <source>A customer cannot have recommended the shop to themselves.</source>
        <translation>Stranka ne more priporočiti trgovine sama sebi.</translation>
    </message>
    <message>
        <source>The recommending customer does not exist.</source>
        <translation>Stranka, ki je priporočila, ne obstaja.</translation>
    </message>
    <message>
        <source>Enquiry {number} logged ({customer})</source>
        <translation>Povpraševanje {number} zabeleženo ({customer})</translation>
    </message>
    <message>
        <source>Unknown kind of contact {kind}.</source>
        <translation>Neznana vrsta stika {kind}.</translation>
    </message>
    <message>
        <source>Unknown direction {direction}.</source>
        <translation>Neznana smer {direction}.</translation>
    </message>
    <message>
        <source>Contact ({kind}) recorded on enquiry {number}</source>
        <translation>Stik ({kind}) zabeležen pri povpraševanju {number}</translation>
    </message>
    <message>
        <source>First response set on enquiry {number}</source>
        <translation>Prvi odziv nastavljen pri povpraševanju {number}</translation>
    </message>
    <message>
        <source>Unknown purchase channel {channel}; use one of: in_store, online, delivery.</source>
        <translation>Neznan kanal nakupa {channel}; uporabite enega od: in_store, online, delivery.</translation>
    </message>
    <message>
        <source>Enquiry {number} marked purchased</source>
        <translation>Povpraševanje {number} označeno kot kupljeno</translation>
    </message>
    <message>
        <source>Choose why the sale was lost.</source>
        <translation>Izberite, zakaj je bila prodaja izgubljena.</translation>
    </message>
    <message>
        <source>Enquiry {number} marked lost</source>
        <translation>Povpraševanje {number} označeno kot izgubljeno</translation>
    </message>
    <message>
        <source>The enquiry cannot be received after its first response.</source>
        <translation>Povpraševanje ne more biti prejeto pozneje kot prvi odziv nanj.</translation>
    </message>
    <message>
        <source>The enquiry cannot be received after its outcome.</source>
        <translation>Povpraševanje ne more biti prejeto pozneje, kot je bil zabeležen njegov izid.</translation>
    </message>
    <message>
        <source>Enquiry {number} edited</source>
        <translation>Povpraševanje {number} spremenjeno</translation>
    </message>
    <message>
        <source>Enquiry {number} deleted</source>
        <translation>Povpraševanje {number} izbrisano</translation>
    </message>
</context>
<context>
    <name>EnquiriesView</name>
    <message>
        <source>Search name, phone, e-mail, interest…</source>
        <extracomment>Shares of the width left after the columns sized to their content, until the user sets widths of their own (remembered).</extracomment>
        <translation>Iskanje po imenu, telefonu, e-pošti, zanimanju…</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>Iskanje povpraševanj</translation>
    </message>
    <message>
        <source>Type the start of a name, three or more digits of a phone number, an e-mail address, or a word from the interest or notes (Ctrl+F)</source>
        <translation>Vnesite začetek imena, vsaj tri števke telefonske številke, e-poštni naslov ali besedo iz zanimanja ali opomb (Ctrl+F)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Shranjeni</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Shranjeni filtri</translation>
    </message>
    <message>
        <source>Keep this search and these filters, or use a kept one</source>
        <translation>Shranite to iskanje in te filtre ali uporabite že shranjene</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln povpraševanje</numerusform>
            <numerusform>%Ln povpraševanji</numerusform>
            <numerusform>%Ln povpraševanja</numerusform>
            <numerusform>%Ln povpraševanj</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filter kanala</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Vsi kanali</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter stanja</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Vsa stanja</translation>
    </message>
    <message>
        <source>Awaiting response</source>
        <translation>Čaka na odgovor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zamuja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odprto</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Izgubljeno</translation>
    </message>
    <message>
        <source>Staff filter</source>
        <translation>Filter zaposlenih</translation>
    </message>
    <message>
        <source>Only the enquiries this person took</source>
        <translation>Samo povpraševanja, ki jih je sprejela ta oseba</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vsi</translation>
    </message>
    <message>
        <source>Received in</source>
        <translation>Obdobje prejema</translation>
    </message>
    <message>
        <source>Only the enquiries received in this period</source>
        <translation>Samo povpraševanja, prejeta v tem obdobju</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kadar koli</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Zadnjih 7 dni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ta mesec</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Prejšnji mesec</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Obdobje…</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Prejeto od</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Prejeto do</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Povpraševanja</translation>
    </message>
    <message>
        <source>Select an enquiry to see its customer, timeline and actions</source>
        <translation>Izberite povpraševanje, da vidite stranko, časovnico in dejanja</translation>
    </message>
    <message>
        <source>No enquiries yet. Press Ctrl+N to log the first one.</source>
        <translation>Povpraševanj še ni. Pritisnite Ctrl+N, da zabeležite prvo.</translation>
    </message>
    <message>
        <source>No enquiry matches. Clear the search or choose other filters.</source>
        <translation>Nobeno povpraševanje ne ustreza. Počistite iskanje ali izberite druge filtre.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Štetje…</translation>
    </message>
    <message>
        <source>The search and filters were cleared to show the enquiry from {name}.</source>
        <translation>Iskanje in filtri so bili počiščeni, da je prikazano povpraševanje stranke {name}.</translation>
    </message>
    <message>
        <source>The search was cleared to show the enquiry from {name}.</source>
        <translation>Iskanje je bilo počiščeno, da je prikazano povpraševanje stranke {name}.</translation>
    </message>
    <message>
        <source>The filters were cleared to show the enquiry from {name}.</source>
        <translation>Filtri so bili počiščeni, da je prikazano povpraševanje stranke {name}.</translation>
    </message>
    <message>
        <source>Keep this filter…</source>
        <translation>Shrani ta filter…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <source>Keep this filter</source>
        <translation>Shrani ta filter</translation>
    </message>
    <message>
        <source>Name for this search and filters:</source>
        <translation>Ime za to iskanje in filtre:</translation>
    </message>
</context>
<context>
    <name>EnquiryModel</name>
    <message>
        <source>Received</source>
        <extracomment>The columns: key, and the title (translated where shown, in context &quot;EnquiryModel&quot;).</extracomment>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Sprejel(a)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Odziv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Naslednji stik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odprto</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Izgubljeno</translation>
    </message>
    <message>
        <source>Business time to the first response; for an unanswered enquiry, how long it has waited. Red: past the response target.</source>
        <translation>Čas v delovnem času do prvega odziva; pri neodgovorjenem povpraševanju, koliko časa že čaka. Rdeče: ciljni odzivni čas je presežen.</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Čaka na odgovor</translation>
    </message>
    <message>
        <source>waiting {time}</source>
        <translation>čaka {time}</translation>
    </message>
    <message>
        <source>Awaiting response</source>
        <translation>Čaka na odgovor</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{format} is not an export format; use one of: {formats}.</source>
        <translation>{format} ni oblika za izvoz; uporabite eno od: {formats}.</translation>
    </message>
    <message>
        <source>A PDF cannot be drawn without Qt&apos;s graphics (QGuiApplication).</source>
        <extracomment>Families that carry Indonesian and Slovenian letters (č, š, ž) everywhere we run; the first one installed is used, else Qt&apos;s default.</extracomment>
        <translation>PDF-ja ni mogoče izrisati brez grafike Qt (QGuiApplication).</translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation>Nove strani ni bilo mogoče začeti na tiskalniku ali v datoteki PDF.</translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation>Izvoz v PDF je bil preklican; datoteka ni bila zapisana.</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation>Poročila ni mogoče izrisati na tem tiskalniku ali v tej datoteki.</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Excel&apos;s built-in &quot;date and time&quot; format (number 22): each user sees their own regional date order. What Excel allows in a sheet&apos;s name: 31 characters, none of these, no apostrophe at either end, not &quot;History&quot; (Excel&apos;s own). Each format&apos;s quote-prefixed twin.</extracomment>
        <translation>Povzetek</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Povpraševanja</translation>
    </message>
</context>
<context>
    <name>ExportAll</name>
    <message>
        <source>&amp;Export all data…</source>
        <extracomment>The formats offered: the key `all_data.export_all` takes → the file&apos;s extension.</extracomment>
        <translation>I&amp;zvozi vse podatke…</translation>
    </message>
    <message>
        <source>Every record in one Excel workbook or a ZIP of CSV files: to move to another PC, keep a copy or use another program (PINs are not exported)</source>
        <translation>Vsi zapisi v enem delovnem zvezku Excel ali v datoteki ZIP z datotekami CSV: za selitev na drug računalnik, shranjevanje kopije ali uporabo v drugem programu (kode PIN se ne izvozijo)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Delovni zvezek Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP of CSV files (*.zip)</source>
        <translation>ZIP z datotekami CSV (*.zip)</translation>
    </message>
    <message>
        <source>EnquiryDesk all data {date}</source>
        <translation>EnquiryDesk vsi podatki {date}</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Izvoz vseh podatkov</translation>
    </message>
    <message>
        <source>Exporting all data</source>
        <translation>Izvažanje vseh podatkov</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Zapisovanje datoteke {name}…</translation>
    </message>
    <message>
        <source>Saved all data to {path}</source>
        <translation>Vsi podatki so shranjeni v {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Izvoz je preklican; nobena datoteka ni bila zapisana.</translation>
    </message>
</context>
<context>
    <name>ExportRows</name>
    <message>
        <source>Enquiry</source>
        <extracomment>First characters that make a spreadsheet treat a cell as a formula.</extracomment>
        <translation>Povpraševanje</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Priporočil(a)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Sprejel(a)</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prvi odgovor</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Odgovoril(a)</translation>
    </message>
    <message>
        <source>Answered how</source>
        <translation>Način odgovora</translation>
    </message>
    <message>
        <source>Response (clock min)</source>
        <translation>Odziv (dejanske min)</translation>
    </message>
    <message>
        <source>Response (business min)</source>
        <translation>Odziv (min delovnega časa)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Outcome at</source>
        <translation>Čas izida</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Ocenjena vrednost</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Vrednost nakupa</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>Kanal nakupa</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Razlog za izgubo</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Zakaj so izbrali nas</translation>
    </message>
    <message>
        <source>Feedback at</source>
        <translation>Čas povratne informacije</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Ocena (1-5)</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Pričakovanje</translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation>Bi priporočil(a) (0-10)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacija</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Reklamacija rešena</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Komentar povratne informacije</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>The header row in the user&apos;s language when read (see `_Headings`). Outcome keys → the words a row shows (in English; translated per export).</extracomment>
        <translation>Odprto</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Izgubljeno</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The complaint cell: whether the feedback was one.</extracomment>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <extracomment>A forgotten customer&apos;s name cell (as `shown_name` gives it). The factor lists and amounts seen so far, each made once. The feedback cells of an enquiry without feedback.</extracomment>
        <translation>Izvoz je preklican; nobena datoteka ni bila zapisana.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}).</source>
        <translation>Datoteke {path} ni mogoče zapisati ({error}).</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another name for the export.</source>
        <translation>{path} je sama zbirka podatkov; za izvoz izberite drugo ime.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} je mapa; navedite ime datoteke, ki naj se zapiše.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file; give the name of a file to write.</source>
        <translation>{path} ni navadna datoteka; navedite ime datoteke, ki naj se zapiše.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to write {file} into.</source>
        <translation>Mapa {folder}, v katero naj se zapiše {file}, ne obstaja.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>The rating must be from 1 to 5.</source>
        <translation>Ocena mora biti od 1 do 5.</translation>
    </message>
    <message>
        <source>Expectation must be worse, as_expected or better.</source>
        <translation>Pričakovanje mora biti worse, as_expected ali better.</translation>
    </message>
    <message>
        <source>Would-recommend must be from 0 to 10.</source>
        <translation>Ocena priporočila mora biti od 0 do 10.</translation>
    </message>
    <message>
        <source>Feedback recorded on enquiry {number} (complaint)</source>
        <translation>Povratna informacija zabeležena pri povpraševanju {number} (reklamacija)</translation>
    </message>
    <message>
        <source>Feedback recorded on enquiry {number}</source>
        <translation>Povratna informacija zabeležena pri povpraševanju {number}</translation>
    </message>
    <message>
        <source>There is no feedback number {number}.</source>
        <translation>Povratne informacije s številko {number} ni.</translation>
    </message>
    <message>
        <source>This feedback is not a complaint.</source>
        <translation>Ta povratna informacija ni reklamacija.</translation>
    </message>
    <message>
        <source>This complaint is resolved already.</source>
        <translation>Ta reklamacija je že rešena.</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>Navedite, kako je bila reklamacija rešena.</translation>
    </message>
    <message>
        <source>Complaint {number} resolved</source>
        <translation>Reklamacija {number} rešena</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>Zabeleži mnenje</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ni vprašano</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Ocena:</translation>
    </message>
    <message>
        <source>Rating from 1 to 5</source>
        <translation>Ocena od 1 do 5</translation>
    </message>
    <message>
        <source>How happy they are, from 1 (not at all) to 5 (very)</source>
        <translation>Kako zadovoljni so, od 1 (sploh ne) do 5 (zelo)</translation>
    </message>
    <message>
        <source>&amp;Expectation:</source>
        <translation>&amp;Pričakovanje:</translation>
    </message>
    <message>
        <source>Compared with what they expected</source>
        <translation>V primerjavi s pričakovanji</translation>
    </message>
    <message>
        <source>Compared with what they expected: worse, as expected, or better</source>
        <translation>V primerjavi s pričakovanji: slabše, kot pričakovano, ali bolje</translation>
    </message>
    <message>
        <source>&amp;Would recommend (0–10):</source>
        <translation>&amp;Verjetnost priporočila (0–10):</translation>
    </message>
    <message>
        <source>Would recommend us, from 0 to 10</source>
        <translation>Verjetnost priporočila, od 0 do 10</translation>
    </message>
    <message>
        <source>How likely they are to recommend the shop, from 0 to 10</source>
        <translation>Kako verjetno je, da bi trgovino priporočili drugim, od 0 do 10</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Komentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>What they said, in their words. Ctrl+Enter saves.</source>
        <translation>Kaj so povedali, z njihovimi besedami. Ctrl+Enter shrani.</translation>
    </message>
    <message>
        <source>This is a com&amp;plaint</source>
        <translation>To je &amp;reklamacija</translation>
    </message>
    <message>
        <source>This is a complaint</source>
        <translation>To je reklamacija</translation>
    </message>
    <message>
        <source>Opens a complaint follow-up for the next business day. A rating of 1–2 or “worse than expected” does so too.</source>
        <translation>Odpre nadaljnji stik za reklamacijo na naslednji delovni dan. Enako se zgodi pri oceni 1–2 ali „slabše od pričakovanega“.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The file</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Check that the first rows read as they were written: the names with their letters, each value in its own column.</source>
        <translation>Preverite, ali se prve vrstice berejo tako, kot so bile zapisane: imena s pravilnimi črkami, vsaka vrednost v svojem stolpcu.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>Odpri &amp;drugo datoteko…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>Odpri drugo datoteko</translation>
    </message>
    <message>
        <source>Choose another file to import</source>
        <translation>Izberite drugo datoteko za uvoz</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows Central European (1250)</source>
        <translation>Windows, srednjeevropsko (1250)</translation>
    </message>
    <message>
        <source>Windows Western (1252)</source>
        <translation>Windows, zahodnoevropsko (1252)</translation>
    </message>
    <message>
        <source>How the letters are stored in the file. If names show odd signs (Kovač as KovaÄŤ), try another.</source>
        <translation>Kako so črke shranjene v datoteki. Če so v imenih čudni znaki (Kovač kot KovaÄŤ), poskusite drugo kodiranje.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vejica ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Podpičje ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Navpičnica ( | )</translation>
    </message>
    <message>
        <source>What separates the values of a row. If each row reads as one long value, try another.</source>
        <translation>Kaj ločuje vrednosti v vrstici. Če se vsaka vrstica bere kot ena dolga vrednost, poskusite drugo ločilo.</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the history</source>
        <translation>List delovnega zvezka, ki vsebuje zgodovino</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodiranje:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Ločilo:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>L&amp;ist:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodiranje</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Ločilo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>List</translation>
    </message>
    <message>
        <source>First &amp;rows as read:</source>
        <translation>Prebrane prve &amp;vrstice:</translation>
    </message>
    <message>
        <source>The first rows of the file, as read</source>
        <translation>Prve vrstice datoteke, kot so prebrane</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Branje datoteke {file}…</translation>
    </message>
    <message>
        <source>A whole shop exported by EnquiryDesk: Next says what importing it does.</source>
        <translation>Celotna trgovina, ki jo je izvozil EnquiryDesk: na naslednji strani (Naprej) je opisano, kaj naredi uvoz.</translation>
    </message>
    <message numerus="yes">
        <source>A workbook: %Ln columns, {lines} rows in this sheet.</source>
        <translation>
            <numerusform>Delovni zvezek: %Ln stolpec, vrstic na tem listu: {lines}.</numerusform>
            <numerusform>Delovni zvezek: %Ln stolpca, vrstic na tem listu: {lines}.</numerusform>
            <numerusform>Delovni zvezek: %Ln stolpci, vrstic na tem listu: {lines}.</numerusform>
            <numerusform>Delovni zvezek: %Ln stolpcev, vrstic na tem listu: {lines}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A CSV file: %Ln columns, {lines} lines.</source>
        <translation>
            <numerusform>Datoteka CSV: %Ln stolpec, vrstic: {lines}.</numerusform>
            <numerusform>Datoteka CSV: %Ln stolpca, vrstic: {lines}.</numerusform>
            <numerusform>Datoteka CSV: %Ln stolpci, vrstic: {lines}.</numerusform>
            <numerusform>Datoteka CSV: %Ln stolpcev, vrstic: {lines}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>EnquiryDesk files (*.sqlite *.db);;All files (*)</source>
        <translation>Datoteke EnquiryDesk (*.sqlite *.db);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Restoring a backup needs the owner&apos;s PIN.</source>
        <translation>Za obnovitev varnostne kopije je potreben lastnikov PIN.</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN was not given.</source>
        <translation>Lastnikov PIN ni bil vnesen.</translation>
    </message>
    <message>
        <source>Restoring “{backup}” in place of “{name}”. A large file can take a minute.</source>
        <translation>Obnavljanje „{backup}“ namesto „{name}“. Pri veliki datoteki lahko traja minuto.</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>The disk holding this file is almost full ({free} free). EnquiryDesk saves nothing until at least {needed} are free, so that no change is ever half-saved: free some space, then carry on.</source>
        <extracomment>How often the free space of the database&apos;s disk is looked at.</extracomment>
        <translation>Disk s to datoteko je skoraj poln (prostega je še {free}). EnquiryDesk ne bo shranil ničesar, dokler ne bo prostih vsaj {needed}, da nobena sprememba ne bo nikoli shranjena le napol: sprostite nekaj prostora in nato nadaljujte.</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>Preveri &amp;znova</translation>
    </message>
    <message>
        <source>Look at the free space again</source>
        <translation>Znova preveri prosti prostor</translation>
    </message>
    <message>
        <source>This file is in a {name} folder. Sync programs copy a database and its journal at moments of their own and can damage it. Keep the file in a folder of this PC outside {name}, and let EnquiryDesk&apos;s backups keep the copies.</source>
        <translation>Ta datoteka je v mapi {name}. Programi za sinhronizacijo kopirajo zbirko podatkov in njen dnevnik ob poljubnih trenutkih in jo lahko poškodujejo. Datoteko hranite v mapi tega računalnika zunaj mape {name}, za kopije pa naj poskrbijo varnostne kopije EnquiryDesk.</translation>
    </message>
    <message>
        <source>This file is on {name}. SQLite&apos;s locking cannot be trusted over a network, and the file can be damaged. Keep the file on this PC; for several PCs, use a database server.</source>
        <translation>Ta datoteka je na omrežnem mestu {name}. Zaklepanju SQLite prek omrežja ni mogoče zaupati in datoteka se lahko poškoduje. Datoteko hranite na tem računalniku; za več računalnikov uporabite strežnik zbirke podatkov.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Opusti</translation>
    </message>
    <message>
        <source>Dismiss this warning</source>
        <translation>Opusti to opozorilo</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to EnquiryDesk</source>
        <translation>Dobrodošli v EnquiryDesk</translation>
    </message>
    <message>
        <source>A few facts about the shop, and you can start. Everything can be changed later in Settings.</source>
        <translation>Nekaj podatkov o trgovini in lahko začnete. Vse lahko pozneje spremenite v Nastavitvah.</translation>
    </message>
    <message>
        <source>Your name (the owner)</source>
        <translation>Vaše ime (lastnik)</translation>
    </message>
    <message>
        <source>Changes and enquiries you make carry your name</source>
        <translation>Spremembe in povpraševanja, ki jih vnesete, nosijo vaše ime</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Vaše i&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Začni</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začni</translation>
    </message>
    <message>
        <source>Demo data fills this file with 18 months of example enquiries, customers and follow-ups, to look around first. Start empty to log your own from the start.</source>
        <translation>Vzorčni podatki napolnijo to datoteko z 18 meseci primerov povpraševanj, strank in nadaljnjih stikov, da se lahko najprej razgledate. Začnite s prazno datoteko, če želite že od začetka vnašati svoja povpraševanja.</translation>
    </message>
    <message>
        <source>Start with &amp;demo data</source>
        <translation>&amp;Začni z vzorčnimi podatki</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Začni z vzorčnimi podatki</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Začni &amp;prazno</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Začni prazno</translation>
    </message>
    <message>
        <source>Does the shop keep its enquiries on a server that other PCs use?</source>
        <translation>Ali trgovina hrani povpraševanja na strežniku, ki ga uporabljajo tudi drugi računalniki?</translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s &amp;server…</source>
        <translation>Poveži se s &amp;strežnikom trgovine…</translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s server</source>
        <translation>Poveži se s strežnikom trgovine</translation>
    </message>
    <message>
        <source>Work on the shop&apos;s database on its server instead of a new file on this PC</source>
        <translation>Delajte z zbirko podatkov trgovine na njenem strežniku namesto z novo datoteko na tem računalniku</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Schedule follow-up</source>
        <translation>Načrtuj nadaljnji stik</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Načrtuj</translation>
    </message>
    <message>
        <source>e.g. call back about the quote</source>
        <translation>npr. pokliči glede ponudbe</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Kaj narediti:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Kaj narediti</translation>
    </message>
    <message>
        <source>What the follow-up is about, shown in the Today list</source>
        <translation>O čem je nadaljnji stik; prikazano na seznamu Danes</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>When to do it; the next opening of the shop is filled in</source>
        <translation>Kdaj to narediti; vpisan je naslednji čas, ko je trgovina odprta</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Jaz</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kdorkoli</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Dodeljeno:</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Dodeljeno</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Kdo to opravi</translation>
    </message>
    <message>
        <source>Choose a time still to come.</source>
        <translation>Izberite čas, ki je še pred nami.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>There is no follow-up number {number}.</source>
        <translation>Nadaljnjega stika s številko {number} ni.</translation>
    </message>
    <message>
        <source>There is no staff member number {number}.</source>
        <translation>Zaposlenega s številko {number} ni.</translation>
    </message>
    <message>
        <source>This follow-up is done already.</source>
        <translation>Ta nadaljnji stik je že opravljen.</translation>
    </message>
    <message>
        <source>Follow-up {number} done</source>
        <translation>Nadaljnji stik {number} opravljen</translation>
    </message>
    <message>
        <source>Snooze until a time that is still to come.</source>
        <translation>Preložite na čas, ki je še v prihodnosti.</translation>
    </message>
    <message>
        <source>Follow-up {number} snoozed</source>
        <translation>Nadaljnji stik {number} preložen</translation>
    </message>
    <message>
        <source>Follow-up {number} reassigned</source>
        <translation>Nadaljnji stik {number} znova dodeljen</translation>
    </message>
    <message>
        <source>There is no enquiry number {number}.</source>
        <translation>Povpraševanja s številko {number} ni.</translation>
    </message>
    <message>
        <source>Follow-up scheduled for enquiry {number}</source>
        <translation>Nadaljnji stik načrtovan za povpraševanje {number}</translation>
    </message>
    <message>
        <source>{choice} is not one of: today, overdue.</source>
        <translation>{choice} ni ena od možnosti: today, overdue.</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget this customer</source>
        <translation>Pozabi to stranko</translation>
    </message>
    <message>
        <source>Forget {name}?</source>
        <translation>Želite pozabiti stranko {name}?</translation>
    </message>
    <message>
        <source>Their name, phone numbers, e-mail addresses, handle and notes are erased, and what was written on their enquiries, contacts, feedback and follow-ups: from the list, the search and the change log&apos;s history.</source>
        <translation>Izbrisani bodo ime, telefonske številke, e-poštni naslovi, uporabniško ime in opombe stranke ter vse, kar je bilo zapisano pri njenih povpraševanjih, stikih, povratnih informacijah in nadaljnjih stikih: s seznama, iz iskanja in iz zgodovine dnevnika sprememb.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln enquiries stay as anonymous records (“{label}”) with channel, times, outcome, values and ratings, so every report stays the same.</source>
        <translation>
            <numerusform>Njeno %Ln povpraševanje ostane kot anonimen zapis („{label}“) s kanalom, časi, izidom, vrednostmi in ocenami, zato vsa poročila ostanejo enaka.</numerusform>
            <numerusform>Njeni %Ln povpraševanji ostaneta kot anonimna zapisa („{label}“) s kanalom, časi, izidom, vrednostmi in ocenami, zato vsa poročila ostanejo enaka.</numerusform>
            <numerusform>Njena %Ln povpraševanja ostanejo kot anonimni zapisi („{label}“) s kanalom, časi, izidom, vrednostmi in ocenami, zato vsa poročila ostanejo enaka.</numerusform>
            <numerusform>Njenih %Ln povpraševanj ostane kot anonimni zapisi („{label}“) s kanalom, časi, izidom, vrednostmi in ocenami, zato vsa poročila ostanejo enaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone, and changes made before cannot be undone after it.</source>
        <translation>Tega ni mogoče razveljaviti, prav tako po tem ni več mogoče razveljaviti prejšnjih sprememb.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm:</source>
        <translation>Za potrditev vnesite ime stranke:</translation>
    </message>
    <message>
        <source>Type {text} to confirm:</source>
        <translation>Za potrditev vnesite {text}:</translation>
    </message>
    <message>
        <source>The customer&apos;s name, to confirm</source>
        <translation>Ime stranke za potrditev</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Pozabi</translation>
    </message>
    <message>
        <source>Erase their personal data for good</source>
        <translation>Dokončno izbriši osebne podatke stranke</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Lines a multi-line text box shows before it scrolls.</extracomment>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zapri brez shranjevanja (Esc)</translation>
    </message>
    <message>
        <source>{action} (Enter, or Ctrl+Enter from a text box)</source>
        <translation>{action} (Enter ali Ctrl+Enter iz besedilnega polja)</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
</context>
<context>
    <name>GuiWatch</name>
    <message>
        <source>{name}={value} is not a number of milliseconds; not watching.</source>
        <extracomment>Stacks kept per block (the first ones differ most from the event loop&apos;s). The watch `from_environment` started (it lives as long as the program).</extracomment>
        <translation>{name}={value} ni število milisekund; spremljanje je izklopljeno.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <extracomment>Said when the disk is full (`disk_full()` gives it in the user&apos;s language).</extracomment>
        <translation>Disk je poln; nič ni bilo shranjeno. Sprostite nekaj prostora in poskusite znova.</translation>
    </message>
    <message>
        <source>{file} was found damaged on {when} ({reason}); nothing is written to it until a backup is restored over it.</source>
        <extracomment>{reason} is what the check found, often SQLite&apos;s own words in English.</extracomment>
        <translation>Datoteka {file} je poškodovana (ugotovljeno {when}; {reason}); vanjo se nič ne zapisuje, dokler čeznjo ne obnovite varnostne kopije.</translation>
    </message>
    <message>
        <source>{file} was found damaged on {when}; nothing is written to it until a backup is restored over it.</source>
        <translation>Datoteka {file} je poškodovana (ugotovljeno {when}); vanjo se nič ne zapisuje, dokler čeznjo ne obnovite varnostne kopije.</translation>
    </message>
    <message>
        <source>{file} was found damaged ({reason}); nothing is written to it until a backup is restored over it.</source>
        <extracomment>{reason} is what the check found, often SQLite&apos;s own words in English.</extracomment>
        <translation>Datoteka {file} je poškodovana ({reason}); vanjo se nič ne zapisuje, dokler čeznjo ne obnovite varnostne kopije.</translation>
    </message>
    <message>
        <source>{file} was found damaged; nothing is written to it until a backup is restored over it.</source>
        <translation>Datoteka {file} je poškodovana; vanjo se nič ne zapisuje, dokler čeznjo ne obnovite varnostne kopije.</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>Monday</source>
        <translation>Ponedeljek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Torek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Sreda</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Četrtek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Petek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Nedelja</translation>
    </message>
    <message>
        <source>Opening hours on {day} must start before they end.</source>
        <extracomment>{day} is the name of a weekday: Monday, Tuesday…</extracomment>
        <translation>{day}: delovni čas se mora začeti, preden se konča.</translation>
    </message>
    <message>
        <source>Opening hours on {day} overlap or are out of order.</source>
        <extracomment>{day} is the name of a weekday: Monday, Tuesday…</extracomment>
        <translation>{day}: obdobja delovnega časa se prekrivajo ali niso po vrsti.</translation>
    </message>
    <message>
        <source>Opening hours need all seven weekdays.</source>
        <translation>Delovni čas mora zajemati vseh sedem dni v tednu.</translation>
    </message>
    <message>
        <source>The shop must be open at some time during the week.</source>
        <translation>Trgovina mora biti med tednom vsaj nekaj časa odprta.</translation>
    </message>
    <message>
        <source>Opening hours must list the intervals of each weekday.</source>
        <translation>Delovni čas mora navesti obdobja za vsak dan v tednu.</translation>
    </message>
    <message>
        <source>Opening hours have unknown entries: {entries}.</source>
        <translation>Delovni čas vsebuje neznane vnose: {entries}.</translation>
    </message>
    <message>
        <source>{text} is not a time like 09:00.</source>
        <translation>{text} ni čas v obliki 09:00.</translation>
    </message>
    <message>
        <source>Opening hours on {day} must be pairs of times like 09:00 and 18:00.</source>
        <extracomment>{day} is the name of a weekday: Monday, Tuesday…</extracomment>
        <translation>{day}: delovni čas mora biti podan v parih časov, npr. 09:00 in 18:00.</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-12-25.</source>
        <translation>{text} ni datum v obliki 2026-12-25.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Open on {day}</source>
        <translation>{day}: odprto</translation>
    </message>
    <message>
        <source>Opens on {day}</source>
        <translation>{day}: odpre</translation>
    </message>
    <message>
        <source>Closes on {day}</source>
        <translation>{day}: zapre</translation>
    </message>
    <message>
        <source>Opens after the break on {day}</source>
        <translation>{day}: odpre po odmoru</translation>
    </message>
    <message>
        <source>Closes after the break on {day}</source>
        <translation>{day}: zapre po odmoru</translation>
    </message>
    <message>
        <source>break, then</source>
        <translation>odmor, nato</translation>
    </message>
    <message>
        <source>A break on {day}</source>
        <translation>{day}: odmor</translation>
    </message>
    <message>
        <source>Open twice that day, with a lunch break between</source>
        <translation>Ta dan dvakrat odprto, vmes odmor za kosilo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Delovni čas</translation>
    </message>
    <message>
        <source>Response times count only opening hours: an enquiry that comes in while the shop is closed starts waiting when it opens. The waiting clocks, the follow-ups due “next business day” and the report follow these hours; saving new ones recomputes every stored response time (undo puts them back).</source>
        <translation>Odzivni časi upoštevajo samo delovni čas: povpraševanje, ki prispe, ko je trgovina zaprta, začne čakati ob odprtju. Števci čakanja, nadaljnji stiki z rokom „naslednji delovni dan“ in poročilo upoštevajo ta čas; ob shranjevanju novega se znova izračunajo vsi shranjeni odzivni časi (razveljavitev jih povrne).</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Zaprto ob praznikih</translation>
    </message>
    <message>
        <source>The shop&apos;s own &amp;closed days:</source>
        <translation>Lastni &amp;zaprti dnevi trgovine:</translation>
    </message>
    <message>
        <source>The shop&apos;s own closed days</source>
        <translation>Lastni zaprti dnevi trgovine</translation>
    </message>
    <message>
        <source>A closed day to add</source>
        <translation>Zaprti dan za dodajanje</translation>
    </message>
    <message>
        <source>&amp;Add closed day</source>
        <translation>&amp;Dodaj zaprti dan</translation>
    </message>
    <message>
        <source>Add the closed day</source>
        <translation>Dodaj zaprti dan</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Odstrani</translation>
    </message>
    <message>
        <source>Remove the chosen closed day</source>
        <translation>Odstrani izbrani zaprti dan</translation>
    </message>
    <message>
        <source>Closed on public holidays (choose the country first)</source>
        <translation>Zaprto ob praznikih (najprej izberite državo)</translation>
    </message>
    <message>
        <source>Closed on the public holidays of {country}</source>
        <translation>Zaprto ob praznikih države {country}</translation>
    </message>
    <message>
        <source>{date} {holiday}</source>
        <translation>{date} {holiday}</translation>
    </message>
    <message>
        <source>Next: {holidays}</source>
        <translation>Naslednji: {holidays}</translation>
    </message>
    <message>
        <source>The shop must be open on some day.</source>
        <translation>Trgovina mora biti odprta vsaj en dan.</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Received</source>
        <extracomment>The fields as the wizard&apos;s column chooser names them (English; see `label`).</extracomment>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Ime stranke</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Sprejel(a)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prvi odgovor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Outcome at</source>
        <translation>Čas izida</translation>
    </message>
    <message>
        <source>Value (estimated or paid)</source>
        <translation>Vrednost (ocenjena ali plačana)</translation>
    </message>
    <message>
        <source>Purchase channel</source>
        <translation>Kanal nakupa</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Razlog za izgubo</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Zakaj so izbrali nas</translation>
    </message>
    <message>
        <source>Feedback at</source>
        <translation>Čas povratne informacije</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Ocena (1–5)</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Pričakovanje</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Bi priporočil(a) (0–10)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacija</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Vrednost nakupa</translation>
    </message>
    <message>
        <source>Choose the column with the date each enquiry came in, and one with the customer&apos;s name, phone or e-mail.</source>
        <extracomment>A file must have a column of each of these… …and at least one of these.</extracomment>
        <translation>Izberite stolpec z datumom prejema vsakega povpraševanja in stolpec z imenom, telefonom ali e-naslovom stranke.</translation>
    </message>
    <message>
        <source>Choose the column with the date each enquiry came in.</source>
        <translation>Izberite stolpec z datumom prejema vsakega povpraševanja.</translation>
    </message>
    <message>
        <source>Choose a column with the customer&apos;s name, phone or e-mail.</source>
        <translation>Izberite stolpec z imenom, telefonom ali e-naslovom stranke.</translation>
    </message>
    <message>
        <source>{field} is chosen for more than one column.</source>
        <extracomment>{field} is the name of a field as the column chooser shows it, such as Phone.</extracomment>
        <translation>Polje „{field}“ je izbrano za več kot en stolpec.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>An import stopped half way (Cancel, a power cut) keeps nothing of the file.</source>
        <translation>Uvoz, ki se ustavi na pol poti (Prekliči, izpad elektrike), ne ohrani ničesar iz datoteke.</translation>
    </message>
    <message>
        <source>Save the re&amp;jected rows…</source>
        <translation>Shrani zavrn&amp;jene vrstice…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Shrani zavrnjene vrstice</translation>
    </message>
    <message>
        <source>The rows not imported in a file of their own, each with why: corrected, it imports like the original</source>
        <translation>Neuvožene vrstice v ločeni datoteki, vsaka z razlogom: ko jo popravite, se uvozi kot izvirnik</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Uvažanje datoteke {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries imported from {file}.</source>
        <translation>
            <numerusform>Iz {file} je bilo uvoženo %Ln povpraševanje.</numerusform>
            <numerusform>Iz {file} sta bili uvoženi %Ln povpraševanji.</numerusform>
            <numerusform>Iz {file} so bila uvožena %Ln povpraševanja.</numerusform>
            <numerusform>Iz {file} je bilo uvoženih %Ln povpraševanj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customers; {known} rows for customers already known.</source>
        <translation>
            <numerusform>%Ln nova stranka; vrstice za že znane stranke: {known}.</numerusform>
            <numerusform>%Ln novi stranki; vrstice za že znane stranke: {known}.</numerusform>
            <numerusform>%Ln nove stranke; vrstice za že znane stranke: {known}.</numerusform>
            <numerusform>%Ln novih strank; vrstice za že znane stranke: {known}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with a problem skipped.</source>
        <translation>
            <numerusform>Izpuščena %Ln vrstica s težavo.</numerusform>
            <numerusform>Izpuščeni %Ln vrstici s težavo.</numerusform>
            <numerusform>Izpuščene %Ln vrstice s težavo.</numerusform>
            <numerusform>Izpuščenih %Ln vrstic s težavo.</numerusform>
        </translation>
    </message>
    <message>
        <source>New staff: {names}.</source>
        <translation>Novi zaposleni: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln rows have a problem now (the database changed since the check). Save the rejected rows to see why.</source>
        <translation>
            <numerusform>Nič ni bilo uvoženo: %Ln vrstica ima zdaj težavo (zbirka podatkov se je od preverjanja spremenila). Shranite zavrnjene vrstice, da vidite razlog.</numerusform>
            <numerusform>Nič ni bilo uvoženo: %Ln vrstici imata zdaj težavo (zbirka podatkov se je od preverjanja spremenila). Shranite zavrnjene vrstice, da vidite razlog.</numerusform>
            <numerusform>Nič ni bilo uvoženo: %Ln vrstice imajo zdaj težavo (zbirka podatkov se je od preverjanja spremenila). Shranite zavrnjene vrstice, da vidite razlog.</numerusform>
            <numerusform>Nič ni bilo uvoženo: %Ln vrstic ima zdaj težavo (zbirka podatkov se je od preverjanja spremenila). Shranite zavrnjene vrstice, da vidite razlog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row of the file can be imported.</source>
        <translation>Nič ni bilo uvoženo: nobene vrstice v datoteki ni mogoče uvoziti.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Uvoz je preklican; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nič ni bilo uvoženo.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import history</source>
        <translation>Uvoz zgodovine</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nazaj</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Na&amp;prej &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvozi</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Končaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Import the file into this shop&apos;s database (Enter)</source>
        <translation>Uvozi datoteko v zbirko podatkov te trgovine (Enter)</translation>
    </message>
    <message>
        <source>The next step (Enter)</source>
        <translation>Naslednji korak (Enter)</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Zapri brez uvoza (Esc)</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); nothing was imported.</source>
        <translation>Prišlo je do napake ({error}); nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>{name} - rejected.csv</source>
        <translation>{name} - zavrnjene vrstice.csv</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Shrani zavrnjene vrstice</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Shranjevanje datoteke {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Shranjeno: {path}</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>Datoteke {file} ni mogoče zapisati: {reason}</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.csv *.txt *.xlsx *.xls *.ods *.zip)</source>
        <translation>Preglednice in CSV (*.csv *.txt *.xlsx *.xls *.ods *.zip)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file is empty; its first line must name the columns.</source>
        <translation>Datoteka je prazna; v prvi vrstici morajo biti imena stolpcev.</translation>
    </message>
    <message>
        <source>Line {line}: the file is not valid CSV ({error}).</source>
        <extracomment>{error} is the CSV reader&apos;s own explanation, in English.</extracomment>
        <translation>Vrstica {line}: datoteka ni veljaven CSV ({error}).</translation>
    </message>
    <message>
        <source>(an empty name)</source>
        <extracomment>Stands for a column without a name.</extracomment>
        <translation>(prazno ime)</translation>
    </message>
    <message>
        <source>The column {name} appears twice in the header.</source>
        <translation>Stolpec {name} se v glavi pojavi dvakrat.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n fields but the header names {header}.</source>
        <extracomment>After &quot;line 12: &quot;. %n counts the row&apos;s fields; {header}, the header&apos;s.</extracomment>
        <translation>
            <numerusform>vrstica ima %n polje, glava pa jih navaja {header}.</numerusform>
            <numerusform>vrstica ima %n polji, glava pa jih navaja {header}.</numerusform>
            <numerusform>vrstica ima %n polja, glava pa jih navaja {header}.</numerusform>
            <numerusform>vrstica ima %n polj, glava pa jih navaja {header}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding} text; choose another encoding, or save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <extracomment>Another column a file may have: when it has both, &quot;value&quot; is the estimate and this what a purchase was paid. The encodings a file is tried in when it is not UTF-8: the Windows code pages the spreadsheets of Central Europe (1250: č, š, ž, đ) and of Western Europe and Indonesia (1252) save &quot;CSV&quot; in.</extracomment>
        <translation>Vrstice {line} ni mogoče prebrati kot besedilo v kodiranju {encoding}; izberite drugo kodiranje ali shranite datoteko kot „CSV UTF-8“ in poskusite znova.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this program knows.</source>
        <translation>{encoding} ni kodiranje, ki ga ta program pozna.</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>stolpec {column} je prazen.</translation>
    </message>
    <message>
        <source>the row names no customer: no name, phone or e-mail.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;.</extracomment>
        <translation>vrstica ne navaja nobene stranke: ni imena, telefona ali e-pošte.</translation>
    </message>
    <message>
        <source>{column} {value} is not one of open, purchased, lost.</source>
        <extracomment>After &quot;line 12: &quot;. open, purchased and lost are file words: keep them.</extracomment>
        <translation>{column} {value} ni ena od vrednosti open, purchased, lost (odprto, kupljeno, izgubljeno).</translation>
    </message>
    <message>
        <source>a purchased enquiry needs its {column}.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>kupljeno povpraševanje mora imeti izpolnjen stolpec {column}.</translation>
    </message>
    <message>
        <source>a lost enquiry needs its {column}.</source>
        <translation>izgubljeno povpraševanje mora imeti izpolnjen stolpec {column}.</translation>
    </message>
    <message>
        <source>an open enquiry has no {column}.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>odprto povpraševanje ne sme imeti vrednosti v stolpcu {column}.</translation>
    </message>
    <message>
        <source>{column} is only for purchased enquiries.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} je samo za kupljena povpraševanja.</translation>
    </message>
    <message>
        <source>{column} is only for lost enquiries.</source>
        <translation>{column} je samo za izgubljena povpraševanja.</translation>
    </message>
    <message>
        <source>{column} {value} is in the future.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} {value} je v prihodnosti.</translation>
    </message>
    <message>
        <source>{column} {value} is before the enquiry was received.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} {value} je pred prejemom povpraševanja.</translation>
    </message>
    <message>
        <source>{column} {value} is not known; use one of: {known}.</source>
        <extracomment>After &quot;line 12: &quot;. {known} lists the names the file may use.</extracomment>
        <translation>{column} {value} ni znana vrednost; uporabite eno od: {known}.</translation>
    </message>
    <message>
        <source>{column} is given, so {needed} is needed.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; both are the file&apos;s columns.</extracomment>
        <translation>stolpec {column} je izpolnjen, zato mora biti izpolnjen tudi stolpec {needed}.</translation>
    </message>
    <message>
        <source>{column} {value} is not a whole number {low}–{high}.</source>
        <extracomment>Why a row is refused, after &quot;line 12: &quot;; {column} is the file&apos;s column.</extracomment>
        <translation>{column} {value} ni celo število med {low} in {high}.</translation>
    </message>
    <message>
        <source>{column} {value} is not yes or no.</source>
        <extracomment>After &quot;line 12: &quot;. yes and no are the words the file uses (ya/tidak, da/ne too).</extracomment>
        <translation>{column} {value} ni yes ali no (da ali ne).</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>vrstica {line}: {reason}</translation>
    </message>
    <message>
        <source>The mapping is not one this program wrote; the keys are: {keys}.</source>
        <translation>Te preslikave ni zapisal ta program; ključi so: {keys}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s columns must each be a field ({fields}) or null.</source>
        <translation>Vsak stolpec v preslikavi mora biti polje ({fields}) ali null.</translation>
    </message>
    <message>
        <source>The date order must be one of {orders}.</source>
        <translation>Vrstni red datuma mora biti eden od: {orders}.</translation>
    </message>
    <message>
        <source>The mapping {file} cannot be read: {reason}</source>
        <translation>Preslikave {file} ni mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <extracomment>Countries that write the month first (12/24/2026): the default when a file&apos;s dates fit both ways. The column a file of rejected rows adds, so that it reads back with it left out.</extracomment>
        <translation>Zakaj ni bilo uvoženo</translation>
    </message>
    <message>
        <source>{file} is the database itself (or SQLite&apos;s file beside it), not a history file to import.</source>
        <translation>{file} je datoteka same zbirke podatkov (ali SQLitova datoteka ob njej), ne datoteka z zgodovino za uvoz.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names %Ln columns, but the file has {count}.</source>
        <translation>
            <numerusform>Preslikava navaja %Ln stolpec, datoteka pa jih ima {count}.</numerusform>
            <numerusform>Preslikava navaja %Ln stolpca, datoteka pa jih ima {count}.</numerusform>
            <numerusform>Preslikava navaja %Ln stolpce, datoteka pa jih ima {count}.</numerusform>
            <numerusform>Preslikava navaja %Ln stolpcev, datoteka pa jih ima {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no channel column: choose the channel its enquiries came through.</source>
        <translation>Datoteka nima stolpca s kanalom: izberite kanal, prek katerega so prišla njena povpraševanja.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <extracomment>Pieces of a large file checked here while the worker processes start (about as long).</extracomment>
        <translation>Uvoz je preklican; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <source>this enquiry is already in the database (same customer, channel and received time); was the file imported before?</source>
        <extracomment>Each customer&apos;s earliest enquiry so far (received, id, written without a source as a first one), and those such enquiries that an earlier row later displaced.</extracomment>
        <translation>to povpraševanje je že v zbirki podatkov (ista stranka, kanal in čas prejema); je bila datoteka že uvožena?</translation>
    </message>
    <message>
        <source>the same enquiry as line {line}.</source>
        <translation>isto povpraševanje kot v vrstici {line}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln enquiries from {file}</source>
        <translation>
            <numerusform>Uvoženo %Ln povpraševanje iz datoteke {file}</numerusform>
            <numerusform>Uvoženi %Ln povpraševanji iz datoteke {file}</numerusform>
            <numerusform>Uvožena %Ln povpraševanja iz datoteke {file}</numerusform>
            <numerusform>Uvoženih %Ln povpraševanj iz datoteke {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} {text} is not a date like {example}.</source>
        <extracomment>The orders a day/month/year date may be written in; the wizard asks when a column fits more than one. {column} is a column of the imported file; {example} a date and time in the order the file writes them, such as 24.10.2026 14:05.</extracomment>
        <translation>{column} {text} ni datum v obliki {example}.</translation>
    </message>
    <message>
        <source>{column} {text}: an amount cannot be negative.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it.</extracomment>
        <translation>{column} {text}: znesek ne sme biti negativen.</translation>
    </message>
    <message>
        <source>{column} {text} has more than two decimals.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it.</extracomment>
        <translation>{column} {text} ima več kot dve decimalki.</translation>
    </message>
    <message>
        <source>{column} {text} is too large an amount.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it.</extracomment>
        <translation>{column} {text} je prevelik znesek.</translation>
    </message>
    <message>
        <source>{column} {text} is not an amount like 4.500.000 or 1,234.50.</source>
        <extracomment>{column} is a column of the imported file; {text} the value in it. The examples show both ways of writing amounts: keep them as they are.</extracomment>
        <translation>{column} {text} ni znesek v obliki 4.500.000 ali 1,234.50.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <extracomment>Countries whose spreadsheets save text in Windows&apos; Central European code page. A piece of the body to check: (line of its first row, CSV text or rows of cells).</extracomment>
        <translation>Datoteke {file} ni mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a workbook this program can read (XLSX, XLS or ODS): {reason}</source>
        <translation>{file} ni delovni zvezek, ki ga ta program zna prebrati (XLSX, XLS ali ODS): {reason}</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}.</source>
        <translation>V {file} ni lista {sheet}.</translation>
    </message>
    <message>
        <source>The sheet {sheet} is empty; its first row must name the columns.</source>
        <translation>List {sheet} je prazen; v njegovi prvi vrstici morajo biti imena stolpcev.</translation>
    </message>
    <message>
        <source>The sheet {sheet} cannot be read: {reason}</source>
        <translation>Lista {sheet} ni mogoče prebrati: {reason}</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>The language of the window, the reports, the exports and the command line. Money, numbers and dates are written as they are in the shop&apos;s country. A new language applies when EnquiryDesk starts again.</source>
        <translation>Jezik okna, poročil, izvozov in ukazne vrstice. Denar, števila in datumi so zapisani tako, kot je običajno v državi trgovine. Nov jezik začne veljati ob naslednjem zagonu programa EnquiryDesk.</translation>
    </message>
    <message>
        <source>The computer&apos;s language ({language})</source>
        <translation>Jezik računalnika ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>Written as:</source>
        <translation>Zapisano kot:</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>{name}: ticked ones are offered</source>
        <translation>{name}: označene postavke so na izbiro</translation>
    </message>
    <message>
        <source>Ticked ones are offered when logging; unticked ones stay in the history and the reports. F2 renames; Alt+Up and Alt+Down move.</source>
        <translation>Označene postavke so na izbiro pri vnosu; neoznačene ostanejo v zgodovini in poročilih. F2 preimenuje; Alt+puščica gor in Alt+puščica dol premikata.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Dodaj postavko</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Gor</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Premakni gor</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Do&amp;l</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Premakni dol</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Zabeleži stik</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Vrsta stika</translation>
    </message>
    <message>
        <source>Call, message, e-mail, visit, quote sent, or an internal note</source>
        <translation>Klic, sporočilo, e-pošta, obisk, poslana ponudba ali interna opomba</translation>
    </message>
    <message>
        <source>To the customer</source>
        <translation>Stranki</translation>
    </message>
    <message>
        <source>From the customer</source>
        <translation>Od stranke</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Smer:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Whether we contacted them or they contacted us</source>
        <translation>Ali smo stranko kontaktirali mi ali je stranka kontaktirala nas</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Kaj je bilo rečeno:</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Kaj je bilo rečeno</translation>
    </message>
    <message>
        <source>A few words for the timeline. Enter starts a new line; Ctrl+Enter saves.</source>
        <translation>Nekaj besed za časovnico. Enter začne novo vrstico; Ctrl+Enter shrani.</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Č&amp;as:</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Čas stika</translation>
    </message>
    <message>
        <source>Leave as it is for a contact happening now</source>
        <translation>Pustite nespremenjeno, če stik poteka zdaj</translation>
    </message>
    <message>
        <source>Not answered yet: the first contact to the customer counts as the response.</source>
        <translation>Še brez odgovora: kot odziv šteje prvi stik, namenjen stranki.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <extracomment>The dialog shows only when the work is not over in a blink.</extracomment>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Stop; nothing is changed (Esc)</source>
        <translation>Ustavi; nič se ne spremeni (Esc)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Preklicevanje…</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark lost</source>
        <translation>Označi kot izgubljeno</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Izberite razlog…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <source>Why the sale was lost</source>
        <translation>Zakaj je bila prodaja izgubljena</translation>
    </message>
    <message>
        <source>Why they did not buy (arrow keys or the first letter to choose)</source>
        <translation>Zakaj niso kupili (izberete s puščičnimi tipkami ali prvo črko)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Opomba:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Anything worth remembering, for the timeline. Ctrl+Enter saves.</source>
        <translation>Vse, kar si je vredno zapomniti, za časovnico. Ctrl+Enter shrani.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Today</source>
        <extracomment>Every change, whoever made it (an operation, an undo, a redo): (Changes, initiator). Each page re-reads what it shows (ui/common/pages.py).</extracomment>
        <translation>&amp;Danes</translation>
    </message>
    <message>
        <source>En&amp;quiries</source>
        <translation>&amp;Povpraševanja</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Stranke</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Po&amp;ročila</translation>
    </message>
    <message>
        <source>&amp;New enquiry…</source>
        <translation>&amp;Novo povpraševanje…</translation>
    </message>
    <message>
        <source>Log an enquiry that just came in (Ctrl+N)</source>
        <translation>Zabeležite povpraševanje, ki je pravkar prispelo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Razveljavi</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Razveljavi zadnjo spremembo</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Razveljavi zadnjo spremembo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi znova</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Naslednja stran</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Prejšnja stran</translation>
    </message>
    <message>
        <source>&amp;Find enquiries</source>
        <translation>&amp;Poišči povpraševanja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Da&amp;toteka</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Osve&amp;ži</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>U&amp;vozi…</translation>
    </message>
    <message>
        <source>Bring in the shop&apos;s history from a CSV file or a spreadsheet (Ctrl+I)</source>
        <translation>Uvozite zgodovino trgovine iz datoteke CSV ali preglednice (Ctrl+I)</translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s &amp;server…</source>
        <translation>Poveži se s &amp;strežnikom trgovine…</translation>
    </message>
    <message>
        <source>Work on the shop&apos;s database on a server, shared by several PCs</source>
        <translation>Delajte z zbirko podatkov trgovine na strežniku, ki si jo deli več računalnikov</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izhod</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Urejanje</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nastavitve</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavitve…</translation>
    </message>
    <message>
        <source>The shop, opening hours, targets, channels, staff, PIN, backups (Ctrl+,)</source>
        <translation>Trgovina, delovni čas, cilji, kanali, zaposleni, PIN, varnostne kopije (Ctrl+,)</translation>
    </message>
    <message>
        <source>E&amp;nquiry</source>
        <translation>Po&amp;vpraševanje</translation>
    </message>
    <message>
        <source>{what}. Ctrl+Z undoes it.</source>
        <translation>{what}. Ctrl+Z to razveljavi.</translation>
    </message>
    <message>
        <source>EnquiryDesk</source>
        <translation>EnquiryDesk</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Razveljavljeno: {what}</translation>
    </message>
    <message>
        <source>Done again: {what}</source>
        <translation>Znova uveljavljeno: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Razveljavi: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Uveljavi znova: {what}</translation>
    </message>
    <message>
        <source>EnquiryDesk found damage in “{name}”. You can look through it, but nothing can be saved to it; restore a backup to go on working.</source>
        <translation>EnquiryDesk je v „{name}“ našel poškodbe. Datoteko lahko pregledujete, vanjo pa ni mogoče ničesar shraniti; za nadaljevanje dela obnovite varnostno kopijo.</translation>
    </message>
    <message>
        <source>Opening Settings</source>
        <translation>Odpiranje nastavitev</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Uvažanje</translation>
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
        <translation>&amp;Danes ({count})</translation>
    </message>
    <message>
        <source>{name} — EnquiryDesk</source>
        <translation>{name} — EnquiryDesk</translation>
    </message>
    <message>
        <source>Ready. Press Ctrl+N to log an enquiry.</source>
        <translation>Pripravljeno. Za vnos povpraševanja pritisnite Ctrl+N.</translation>
    </message>
    <message>
        <source>Demo data cancelled; the file is still empty.</source>
        <translation>Ustvarjanje vzorčnih podatkov preklicano; datoteka je še vedno prazna.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Vzorčni podatki</translation>
    </message>
    <message>
        <source>Making demo data: 18 months of enquiries, customers and follow-ups…</source>
        <translation>Ustvarjanje vzorčnih podatkov: 18 mesecev povpraševanj, strank in nadaljnjih stikov…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Obnovi varnostno kopijo…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Obnovi varnostno kopijo</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved.</source>
        <translation>Samo za branje: ničesar ni mogoče shraniti.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another customer into {name}</source>
        <translation>Združi drugo stranko s stranko {name}</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Združi stranki</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Združi</translation>
    </message>
    <message>
        <source>&amp;Same person as:</source>
        <translation>&amp;Ista oseba kot:</translation>
    </message>
    <message>
        <source>Customer to merge</source>
        <translation>Stranka za združitev</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail; the likely ones are listed first</source>
        <translation>Iščite po imenu, telefonu ali e-pošti; najverjetnejše so na vrhu</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>Kaj naredi združitev</translation>
    </message>
    <message>
        <source>Choose the customer who is the same person.</source>
        <translation>Izberite stranko, ki je ista oseba.</translation>
    </message>
    <message>
        <source>{other} ({other_count}) into {keep} ({keep_count})</source>
        <translation>{other} ({other_count}) v {keep} ({keep_count})</translation>
    </message>
    <message>
        <source>Moving to {keep}: {what}.</source>
        <translation>Na stranko {keep} se prenese: {what}.</translation>
    </message>
    <message>
        <source>{keep} takes their name: {value}</source>
        <translation>{keep} prevzame ime: {value}</translation>
    </message>
    <message>
        <source>{keep} takes their phone number: {value}</source>
        <translation>{keep} prevzame telefonsko številko: {value}</translation>
    </message>
    <message>
        <source>{keep} takes their e-mail address: {value}</source>
        <translation>{keep} prevzame e-poštni naslov: {value}</translation>
    </message>
    <message>
        <source>{keep} takes their handle: {value}</source>
        <translation>{keep} prevzame uporabniško ime: {value}</translation>
    </message>
    <message>
        <source>no number or address</source>
        <translation>brez številke in naslova</translation>
    </message>
    <message>
        <source>{name}: {known}; a customer since {date}</source>
        <translation>{name}: {known}; stranka od {date}</translation>
    </message>
    <message>
        <source>{keep} keeps every number and address of both.</source>
        <translation>{keep} obdrži vse številke in naslove obeh strank.</translation>
    </message>
    <message>
        <source>Their notes are added to {keep}&apos;s.</source>
        <translation>Opombe se dodajo k opombam stranke {keep}.</translation>
    </message>
    <message>
        <source>{other} leaves the directory. Undo (Ctrl+Z) puts everything back.</source>
        <translation>Stranka {other} bo odstranjena iz seznama strank. Z ukazom Razveljavi (Ctrl+Z) vse vrnete.</translation>
    </message>
</context>
<context>
    <name>MonthReport</name>
    <message>
        <source>{arrow} {change} (better)</source>
        <translation>{arrow} {change} (bolje)</translation>
    </message>
    <message>
        <source>{arrow} {change} (worse)</source>
        <translation>{arrow} {change} (slabše)</translation>
    </message>
    <message>
        <source>{change} (unchanged)</source>
        <translation>{change} (brez spremembe)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kazalnik</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Sprememba</translation>
    </message>
    <message>
        <source>EnquiryDesk</source>
        <translation>EnquiryDesk</translation>
    </message>
    <message>
        <source>Monthly report for {month}</source>
        <translation>Mesečno poročilo za {month}</translation>
    </message>
    <message>
        <source>Compared with {month}</source>
        <translation>V primerjavi z mesecem {month}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>The month at a glance</source>
        <translation>Mesec na prvi pogled</translation>
    </message>
    <message>
        <source>Enquiries and response</source>
        <translation>Povpraševanja in odziv</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Prodaja po kanalih</translation>
    </message>
    <message>
        <source>Why we lose and why we win</source>
        <translation>Zakaj izgubimo in zakaj prodamo</translation>
    </message>
    <message>
        <source>Lost sales by reason</source>
        <translation>Izgubljene prodaje po razlogih</translation>
    </message>
    <message>
        <source>Why buyers chose us (a buyer may give several reasons)</source>
        <translation>Zakaj so nas kupci izbrali (kupec lahko navede več razlogov)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Navedeni razlogi</translation>
    </message>
    <message>
        <source>How they heard of us, and after the sale</source>
        <translation>Kako so izvedeli za nas in po prodaji</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Kako so izvedeli za nas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Made by EnquiryDesk on {date}</source>
        <translation>Pripravil EnquiryDesk, {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Stran {number} od {total}</translation>
    </message>
    <message>
        <source>Monthly report · {month}</source>
        <translation>Mesečno poročilo · {month}</translation>
    </message>
    <message>
        <source>{shop} — monthly report {month}</source>
        <translation>{shop} — mesečno poročilo {month}</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <extracomment>The headline figures: label, where the value is, how it is shown. The labels are English, marked for the &quot;MonthReport&quot; context and translated where they are written.</extracomment>
        <translation>Povpraševanja</translation>
    </message>
    <message>
        <source>received this month</source>
        <translation>prejetih ta mesec</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Mediana odziva</translation>
    </message>
    <message>
        <source>in opening hours</source>
        <translation>v delovnem času</translation>
    </message>
    <message>
        <source>Answered within target</source>
        <translation>Odgovorjeno v ciljnem času</translation>
    </message>
    <message>
        <source>of all enquiries, target {minutes} min</source>
        <translation>vseh povpraševanj, cilj {minutes} min</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konverzija</translation>
    </message>
    <message>
        <source>enquiries that bought</source>
        <translation>povpraševanj z nakupom</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Uspešnost</translation>
    </message>
    <message>
        <source>bought, of those decided</source>
        <translation>nakupov med odločenimi</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Prodaje</translation>
    </message>
    <message>
        <source>purchases closed this month</source>
        <translation>nakupov, zaključenih ta mesec</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Prihodek</translation>
    </message>
    <message>
        <source>value of those purchases</source>
        <translation>vrednost teh nakupov</translation>
    </message>
    <message>
        <source>Satisfied buyers (CSAT)</source>
        <translation>Zadovoljni kupci (CSAT)</translation>
    </message>
    <message>
        <source>rated 4 or 5 of 5</source>
        <translation>ocena 4 ali 5 od 5</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Neto priporočilni indeks</translation>
    </message>
    <message>
        <source>from −100 to 100</source>
        <translation>od −100 do 100</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamacije</translation>
    </message>
    <message>
        <source>opened; {resolved} resolved</source>
        <translation>odprto; rešeno: {resolved}</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Ponovni kupci</translation>
    </message>
    <message>
        <source>had bought from us before</source>
        <translation>so že kupovali pri nas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Priporočila</translation>
    </message>
    <message>
        <source>recommended by a customer</source>
        <translation>po priporočilu stranke</translation>
    </message>
    <message>
        <source>{value} pts</source>
        <translation>{value} tč.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>over {time}</source>
        <translation>nad {time}</translation>
    </message>
    <message>
        <source>up to {time}</source>
        <translation>do {time}</translation>
    </message>
    <message>
        <source>{low}–{high} h</source>
        <translation>{low}–{high} h</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>No enquiries this month</source>
        <translation>Ta mesec ni povpraševanj</translation>
    </message>
    <message>
        <source>Enquiries by channel</source>
        <translation>Povpraševanja po kanalih</translation>
    </message>
    <message>
        <source>Conversion by channel (enquiries that bought)</source>
        <translation>Konverzija po kanalih (povpraševanja z nakupom)</translation>
    </message>
    <message>
        <source>Response time by channel, in opening hours</source>
        <translation>Odzivni čas po kanalih, v delovnem času</translation>
    </message>
    <message>
        <source>No enquiries answered this month</source>
        <translation>V tem mesecu ni bilo odgovorjeno nobeno povpraševanje</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>brez odgovora</translation>
    </message>
    <message>
        <source>Response time in opening hours (target {minutes} min)</source>
        <translation>Odzivni čas v delovnem času (cilj {minutes} min)</translation>
    </message>
    <message>
        <source>within target</source>
        <translation>v ciljnem času</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>čez ciljni čas</translation>
    </message>
    <message>
        <source>target {minutes} min</source>
        <translation>cilj {minutes} min</translation>
    </message>
    <message>
        <source>{count} · {share}</source>
        <translation>{count} · {share}</translation>
    </message>
    <message>
        <source>Answered</source>
        <extracomment>The rows of the figure tables: (label, kind, path &quot;a.b&quot;); the labels are the &quot;MonthReport&quot; context&apos;s, translated where the table is made.</extracomment>
        <translation>Odgovorjeno</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Told us how it went</source>
        <translation>Podali mnenje</translation>
    </message>
    <message>
        <source>Bought more than once</source>
        <translation>Kupili večkrat</translation>
    </message>
    <message>
        <source>Recommend us</source>
        <translation>Priporočajo nas</translation>
    </message>
    <message>
        <source>The journey of this month&apos;s enquiries, so far</source>
        <extracomment>The journey chart&apos;s title and the name of each of its stages (`report.JOURNEY_STAGES`), in the &quot;MonthReport&quot; context: the window, the PDF and the workbook show these words.</extracomment>
        <translation>Pot povpraševanj tega meseca do zdaj</translation>
    </message>
    <message>
        <source>Why we lost them</source>
        <translation>Zakaj smo jih izgubili</translation>
    </message>
    <message>
        <source>No lost sales</source>
        <translation>Ni izgubljenih prodaj</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Zakaj so nas izbrali</translation>
    </message>
    <message>
        <source>No purchases with reasons</source>
        <translation>Ni nakupov z navedenimi razlogi</translation>
    </message>
    <message>
        <source>No sources recorded</source>
        <translation>Ni zabeleženih virov</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Še brez odgovora</translation>
    </message>
    <message>
        <source>Median, opening hours</source>
        <extracomment>The headline figures, in the order the window and the PDF show them. The bars of the response time by channel: (label of the &quot;MonthReport&quot; context, the figure of ``response.by_channel.&lt;key&gt;``, fill).</extracomment>
        <translation>Mediana, delovni čas</translation>
    </message>
    <message>
        <source>90 % within, opening hours</source>
        <translation>Za 90 %, delovni čas</translation>
    </message>
    <message>
        <source>Median, clock time</source>
        <translation>Mediana, dejanski čas</translation>
    </message>
    <message>
        <source>90 % within, clock time</source>
        <translation>Za 90 %, dejanski čas</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Prejeta mnenja</translation>
    </message>
    <message>
        <source>Better than expected</source>
        <translation>Bolje od pričakovanega</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>Kot pričakovano</translation>
    </message>
    <message>
        <source>Worse than expected</source>
        <translation>Slabše od pričakovanega</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Odprte reklamacije</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Rešene reklamacije</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Načrtovani nadaljnji stiki</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Opravljeni nadaljnji stiki</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>Zapadlo ob koncu meseca</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delež</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Po kanalih</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Conversion {month}</source>
        <translation>Konverzija {month}</translation>
    </message>
    <message>
        <source>Response by channel</source>
        <translation>Odziv po kanalih</translation>
    </message>
    <message>
        <source>Median {month}</source>
        <translation>Mediana, {month}</translation>
    </message>
    <message>
        <source>90 % within {month}</source>
        <translation>Za 90 %, {month}</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Odziv</translation>
    </message>
    <message>
        <source>After the sale</source>
        <translation>Po prodaji</translation>
    </message>
    <message>
        <source>Enquiries, response times, conversion and reasons count the enquiries received in the month; sales and revenue the purchases closed in it; feedback what was recorded in it. Response times count opening hours only. Percentages are rounded to one decimal; – means there was nothing to compare.</source>
        <translation>Povpraševanja, odzivni časi, konverzija in razlogi zajemajo povpraševanja, prejeta v mesecu; prodaje in prihodek nakupe, zaključene v njem; mnenja tisto, kar je bilo zabeleženo v njem. Odzivni časi upoštevajo samo delovni čas. Odstotki so zaokroženi na eno decimalno mesto; – pomeni, da ni bilo česa primerjati.</translation>
    </message>
    <message>
        <source>Monthly report: {month}, with {earlier} beside it</source>
        <translation>Mesečno poročilo: {month}, za primerjavo {earlier}</translation>
    </message>
    <message>
        <source>Answered / not yet</source>
        <translation>Odgovorjeno / še ne</translation>
    </message>
    <message>
        <source>Answered within {target} min</source>
        <translation>Odgovorjeno v {target} min</translation>
    </message>
    <message>
        <source>Median response, business min</source>
        <translation>Mediana odziva, min delovnega časa</translation>
    </message>
    <message>
        <source>90% within, business min</source>
        <translation>Za 90 %, min delovnega časa</translation>
    </message>
    <message>
        <source>Median response, clock min</source>
        <translation>Mediana odziva, dejanske min</translation>
    </message>
    <message>
        <source>90% within, clock min</source>
        <translation>Za 90 %, dejanske min</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Izgubljeno</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Še odprto</translation>
    </message>
    <message>
        <source>Satisfied (CSAT)</source>
        <translation>Zadovoljni (CSAT)</translation>
    </message>
    <message>
        <source>Complaints opened / resolved</source>
        <translation>Reklamacije odprte / rešene</translation>
    </message>
    <message>
        <source>Lost reasons: {items}</source>
        <translation>Razlogi za izgubo: {items}</translation>
    </message>
    <message>
        <source>Why they chose us: {items}</source>
        <translation>Zakaj so nas izbrali: {items}</translation>
    </message>
    <message>
        <source>How they heard of us: {items}</source>
        <translation>Kako so izvedeli za nas: {items}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brez</translation>
    </message>
    <message>
        <source>Median, business</source>
        <extracomment>The response by channel table&apos;s column groups: (first column, heading).</extracomment>
        <translation>Mediana, delovni</translation>
    </message>
    <message>
        <source>90% within, business</source>
        <translation>Za 90 %, delovni</translation>
    </message>
    <message>
        <source>Median, clock</source>
        <translation>Mediana, dejanski</translation>
    </message>
    <message>
        <source>90% within, clock</source>
        <translation>Za 90 %, dejanski</translation>
    </message>
    <message>
        <source>Conversion by channel</source>
        <translation>Konverzija po kanalih</translation>
    </message>
    <message>
        <source>Response by channel, minutes</source>
        <translation>Odziv po kanalih, minute</translation>
    </message>
    <message>
        <source>Median response by channel</source>
        <translation>Mediana odziva po kanalih</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Razlogi za izgubo</translation>
    </message>
    <message>
        <source>Why sales were lost</source>
        <translation>Zakaj so bile prodaje izgubljene</translation>
    </message>
    <message>
        <source>Why buyers chose us</source>
        <translation>Zakaj so nas kupci izbrali</translation>
    </message>
    <message>
        <source>Response times, minutes</source>
        <translation>Odzivni časi, minute</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Odzivni časi</translation>
    </message>
    <message>
        <source>Compared with what they expected</source>
        <translation>V primerjavi s pričakovanji</translation>
    </message>
    <message>
        <source>{month}: {value}</source>
        <extracomment>Charts in the order shown; the journey spans both columns.</extracomment>
        <translation>{month}: {value}</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Višje je bolje.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Nižje je bolje.</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= brez spremembe</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>ni česa primerjati</translation>
    </message>
    <message>
        <source>{arrow} {change} · better</source>
        <translation>{arrow} {change} · bolje</translation>
    </message>
    <message>
        <source>{arrow} {change} · worse</source>
        <translation>{arrow} {change} · slabše</translation>
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
        <translation>Trgovine ni mogoče premakniti same vase.</translation>
    </message>
    <message>
        <source>{target} already exists; the shop moves only into a new file.</source>
        <translation>{target} že obstaja; trgovino je mogoče premakniti le v novo datoteko.</translation>
    </message>
    <message>
        <source>{target} holds a shop already; the shop moves only into an empty database.</source>
        <translation>{target} že vsebuje trgovino; trgovino je mogoče premakniti le v prazno zbirko podatkov.</translation>
    </message>
    <message>
        <source>The copy in {target} differs from {source} ({table}); check it.</source>
        <translation>Kopija v {target} se razlikuje od {source} ({table}); preverite jo.</translation>
    </message>
    <message>
        <source>The copy&apos;s report for {month} differs from the shop&apos;s; check it.</source>
        <translation>Poročilo kopije za {month} se razlikuje od poročila trgovine; preverite ga.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Sho&amp;w</source>
        <extracomment>While the file is being checked nothing may be written: ask again this soon. Where a notice leads: (&quot;enquiry&quot;, id) or (&quot;today&quot;, 0).</extracomment>
        <translation>Po&amp;kaži</translation>
    </message>
    <message>
        <source>Show the reminder&apos;s enquiry</source>
        <translation>Pokaži povpraševanje, na katero se nanaša opomnik</translation>
    </message>
    <message>
        <source>Open what the reminder is about</source>
        <translation>Odpri to, na kar se nanaša opomnik</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Opusti</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Opusti opomnik</translation>
    </message>
    <message>
        <source>Hide this reminder (the item stays on Today)</source>
        <translation>Skrij ta opomnik (postavka ostane na seznamu Danes)</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>EnquiryDesk cannot open this file</source>
        <translation>EnquiryDesk ne more odpreti te datoteke</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datoteka: {path}</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>Varnostna kopija ni bila obnovljena: {error}</translation>
    </message>
    <message>
        <source>Details: {error}</source>
        <translation>Podrobnosti: {error}</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Obnovi varnostno kopijo…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Obnovi varnostno kopijo</translation>
    </message>
    <message>
        <source>Put a backup in place of this file; the file itself is kept as a copy</source>
        <translation>Namesto te datoteke postavi varnostno kopijo; sama datoteka se ohrani kot kopija</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>Odpri &amp;drugo datoteko…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>Odpri drugo datoteko</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izhod</translation>
    </message>
    <message>
        <source>Quit EnquiryDesk</source>
        <translation>Končaj EnquiryDesk</translation>
    </message>
    <message>
        <source>This file is damaged</source>
        <translation>Ta datoteka je poškodovana</translation>
    </message>
    <message>
        <source>EnquiryDesk found damage in “{name}” and has not changed it. Restore a backup to go on working, or open another file.</source>
        <translation>EnquiryDesk je v „{name}“ našel poškodbe in datoteke ni spremenil. Za nadaljevanje dela obnovite varnostno kopijo ali odprite drugo datoteko.</translation>
    </message>
    <message>
        <source>This file is from a newer EnquiryDesk</source>
        <translation>Ta datoteka je iz novejše različice EnquiryDesk</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of EnquiryDesk than this one. Install the newer version to open it; the file has not been changed. Restoring a backup would put older data in its place.</source>
        <translation>„{name}“ je shranila novejša različica EnquiryDesk od te. Če jo želite odpreti, namestite novejšo različico; datoteka ni bila spremenjena. Obnovitev varnostne kopije bi na njeno mesto postavila starejše podatke.</translation>
    </message>
    <message>
        <source>This is not an EnquiryDesk file</source>
        <translation>To ni datoteka EnquiryDesk</translation>
    </message>
    <message>
        <source>“{name}” is not an EnquiryDesk database; it may belong to another program. It has not been changed. Open your EnquiryDesk file instead.</source>
        <translation>„{name}“ ni zbirka podatkov EnquiryDesk; morda pripada drugemu programu. Ni bila spremenjena. Namesto nje odprite svojo datoteko EnquiryDesk.</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Te datoteke ni mogoče odpreti</translation>
    </message>
    <message>
        <source>EnquiryDesk cannot open “{name}”, and has not changed it. The details below say why; open another file, or restore a backup.</source>
        <translation>EnquiryDesk ne more odpreti „{name}“ in je ni spremenil. Razlog je naveden v podrobnostih spodaj; odprite drugo datoteko ali obnovite varnostno kopijo.</translation>
    </message>
    <message>
        <source>Open an EnquiryDesk file</source>
        <translation>Odpri datoteko EnquiryDesk</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Morda ista kot</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Razlog</translation>
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
        <translation>V redu</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Preveri PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs; try again in %Ln seconds.</source>
        <translation>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %Ln sekundo.</numerusform>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %Ln sekundi.</numerusform>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %Ln sekunde.</numerusform>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %Ln sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} needs the owner&apos;s PIN.</source>
        <translation>{what} zahteva lastnikov PIN.</translation>
    </message>
    <message>
        <source>Switching to {name} needs their PIN.</source>
        <translation>Za preklop na osebo {name} je potreben njen PIN.</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN ima od 4 do 12 števk.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Who would be forgotten</source>
        <translation>Kdo bi bil pozabljen</translation>
    </message>
    <message>
        <source>Looking for them…</source>
        <translation>Iskanje strank…</translation>
    </message>
    <message>
        <source>How many would be forgotten</source>
        <translation>Koliko strank bi bilo pozabljenih</translation>
    </message>
    <message>
        <source>Customers who would be forgotten</source>
        <translation>Stranke, ki bi bile pozabljene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message numerus="yes">
        <source>%n months without an enquiry</source>
        <translation>
            <numerusform>%n mesec brez povpraševanja</numerusform>
            <numerusform>%n meseca brez povpraševanja</numerusform>
            <numerusform>%n meseci brez povpraševanja</numerusform>
            <numerusform>%n mesecev brez povpraševanja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten now ({after}).</source>
        <translation>
            <numerusform>Zdaj bi bila pozabljena %Ln stranka, ki ni nikoli kupila ({after}).</numerusform>
            <numerusform>Zdaj bi bili pozabljeni %Ln stranki, ki nista nikoli kupili ({after}).</numerusform>
            <numerusform>Zdaj bi bile pozabljene %Ln stranke, ki niso nikoli kupile ({after}).</numerusform>
            <numerusform>Zdaj bi bilo pozabljenih %Ln strank, ki niso nikoli kupile ({after}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody would be forgotten now: every customer without an enquiry for {after} bought something.</source>
        <translation>Zdaj ne bi bil pozabljen nihče: vse stranke, ki izpolnjujejo pogoj ({after}), so nekaj kupile.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Predogled</translation>
    </message>
    <message>
        <source>The first rows as they would be stored. The whole file is checked before anything is imported.</source>
        <translation>Prve vrstice, kot bi bile shranjene. Pred uvozom se preveri celotna datoteka.</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>&amp;Predogled prvih vrstic:</translation>
    </message>
    <message>
        <source>The first rows as they would be stored</source>
        <translation>Prve vrstice, kot bi bile shranjene</translation>
    </message>
    <message>
        <source>Checking the whole file</source>
        <translation>Preverjanje celotne datoteke</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>Us&amp;tavi preverjanje</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Ustavi preverjanje</translation>
    </message>
    <message>
        <source>Stop checking the file; nothing is imported</source>
        <translation>Ustavi preverjanje datoteke; nič se ne uvozi</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Preveri &amp;znova</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Preveri znova</translation>
    </message>
    <message>
        <source>Check the whole file again</source>
        <translation>Znova preveri celotno datoteko</translation>
    </message>
    <message>
        <source>Rows &amp;with a problem:</source>
        <translation>Vrstice s &amp;težavo:</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Vrstice s težavo</translation>
    </message>
    <message>
        <source>Unticked, nothing is imported while a row has a problem: correct the file and import it again.</source>
        <translation>Če ni označeno, se nič ne uvozi, dokler ima katera vrstica težavo: popravite datoteko in jo znova uvozite.</translation>
    </message>
    <message>
        <source>Save the re&amp;jected rows…</source>
        <translation>Shrani zavrn&amp;jene vrstice…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Shrani zavrnjene vrstice</translation>
    </message>
    <message>
        <source>The rows with a problem in a file of their own, each with why: corrected, it imports like the original</source>
        <translation>Vrstice s težavo v ločeni datoteki, vsaka z razlogom: ko jo popravite, se uvozi kot izvirnik</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Vrstica</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
    <message>
        <source>Checking every row of {file}…</source>
        <translation>Preverjanje vseh vrstic datoteke {file}…</translation>
    </message>
    <message>
        <source>Checking stopped. The whole file is checked before anything is imported.</source>
        <translation>Preverjanje je ustavljeno. Pred uvozom se preveri celotna datoteka.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Datoteka nima vrstic za uvoz.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows are good.</source>
        <translation>
            <numerusform>Vse vrstice so veljavne (%Ln vrstica).</numerusform>
            <numerusform>Vse vrstice so veljavne (%Ln vrstici).</numerusform>
            <numerusform>Vse vrstice so veljavne (%Ln vrstice).</numerusform>
            <numerusform>Vse vrstice so veljavne (%Ln vrstic).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row has a problem (%Ln rows); none can be imported.</source>
        <translation>
            <numerusform>Vsaka vrstica ima težavo (%Ln vrstica); nobene ni mogoče uvoziti.</numerusform>
            <numerusform>Vsaka vrstica ima težavo (%Ln vrstici); nobene ni mogoče uvoziti.</numerusform>
            <numerusform>Vsaka vrstica ima težavo (%Ln vrstice); nobene ni mogoče uvoziti.</numerusform>
            <numerusform>Vsaka vrstica ima težavo (%Ln vrstic); nobene ni mogoče uvoziti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {rows} rows have a problem.</source>
        <translation>
            <numerusform>%Ln od {rows} vrstic ima težavo.</numerusform>
            <numerusform>%Ln od {rows} vrstic imata težavo.</numerusform>
            <numerusform>%Ln od {rows} vrstic imajo težavo.</numerusform>
            <numerusform>%Ln od {rows} vrstic ima težavo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more: the file of rejected rows lists them all.</source>
        <translation>
            <numerusform>…in še %Ln vrstica: vse so navedene v datoteki z zavrnjenimi vrsticami.</numerusform>
            <numerusform>…in še %Ln vrstici: vse so navedene v datoteki z zavrnjenimi vrsticami.</numerusform>
            <numerusform>…in še %Ln vrstice: vse so navedene v datoteki z zavrnjenimi vrsticami.</numerusform>
            <numerusform>…in še %Ln vrstic: vse so navedene v datoteki z zavrnjenimi vrsticami.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import only the &amp;good rows (skip the %Ln with problems)</source>
        <translation>
            <numerusform>Uvozi samo &amp;veljavne vrstice (izpusti %Ln vrstico s težavo)</numerusform>
            <numerusform>Uvozi samo &amp;veljavne vrstice (izpusti %Ln vrstici s težavo)</numerusform>
            <numerusform>Uvozi samo &amp;veljavne vrstice (izpusti %Ln vrstice s težavo)</numerusform>
            <numerusform>Uvozi samo &amp;veljavne vrstice (izpusti %Ln vrstic s težavo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import only the good rows</source>
        <translation>Uvozi samo veljavne vrstice</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Forgotten customer</source>
        <extracomment>What a customer whose personal data was erased is called wherever a name is shown (services.privacy forgets them; their row keeps no name, number or address).</extracomment>
        <translation>Pozabljena stranka</translation>
    </message>
    <message>
        <source>There is no customer number {number}.</source>
        <extracomment>The index merge and the file&apos;s clean-up, in `forget`&apos;s units of progress.</extracomment>
        <translation>Stranke s številko {number} ni.</translation>
    </message>
    <message>
        <source>Say which customer: a phone number, an e-mail or a number.</source>
        <translation>Navedite stranko: telefonsko številko, e-poštni naslov ali številko stranke.</translation>
    </message>
    <message>
        <source>No customer has the phone number {value}.</source>
        <translation>Nobena stranka nima telefonske številke {value}.</translation>
    </message>
    <message>
        <source>No customer has the e-mail address {value}.</source>
        <translation>Nobena stranka nima e-poštnega naslova {value}.</translation>
    </message>
    <message>
        <source>Several customers have the phone number {value} (numbers {numbers}); give the customer&apos;s number with --customer.</source>
        <translation>Telefonsko številko {value} ima več strank (številke {numbers}); s --customer navedite številko stranke.</translation>
    </message>
    <message>
        <source>Several customers have the e-mail address {value} (numbers {numbers}); give the customer&apos;s number with --customer.</source>
        <translation>E-poštni naslov {value} ima več strank (številke {numbers}); s --customer navedite številko stranke.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot the personal data of %Ln customers who never bought (retention)</source>
        <translation>
            <numerusform>Pozabljeni osebni podatki %Ln stranke brez nakupa (hramba podatkov)</numerusform>
            <numerusform>Pozabljeni osebni podatki %Ln strank brez nakupa (hramba podatkov)</numerusform>
            <numerusform>Pozabljeni osebni podatki %Ln strank brez nakupa (hramba podatkov)</numerusform>
            <numerusform>Pozabljeni osebni podatki %Ln strank brez nakupa (hramba podatkov)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot the personal data of %Ln customers, as asked</source>
        <translation>
            <numerusform>Pozabljeni osebni podatki %Ln stranke, na zahtevo</numerusform>
            <numerusform>Pozabljeni osebni podatki %Ln strank, na zahtevo</numerusform>
            <numerusform>Pozabljeni osebni podatki %Ln strank, na zahtevo</numerusform>
            <numerusform>Pozabljeni osebni podatki %Ln strank, na zahtevo</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgetting cancelled; nothing was changed.</source>
        <translation>Pozaba je preklicana; nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>No backups of this file were found; copies of it kept elsewhere still hold the data until they are deleted.</source>
        <translation>Ni bilo najdenih varnostnih kopij te datoteke; kopije, shranjene drugje, podatke vsebujejo, dokler jih ne izbrišete.</translation>
    </message>
    <message>
        <source>Backups made before still hold the data; by the backup settings the last of them is deleted on {date} (copies kept elsewhere, until they are deleted).</source>
        <translation>Prej narejene varnostne kopije podatke še vsebujejo; glede na nastavitve varnostnih kopij bo zadnja med njimi izbrisana dne {date} (kopije, shranjene drugje, pa šele, ko jih izbrišete).</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Zasebnost</translation>
    </message>
    <message>
        <source>Keep nothing longer than needed about people who enquired and never bought, and make repeat offers only to those who want them.</source>
        <translation>Podatkov o ljudeh, ki so povpraševali, a niso nikoli kupili, ne hranite dlje, kot je treba, ponovne ponudbe pa pripravite le za tiste, ki si jih želijo.</translation>
    </message>
    <message>
        <source>&amp;Forget customers who never bought after</source>
        <translation>&amp;Pozabi stranke brez nakupa po</translation>
    </message>
    <message>
        <source>Forget customers who never bought after a number of months</source>
        <translation>Pozabi stranke brez nakupa po določenem številu mesecev</translation>
    </message>
    <message>
        <source>Off by default. On: once at start and every day, customers with no purchase whose last enquiry is older than this are forgotten</source>
        <translation>Privzeto izklopljeno. Ko je vklopljeno, so ob zagonu in nato vsak dan pozabljene stranke brez nakupa, katerih zadnje povpraševanje je starejše od tega</translation>
    </message>
    <message>
        <source>Months without an enquiry</source>
        <translation>Meseci brez povpraševanja</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mesecu</numerusform>
            <numerusform>%n mesecih</numerusform>
            <numerusform>%n mesecih</numerusform>
            <numerusform>%n mesecih</numerusform>
        </translation>
    </message>
    <message>
        <source>without an enquiry</source>
        <translation>brez povpraševanja</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Pre&amp;dogled…</translation>
    </message>
    <message>
        <source>Preview who would be forgotten</source>
        <translation>Predogled strank, ki bi bile pozabljene</translation>
    </message>
    <message>
        <source>List the customers who would be forgotten now after this many months</source>
        <translation>Prikaži stranke, ki bi bile pri tem številu mesecev pozabljene že zdaj</translation>
    </message>
    <message>
        <source>Forgetting erases a customer&apos;s name, phone numbers, e-mail addresses, handle and notes, and what was written in their enquiries, contacts and feedback. Their enquiries stay as anonymous records, so every figure of every month stays the same. It cannot be undone. Backups made before still hold the data until they age out (Settings → Backups).</source>
        <translation>Pozaba izbriše ime stranke, telefonske številke, e-poštne naslove, uporabniško ime in opombe ter vse, kar je bilo zapisano v njenih povpraševanjih, stikih in povratnih informacijah. Njena povpraševanja ostanejo kot anonimni zapisi, zato vsi podatki v poročilih za vse mesece ostanejo enaki. Tega ni mogoče razveljaviti. Prej narejene varnostne kopije podatke še vsebujejo, dokler ne potečejo (Nastavitve → Varnostne kopije).</translation>
    </message>
    <message>
        <source>Offer repeat purchases only to customers who &amp;agreed to be contacted</source>
        <translation>Ponovne ponudbe samo za stranke, ki se &amp;strinjajo s prejemanjem ponudb</translation>
    </message>
    <message>
        <source>Offer repeat purchases only to customers who agreed to be contacted</source>
        <translation>Ponovne ponudbe samo za stranke, ki se strinjajo s prejemanjem ponudb</translation>
    </message>
    <message>
        <source>On: a purchase plans the repeat offer only for a customer marked “Agreed to be contacted with offers” (Customers → Edit…). Repeat offers planned before stay on Today.</source>
        <translation>Ko je vklopljeno, se ob nakupu ponovna ponudba načrtuje samo za stranko, označeno z „Se strinja s prejemanjem ponudb“ (Stranke → Uredi…). Ponovne ponudbe, načrtovane prej, ostanejo na zavihku Danes.</translation>
    </message>
    <message>
        <source>Forget customers who never bought</source>
        <translation>Pozabi stranke brez nakupa</translation>
    </message>
    <message numerus="yes">
        <source>%n months without an enquiry</source>
        <translation>
            <numerusform>%n mesec brez povpraševanja</numerusform>
            <numerusform>%n meseca brez povpraševanja</numerusform>
            <numerusform>%n meseci brez povpraševanja</numerusform>
            <numerusform>%n mesecev brez povpraševanja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten now ({after}), and others as their time comes.</source>
        <translation>
            <numerusform>Zdaj bi bila pozabljena %Ln stranka, ki ni nikoli kupila ({after}), druge pa, ko pride njihov čas.</numerusform>
            <numerusform>Zdaj bi bili pozabljeni %Ln stranki, ki nista nikoli kupili ({after}), druge pa, ko pride njihov čas.</numerusform>
            <numerusform>Zdaj bi bile pozabljene %Ln stranke, ki niso nikoli kupile ({after}), druge pa, ko pride njihov čas.</numerusform>
            <numerusform>Zdaj bi bilo pozabljenih %Ln strank, ki niso nikoli kupile ({after}), druge pa, ko pride njihov čas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody would be forgotten now; customers who never bought are forgotten after {after} from now on.</source>
        <translation>Zdaj ne bi bil pozabljen nihče; odslej bodo stranke brez nakupa pozabljene, ko bo izpolnjen pogoj: {after}.</translation>
    </message>
    <message>
        <source>Their enquiries stay, anonymous, and every figure stays the same. Forgetting cannot be undone; backups made before hold the data until they age out.</source>
        <translation>Povpraševanja teh strank ostanejo kot anonimni zapisi in vsi podatki v poročilih ostanejo enaki. Pozabe ni mogoče razveljaviti; prej narejene varnostne kopije podatke vsebujejo, dokler ne potečejo.</translation>
    </message>
    <message>
        <source>&amp;Save and forget</source>
        <translation>&amp;Shrani in pozabi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>Datoteke {path} ni mogoče prebrati ({error}).</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Mark purchased</source>
        <translation>Označi kot kupljeno</translation>
    </message>
    <message>
        <source>&amp;Value ({currency}):</source>
        <translation>&amp;Vrednost ({currency}):</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Vrednost nakupa</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>npr. {amount}</translation>
    </message>
    <message>
        <source>What they paid</source>
        <translation>Koliko so plačali</translation>
    </message>
    <message>
        <source>&amp;Bought:</source>
        <translation>&amp;Način nakupa:</translation>
    </message>
    <message>
        <source>How they bought</source>
        <translation>Način nakupa</translation>
    </message>
    <message>
        <source>In store, online or by delivery</source>
        <translation>V trgovini, po spletu ali z dostavo</translation>
    </message>
    <message>
        <source>Why they chose us:</source>
        <translation>Razlogi za nakup:</translation>
    </message>
    <message>
        <source>Why they chose us</source>
        <translation>Razlogi za nakup</translation>
    </message>
    <message>
        <source>Tick every reason they gave (Space ticks)</source>
        <translation>Označite vse razloge, ki jih je navedla stranka (preslednica označi)</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <source>The number of days must be 0 or more.</source>
        <extracomment>The index merge and the file&apos;s clean-up, in `purge`&apos;s units of progress.</extracomment>
        <translation>Število dni mora biti 0 ali več.</translation>
    </message>
    <message numerus="yes">
        <source>Purged %Ln deleted enquiries</source>
        <translation>
            <numerusform>Trajno odstranjeno %Ln izbrisano povpraševanje</numerusform>
            <numerusform>Trajno odstranjeni %Ln izbrisani povpraševanji</numerusform>
            <numerusform>Trajno odstranjena %Ln izbrisana povpraševanja</numerusform>
            <numerusform>Trajno odstranjenih %Ln izbrisanih povpraševanj</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging cancelled; nothing was changed.</source>
        <translation>Trajna odstranitev preklicana; nič ni bilo spremenjeno.</translation>
    </message>
</context>
<context>
    <name>PurgeDeleted</name>
    <message>
        <source>Purge &amp;deleted enquiries…</source>
        <translation>&amp;Trajno odstrani izbrisana povpraševanja…</translation>
    </message>
    <message>
        <source>Remove deleted enquiries for good, with everything written on them; their customers stay</source>
        <translation>Trajno odstrani izbrisana povpraševanja z vsem, kar je v njih zapisano; stranke ostanejo</translation>
    </message>
    <message>
        <source>There are no deleted enquiries to purge.</source>
        <translation>Izbrisanih povpraševanj za trajno odstranitev ni.</translation>
    </message>
    <message>
        <source>Purging deleted enquiries</source>
        <translation>Trajno odstranjevanje izbrisanih povpraševanj</translation>
    </message>
    <message>
        <source>Purging deleted enquiries…</source>
        <translation>Trajno odstranjevanje izbrisanih povpraševanj …</translation>
    </message>
    <message>
        <source>Purge deleted enquiries</source>
        <translation>Trajno odstrani izbrisana povpraševanja</translation>
    </message>
    <message>
        <source>{what}. This cannot be undone.</source>
        <translation>{what}. Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Purging cancelled; nothing was changed.</source>
        <translation>Trajna odstranitev preklicana; nič ni bilo spremenjeno.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge deleted enquiries</source>
        <translation>Trajno odstrani izbrisana povpraševanja</translation>
    </message>
    <message>
        <source>Purge deleted enquiries?</source>
        <translation>Trajno odstranim izbrisana povpraševanja?</translation>
    </message>
    <message numerus="yes">
        <source>There are %Ln deleted enquiries, the first deleted on {date}.</source>
        <translation>
            <numerusform>Izbrisano je %Ln povpraševanje, izbrisano {date}.</numerusform>
            <numerusform>Izbrisani sta %Ln povpraševanji, prvo izbrisano {date}.</numerusform>
            <numerusform>Izbrisana so %Ln povpraševanja, prvo izbrisano {date}.</numerusform>
            <numerusform>Izbrisanih je %Ln povpraševanj, prvo izbrisano {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging removes them for good, with their contacts, follow-ups, purchases and feedback, and erases what was written on them from the change log&apos;s history. Their customers stay, and every report stays the same.</source>
        <translation>Trajna odstranitev jih odstrani za vedno, skupaj s stiki, nadaljnjimi koraki, nakupi in odzivi, in izbriše, kar je bilo v njih zapisano, iz zgodovine dnevnika sprememb. Stranke ostanejo in vsa poročila ostanejo enaka.</translation>
    </message>
    <message>
        <source>This cannot be undone, and changes made before cannot be undone after it.</source>
        <translation>Tega ni mogoče razveljaviti, prav tako po tem ni mogoče razveljaviti prejšnjih sprememb.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Trajno odstrani</translation>
    </message>
    <message>
        <source>Remove the deleted enquiries for good</source>
        <translation>Izbrisana povpraševanja odstrani za vedno</translation>
    </message>
</context>
<context>
    <name>QtLibraries</name>
    <message>
        <source>EnquiryDesk cannot open its window: this system lacks libraries that Qt needs to draw on an X11 screen: {libraries}.</source>
        <translation>EnquiryDesk ne more odpreti okna: v tem sistemu manjkajo knjižnice, ki jih Qt potrebuje za izris na zaslonu X11: {libraries}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install them with:</source>
        <translation>V sistemu Debian ali Ubuntu jih namestite z ukazom:</translation>
    </message>
    <message>
        <source>Your distribution&apos;s package search finds the package that has {libraries}.</source>
        <translation>Paket, ki vsebuje {libraries}, najdete z iskanjem paketov v vaši distribuciji.</translation>
    </message>
    <message>
        <source>The commands (report, add, import …) work without them.</source>
        <translation>Ukazi (report, add, import …) delujejo tudi brez njih.</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log an enquiry</source>
        <extracomment>Channels whose enquirer is usually answered on the spot (served, or the call picked up). Only this many channels can have a number key. The suggestion list shows this many rows before it scrolls.</extracomment>
        <translation>Zabeleži povpraševanje</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>How the enquiry came in (Alt+C). Press 1–{last} to choose it, anywhere in this window except while typing in a text box.</source>
        <translation>Kako je povpraševanje prispelo (Alt+K). Izberete ga s tipkami 1–{last} kjer koli v tem oknu, razen med tipkanjem v besedilno polje.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Ime stranke</translation>
    </message>
    <message>
        <source>The customer&apos;s name (Alt+N). Known customers who fit appear below as you type: Down arrow to reach them.</source>
        <translation>Ime stranke (Alt+I). Znane stranke, ki ustrezajo, se med tipkanjem prikažejo spodaj: do njih pridete s puščico navzdol.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonska številka</translation>
    </message>
    <message>
        <source>Phone number in any usual form, with or without the country code (Alt+P). Known customers who fit appear below as you type: Down arrow to reach them.</source>
        <translation>Telefonska številka v kateri koli običajni obliki, s kodo države ali brez nje (Alt+T). Znane stranke, ki ustrezajo, se med tipkanjem prikažejo spodaj: do njih pridete s puščico navzdol.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-poštni naslov</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address (Alt+E).</source>
        <translation>E-poštni naslov stranke (Alt+E).</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Ustrezne stranke</translation>
    </message>
    <message>
        <source>Customers we know who fit what you typed. Down arrow from the name, phone or e-mail to reach them; Enter or double-click takes one; Esc goes back.</source>
        <translation>Znane stranke, ki ustrezajo vpisanemu. Do njih pridete s puščico navzdol iz polja za ime, telefon ali e-pošto; Enter ali dvoklik izbere stranko; Esc vas vrne nazaj.</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Zadetki:</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>The product or service they asked about (Alt+I).</source>
        <translation>Izdelek ali storitev, za katero je spraševala stranka (Alt+Z).</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Zanimanje:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Anything else worth remembering (Alt+O). Enter starts a new line here; Ctrl+Enter saves.</source>
        <translation>Vse drugo, kar si je vredno zapomniti (Alt+O). Enter tu začne novo vrstico; Ctrl+Enter shrani.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Opombe:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Vir</translation>
    </message>
    <message>
        <source>How they heard of the shop, if they said (Alt+S). Leave empty if unknown.</source>
        <translation>Kako je stranka izvedela za trgovino, če je to povedala (Alt+V). Če ni znano, pustite prazno.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Vir:</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Priporočil(a)</translation>
    </message>
    <message>
        <source>The customer who recommended the shop to them, if they said (Alt+B). Type a name, phone or e-mail, then Down and Enter to pick them from the list; an empty source becomes Recommendation.</source>
        <translation>Stranka, ki je tej stranki priporočila trgovino, če je to povedala (Alt+P). Vpišite ime, telefon ali e-pošto, nato stranko izberite s seznama s puščico navzdol in tipko Enter; prazen vir postane Priporočilo.</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>&amp;Priporočil(a):</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Sprejel(a)</translation>
    </message>
    <message>
        <source>Who took the enquiry (Alt+T): whoever is at the counter, unless changed</source>
        <translation>Kdo je sprejel povpraševanje (Alt+S): kdor je na pultu, razen če to spremenite</translation>
    </message>
    <message>
        <source>&amp;Taken by:</source>
        <translation>&amp;Sprejel(a):</translation>
    </message>
    <message>
        <source>&amp;Answered now</source>
        <translation>O&amp;dgovorjeno takoj</translation>
    </message>
    <message>
        <source>Answered now</source>
        <translation>Odgovorjeno takoj</translation>
    </message>
    <message>
        <source>A walk-in served or a call picked up: the response time is zero (Alt+A). Ticked by itself for walk-ins and phone calls.</source>
        <translation>Stranka, postrežena v trgovini, ali sprejet klic: odzivni čas je nič (Alt+D). Pri obiskih v trgovini in telefonskih klicih se označi samodejno.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Save the enquiry</source>
        <translation>Shrani povpraševanje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zapri brez shranjevanja (Esc)</translation>
    </message>
    <message>
        <source>Choose the channel first.</source>
        <translation>Najprej izberite kanal.</translation>
    </message>
    <message>
        <source>Fix the phone number first.</source>
        <translation>Najprej popravite telefonsko številko.</translation>
    </message>
    <message>
        <source>Fix the e-mail address first.</source>
        <translation>Najprej popravite e-poštni naslov.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name, phone or e-mail first.</source>
        <translation>Najprej vpišite ime, telefon ali e-pošto stranke.</translation>
    </message>
    <message>
        <source>Pick who recommended them from the list, or clear that field.</source>
        <translation>S seznama izberite, kdo je stranko priporočil, ali izpraznite to polje.</translation>
    </message>
    <message>
        <source>Save the enquiry (Enter; Ctrl+Enter from the notes)</source>
        <translation>Shrani povpraševanje (Enter; iz opomb Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n customers named {name} already, with other numbers ({phones}). If this is the same person, pick them from Matches; saving as it is makes a new customer.</source>
        <translation>
            <numerusform>Že obstaja %n stranka z imenom {name}, z drugo številko ({phones}). Če je to ista oseba, jo izberite med zadetki; če shranite tako, kot je, nastane nova stranka.</numerusform>
            <numerusform>Že obstajata %n stranki z imenom {name}, z drugimi številkami ({phones}). Če je to ista oseba, jo izberite med zadetki; če shranite tako, kot je, nastane nova stranka.</numerusform>
            <numerusform>Že obstajajo %n stranke z imenom {name}, z drugimi številkami ({phones}). Če je to ista oseba, jo izberite med zadetki; če shranite tako, kot je, nastane nova stranka.</numerusform>
            <numerusform>Že obstaja %n strank z imenom {name}, z drugimi številkami ({phones}). Če je to ista oseba, jo izberite med zadetki; če shranite tako, kot je, nastane nova stranka.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>no enquiries yet</source>
        <translation>še brez povpraševanj</translation>
    </message>
    <message>
        <source>last {date}</source>
        <translation>zadnjič {date}</translation>
    </message>
    <message>
        <source>Returning customer: {history}</source>
        <translation>Povratna stranka: {history}</translation>
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <source>Reasons</source>
        <translation>Razlogi</translation>
    </message>
    <message>
        <source>Why sales are lost, how customers heard of the shop, why buyers chose it: rename them in the shop&apos;s words, add its own, hide what never applies. The report counts each under its key.</source>
        <translation>Zakaj se prodaje izgubijo, kako so stranke izvedele za trgovino, zakaj so jo kupci izbrali: postavke preimenujte z besedami trgovine, dodajte lastne in skrijte tiste, ki nikoli ne pridejo v poštev. Poročilo vsako postavko šteje pod njenim ključem.</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Seznam</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Razlogi za izgubo</translation>
    </message>
    <message>
        <source>Sources (how they heard of the shop)</source>
        <translation>Viri (kako so izvedeli za trgovino)</translation>
    </message>
    <message>
        <source>Decision factors (why they chose the shop)</source>
        <translation>Razlogi za nakup (zakaj so izbrali trgovino)</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Seznam:</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders and start-up</source>
        <translation>Opomniki in zagon</translation>
    </message>
    <message>
        <source>&amp;Keep EnquiryDesk in the tray when the window is closed</source>
        <translation>&amp;Ohrani EnquiryDesk v sistemski vrstici, ko je okno zaprto</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Delovanje v sistemski vrstici</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed; Ctrl+Q quits</source>
        <translation>Opomniki prihajajo tudi, ko je okno zaprto; Ctrl+Q konča program</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation>To namizje nima sistemske vrstice: zaprtje okna konča program</translation>
    </message>
    <message>
        <source>&amp;Start EnquiryDesk when I log in</source>
        <translation>&amp;Zaženi EnquiryDesk ob prijavi</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Zagon ob prijavi</translation>
    </message>
    <message>
        <source>So that no reminder is missed; only for your own user on this computer</source>
        <translation>Da ne zamudite nobenega opomnika; samo za vašega uporabnika na tem računalniku</translation>
    </message>
    <message>
        <source>Every minute EnquiryDesk looks for follow-ups that came due and for enquiries waiting past the response target, and tells you once about each.</source>
        <translation>EnquiryDesk vsako minuto preveri, ali je kateri nadaljnji stik zapadel in ali katero povpraševanje čaka dlje od ciljnega odzivnega časa, ter vas o vsakem obvesti enkrat.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Save these choices (Enter)</source>
        <translation>Shrani te izbire (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zapri brez shranjevanja (Esc)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Reminders and start-up…</source>
        <translation>&amp;Opomniki in zagon…</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed; start at login</source>
        <translation>Ko zaprete okno, program še naprej deluje v sistemski vrstici; zažene se ob prijavi</translation>
    </message>
    <message>
        <source>EnquiryDesk</source>
        <translation>EnquiryDesk</translation>
    </message>
    <message>
        <source>&amp;Show EnquiryDesk</source>
        <translation>&amp;Prikaži EnquiryDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Končaj</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups came due. They are on the Today page.</source>
        <translation>
            <numerusform>Zapadel je %Ln nadaljnji stik. Najdete ga na strani Danes.</numerusform>
            <numerusform>Zapadla sta %Ln nadaljnja stika. Najdete ju na strani Danes.</numerusform>
            <numerusform>Zapadli so %Ln nadaljnji stiki. Najdete jih na strani Danes.</numerusform>
            <numerusform>Zapadlo je %Ln nadaljnjih stikov. Najdete jih na strani Danes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since EnquiryDesk last ran</source>
        <translation>Od zadnjega zagona programa EnquiryDesk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups came due</source>
        <translation>
            <numerusform>Zapadel je %Ln nadaljnji stik</numerusform>
            <numerusform>Zapadla sta %Ln nadaljnja stika</numerusform>
            <numerusform>Zapadli so %Ln nadaljnji stiki</numerusform>
            <numerusform>Zapadlo je %Ln nadaljnjih stikov</numerusform>
        </translation>
    </message>
    <message>
        <source>Still waiting for an answer</source>
        <translation>Še čaka na odgovor</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>EnquiryDesk is still running</source>
        <translation>EnquiryDesk še vedno deluje</translation>
    </message>
    <message>
        <source>Reminders keep coming here. Quit from this icon&apos;s menu, or with Ctrl+Q.</source>
        <translation>Opomniki bodo še naprej prihajali sem. Program končate v meniju te ikone ali s Ctrl+Q.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>Export formats: the key `exports.files.export` takes → file extension.</extracomment>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Delovni zvezki Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export {month}</source>
        <translation>Izvoz za {month}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Izvažanje</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Zapisovanje datoteke {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvozi</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Shranjeno: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Izvoz je preklican; nobena datoteka ni bila zapisana.</translation>
    </message>
    <message>
        <source>Print the report for {month}</source>
        <translation>Natisni poročilo za {month}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Report month</source>
        <translation>Mesec poročila</translation>
    </message>
    <message>
        <source>The month to report on; Up and Down change it</source>
        <translation>Mesec, za katerega je poročilo; puščici gor in dol ga spremenita</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mesec:</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Prejšnji mesec</translation>
    </message>
    <message>
        <source>The month before (Alt+Left)</source>
        <translation>Mesec prej (Alt+puščica levo)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Naslednji mesec</translation>
    </message>
    <message>
        <source>The month after (Alt+Right)</source>
        <translation>Mesec pozneje (Alt+puščica desno)</translation>
    </message>
    <message>
        <source>Counting the month</source>
        <translation>Računanje meseca</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Izvozi &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Izvozi CSV</translation>
    </message>
    <message>
        <source>The month&apos;s enquiries, one row each, for any spreadsheet</source>
        <translation>Povpraševanja meseca, vsako v svoji vrstici, za katerokoli preglednico</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Izvozi E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Izvozi Excel</translation>
    </message>
    <message>
        <source>A workbook: these figures with charts, and the month&apos;s enquiries</source>
        <translation>Delovni zvezek: te številke z grafikoni in povpraševanja meseca</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Izvozi PD&amp;F…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Izvozi PDF</translation>
    </message>
    <message>
        <source>These pages as a PDF to send or keep</source>
        <translation>Te strani kot PDF za pošiljanje ali hrambo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Nat&amp;isni…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Natisni poročilo</translation>
    </message>
    <message>
        <source>Preview and print these pages (Ctrl+P)</source>
        <translation>Predogled in tiskanje teh strani (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Natisni &amp;poročilo…</translation>
    </message>
    <message>
        <source>Preview and print the month&apos;s report (Ctrl+P)</source>
        <translation>Predogled in tiskanje mesečnega poročila (Ctrl+P)</translation>
    </message>
    <message>
        <source>Counting {month}…</source>
        <translation>Računanje za {month}…</translation>
    </message>
    <message>
        <source>Counting the month…</source>
        <translation>Računanje meseca…</translation>
    </message>
    <message>
        <source>The report could not be counted.</source>
        <translation>Poročila ni bilo mogoče izračunati.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Posodabljanje…</translation>
    </message>
    <message>
        <source>Nothing was recorded in {month}: no enquiries, sales or feedback. Choose another month, or log enquiries to see their figures here.</source>
        <translation>V mesecu {month} ni bilo zabeleženo nič: ne povpraševanj ne prodaj ne povratnih informacij. Izberite drug mesec ali vnesite povpraševanja, da bodo tu vidne njihove številke.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve complaint</source>
        <translation>Reši reklamacijo</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Reši</translation>
    </message>
    <message>
        <source>{heading}
They said: {complaint}</source>
        <translation>{heading}
Stranka je povedala: {complaint}</translation>
    </message>
    <message>
        <source>&amp;How was it put right:</source>
        <translation>&amp;Kako je bila rešena:</translation>
    </message>
    <message>
        <source>How the complaint was put right</source>
        <translation>Kako je bila reklamacija rešena</translation>
    </message>
    <message>
        <source>For example: replaced the unit, refunded, explained the settings. Ctrl+Enter saves.</source>
        <translation>Na primer: zamenjali smo napravo, vrnili denar, razložili nastavitve. Ctrl+Enter shrani.</translation>
    </message>
</context>
<context>
    <name>RetentionKeeper</name>
    <message>
        <source>Customers due to be forgotten could not be: {error}</source>
        <translation>Strank, ki bi morale biti pozabljene, ni bilo mogoče pozabiti: {error}</translation>
    </message>
</context>
<context>
    <name>Saver</name>
    <message>
        <source>Saving…</source>
        <extracomment>After this long without an answer, the dialog says why it is waiting.</extracomment>
        <translation>Shranjevanje …</translation>
    </message>
    <message>
        <source>Another program is writing to the file (another EnquiryDesk importing, perhaps); this will be saved as soon as it is done. Nothing you typed is lost.</source>
        <translation>Drug program zapisuje v datoteko (morda drug EnquiryDesk uvaža podatke); to bo shranjeno takoj, ko konča. Nič, kar ste vnesli, se ne izgubi.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table {table} is missing</source>
        <extracomment>A problem the check found; {table} is the database&apos;s own name of a table.</extracomment>
        <translation>manjka tabela {table}</translation>
    </message>
    <message>
        <source>column {column} is missing</source>
        <extracomment>A problem the check found; {column} is the database&apos;s own name of a column.</extracomment>
        <translation>manjka stolpec {column}</translation>
    </message>
    <message>
        <source>index {index} is missing</source>
        <extracomment>A problem the check found; {index} is the database&apos;s own name of an index.</extracomment>
        <translation>manjka indeks {index}</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message numerus="yes">
        <source>Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %n sekundo.</numerusform>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %n sekundi.</numerusform>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %n sekunde.</numerusform>
            <numerusform>Preveč napačnih PIN-ov; poskusite znova čez %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the owner&apos;s PIN. Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>To ni lastnikov PIN. Preveč napačnih PIN-ov; poskusite znova čez %n sekundo.</numerusform>
            <numerusform>To ni lastnikov PIN. Preveč napačnih PIN-ov; poskusite znova čez %n sekundi.</numerusform>
            <numerusform>To ni lastnikov PIN. Preveč napačnih PIN-ov; poskusite znova čez %n sekunde.</numerusform>
            <numerusform>To ni lastnikov PIN. Preveč napačnih PIN-ov; poskusite znova čez %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not {name}&apos;s PIN. Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>To ni PIN osebe {name}. Preveč napačnih PIN-ov; poskusite znova čez %n sekundo.</numerusform>
            <numerusform>To ni PIN osebe {name}. Preveč napačnih PIN-ov; poskusite znova čez %n sekundi.</numerusform>
            <numerusform>To ni PIN osebe {name}. Preveč napačnih PIN-ov; poskusite znova čez %n sekunde.</numerusform>
            <numerusform>To ni PIN osebe {name}. Preveč napačnih PIN-ov; poskusite znova čez %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the owner&apos;s PIN (%n more tries before a wait).</source>
        <translation>
            <numerusform>To ni lastnikov PIN (še %n poskus, preden bo treba počakati).</numerusform>
            <numerusform>To ni lastnikov PIN (še %n poskusa, preden bo treba počakati).</numerusform>
            <numerusform>To ni lastnikov PIN (še %n poskusi, preden bo treba počakati).</numerusform>
            <numerusform>To ni lastnikov PIN (še %n poskusov, preden bo treba počakati).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not {name}&apos;s PIN (%n more tries before a wait).</source>
        <translation>
            <numerusform>To ni PIN osebe {name} (še %n poskus, preden bo treba počakati).</numerusform>
            <numerusform>To ni PIN osebe {name} (še %n poskusa, preden bo treba počakati).</numerusform>
            <numerusform>To ni PIN osebe {name} (še %n poskusi, preden bo treba počakati).</numerusform>
            <numerusform>To ni PIN osebe {name} (še %n poskusov, preden bo treba počakati).</numerusform>
        </translation>
    </message>
    <message>
        <source>This needs the owner&apos;s PIN.</source>
        <translation>Za to je potreben lastnikov PIN.</translation>
    </message>
    <message>
        <source>Restoring a backup needs the owner&apos;s PIN.</source>
        <translation>Za obnovitev varnostne kopije je potreben lastnikov PIN.</translation>
    </message>
    <message>
        <source>Switching to {name} needs their PIN.</source>
        <translation>Za preklop na osebo {name} je potreben njen PIN.</translation>
    </message>
    <message>
        <source>Choose the owner on the Staff page before setting a PIN.</source>
        <translation>Preden nastavite PIN, na strani Zaposleni izberite lastnika.</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN set</source>
        <translation>Lastnikov PIN nastavljen</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN removed</source>
        <translation>Lastnikov PIN odstranjen</translation>
    </message>
    <message>
        <source>That is not this shop&apos;s recovery key.</source>
        <translation>To ni obnovitvena koda te trgovine.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Varnost</translation>
    </message>
    <message>
        <source>Once the owner sets a PIN, it is asked before Settings open, before deleting an enquiry, merging customers, exporting, importing and restoring a backup, and before someone switches to the owner — in the window and on the command line. After five wrong PINs the next try waits 30 seconds, and longer each time. A recovery key is shown once when the PIN is set: write it down; it removes a forgotten PIN (enquirydesk reset-pin).</source>
        <translation>Ko lastnik nastavi PIN, ga program zahteva pred odprtjem nastavitev, pred brisanjem povpraševanja, združevanjem strank, izvozom, uvozom in obnovitvijo varnostne kopije ter preden kdo preklopi na lastnika – v oknu in v ukazni vrstici. Po petih napačnih PIN-ih je treba pred naslednjim poskusom počakati 30 sekund, vsakič pa dlje. Ob nastavitvi PIN-a se enkrat prikaže obnovitvena koda: zapišite si jo; z njo odstranite pozabljeni PIN (enquirydesk reset-pin).</translation>
    </message>
    <message>
        <source>New owner&apos;s PIN</source>
        <translation>Nov lastnikov PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>PIN še enkrat</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Nov &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Še &amp;enkrat:</translation>
    </message>
    <message>
        <source>&amp;Remove the owner&apos;s PIN</source>
        <translation>&amp;Odstrani lastnikov PIN</translation>
    </message>
    <message>
        <source>Remove the owner&apos;s PIN</source>
        <translation>Odstrani lastnikov PIN</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>nespremenjeno</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-a se ne ujemata.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to the shop&apos;s server</source>
        <translation>Poveži se s strežnikom trgovine</translation>
    </message>
    <message>
        <source>Several PCs can work on the same enquiries when the shop keeps them in a PostgreSQL database on a server. Whoever set up the server can tell you these details.</source>
        <translation>Več računalnikov lahko dela z istimi povpraševanji, če jih trgovina hrani v zbirki podatkov PostgreSQL na strežniku. Te podatke vam lahko pove tisti, ki je strežnik nastavil.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Strežnik</translation>
    </message>
    <message>
        <source>The name or address of the computer that runs PostgreSQL, such as 192.168.1.10 or shop-server</source>
        <translation>Ime ali naslov računalnika, na katerem teče PostgreSQL, na primer 192.168.1.10 ali streznik-trgovine</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>npr. 192.168.1.10</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Vrata</translation>
    </message>
    <message>
        <source>The server&apos;s port: 5432 unless whoever set it up says otherwise</source>
        <translation>Vrata strežnika: 5432, razen če tisti, ki ga je nastavil, pravi drugače</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Zbirka podatkov</translation>
    </message>
    <message>
        <source>The name of the shop&apos;s database on the server</source>
        <translation>Ime zbirke podatkov trgovine na strežniku</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Your user name on the database server</source>
        <translation>Vaše uporabniško ime na strežniku zbirke podatkov</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>The password of that user name on the server. Empty: the password kept on this PC, if there is one</source>
        <translation>Geslo tega uporabnika na strežniku. Prazno: geslo, shranjeno na tem računalniku, če obstaja</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this PC</source>
        <translation>Zapo&amp;mni si geslo na tem računalniku</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>Zapomni si geslo na tem računalniku</translation>
    </message>
    <message>
        <source>Kept in this PC&apos;s own password store (the system keyring), so that EnquiryDesk connects by itself next time; never in a settings file. Unticked: a password kept before is forgotten.</source>
        <translation>Shranjeno v lastni shrambi gesel tega računalnika (sistemski obesek ključev), da se EnquiryDesk naslednjič poveže sam; nikoli v datoteki z nastavitvami. Neoznačeno: prej shranjeno geslo se pozabi.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Strežnik:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Vrata:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Zbirka podatkov:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Uporabniško ime:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Geslo:</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Povezovanje</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Poveži</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Poveži</translation>
    </message>
    <message>
        <source>Connect to the server with these details</source>
        <translation>Poveži se s strežnikom s temi podatki</translation>
    </message>
    <message>
        <source>Open a &amp;file on this PC instead…</source>
        <translation>Raje odpri &amp;datoteko na tem računalniku…</translation>
    </message>
    <message>
        <source>Open a file on this PC instead</source>
        <translation>Raje odpri datoteko na tem računalniku</translation>
    </message>
    <message>
        <source>Work on an EnquiryDesk file kept on this PC, without the server</source>
        <translation>Delajte z datoteko EnquiryDesk na tem računalniku, brez strežnika</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close without connecting (Esc)</source>
        <translation>Zapri brez povezovanja (Esc)</translation>
    </message>
    <message>
        <source>Kept on this PC</source>
        <translation>Shranjeno na tem računalniku</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation>Vpišite strežnik, zbirko podatkov in uporabniško ime.</translation>
    </message>
    <message>
        <source>Connecting to {where}…</source>
        <translation>Povezovanje z zbirko {where}…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>P&amp;oskusi znova</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>Try to connect again with these details</source>
        <translation>Poskusi se znova povezati s temi podatki</translation>
    </message>
    <message>
        <source>Open an EnquiryDesk file</source>
        <translation>Odpri datoteko EnquiryDesk</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Use a whole number from {low} to {high}.</source>
        <translation>Vnesite celo število od {low} do {high}.</translation>
    </message>
    <message numerus="yes">
        <source>Use text of at most %Ln characters.</source>
        <translation>
            <numerusform>Besedilo sme imeti največ %Ln znak.</numerusform>
            <numerusform>Besedilo sme imeti največ %Ln znaka.</numerusform>
            <numerusform>Besedilo sme imeti največ %Ln znake.</numerusform>
            <numerusform>Besedilo sme imeti največ %Ln znakov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a two-letter country code like ID or SI.</source>
        <translation>Vnesite dvočrkovno kodo države, npr. ID ali SI.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code like IDR or EUR.</source>
        <translation>Vnesite tričrkovno kodo valute, npr. IDR ali EUR.</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>Vnesite yes (da) ali no (ne).</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Ime trgovine</translation>
    </message>
    <message>
        <source>Country (for phone numbers)</source>
        <translation>Država (za telefonske številke)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Opening hours and holidays</source>
        <translation>Delovni čas in prazniki</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Ob praznikih zaprto</translation>
    </message>
    <message>
        <source>Response target (business minutes)</source>
        <translation>Ciljni odzivni čas (minute delovnega časa)</translation>
    </message>
    <message>
        <source>Check the decision after (business days)</source>
        <translation>Preverjanje odločitve čez (št. delovnih dni)</translation>
    </message>
    <message>
        <source>After-sales check-in after (days)</source>
        <translation>Poprodajni stik čez (št. dni)</translation>
    </message>
    <message>
        <source>Retention contact after (days)</source>
        <translation>Stik za ohranitev stranke čez (št. dni)</translation>
    </message>
    <message>
        <source>Handle complaints within (business days)</source>
        <translation>Rok za reklamacije (št. delovnih dni)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapa za varnostne kopije</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Število hranjenih dnevnih kopij</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Število hranjenih tedenskih kopij</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Število hranjenih mesečnih kopij</translation>
    </message>
    <message>
        <source>First-run page completed</source>
        <translation>Stran ob prvem zagonu zaključena</translation>
    </message>
    <message>
        <source>Closing the window keeps EnquiryDesk in the tray</source>
        <translation>Zapiranje okna pusti EnquiryDesk v sistemski vrstici</translation>
    </message>
    <message>
        <source>Forget customers who never bought after (months)</source>
        <translation>Pozabi stranke brez nakupa po (št. mesecev)</translation>
    </message>
    <message>
        <source>Repeat offers only to customers who agreed to be contacted</source>
        <translation>Ponovne ponudbe samo strankam s privolitvijo za stik</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>Nastavitve z imenom {key} ni.</translation>
    </message>
    <message>
        <source>No settings changed</source>
        <translation>Nobena nastavitev ni spremenjena</translation>
    </message>
    <message>
        <source>Settings changed: {names}</source>
        <translation>Spremenjene nastavitve: {names}</translation>
    </message>
    <message>
        <source>Cancelled; the settings were left as they were.</source>
        <translation>Preklicano; nastavitve so ostale nespremenjene.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Strani nastavitev</translation>
    </message>
    <message>
        <source>Recomputing response times</source>
        <translation>Preračunavanje odzivnih časov</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Shrani nastavitve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Zapri brez shranjevanja</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Shranjevanje…</translation>
    </message>
    <message>
        <source>Stop recomputing the response times; nothing is saved (Esc)</source>
        <translation>Ustavi preračunavanje odzivnih časov; nič se ne shrani (Esc)</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN is set</source>
        <translation>Lastnikov PIN je nastavljen</translation>
    </message>
    <message>
        <source>Write this recovery key down and keep it apart from the computer. If the PIN is ever forgotten, it removes it:

{key}

It is shown only now.</source>
        <translation>To obnovitveno kodo si zapišite in jo hranite ločeno od računalnika. Če kdaj pozabite PIN, ga z njo odstranite:

{key}

Prikazana je samo zdaj.</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Nov jezik</translation>
    </message>
    <message>
        <source>EnquiryDesk will speak {language} when it starts again.</source>
        <translation>Ob naslednjem zagonu bo EnquiryDesk v jeziku: {language}.</translation>
    </message>
    <message>
        <source>Start it again now? Nothing you saved is lost.</source>
        <translation>Želite program znova zagnati zdaj? Nič shranjenega se ne bo izgubilo.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Znova zaženi zdaj</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Pozneje</translation>
    </message>
    <message>
        <source>Saving was stopped; nothing was changed. Save again when you like.</source>
        <translation>Shranjevanje je bilo ustavljeno; nič ni bilo spremenjeno. Shranite znova, ko želite.</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>Shop name</source>
        <translation>Ime trgovine</translation>
    </message>
    <message>
        <source>e.g. Toko Elektronik Jaya</source>
        <translation>npr. Trgovina Elektro Novak</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation>Država za telefonske številke</translation>
    </message>
    <message>
        <source>Phone numbers typed without +country code are read as numbers of this country</source>
        <translation>Telefonske številke, vpisane brez +kode države, veljajo za številke te države</translation>
    </message>
    <message>
        <source>None: type every number with +country code</source>
        <translation>Brez: vsako številko vpišite s +kodo države</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Ime trgovine:</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation>&amp;Država za telefonske številke:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop</source>
        <translation>Trgovina</translation>
    </message>
    <message>
        <source>The name shows in the title bar, on reports and exports. Phone numbers typed without +country are read as numbers of the country, and its public holidays can close the shop (Opening hours). Changing the country later reads new numbers in the new one; numbers already saved stay as they are. The currency is how reports and exports show money; amounts already saved keep their value.</source>
        <translation>Ime je prikazano v naslovni vrstici, v poročilih in izvozih. Telefonske številke, vnesene brez +klicne kode države, se berejo kot številke te države, njeni prazniki pa lahko zaprejo trgovino (Delovni čas). Če državo pozneje spremenite, se nove številke berejo kot številke nove države; že shranjene številke ostanejo nespremenjene. Valuta določa, kako poročila in izvozi prikazujejo zneske; že shranjeni zneski ohranijo svojo vrednost.</translation>
    </message>
</context>
<context>
    <name>ShopSetup</name>
    <message>
        <source>Channels</source>
        <extracomment>The lists the owner keeps, by the name the Settings pages use. Each list&apos;s title, in English: `list_title` gives it in the user&apos;s language.</extracomment>
        <translation>Kanali</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Viri</translation>
    </message>
    <message>
        <source>Decision factors</source>
        <translation>Razlogi za nakup</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Razlogi za izgubo</translation>
    </message>
    <message>
        <source>Every one of the channels needs a name.</source>
        <extracomment>What a list is refused with: an item without a name, a name twice ({name}), every item hidden. Whole sentences for each list (their words change with the list).</extracomment>
        <translation>Vsak kanal potrebuje ime.</translation>
    </message>
    <message>
        <source>“{name}” is among the channels twice.</source>
        <translation>„{name}“ je med kanali dvakrat.</translation>
    </message>
    <message>
        <source>Keep at least one of the channels.</source>
        <translation>Obdržite vsaj en kanal.</translation>
    </message>
    <message>
        <source>Every one of the sources needs a name.</source>
        <translation>Vsak vir potrebuje ime.</translation>
    </message>
    <message>
        <source>“{name}” is among the sources twice.</source>
        <translation>„{name}“ je med viri dvakrat.</translation>
    </message>
    <message>
        <source>Keep at least one of the sources.</source>
        <translation>Obdržite vsaj en vir.</translation>
    </message>
    <message>
        <source>Every one of the decision factors needs a name.</source>
        <translation>Vsak razlog za nakup potrebuje ime.</translation>
    </message>
    <message>
        <source>“{name}” is among the decision factors twice.</source>
        <translation>„{name}“ je med razlogi za nakup dvakrat.</translation>
    </message>
    <message>
        <source>Keep at least one of the decision factors.</source>
        <translation>Obdržite vsaj en razlog za nakup.</translation>
    </message>
    <message>
        <source>Every one of the lost reasons needs a name.</source>
        <translation>Vsak razlog za izgubo potrebuje ime.</translation>
    </message>
    <message>
        <source>“{name}” is among the lost reasons twice.</source>
        <translation>„{name}“ je med razlogi za izgubo dvakrat.</translation>
    </message>
    <message>
        <source>Keep at least one of the lost reasons.</source>
        <translation>Obdržite vsaj en razlog za izgubo.</translation>
    </message>
    <message>
        <source>Choose the owner on the Staff page before setting a PIN.</source>
        <translation>Preden nastavite PIN, na strani Zaposleni izberite lastnika.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}…” is longer than %n characters.</source>
        <translation>
            <numerusform>Ime „{name}…“ je daljše od %n znaka.</numerusform>
            <numerusform>Ime „{name}…“ je daljše od %n znakov.</numerusform>
            <numerusform>Ime „{name}…“ je daljše od %n znakov.</numerusform>
            <numerusform>Ime „{name}…“ je daljše od %n znakov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every staff member needs a name.</source>
        <translation>Vsak zaposleni potrebuje ime.</translation>
    </message>
    <message>
        <source>There are two staff members named {name}.</source>
        <translation>Dva zaposlena imata ime {name}.</translation>
    </message>
    <message>
        <source>A role is owner or staff.</source>
        <translation>Vloga je lahko lastnik (owner) ali zaposleni (staff).</translation>
    </message>
    <message>
        <source>The owner cannot be deactivated.</source>
        <translation>Lastnika ni mogoče deaktivirati.</translation>
    </message>
    <message>
        <source>Only one staff member is the owner.</source>
        <translation>Lastnik je lahko samo en zaposleni.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Zaposleni</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>Lastnikov PIN</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Give the staff member&apos;s name.</source>
        <translation>Vnesite ime zaposlenega.</translation>
    </message>
    <message>
        <source>A role is owner or staff.</source>
        <translation>Vloga je lahko owner (lastnik) ali staff (zaposleni).</translation>
    </message>
    <message>
        <source>There is already a staff member named {name}.</source>
        <translation>Zaposleni z imenom {name} že obstaja.</translation>
    </message>
    <message>
        <source>Staff member {name} added</source>
        <translation>Dodan zaposleni: {name}</translation>
    </message>
    <message>
        <source>There is no staff member number {number}.</source>
        <translation>Zaposlenega s številko {number} ni.</translation>
    </message>
    <message>
        <source>Staff member {name} reactivated</source>
        <translation>Ponovno aktiviran zaposleni: {name}</translation>
    </message>
    <message>
        <source>Staff member {name} deactivated</source>
        <translation>Deaktiviran zaposleni: {name}</translation>
    </message>
    <message>
        <source>PIN of {name} changed</source>
        <translation>PIN osebe {name} spremenjen</translation>
    </message>
    <message>
        <source>No staff member is named {name} (known: {known}).</source>
        <translation>Zaposlenega z imenom {name} ni (znani: {known}).</translation>
    </message>
    <message>
        <source>No staff member is named {name} (known: none yet).</source>
        <translation>Zaposlenega z imenom {name} ni (znanih zaposlenih še ni).</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Zaposleni</translation>
    </message>
    <message>
        <source>Who takes enquiries and follows them up. Unticked staff are no longer at the counter; their name stays on everything they did. The owner&apos;s PIN (Security) guards Settings, deleting, merging, exports, imports and restores. A staff member may have a PIN of their own, asked when someone switches to them.</source>
        <translation>Kdo sprejema povpraševanja in skrbi za nadaljnje stike. Neoznačeni zaposleni niso več na pultu; njihovo ime ostane pri vsem, kar so naredili. Lastnikov PIN (Varnost) varuje nastavitve, brisanje, združevanje, izvoze, uvoze in obnovitve. Zaposleni ima lahko tudi svoj PIN, ki se zahteva, ko kdo preklopi nanj.</translation>
    </message>
    <message>
        <source>Staff: ticked ones work at the counter</source>
        <translation>Zaposleni: označeni delajo na pultu</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Dodaj zaposlenega</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>Nastavi za &amp;lastnika</translation>
    </message>
    <message>
        <source>Make the chosen one the owner</source>
        <translation>Izbranega nastavi za lastnika</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Nastavi &amp;PIN…</translation>
    </message>
    <message>
        <source>Set or remove the chosen one&apos;s PIN</source>
        <translation>Nastavi ali odstrani PIN izbranega</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Lastnik</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nov zaposleni</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A PIN of 4 to 12 digits for {name} (empty: none):</source>
        <translation>PIN s 4 do 12 števkami za {name} (prazno: brez PIN-a):</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>a network share</source>
        <extracomment>Put into &quot;This file is on {name}. SQLite&apos;s locking cannot be trusted…&quot;</extracomment>
        <translation>omrežnem viru v skupni rabi</translation>
    </message>
    <message>
        <source>the network drive {drive}</source>
        <extracomment>{drive} is a Windows drive letter like &quot;Z:&quot;. Put into &quot;This file is on {name}. …&quot;</extracomment>
        <translation>omrežnem pogonu {drive}</translation>
    </message>
    <message>
        <source>a network drive ({type})</source>
        <extracomment>{type} is a file system&apos;s name like &quot;nfs&quot; or &quot;cifs&quot;. Put into &quot;This file is on {name}.&quot;</extracomment>
        <translation>omrežnem pogonu ({type})</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{file} was saved by a newer EnquiryDesk (data version {version}; this one reads up to {latest}). Update EnquiryDesk to open it.</source>
        <extracomment>Whether the database is on a server (no file of it on this PC to copy or check). The operations this program saved (any thread): not news to it.</extracomment>
        <translation>Datoteko {file} je shranila novejša različica programa EnquiryDesk (različica podatkov {version}; ta različica bere do {latest}). Posodobite EnquiryDesk, da jo odprete.</translation>
    </message>
    <message>
        <source>The file {file} cannot be created ({reason}); check that its folder is yours and the disk has room.</source>
        <extracomment>{reason} is the operating system&apos;s own explanation.</extracomment>
        <translation>Datoteke {file} ni mogoče ustvariti ({reason}); preverite, ali je mapa vaša in ali je na disku dovolj prostora.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be saved to it.</source>
        <translation>Zbirka podatkov je odprta samo za branje; vanjo ni mogoče ničesar shraniti.</translation>
    </message>
    <message>
        <source>There is no change number {number} to undo.</source>
        <translation>Ni spremembe s številko {number}, ki bi jo lahko razveljavili.</translation>
    </message>
    <message>
        <source>{database} holds another program&apos;s tables, not EnquiryDesk&apos;s.</source>
        <translation>{database} vsebuje tabele drugega programa, ne tabel programa EnquiryDesk.</translation>
    </message>
    <message>
        <source>{database} was set up by a newer EnquiryDesk (data version {version}; this one reads up to {latest}). Update EnquiryDesk on this PC to use it.</source>
        <translation>Zbirko {database} je nastavila novejša različica programa EnquiryDesk (različica podatkov {version}; ta različica bere do {latest}). Posodobite EnquiryDesk na tem računalniku, da jo boste lahko uporabljali.</translation>
    </message>
    <message>
        <source>The shop&apos;s server ({where}) cannot be reached; check the network and that the server is running.</source>
        <translation>Strežnik trgovine ({where}) ni dosegljiv; preverite omrežje in ali strežnik teče.</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <extracomment>Seconds to wait for the server to answer a connection. The key of the shop&apos;s write lock (``pg_advisory_xact_lock``): &quot;EQDK&quot; in ASCII. How long a write waits for another PC&apos;s to finish before saying so. The channel other programs on the same shop&apos;s database are told of saved changes on.</extracomment>
        <translation>{database} na {host}</translation>
    </message>
    <message>
        <source>the shop&apos;s server</source>
        <extracomment>PostgreSQL definitions of the SQLite functions the store&apos;s SQL uses, and of the ``nocase`` collation (a letter case-blind order, as SQLite&apos;s NOCASE). The enquiries&apos; sort indexes, made again in the server&apos;s own form: the id after the column (SQLite&apos;s indexes hold it by themselves), so that ties come in id order straight from the index; and a column that may hold no value with no value first, the order SQLite gives (and the enquiries table shows). Of the orders, those over a column that may hold no value. How often a statement that may be stopped asks whether to go on (seconds).</extracomment>
        <translation>strežnik trgovine</translation>
    </message>
    <message>
        <source>The server refused the user name or password for {where}.</source>
        <translation>Strežnik je zavrnil uporabniško ime ali geslo za {where}.</translation>
    </message>
    <message>
        <source>The server has no database {database}; check its name, or ask whoever set up the server to create it.</source>
        <translation>Na strežniku ni zbirke podatkov {database}; preverite njeno ime ali prosite tistega, ki je nastavil strežnik, naj jo ustvari.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was saved.</source>
        <translation>Disk strežnika je poln; nič ni bilo shranjeno.</translation>
    </message>
    <message>
        <source>Another PC was saving the same thing at this moment; try again.</source>
        <translation>Drug računalnik je prav v tem trenutku shranjeval isto; poskusite znova.</translation>
    </message>
    <message>
        <source>The server does not let this user change {where}; ask the owner.</source>
        <translation>Strežnik temu uporabniku ne dovoli spreminjati {where}; vprašajte lastnika.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {where} ({reason}).</source>
        <translation>pg_dump ni mogel narediti varnostne kopije {where} ({reason}).</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Check the &amp;decision after:</source>
        <extracomment>(setting, label, accessible name, counted in business days, maximum): the intervals of the follow-up rules; the words translated where shown (context &quot;TargetsPage&quot;).</extracomment>
        <translation>Preveri o&amp;dločitev čez:</translation>
    </message>
    <message>
        <source>Check the decision after (business days)</source>
        <translation>Preverjanje odločitve čez (št. delovnih dni)</translation>
    </message>
    <message>
        <source>After-sales &amp;check-in after:</source>
        <translation>Poprodajni &amp;stik čez:</translation>
    </message>
    <message>
        <source>After-sales check-in after (days)</source>
        <translation>Poprodajni stik čez (št. dni)</translation>
    </message>
    <message>
        <source>&amp;Repeat offer after:</source>
        <translation>&amp;Ponovna ponudba čez:</translation>
    </message>
    <message>
        <source>Retention contact after (days)</source>
        <translation>Stik za ohranitev stranke čez (št. dni)</translation>
    </message>
    <message>
        <source>Handle co&amp;mplaints within:</source>
        <translation>Rok za &amp;reklamacije:</translation>
    </message>
    <message>
        <source>Handle complaints within (business days)</source>
        <translation>Rok za reklamacije (št. delovnih dni)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cilji</translation>
    </message>
    <message>
        <source>The response target is how long, in opening hours, an enquiry may wait for its first answer: past it, it is overdue and counts against “answered within the target” in the report. The intervals say when EnquiryDesk reminds you to check a decision after the last contact, to ask a buyer how it works out and to make a repeat offer, and how soon a complaint is due.</source>
        <translation>Ciljni odzivni čas pove, koliko delovnega časa sme povpraševanje čakati na prvi odgovor: ko ga preseže, zamuja in se v poročilu šteje proti „odgovorjeno v ciljnem času“. Intervali določajo, kdaj vas EnquiryDesk opomni, da po zadnjem stiku preverite odločitev, da kupca vprašate, kako je z izdelkom zadovoljen, in da pripravite ponovno ponudbo, ter v kolikšnem času je treba rešiti reklamacijo.</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Ciljni odzivni čas</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuti</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer &amp;within:</source>
        <translation>Rok za &amp;odgovor:</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dneva</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n delovni dan</numerusform>
            <numerusform>%n delovna dneva</numerusform>
            <numerusform>%n delovne dni</numerusform>
            <numerusform>%n delovnih dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>answered</source>
        <extracomment>How many of a customer&apos;s other purchases the card lists (the count and total cover all). Operations whose effect the timeline already shows as an entry of its own; the change log adds only the others (edits, deletes, undos, snoozes, reassignments). The results the follow-up rules write when they close an item themselves (stored in English, as the rules name them), in the user&apos;s language when shown.</extracomment>
        <translation>odgovorjeno</translation>
    </message>
    <message>
        <source>purchased</source>
        <translation>kupljeno</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>izgubljeno</translation>
    </message>
    <message>
        <source>feedback recorded</source>
        <translation>povratna informacija zabeležena</translation>
    </message>
    <message>
        <source>There is no enquiry number {number}.</source>
        <extracomment>They had a live enquiry before this one. Their other purchases (this enquiry&apos;s own is among the facts): count and total. Answered within the response target (business time); None while unanswered. Business seconds waited so far by an open, unanswered enquiry; None otherwise. opened (planned), due (still open: at its reminder time), done, cancelled. Among entries at the same second, the order in which things happen.</extracomment>
        <translation>Ni povpraševanja številka {number}.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Timeline</source>
        <extracomment>The data role holding the service&apos;s timeline entry of a row.</extracomment>
        <translation>Časovnica</translation>
    </message>
    <message>
        <source>Enquiry received ({channel})</source>
        <translation>Povpraševanje prejeto ({channel})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>{kind} to the customer</source>
        <translation>{kind} stranki</translation>
    </message>
    <message>
        <source>{kind} from the customer</source>
        <translation>{kind} od stranke</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Reklamacija rešena</translation>
    </message>
    <message>
        <source>{summary} (undone)</source>
        <translation>{summary} (razveljavljeno)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Prvi odziv</translation>
    </message>
    <message>
        <source>First response after {time}, within target</source>
        <translation>Prvi odziv po {time}, v ciljnem času</translation>
    </message>
    <message>
        <source>First response after {time}, over target</source>
        <translation>Prvi odziv po {time}, nad ciljnim časom</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Kupljeno</translation>
    </message>
    <message>
        <source>Why: {factors}</source>
        <translation>Razlogi: {factors}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Izgubljeno: {reason}</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacija</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Povratna informacija</translation>
    </message>
    <message>
        <source>would recommend {n}/10</source>
        <translation>bi priporočil(a) {n}/10</translation>
    </message>
    <message>
        <source>Follow-up planned: {name}, due {due}</source>
        <translation>Načrtovan nadaljnji stik: {name}, rok {due}</translation>
    </message>
    <message>
        <source>Follow-up done: {name}</source>
        <translation>Nadaljnji stik opravljen: {name}</translation>
    </message>
    <message>
        <source>Follow-up cancelled: {name}</source>
        <translation>Nadaljnji stik preklican: {name}</translation>
    </message>
    <message>
        <source>Overdue: {name}</source>
        <translation>Zamuja: {name}</translation>
    </message>
    <message>
        <source>Due: {name}</source>
        <translation>Na vrsti: {name}</translation>
    </message>
    <message>
        <source>{headline} (priority)</source>
        <translation>{headline} (prednostno)</translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <source>&amp;Open in Enquiries</source>
        <translation>&amp;Odpri v povpraševanjih</translation>
    </message>
    <message>
        <source>The enquiry with its customer, timeline and every action</source>
        <translation>Povpraševanje s stranko, časovnico in vsemi dejanji</translation>
    </message>
    <message>
        <source>&amp;Log response or contact…</source>
        <translation>&amp;Zabeleži odgovor ali stik…</translation>
    </message>
    <message>
        <source>A call, message, e-mail, visit or quote; the first one to the customer is the response</source>
        <translation>Klic, sporočilo, e-pošta, obisk ali ponudba; prvi stik, namenjen stranki, šteje kot odziv</translation>
    </message>
    <message>
        <source>Mark &amp;purchased…</source>
        <translation>Označi kot &amp;kupljeno…</translation>
    </message>
    <message>
        <source>They bought</source>
        <translation>Stranka je kupila</translation>
    </message>
    <message>
        <source>Mark los&amp;t…</source>
        <translation>Označi kot &amp;izgubljeno…</translation>
    </message>
    <message>
        <source>They did not buy</source>
        <translation>Stranka ni kupila</translation>
    </message>
    <message>
        <source>Record &amp;feedback…</source>
        <translation>Zabeleži &amp;mnenje…</translation>
    </message>
    <message>
        <source>What the buyer said about the purchase</source>
        <translation>Kaj je kupec povedal o nakupu</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>Opra&amp;vljeno…</translation>
    </message>
    <message>
        <source>The follow-up is done: note what came of it</source>
        <translation>Nadaljnji stik je opravljen: zapišite izid</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Preloži</translation>
    </message>
    <message>
        <source>Out of sight for an hour, until tomorrow or next week</source>
        <translation>Skrij za eno uro, do jutri ali do naslednjega tedna</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Dodeli</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Kdo ga opravi</translation>
    </message>
    <message>
        <source>&amp;Resolve complaint…</source>
        <translation>&amp;Reši reklamacijo…</translation>
    </message>
    <message>
        <source>Say how the complaint was put right</source>
        <translation>Navedite, kako je bila reklamacija rešena</translation>
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
        <translation>Za eno &amp;uro</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation>Do &amp;jutri zjutraj</translation>
    </message>
    <message>
        <source>Until next &amp;week</source>
        <translation>Do naslednjega &amp;tedna</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Najprej izberite postavko.</translation>
    </message>
    <message>
        <source>This follow-up belongs to no enquiry.</source>
        <translation>Ta nadaljnji stik ne pripada nobenemu povpraševanju.</translation>
    </message>
    <message>
        <source>The enquiry is decided already.</source>
        <translation>O povpraševanju je že odločeno.</translation>
    </message>
    <message>
        <source>Feedback is about a purchase.</source>
        <translation>Mnenje se nanaša na nakup.</translation>
    </message>
    <message>
        <source>Answer it (K): that takes it off this list.</source>
        <translation>Odgovorite nanj (K): tako izgine s tega seznama.</translation>
    </message>
    <message>
        <source>Nobody was asked to answer it.</source>
        <translation>Odgovor ni bil dodeljen nikomur.</translation>
    </message>
    <message>
        <source>Only a complaint is resolved.</source>
        <translation>Rešiti je mogoče samo reklamacijo.</translation>
    </message>
    <message>
        <source>A complaint is done when it is resolved: Resolve complaint (R).</source>
        <translation>Reklamacija je opravljena, ko je rešena: Reši reklamacijo (R).</translation>
    </message>
    <message>
        <source>Enter opens · K contact · B purchased · L lost · F feedback · D done · S snooze · A assign · R resolve complaint</source>
        <translation>Enter odpre · K stik · B kupljeno · L izgubljeno · F mnenje · D opravljeno · S preloži · A dodeli · R reši reklamacijo</translation>
    </message>
    <message>
        <source>&amp;Nobody in particular</source>
        <translation>&amp;Nihče posebej</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Respond</source>
        <extracomment>What a follow-up is about, by its kind (and an after-sales one by its topic).</extracomment>
        <translation>Odgovori</translation>
    </message>
    <message>
        <source>Check their decision</source>
        <translation>Preveri odločitev</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamacija</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nadaljnji stik</translation>
    </message>
    <message>
        <source>After-sales check-in</source>
        <translation>Poprodajni stik</translation>
    </message>
    <message>
        <source>Retention: repeat offer</source>
        <translation>Ohranitev: ponovna ponudba</translation>
    </message>
    <message>
        <source>How is it working out? Is it what they expected? Record their feedback.</source>
        <translation>Kako se izdelek obnese? Je tak, kot so pričakovali? Zabeležite njihovo mnenje.</translation>
    </message>
    <message>
        <source>A repeat offer, and ask whether they would recommend the shop.</source>
        <translation>Pošljite ponovno ponudbo in vprašajte, ali bi trgovino priporočili drugim.</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>Poprodajno</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čaka</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Overdue: waiting for an answer for {time} of opening hours</source>
        <translation>Zamuja: na odgovor čaka že {time} delovnega časa</translation>
    </message>
    <message>
        <source>Waiting for an answer for {time} of opening hours</source>
        <translation>Na odgovor čaka {time} delovnega časa</translation>
    </message>
    <message>
        <source>Received {when} ({channel})</source>
        <translation>Prejeto {when} ({channel})</translation>
    </message>
    <message>
        <source>Answer by {when}</source>
        <translation>Odgovorite do {when}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kaj</translation>
    </message>
    <message>
        <source>Due {due}, snoozed until {when}</source>
        <translation>Rok {due}, preloženo do {when}</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Rok {when}</translation>
    </message>
    <message>
        <source>{kind} (priority)</source>
        <translation>{kind} (prednostno)</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Za: {name}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>New enquiry (Ctrl+N)</source>
        <translation>Novo povpraševanje (Ctrl+N)</translation>
    </message>
    <message>
        <source>New enquiry</source>
        <translation>Novo povpraševanje</translation>
    </message>
    <message>
        <source>Log an enquiry that just came in (Ctrl+N)</source>
        <translation>Zabeležite povpraševanje, ki je pravkar prispelo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Naloži vzorčne podatke…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Naloži vzorčne podatke</translation>
    </message>
    <message>
        <source>Fill this new database with realistic example enquiries</source>
        <translation>To novo zbirko podatkov napolni z realističnimi vzorčnimi povpraševanji</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Samo &amp;moje</translation>
    </message>
    <message>
        <source>Show only what is mine</source>
        <translation>Pokaži samo moje</translation>
    </message>
    <message>
        <source>Only enquiries you took and follow-ups given to you (Alt+M)</source>
        <translation>Samo povpraševanja, ki ste jih sprejeli vi, in nadaljnji stiki, dodeljeni vam (Alt+M)</translation>
    </message>
    <message>
        <source>All done. Nobody is waiting for an answer and no follow-up is due today.
New enquiries and reminders will appear here.</source>
        <translation>Vse je opravljeno. Nihče ne čaka na odgovor in danes ni na vrsti noben nadaljnji stik.
Nova povpraševanja in opomniki se bodo prikazali tukaj.</translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer.</source>
        <translation>Nihče ne čaka na odgovor.</translation>
    </message>
    <message>
        <source>No more follow-ups due today.</source>
        <translation>Danes ni na vrsti nobenega nadaljnjega stika več.</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Noben nadaljnji stik ne zamuja.</translation>
    </message>
    <message>
        <source>See the rest on the Enquiries page</source>
        <translation>Ostalo si oglejte na strani Povpraševanja</translation>
    </message>
    <message>
        <source>This list shows the first items; the Enquiries page shows them all</source>
        <translation>Ta seznam prikazuje prve postavke; stran Povpraševanja prikaže vse</translation>
    </message>
    <message>
        <source>&amp;Awaiting a response</source>
        <translation>Čaka na &amp;odgovor</translation>
    </message>
    <message>
        <source>Follow-ups due later to&amp;day</source>
        <translation>Nada&amp;ljnji stiki pozneje danes</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups</source>
        <translation>&amp;Zamujeni nadaljnji stiki</translation>
    </message>
    <message numerus="yes">
        <source>%Ln past the target</source>
        <translation>
            <numerusform>%Ln čez ciljni čas</numerusform>
            <numerusform>%Ln čez ciljni čas</numerusform>
            <numerusform>%Ln čez ciljni čas</numerusform>
            <numerusform>%Ln čez ciljni čas</numerusform>
        </translation>
    </message>
    <message>
        <source>{list} ({count})</source>
        <translation>{list} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>and {n} more — see Enquiries</source>
        <translation>
            <numerusform>in še {n} — glejte Povpraševanja</numerusform>
            <numerusform>in še {n} — glejte Povpraševanja</numerusform>
            <numerusform>in še {n} — glejte Povpraševanja</numerusform>
            <numerusform>in še {n} — glejte Povpraševanja</numerusform>
        </translation>
    </message>
    <message>
        <source>No enquiries yet. Log your first one, or load demo data to look around.</source>
        <translation>Povpraševanj še ni. Vnesite prvo ali naložite vzorčne podatke, da se razgledate.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln povpraševanje</numerusform>
            <numerusform>%Ln povpraševanji</numerusform>
            <numerusform>%Ln povpraševanja</numerusform>
            <numerusform>%Ln povpraševanj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} awaiting a response</source>
        <translation>
            <numerusform>{count} čaka na odgovor</numerusform>
            <numerusform>{count} čakata na odgovor</numerusform>
            <numerusform>{count} čakajo na odgovor</numerusform>
            <numerusform>{count} čaka na odgovor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} due later today</source>
        <translation>
            <numerusform>{count} zapade pozneje danes</numerusform>
            <numerusform>{count} zapadeta pozneje danes</numerusform>
            <numerusform>{count} zapadejo pozneje danes</numerusform>
            <numerusform>{count} zapade pozneje danes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} overdue</source>
        <translation>
            <numerusform>{count} zamuja</numerusform>
            <numerusform>{count} zamujata</numerusform>
            <numerusform>{count} zamujajo</numerusform>
            <numerusform>{count} zamuja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Phone number {number} is too short.</source>
        <translation>Telefonska številka {number} je prekratka.</translation>
    </message>
    <message>
        <source>Phone number {number} is too long.</source>
        <translation>Telefonska številka {number} je predolga.</translation>
    </message>
    <message>
        <source>Phone number {number} has the wrong number of digits.</source>
        <translation>Telefonska številka {number} ima napačno število števk.</translation>
    </message>
    <message>
        <source>Phone number {number} has an unknown country code.</source>
        <translation>Telefonska številka {number} ima neznano kodo države.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefonska številka je prazna.</translation>
    </message>
    <message>
        <source>{number} is not a phone number.</source>
        <translation>{number} ni telefonska številka.</translation>
    </message>
    <message>
        <source>Phone number {number} needs its country code (like +62 or +386), because the shop&apos;s country is not set.</source>
        <translation>Telefonska številka {number} potrebuje kodo države (npr. +62 ali +386), ker država trgovine ni nastavljena.</translation>
    </message>
    <message>
        <source>Phone number {number} is not a valid number in {country}.</source>
        <extracomment>{country} is a two-letter country code such as SI or ID.</extracomment>
        <translation>Telefonska številka {number} ni veljavna številka v državi {country}.</translation>
    </message>
    <message>
        <source>Phone number {number} is not a valid number in its country.</source>
        <translation>Telefonska številka {number} ni veljavna številka v svoji državi.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>E-poštni naslov je prazen.</translation>
    </message>
    <message>
        <source>{address} is not a valid e-mail address: {reason}.</source>
        <extracomment>{reason} is the e-mail checking library&apos;s own explanation, in English.</extracomment>
        <translation>{address} ni veljaven e-poštni naslov: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %Ln characters.</source>
        <translation>
            <numerusform>Ime je daljše od %Ln znaka.</numerusform>
            <numerusform>Ime je daljše od %Ln znakov.</numerusform>
            <numerusform>Ime je daljše od %Ln znakov.</numerusform>
            <numerusform>Ime je daljše od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %Ln characters.</source>
        <translation>
            <numerusform>Opombe so daljše od %Ln znaka.</numerusform>
            <numerusform>Opombe so daljše od %Ln znakov.</numerusform>
            <numerusform>Opombe so daljše od %Ln znakov.</numerusform>
            <numerusform>Opombe so daljše od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details are longer than %Ln characters.</source>
        <translation>
            <numerusform>Podrobnosti so daljše od %Ln znaka.</numerusform>
            <numerusform>Podrobnosti so daljše od %Ln znakov.</numerusform>
            <numerusform>Podrobnosti so daljše od %Ln znakov.</numerusform>
            <numerusform>Podrobnosti so daljše od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interest is longer than %Ln characters.</source>
        <translation>
            <numerusform>Zanimanje je daljše od %Ln znaka.</numerusform>
            <numerusform>Zanimanje je daljše od %Ln znakov.</numerusform>
            <numerusform>Zanimanje je daljše od %Ln znakov.</numerusform>
            <numerusform>Zanimanje je daljše od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment is longer than %Ln characters.</source>
        <translation>
            <numerusform>Komentar je daljši od %Ln znaka.</numerusform>
            <numerusform>Komentar je daljši od %Ln znakov.</numerusform>
            <numerusform>Komentar je daljši od %Ln znakov.</numerusform>
            <numerusform>Komentar je daljši od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The resolution is longer than %Ln characters.</source>
        <translation>
            <numerusform>Opis rešitve je daljši od %Ln znaka.</numerusform>
            <numerusform>Opis rešitve je daljši od %Ln znakov.</numerusform>
            <numerusform>Opis rešitve je daljši od %Ln znakov.</numerusform>
            <numerusform>Opis rešitve je daljši od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %Ln characters.</source>
        <translation>
            <numerusform>Besedilo je daljše od %Ln znaka.</numerusform>
            <numerusform>Besedilo je daljše od %Ln znakov.</numerusform>
            <numerusform>Besedilo je daljše od %Ln znakov.</numerusform>
            <numerusform>Besedilo je daljše od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %Ln characters.</source>
        <translation>
            <numerusform>Opomba je daljša od %Ln znaka.</numerusform>
            <numerusform>Opomba je daljša od %Ln znakov.</numerusform>
            <numerusform>Opomba je daljša od %Ln znakov.</numerusform>
            <numerusform>Opomba je daljša od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The handle is longer than %Ln characters.</source>
        <translation>
            <numerusform>Uporabniško ime je daljše od %Ln znaka.</numerusform>
            <numerusform>Uporabniško ime je daljše od %Ln znakov.</numerusform>
            <numerusform>Uporabniško ime je daljše od %Ln znakov.</numerusform>
            <numerusform>Uporabniško ime je daljše od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result is longer than %Ln characters.</source>
        <translation>
            <numerusform>Rezultat je daljši od %Ln znaka.</numerusform>
            <numerusform>Rezultat je daljši od %Ln znakov.</numerusform>
            <numerusform>Rezultat je daljši od %Ln znakov.</numerusform>
            <numerusform>Rezultat je daljši od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {field} is longer than %Ln characters.</source>
        <extracomment>{field} is the program&apos;s own name of an input (English).</extracomment>
        <translation>
            <numerusform>Polje {field} je daljše od %Ln znaka.</numerusform>
            <numerusform>Polje {field} je daljše od %Ln znakov.</numerusform>
            <numerusform>Polje {field} je daljše od %Ln znakov.</numerusform>
            <numerusform>Polje {field} je daljše od %Ln znakov.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} is not an amount; write it like {example}.</source>
        <translation>{text} ni znesek; zapišite ga na primer kot {example}.</translation>
    </message>
    <message>
        <source>{text} is not an amount; write it like 1500000 or 12.50, without thousands separators.</source>
        <translation>{text} ni znesek; napišite ga kot 1500000 ali 12.50, brez ločil za tisočice.</translation>
    </message>
    <message>
        <source>{text} has more than two decimals; write amounts without thousands separators.</source>
        <translation>{text} ima več kot dve decimalki; zneske pišite brez ločil za tisočice.</translation>
    </message>
    <message>
        <source>{amount} has more than two decimals.</source>
        <translation>{amount} ima več kot dve decimalki.</translation>
    </message>
    <message>
        <source>{amount} is too large an amount.</source>
        <translation>{amount} je prevelik znesek.</translation>
    </message>
    <message>
        <source>{text} is not an amount.</source>
        <translation>{text} ni znesek.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Znesek ne more biti negativen.</translation>
    </message>
    <message>
        <source>{column} {text} is before {year}.</source>
        <extracomment>{column} is a column of the imported file, such as received_at.</extracomment>
        <translation>{column} {text} je pred letom {year}.</translation>
    </message>
    <message>
        <source>{column} {text} is not a time like 2026-10-31 14:05.</source>
        <extracomment>{column} is a column of the imported file, such as received_at.</extracomment>
        <translation>{column} {text} ni čas v obliki 2026-10-31 14:05.</translation>
    </message>
    <message>
        <source>{text} is not a month like 2026-10.</source>
        <translation>{text} ni mesec v obliki 2026-10.</translation>
    </message>
    <message>
        <source>{text} is outside the months EnquiryDesk keeps ({first} to {last}).</source>
        <translation>{text} je zunaj obdobja, ki ga hrani EnquiryDesk (od {first} do {last}).</translation>
    </message>
</context>
<context>
    <name>WholeShopPage</name>
    <message>
        <source>A whole shop</source>
        <translation>Celotna trgovina</translation>
    </message>
    <message>
        <source>Nothing to map: the file is brought back as it is.</source>
        <translation>Ničesar ni treba preslikati: datoteka se uvozi takšna, kot je.</translation>
    </message>
    <message>
        <source>{file} is a whole shop exported by EnquiryDesk: its enquiries, customers, follow-ups, staff, lists and settings. Import brings it back whole, as it was, into this database, which must still be empty (no customers, no enquiries); its settings, staff and lists take the place of this database&apos;s.</source>
        <translation>{file} je celotna trgovina, ki jo je izvozil EnquiryDesk: njena povpraševanja, stranke, nadaljnji stiki, zaposleni, seznami in nastavitve. Uvoz jo v celoti, takšno, kot je bila, prenese v to zbirko podatkov, ki mora biti še prazna (brez strank in povpraševanj); njene nastavitve, zaposleni in seznami nadomestijo nastavitve, zaposlene in sezname te zbirke podatkov.</translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Obnavljanje varnostne kopije</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Obnavljanje</translation>
    </message>
</context>
</TS>
