"""What keeps the data safe and the people's rights: backups, restore, recovery,
encryption of a whole file, erasure and access (GDPR), and where the file may live.

These work on whole database files and on the copies leercoach makes of them, through
the store (``leercoach.store``); the store itself knows nothing of them.
"""
