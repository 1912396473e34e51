#ifndef BYLINE_CMALLOC_SHIM_H
#define BYLINE_CMALLOC_SHIM_H
/* glibc's malloc tuning (mallopt, M_MMAP_THRESHOLD), which the Glibc module leaves out. */
#include <malloc.h>
#endif
