from khulasa.cli import main

main()
