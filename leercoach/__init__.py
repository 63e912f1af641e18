"""leercoach: offline coaching conversations for managers."""

# The one place of the version: the wheel, the sdist, the frozen build, the Debian package
# and the AppStream metainfo take it from here (see packaging/README.md).
__version__ = "0.1.0"
# The desktop-file, icon and AppStream component id (a reverse-DNS name; see packaging/README.md).
APP_ID = "be.leercoach.leercoach"
