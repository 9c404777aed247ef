import ArgumentParser

Beijiang.main()
