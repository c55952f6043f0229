"""The file's care: backups, its disk and place, one window per file, a file that cannot be used."""
