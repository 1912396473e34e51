#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H
/* libxml2's HTML parser: it copes with the broken markup real web pages are made of. */
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and its encoding.h then pulls in the system's <unicode/...> headers,
   whose types clash with the copy of ICU inside Foundation ("UErrorCode has different
   definitions in different modules"). Byline transcodes pages itself and only handles
   libxml2's structures through pointers, so the ICU-only fields are never touched. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

/* xmlFree is a global function pointer, which Swift 6 will not touch; this wrapper stands in. */
static inline void cx_free(void *p) { xmlFree(p); }
#endif
