import BeijiangUI
