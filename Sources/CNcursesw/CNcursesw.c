#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include "CNcursesw.h"

#include <fcntl.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <term.h>
#include <unistd.h>

// --- Locale

int cn_setup_utf8_locale(void) {
  setlocale(LC_ALL, "");
  const char *codeset = nl_langinfo(CODESET);
  if (!codeset || strcmp(codeset, "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
  codeset = nl_langinfo(CODESET);
  return codeset && strcmp(codeset, "UTF-8") == 0;
}

int cn_set_ctype(const char *name) { return setlocale(LC_CTYPE, name) != NULL; }

// --- Preflight

int cn_stdio_is_tty(void) { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }

int cn_preflight_term(const char *term) {
  if (!term || !*term) return 1;
  int status = 0;
  // setupterm with a file descriptor of -1 would print nothing but also not probe size; stdout is fine
  // because nothing is written. status 1 = found, 0 = not found, -1 = no terminfo database.
  if (setupterm((char *)term, STDOUT_FILENO, &status) != OK || status != 1) return 2;
  char *cup = tigetstr("cup");
  int ok = cup != NULL && cup != (char *)-1;
  del_curterm(cur_term);
  cur_term = NULL;
  return ok ? 0 : 3;
}

// --- Screen

static SCREEN *screen = NULL;
static int ended = 1;

int cn_start_screen(void) {
  screen = newterm(NULL, stdout, stdin);
  if (!screen) return 0;
  set_term(screen);
  ended = 0;
  return 1;
}

void cn_configure_input(int escdelay_ms) {
  cbreak();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  curs_set(0);
  set_escdelay(escdelay_ms);
  if (has_colors()) {
    start_color();
    use_default_colors();
  }
}

int cn_rows(void) {
  int y, x;
  getmaxyx(stdscr, y, x);
  (void)x;
  return y;
}

int cn_cols(void) {
  int y, x;
  getmaxyx(stdscr, y, x);
  (void)y;
  return x;
}

int cn_end_screen(void) {
  if (ended) return OK;
  ended = 1;
  return endwin();
}

int cn_is_ended(void) { return ended; }

int cn_leave_screen(void) {
  def_prog_mode();
  return endwin();
}

void cn_return_screen(void) {
  reset_prog_mode();
  clearok(curscr, TRUE);
  refresh();
}

WINDOW *cn_stdscr(void) { return stdscr; }

attr_t cn_attributes(int bold, int dim, int underline, int reverse, int italic) {
  attr_t a = A_NORMAL;
  if (bold) a |= A_BOLD;
  if (dim) a |= A_DIM;
  if (underline) a |= A_UNDERLINE;
  if (reverse) a |= A_REVERSE;
  if (italic) a |= A_ITALIC;
  return a;
}

int cn_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

int cn_refresh(void) { return refresh(); }

void cn_force_redraw(void) { clearok(curscr, TRUE); }

void cn_set_timeout(int ms) { timeout(ms); }

int cn_get_wch(int *code) {
  wint_t value = 0;
  int status = get_wch(&value);
  *code = (int)value;
  return status;
}

int cn_init_pair(int pair, int foreground, int background) {
  return init_pair((short)pair, (short)foreground, (short)background);
}

int cn_colors(void) { return has_colors() ? COLORS : 0; }
int cn_color_pairs(void) { return has_colors() ? COLOR_PAIRS : 0; }

void cn_define_plain_keys(void) {
  define_key("\033[A", KEY_UP);
  define_key("\033[B", KEY_DOWN);
  define_key("\033[C", KEY_RIGHT);
  define_key("\033[D", KEY_LEFT);
  define_key("\033[H", KEY_HOME);
  define_key("\033[F", KEY_END);
  define_key("\033[1~", KEY_HOME);
  define_key("\033[4~", KEY_END);
  define_key("\033[5~", KEY_PPAGE);
  define_key("\033[6~", KEY_NPAGE);
  define_key("\033[Z", KEY_BTAB);
}

int cn_enable_mouse(void) {
  mmask_t wanted = BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
  wanted |= BUTTON5_PRESSED;
#endif
  mmask_t got = mousemask(wanted, NULL);
  mouseinterval(0);  // report presses immediately instead of waiting to build clicks
  return got != 0;
}

int cn_read_mouse(int *x, int *y, int *button) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  *button = 0;
  if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) *button = 1;
  if (event.bstate & BUTTON4_PRESSED) *button = 4;
#ifdef BUTTON5_PRESSED
  if (event.bstate & BUTTON5_PRESSED) *button = 5;
#endif
  return 1;
}

// --- Signals

static volatile sig_atomic_t pending_flags = 0;

static void die_now(int sig);

static void flag_handler(int sig) {
  switch (sig) {
    case SIGINT:
    case SIGTERM:
      if (pending_flags & CN_SIG_QUIT) die_now(sig);
      pending_flags |= CN_SIG_QUIT;
      break;
    case SIGHUP: pending_flags |= CN_SIG_HUP; break;
    case SIGWINCH: pending_flags |= CN_SIG_WINCH; break;
    case SIGCONT: pending_flags |= CN_SIG_CONT; break;
  }
}

static const int flag_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGCONT};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
static struct sigaction saved_flag[COUNT(flag_signals)];
static struct sigaction saved_crash[COUNT(crash_signals)];
static int installed = 0;

static void crash_handler(int sig) {
  // Put the terminal back first, so the backtrace that follows is readable and the shell usable.
  if (!ended) {
    ended = 1;
    endwin();
  }
  for (size_t i = 0; i < COUNT(crash_signals); i++)
    if (crash_signals[i] == sig) sigaction(sig, &saved_crash[i], NULL);
  raise(sig);
}

static void die_now(int sig) {
  if (!ended) {
    ended = 1;
    endwin();
  }
  signal(sig, SIG_DFL);
  raise(sig);
}


static struct sigaction saved_winch;
static int winch_installed = 0;

static void winch_handler(int sig) {
  pending_flags |= CN_SIG_WINCH;
  if (saved_winch.sa_handler != SIG_DFL && saved_winch.sa_handler != SIG_IGN) {
    if (saved_winch.sa_flags & SA_SIGINFO) saved_winch.sa_sigaction(sig, NULL, NULL);
    else saved_winch.sa_handler(sig);
  }
}

void cn_install_winch_handler(void) {
  if (winch_installed) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = winch_handler;
  action.sa_flags = SA_RESTART;
  sigaction(SIGWINCH, &action, &saved_winch);
  winch_installed = 1;
}

int cn_sync_size(void) {
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
  if (size.ws_row == cn_rows() && size.ws_col == cn_cols()) return 0;
  resize_term(size.ws_row, size.ws_col);
  return 1;
}

void cn_install_signal_handlers(void) {
  if (installed) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = flag_handler;
  action.sa_flags = SA_RESTART;
  for (size_t i = 0; i < COUNT(flag_signals); i++) sigaction(flag_signals[i], &action, &saved_flag[i]);
  action.sa_handler = crash_handler;
  action.sa_flags = SA_RESETHAND;
  for (size_t i = 0; i < COUNT(crash_signals); i++)
    sigaction(crash_signals[i], &action, &saved_crash[i]);
  installed = 1;
}

void cn_restore_signal_handlers(void) {
  if (!installed) return;
  for (size_t i = 0; i < COUNT(flag_signals); i++) sigaction(flag_signals[i], &saved_flag[i], NULL);
  for (size_t i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &saved_crash[i], NULL);
  if (winch_installed) sigaction(SIGWINCH, &saved_winch, NULL);
  winch_installed = 0;
  installed = 0;
}

int cn_take_signal_flags(void) {
  int flags = pending_flags;
  pending_flags = 0;
  return flags;
}

void cn_drop_signal_flags(int mask) { pending_flags &= ~mask; }

static int saved_stderr = -1;

int cn_redirect_stderr(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (fd < 0) return 0;
  fflush(stderr);
  if (saved_stderr < 0) saved_stderr = dup(STDERR_FILENO);
  dup2(fd, STDERR_FILENO);
  close(fd);
  return 1;
}

void cn_restore_stderr(void) {
  if (saved_stderr < 0) return;
  fflush(stderr);
  dup2(saved_stderr, STDERR_FILENO);
  close(saved_stderr);
  saved_stderr = -1;
}
