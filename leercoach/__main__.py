from leercoach.cli import main

raise SystemExit(main())
