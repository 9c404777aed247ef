// The C side of beijiang's terminal: what Swift cannot import from ncursesw directly (macros, C
// globals that Swift 6 refuses as not concurrency-safe, <term.h>, signal handlers). Everything here is
// a thin wrapper; the policy lives in Swift (BeijiangTerminal).
#ifndef CNCURSESW_H
#define CNCURSESW_H

// Must come before curses.h, here in the header: defines from cSettings do not reach the Swift importer.
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>
#include <stddef.h>
#include <wchar.h>

// glibc hides wcwidth unless __USE_XOPEN; declare it so Swift (and the width-table test) can call it.
extern int wcwidth(wchar_t c);

// --- Locale -------------------------------------------------------------------------------------
/// setlocale(LC_ALL, ""), then LC_CTYPE=C.UTF-8 when the codeset is not UTF-8. Returns 1 when the
/// resulting LC_CTYPE is UTF-8, 0 otherwise.
int cn_setup_utf8_locale(void);
/// setlocale(LC_CTYPE, name) != NULL.
int cn_set_ctype(const char *name);

// --- Preflight ----------------------------------------------------------------------------------
/// 1 when both stdin and stdout are terminals.
int cn_stdio_is_tty(void);
/// Checks TERM without touching the screen: 0 ok, 1 TERM unset/empty, 2 unknown to terminfo,
/// 3 known but without cursor addressing (e.g. dumb).
int cn_preflight_term(const char *term);

// --- Screen -------------------------------------------------------------------------------------
/// newterm on stdin/stdout; NULL screen → 0.
int cn_start_screen(void);
void cn_configure_input(int escdelay_ms);
int cn_rows(void);
int cn_cols(void);
int cn_end_screen(void);
int cn_is_ended(void);
/// Leaves curses for a while (def_prog_mode, endwin) so another program can use the terminal.
int cn_leave_screen(void);
/// Comes back after cn_leave_screen: the saved modes, then a full repaint.
void cn_return_screen(void);
WINDOW *cn_stdscr(void);
/// Attribute bits for a style: bold, dim, underline, reverse, italic as 0/1 flags.
attr_t cn_attributes(int bold, int dim, int underline, int reverse, int italic);
/// Writes one cell at (y, x): the spacing character plus up to 4 combining ones, with attributes and
/// colour pair. Returns the curses status.
int cn_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair);
/// Sends the pending changes to the terminal (doupdate).
int cn_refresh(void);
/// Makes the next refresh repaint the whole screen (after Ctrl-Z/fg or when the screen is suspect).
void cn_force_redraw(void);
/// Waits at most `ms` milliseconds in cn_get_wch (-1 blocks).
void cn_set_timeout(int ms);
/// get_wch: returns OK (a character in *code), KEY_CODE_YES (a key code in *code) or ERR.
int cn_get_wch(int *code);
/// init_pair with -1 for the default colour; returns the curses status.
int cn_init_pair(int pair, int foreground, int background);
int cn_colors(void);
int cn_color_pairs(void);
/// Defines plain (non-keypad) arrow, Home/End sequences so they decode after Ctrl-Z and fg.
void cn_define_plain_keys(void);
/// Turns mouse clicks and the wheel on; returns 1 when the terminal reports mouse events.
int cn_enable_mouse(void);
/// Reads the pending mouse event: 1 ok. button: 1 left click, 4 wheel up, 5 wheel down, 0 other.
int cn_read_mouse(int *x, int *y, int *button);

// Key codes Swift cannot see as constants (they are macros).
enum {
  CN_KEY_UP = KEY_UP, CN_KEY_DOWN = KEY_DOWN, CN_KEY_LEFT = KEY_LEFT, CN_KEY_RIGHT = KEY_RIGHT,
  CN_KEY_HOME = KEY_HOME, CN_KEY_END = KEY_END, CN_KEY_PPAGE = KEY_PPAGE, CN_KEY_NPAGE = KEY_NPAGE,
  CN_KEY_ENTER = KEY_ENTER, CN_KEY_BACKSPACE = KEY_BACKSPACE, CN_KEY_BTAB = KEY_BTAB,
  CN_KEY_RESIZE = KEY_RESIZE, CN_KEY_MOUSE = KEY_MOUSE, CN_KEY_F0 = KEY_F0, CN_KEY_DC = KEY_DC,
  CN_KEY_IC = KEY_IC, CN_KEY_CODE_YES = KEY_CODE_YES, CN_ERR = ERR, CN_OK = OK
};

// --- Signals ------------------------------------------------------------------------------------
/// Installs flag-only handlers for SIGINT, SIGTERM, SIGHUP and SIGCONT, and a crash handler for
/// SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP that calls endwin, restores the previous handler
/// and re-raises. A second SIGINT/SIGTERM while the first is still unhandled restores the terminal and
/// dies, so a stuck program can always be interrupted. Call before newterm. SIGTSTP is left to
/// ncurses, whose handler leaves and re-enters curses mode around the stop.
void cn_install_signal_handlers(void);
/// Call after newterm: wraps ncurses' SIGWINCH handler (which makes get_wch return KEY_RESIZE) so the
/// flag is set too; installs a flag-only handler when ncurses has none.
void cn_install_winch_handler(void);
/// Reads the window size with TIOCGWINSZ and resizes curses if it differs; 1 when it changed.
int cn_sync_size(void);
/// Restores the handlers saved by cn_install_signal_handlers.
void cn_restore_signal_handlers(void);
/// Returns the pending signal flags and clears them: bit 0 quit (INT/TERM), 1 hangup, 2 winch, 3 cont.
int cn_take_signal_flags(void);
/// Forgets the pending signals in `mask` and keeps the others.
void cn_drop_signal_flags(int mask);
enum { CN_SIG_QUIT = 1, CN_SIG_HUP = 2, CN_SIG_WINCH = 4, CN_SIG_CONT = 8 };
/// Redirects stderr to a file while the screen is up (so backtraces do not land in the UI); returns
/// 1 on success. cn_restore_stderr undoes it.
int cn_redirect_stderr(const char *path);
void cn_restore_stderr(void);

#endif
