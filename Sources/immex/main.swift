import ArgumentParser

IMMEX.main()
