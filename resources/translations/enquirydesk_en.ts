<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AllData</name>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln enquiry</numerusform>
            <numerusform>%Ln enquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln enquiry</numerusform>
            <numerusform>%Ln enquiries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo enquiries from {customers} to {path}.</source>
        <translation>
            <numerusform>Added %Ln demo enquiry from {customers} to {path}.</numerusform>
            <numerusform>Added %Ln demo enquiries from {customers} to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad rows written to {file}.</source>
        <translation>
            <numerusform>%Ln bad row written to {file}.</numerusform>
            <numerusform>%Ln bad rows written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {rows} rows are bad</source>
        <translation>
            <numerusform>%Ln of {rows} rows is bad</numerusform>
            <numerusform>%Ln of {rows} rows are bad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln bad rows skipped</source>
        <translation>
            <numerusform>; %Ln bad row skipped</numerusform>
            <numerusform>; %Ln bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {file}: {bad_rows}; with --skip-bad, %Ln enquiries would be imported ({details}).</source>
        <translation>
            <numerusform>Checked {file}: {bad_rows}; with --skip-bad, %Ln enquiry would be imported ({details}).</numerusform>
            <numerusform>Checked {file}: {bad_rows}; with --skip-bad, %Ln enquiries would be imported ({details}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked {file}: %Ln enquiries would be imported ({details}){skipped}.</source>
        <translation>
            <numerusform>Checked {file}: %Ln enquiry would be imported ({details}){skipped}.</numerusform>
            <numerusform>Checked {file}: %Ln enquiries would be imported ({details}){skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln enquiries from {file} ({details}){skipped}.</source>
        <translation>
            <numerusform>Imported %Ln enquiry from {file} ({details}){skipped}.</numerusform>
            <numerusform>Imported %Ln enquiries from {file} ({details}){skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} and %Ln more</numerusform>
            <numerusform>{names} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customers</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows for customers already known</source>
        <translation>
            <numerusform>%Ln row for a customer already known</numerusform>
            <numerusform>%Ln rows for customers already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with feedback</source>
        <translation>
            <numerusform>%Ln with feedback</numerusform>
            <numerusform>%Ln with feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups still to do</source>
        <translation>
            <numerusform>%Ln follow-up still to do</numerusform>
            <numerusform>%Ln follow-ups still to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups.</source>
        <translation>
            <numerusform>%Ln follow-up.</numerusform>
            <numerusform>%Ln follow-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no enquiry for %Ln months</source>
        <translation>
            <numerusform>no enquiry for %Ln month</numerusform>
            <numerusform>no enquiry for %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln enquiry</numerusform>
            <numerusform>%Ln enquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot customer {number}: %Ln enquiries kept as anonymous records.</source>
        <translation>
            <numerusform>Forgot customer {number}: %Ln enquiry kept as an anonymous record.</numerusform>
            <numerusform>Forgot customer {number}: %Ln enquiries kept as anonymous records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No enquiry was deleted more than %Ln days ago; nothing was purged.</source>
        <translation>
            <numerusform>No enquiry was deleted more than %Ln day ago; nothing was purged.</numerusform>
            <numerusform>No enquiry was deleted more than %Ln days ago; nothing was purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted enquiries would be purged (the first deleted on {date}).</source>
        <translation>
            <numerusform>%Ln deleted enquiry would be purged (deleted on {date}).</numerusform>
            <numerusform>%Ln deleted enquiries would be purged (the first deleted on {date}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten ({quiet}).</source>
        <translation>
            <numerusform>%Ln customer who never bought would be forgotten ({quiet}).</numerusform>
            <numerusform>%Ln customers who never bought would be forgotten ({quiet}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers would be forgotten; give --yes to forget them without being asked.</source>
        <translation>
            <numerusform>%Ln customer would be forgotten; give --yes to forget them without being asked.</numerusform>
            <numerusform>%Ln customers would be forgotten; give --yes to forget them without being asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %Ln customers who never bought ({quiet})? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>Forget %Ln customer who never bought ({quiet})? This cannot be undone. [y/N] </numerusform>
            <numerusform>Forget %Ln customers who never bought ({quiet})? This cannot be undone. [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} has a problem: {problem} (and %n more).</source>
        <translation>
            <numerusform>{path} has a problem: {problem} (and %n more).</numerusform>
            <numerusform>{path} has a problem: {problem} (and %n more).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln enquiry</numerusform>
            <numerusform>%Ln enquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases</source>
        <translation>
            <numerusform>%Ln purchase</numerusform>
            <numerusform>%Ln purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln feedback</numerusform>
            <numerusform>%Ln feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation>
            <numerusform>%Ln person they referred</numerusform>
            <numerusform>%Ln people they referred</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Choose between 1 and %Ln demo enquiries.</source>
        <extracomment>Of new customers, the share who are an earlier one entered again by staff who did not find them, soon after their first visit (among the `AGAIN_WITHIN` customers before). The shop&apos;s language by its country (&quot;en&quot; for any other, or none). Customers&apos; languages in a shop of each language: locals, and a few foreigners. Of the foreigners, those still on their home (British) number rather than a local one. Women&apos;s first names: Slovenian notes say &quot;zanima jo&quot; of her, &quot;zanima ga&quot; of him. The demo&apos;s own staff (a file that has staff keeps them): the owner first. What the shop sells, best sellers first: (name, genitive, accusative, price in euro). Only Slovenian needs the cases; the other languages say the name as it is. What staff write down of an enquiry: {nom}, {gen}, {acc} the product in its cases, {ga} &quot;ga&quot; or &quot;jo&quot; (him or her). Customers&apos; comments in their own language, by how pleased they were: good, so-so, bad. What staff note on the follow-ups they do, in the shop&apos;s language. Median business minutes to the first answer, per channel (when not answered on the spot). Mobile numbers by country, valid for libphonenumber: prefix, digits after it (Indonesia&apos;s 08xx, Slovenia&apos;s 030/031/040/041/051/064/068/069/070/071). A country without a plan here gets one from libphonenumber&apos;s example mobile number (`_phone_plan`). The numbers of an English demo without a country, and foreigners&apos; home numbers. E-mail domains by the customer&apos;s language, the common ones repeated. Cumulative shares of ratings 5, 4, 3, 2 (the rest are 1). A follow-up&apos;s state: (done at, result, cancelled at). (earlier, later) customers who are one person entered twice, with a clue to it. A country&apos;s mobile numbers: (prefix, digits after it) each.</extracomment>
        <translation>
            <numerusform>Choose between 1 and %Ln demo enquiry.</numerusform>
            <numerusform>Choose between 1 and %Ln demo enquiries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data: %Ln enquiries</source>
        <translation>
            <numerusform>Demo data: %Ln enquiry</numerusform>
            <numerusform>Demo data: %Ln enquiries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%Ln other purchases</source>
        <translation>
            <numerusform>%Ln other purchase</numerusform>
            <numerusform>%Ln other purchases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln possible duplicates</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln possible duplicates</source>
        <translation>
            <numerusform>The first %Ln possible duplicates</numerusform>
            <numerusform>The first %Ln possible duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnquiriesView</name>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln enquiry</numerusform>
            <numerusform>%Ln enquiries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>A workbook: %Ln columns, {lines} rows in this sheet.</source>
        <translation>
            <numerusform>A workbook: %Ln column, {lines} rows in this sheet.</numerusform>
            <numerusform>A workbook: %Ln columns, {lines} rows in this sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A CSV file: %Ln columns, {lines} lines.</source>
        <translation>
            <numerusform>A CSV file: %Ln column, {lines} lines.</numerusform>
            <numerusform>A CSV file: %Ln columns, {lines} lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message numerus="yes">
        <source>Their %Ln enquiries stay as anonymous records (“{label}”) with channel, times, outcome, values and ratings, so every report stays the same.</source>
        <translation>
            <numerusform>Their %Ln enquiry stays as an anonymous record (“{label}”) with channel, times, outcome, values and ratings, so every report stays the same.</numerusform>
            <numerusform>Their %Ln enquiries stay as anonymous records (“{label}”) with channel, times, outcome, values and ratings, so every report stays the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>%Ln enquiries imported from {file}.</source>
        <translation>
            <numerusform>%Ln enquiry imported from {file}.</numerusform>
            <numerusform>%Ln enquiries imported from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customers; {known} rows for customers already known.</source>
        <translation>
            <numerusform>%Ln new customer; {known} rows for customers already known.</numerusform>
            <numerusform>%Ln new customers; {known} rows for customers already known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows with a problem skipped.</source>
        <translation>
            <numerusform>%Ln row with a problem skipped.</numerusform>
            <numerusform>%Ln rows with a problem skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln rows have a problem now (the database changed since the check). Save the rejected rows to see why.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln row has a problem now (the database changed since the check). Save the rejected rows to see why.</numerusform>
            <numerusform>Nothing was imported: %Ln rows have a problem now (the database changed since the check). Save the rejected rows to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>the row has %n fields but the header names {header}.</source>
        <extracomment>After &quot;line 12: &quot;. %n counts the row&apos;s fields; {header}, the header&apos;s.</extracomment>
        <translation>
            <numerusform>the row has %n field but the header names {header}.</numerusform>
            <numerusform>the row has %n fields but the header names {header}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mapping names %Ln columns, but the file has {count}.</source>
        <translation>
            <numerusform>The mapping names %Ln column, but the file has {count}.</numerusform>
            <numerusform>The mapping names %Ln columns, but the file has {count}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln enquiries from {file}</source>
        <translation>
            <numerusform>Imported %Ln enquiry from {file}</numerusform>
            <numerusform>Imported %Ln enquiries from {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs; try again in %Ln seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs; try again in %Ln second.</numerusform>
            <numerusform>Too many wrong PINs; try again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%n months without an enquiry</source>
        <translation>
            <numerusform>%n month without an enquiry</numerusform>
            <numerusform>%n months without an enquiry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten now ({after}).</source>
        <translation>
            <numerusform>%Ln customer who never bought would be forgotten now ({after}).</numerusform>
            <numerusform>%Ln customers who never bought would be forgotten now ({after}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>All %Ln rows are good.</source>
        <translation>
            <numerusform>The %Ln row is good.</numerusform>
            <numerusform>All %Ln rows are good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row has a problem (%Ln rows); none can be imported.</source>
        <translation>
            <numerusform>The %Ln row has a problem; it cannot be imported.</numerusform>
            <numerusform>Every row has a problem (%Ln rows); none can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {rows} rows have a problem.</source>
        <translation>
            <numerusform>%Ln of {rows} rows has a problem.</numerusform>
            <numerusform>%Ln of {rows} rows have a problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more: the file of rejected rows lists them all.</source>
        <translation>
            <numerusform>…and %Ln more: the file of rejected rows lists them all.</numerusform>
            <numerusform>…and %Ln more: the file of rejected rows lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import only the &amp;good rows (skip the %Ln with problems)</source>
        <translation>
            <numerusform>Import only the &amp;good rows (skip the %Ln with a problem)</numerusform>
            <numerusform>Import only the &amp;good rows (skip the %Ln with problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message numerus="yes">
        <source>Forgot the personal data of %Ln customers who never bought (retention)</source>
        <translation>
            <numerusform>Forgot the personal data of %Ln customer who never bought (retention)</numerusform>
            <numerusform>Forgot the personal data of %Ln customers who never bought (retention)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot the personal data of %Ln customers, as asked</source>
        <translation>
            <numerusform>Forgot the personal data of %Ln customer, as asked</numerusform>
            <numerusform>Forgot the personal data of %Ln customers, as asked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months without an enquiry</source>
        <translation>
            <numerusform>%n month without an enquiry</numerusform>
            <numerusform>%n months without an enquiry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers who never bought would be forgotten now ({after}), and others as their time comes.</source>
        <translation>
            <numerusform>%Ln customer who never bought would be forgotten now ({after}), and others as their time comes.</numerusform>
            <numerusform>%Ln customers who never bought would be forgotten now ({after}), and others as their time comes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message numerus="yes">
        <source>Purged %Ln deleted enquiries</source>
        <translation>
            <numerusform>Purged %Ln deleted enquiry</numerusform>
            <numerusform>Purged %Ln deleted enquiries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>There are %Ln deleted enquiries, the first deleted on {date}.</source>
        <translation>
            <numerusform>There is %Ln deleted enquiry, deleted on {date}.</numerusform>
            <numerusform>There are %Ln deleted enquiries, the first deleted on {date}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message numerus="yes">
        <source>There are %n customers named {name} already, with other numbers ({phones}). If this is the same person, pick them from Matches; saving as it is makes a new customer.</source>
        <translation>
            <numerusform>There is %n customer named {name} already, with another number ({phones}). If this is the same person, pick them from Matches; saving as it is makes a new customer.</numerusform>
            <numerusform>There are %n customers named {name} already, with other numbers ({phones}). If this is the same person, pick them from Matches; saving as it is makes a new customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%Ln follow-ups came due. They are on the Today page.</source>
        <translation>
            <numerusform>%Ln follow-up came due. It is on the Today page.</numerusform>
            <numerusform>%Ln follow-ups came due. They are on the Today page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups came due</source>
        <translation>
            <numerusform>%Ln follow-up came due</numerusform>
            <numerusform>%Ln follow-ups came due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message numerus="yes">
        <source>Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs; try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the owner&apos;s PIN. Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>That is not the owner&apos;s PIN. Too many wrong PINs; try again in %n second.</numerusform>
            <numerusform>That is not the owner&apos;s PIN. Too many wrong PINs; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not {name}&apos;s PIN. Too many wrong PINs; try again in %n seconds.</source>
        <translation>
            <numerusform>That is not {name}&apos;s PIN. Too many wrong PINs; try again in %n second.</numerusform>
            <numerusform>That is not {name}&apos;s PIN. Too many wrong PINs; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not the owner&apos;s PIN (%n more tries before a wait).</source>
        <translation>
            <numerusform>That is not the owner&apos;s PIN (%n more try before a wait).</numerusform>
            <numerusform>That is not the owner&apos;s PIN (%n more tries before a wait).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is not {name}&apos;s PIN (%n more tries before a wait).</source>
        <translation>
            <numerusform>That is not {name}&apos;s PIN (%n more try before a wait).</numerusform>
            <numerusform>That is not {name}&apos;s PIN (%n more tries before a wait).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <source>Use text of at most %Ln characters.</source>
        <translation>
            <numerusform>Use text of at most %Ln character.</numerusform>
            <numerusform>Use text of at most %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopSetup</name>
    <message numerus="yes">
        <source>“{name}…” is longer than %n characters.</source>
        <translation>
            <numerusform>“{name}…” is longer than %n character.</numerusform>
            <numerusform>“{name}…” is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%Ln past the target</source>
        <translation>
            <numerusform>%Ln past the target</numerusform>
            <numerusform>%Ln past the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {n} more — see Enquiries</source>
        <translation>
            <numerusform>and {n} more — see Enquiries</numerusform>
            <numerusform>and {n} more — see Enquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enquiries</source>
        <translation>
            <numerusform>%Ln enquiry</numerusform>
            <numerusform>%Ln enquiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} awaiting a response</source>
        <translation>
            <numerusform>{count} awaiting a response</numerusform>
            <numerusform>{count} awaiting a response</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} due later today</source>
        <translation>
            <numerusform>{count} due later today</numerusform>
            <numerusform>{count} due later today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} overdue</source>
        <translation>
            <numerusform>{count} overdue</numerusform>
            <numerusform>{count} overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>The name is longer than %Ln characters.</source>
        <translation>
            <numerusform>The name is longer than %Ln character.</numerusform>
            <numerusform>The name is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are longer than %Ln characters.</source>
        <translation>
            <numerusform>The notes are longer than %Ln character.</numerusform>
            <numerusform>The notes are longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details are longer than %Ln characters.</source>
        <translation>
            <numerusform>The details are longer than %Ln character.</numerusform>
            <numerusform>The details are longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interest is longer than %Ln characters.</source>
        <translation>
            <numerusform>The interest is longer than %Ln character.</numerusform>
            <numerusform>The interest is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comment is longer than %Ln characters.</source>
        <translation>
            <numerusform>The comment is longer than %Ln character.</numerusform>
            <numerusform>The comment is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The resolution is longer than %Ln characters.</source>
        <translation>
            <numerusform>The resolution is longer than %Ln character.</numerusform>
            <numerusform>The resolution is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %Ln characters.</source>
        <translation>
            <numerusform>The text is longer than %Ln character.</numerusform>
            <numerusform>The text is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %Ln characters.</source>
        <translation>
            <numerusform>The note is longer than %Ln character.</numerusform>
            <numerusform>The note is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The handle is longer than %Ln characters.</source>
        <translation>
            <numerusform>The handle is longer than %Ln character.</numerusform>
            <numerusform>The handle is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result is longer than %Ln characters.</source>
        <translation>
            <numerusform>The result is longer than %Ln character.</numerusform>
            <numerusform>The result is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {field} is longer than %Ln characters.</source>
        <extracomment>{field} is the program&apos;s own name of an input (English).</extracomment>
        <translation>
            <numerusform>The {field} is longer than %Ln character.</numerusform>
            <numerusform>The {field} is longer than %Ln characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
