#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros and globals do not import into Swift 6; these inline wrappers stand in for them. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_err(void) { return ERR; }
#endif
