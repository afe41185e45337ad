from aiscan.cli import main

main()
