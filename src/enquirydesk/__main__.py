from enquirydesk.cli import main

raise SystemExit(main())
