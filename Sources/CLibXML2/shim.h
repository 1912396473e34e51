#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H
/* libxml2's HTML parser: it copes with the broken markup real web pages are made of. */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

/* xmlFree is a global function pointer, which Swift 6 will not touch; this wrapper stands in. */
static inline void cx_free(void *p) { xmlFree(p); }
#endif
