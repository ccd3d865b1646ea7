#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's encoding.h would include the system ICU's headers, whose UErrorCode clashes with the one of Foundation's
   own ICU in any module that also imports Foundation (RecordIO does, for ZIPFoundation). leadiq never uses libxml2's
   ICU converters, and the fields this drops sit at the end of a struct it never touches. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#endif
