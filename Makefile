# Installs beijiang like any other command-line tool: the binary, one man page per command
# (swift-argument-parser's generate-manual plugin) and bash, zsh and fish completions (the parser's
# --generate-completion-script), all under PREFIX. `make uninstall` removes exactly those files.
#
#   make install                         release build into /usr/local
#   make install PREFIX=$HOME/.local     elsewhere; DESTDIR is honoured for packagers
#   make install CONFIG=debug            the debug build (the tests use it: no release build needed)

PREFIX ?= /usr/local
CONFIG ?= release
SWIFT ?= swift
# Extra options for every swift command, e.g. a --scratch-path.
SWIFT_FLAGS ?=

root := $(DESTDIR)$(PREFIX)
bindir := $(root)/bin
man1dir := $(root)/share/man/man1
bashdir := $(root)/share/bash-completion/completions
zshdir := $(root)/share/zsh/site-functions
fishdir := $(root)/share/fish/vendor_completions.d

# One page for the tool and one per subcommand, as generate-manual --multi-page writes them.
pages := beijiang.1 beijiang.dashboard.1 beijiang.present.1 beijiang.summary.1 beijiang.export.1 \
	beijiang.extract.1 beijiang.help.1
installed := $(bindir)/beijiang $(addprefix $(man1dir)/,$(pages)) $(bashdir)/beijiang \
	$(zshdir)/_beijiang $(fishdir)/beijiang.fish

.PHONY: all build manual install uninstall

all: build

build:
	$(SWIFT) build $(SWIFT_FLAGS) -c $(CONFIG) --product beijiang

# The plugin builds the package in CONFIG and writes the pages under its own work directory in
# .build, so it needs no permission to write into the package.
manual: build
	$(SWIFT) package $(SWIFT_FLAGS) plugin generate-manual --configuration $(CONFIG) --multi-page

install: build manual
	$(eval bin := $(shell $(SWIFT) build $(SWIFT_FLAGS) -c $(CONFIG) --show-bin-path))
	$(eval manuals := $(bin)/../../plugins/GenerateManual/outputs/beijiang)
	install -d $(bindir) $(man1dir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 $(bin)/beijiang $(bindir)/beijiang
	for page in $(pages); do install -m 644 $(manuals)/$$page $(man1dir)/$$page || exit 1; done
	$(bin)/beijiang --generate-completion-script bash > $(bashdir)/beijiang
	$(bin)/beijiang --generate-completion-script zsh > $(zshdir)/_beijiang
	$(bin)/beijiang --generate-completion-script fish > $(fishdir)/beijiang.fish

uninstall:
	rm -f $(installed)
