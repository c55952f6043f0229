<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>False</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the combo box selection popup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>True</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All Files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find Directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent Directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent Places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sidebar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date Modified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>About Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide Details...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show Details...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>CC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Height:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inches (in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Margins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orientation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points (pt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P̸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bottom margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top margin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 (1x1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>16 (4x4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 (2x1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 (2x2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 (2x3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>9 (3x3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Even Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Odd Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print To File ...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write PDF file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page Setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show facing pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show single page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Advanced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Color</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Color Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grayscale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long side binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short side binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left edge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right edge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scroll up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Alt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PgDown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PgUp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
