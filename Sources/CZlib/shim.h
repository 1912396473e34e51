#ifndef BYLINE_CZLIB_SHIM_H
#define BYLINE_CZLIB_SHIM_H
/* zlib, for saved pages stored as .html.gz. */
#include <zlib.h>
#endif
