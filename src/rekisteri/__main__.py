from rekisteri.app import main

raise SystemExit(main())
