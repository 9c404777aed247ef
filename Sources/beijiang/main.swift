import BeijiangModel
print(BundledFiles.seed.count)
